import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import SumsubFrame, { type SumsubFrameProps } from './SumsubFrame';

// The real @sumsub/websdk-react in jsdom: it builds the iframe; jsdom does not load the page.
const props = (overrides: Partial<SumsubFrameProps> = {}): SumsubFrameProps => ({
  accessToken: 'sbx_first',
  expirationHandler: () => Promise.resolve('sbx_next'),
  onMessage: () => undefined,
  baseUrl: 'https://partner.example',
  config: { lang: 'de' },
  title: 'Video selfie check',
  ...overrides,
});

describe('SumsubFrame', () => {
  it('given a token / should frame SumSub at the base URL with an accessible title and leave the host page alone', () => {
    const { container } = render(<SumsubFrame {...props()} />);

    const iframe = container.querySelector('iframe');
    expect(iframe).toHaveAttribute('title', 'Video selfie check');
    expect(iframe?.getAttribute('src')).toMatch(/^https:\/\/partner\.example\/websdk\/websdk\.html\?_=id_/);
    expect(document.head.querySelector('meta[name="viewport"]')).toBeNull();
  });

  it('given new props after mount / should keep the same frame and route its messages to the latest handlers', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const first = { onMessage: vi.fn(), expirationHandler: vi.fn(() => Promise.resolve('sbx_a')) };
    const latest = { onMessage: vi.fn(), expirationHandler: vi.fn(() => Promise.resolve('sbx_b')) };
    const { container, rerender } = render(<SumsubFrame {...props(first)} />);
    const iframe = container.querySelector('iframe');

    rerender(<SumsubFrame {...props({ ...latest, accessToken: 'sbx_other', title: 'Liveness' })} />);
    const fromFrame = (data: Record<string, unknown>) =>
      window.dispatchEvent(new MessageEvent('message', { origin: 'https://partner.example', data }));
    fromFrame({ method: 'idCheck.onApplicantSubmitted' });
    fromFrame({ method: 'idCheck.onError', code: 'invalid-token' });

    expect(container.querySelector('iframe')).toBe(iframe);
    expect(iframe).toHaveAttribute('title', 'Liveness');
    expect(latest.onMessage).toHaveBeenCalledWith('idCheck.onApplicantSubmitted', {});
    expect(latest.expirationHandler).toHaveBeenCalledTimes(1);
    expect(first.onMessage).not.toHaveBeenCalled();
    expect(first.expirationHandler).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('given the frame reports an error other than an expired token / should hand it to onError, not onMessage', () => {
    const onError = vi.fn();
    const onMessage = vi.fn();
    const expirationHandler = vi.fn(() => Promise.resolve('sbx_next'));
    render(<SumsubFrame {...props({ onError, onMessage, expirationHandler })} />);

    window.dispatchEvent(
      new MessageEvent('message', {
        origin: 'https://partner.example',
        data: { method: 'idCheck.onError', code: 'camera-not-found' },
      }),
    );

    expect(onError).toHaveBeenCalledWith({ code: 'camera-not-found' });
    expect(onMessage).not.toHaveBeenCalled();
    expect(expirationHandler).not.toHaveBeenCalled();
  });
});
