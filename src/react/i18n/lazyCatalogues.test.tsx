/**
 * Every built-in catalogue arrives as a chunk of its own: a widget in German shows no words at all until
 * its catalogue is there (never English first), a later widget in that language renders at once, and the
 * partner's `messages` still win key by key. (The dom set-up loads English beforehand, as a page's first
 * widget would.)
 */
import { render, screen } from '@testing-library/react';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { API_BASE_URL, setupSandboxServer } from '../../../test/support/sandboxServer';
import { KycFlow } from '../KycFlow';
import type { Messages } from './en';

const { sandbox } = setupSandboxServer();

/** Holds the German chunk back until the test lets it arrive. */
const germanChunk = vi.hoisted(() => {
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  return { arrived, arrive, requested: 0 };
});
vi.mock('./de', async (importOriginal) => {
  germanChunk.requested += 1;
  await germanChunk.arrived;
  return importOriginal();
});
afterAll(() => germanChunk.arrive());

// The real German words, read around the mock (a plain import would wait for the held-back chunk).
const { de } = await vi.importActual<{ de: Messages }>('./de');

function widget(locale: string, messages?: Record<string, string>) {
  const ids = sandbox.seed('in_review');
  return <KycFlow apiBaseUrl={API_BASE_URL} {...ids} locale={locale} messages={messages} />;
}

describe('built-in catalogues loaded on demand', () => {
  it('given locale en, its catalogue at hand / should render its words at once, without loading another language', () => {
    const { unmount } = render(widget('en'));
    expect(screen.getByRole('region', { name: 'Identity verification' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(germanChunk.requested).toBe(0);
    unmount();
  });

  it('given locale de before its catalogue arrives / should show no English, then the German widget', async () => {
    const { container } = render(widget('de'));
    await vi.waitFor(() => expect(germanChunk.requested).toBe(1));
    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByText(/Loading|Identity verification|Your application/)).toBeNull();

    germanChunk.arrive();
    expect(await screen.findByRole('region', { name: de['flow.title'] })).toBeInTheDocument();
    expect(await screen.findByText(de['status.in_review.title'])).toBeInTheDocument();
  });

  it('given the German catalogue already loaded / should render a new German widget at once', () => {
    render(widget('de-AT'));
    expect(screen.getByRole('region', { name: de['flow.title'] })).toBeInTheDocument();
    expect(germanChunk.requested).toBe(1);
  });

  it('given messages overrides / should show them over the loaded catalogue', () => {
    render(widget('de', { 'flow.title': 'Kundenprüfung' }));
    expect(screen.getByRole('region', { name: 'Kundenprüfung' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(de['flow.loading']);
  });
});
