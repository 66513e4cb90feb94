/**
 * The hand-off panel as the customer and the partner see it: the partner's link as a QR code and as
 * text, `handoff_opened` when it opens, `handoff_expired` and a new link once the token's time is up,
 * and no link a phone should not open (only https, or the sandbox on localhost).
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithKyc } from '../../../test/support/renderWithKyc';
import { HandoffPanel } from './HandoffPanel';

const IDS = {
  legalEntityUuid: '0b5c2a52-2f1e-4a41-9d0e-3c1f3f6c1a01',
  clientUuid: '1c6d3b63-3a2f-4b52-8e1f-4d2a4a7d2b02',
};
const APP = '2d7e4c74-4b3a-4c63-9f2a-5e3b5b8e3c03';
const LINK = 'https://partner.example/kyc/phone?handoff=abc.def';

function renderPanel(createLink: () => Promise<unknown>, done = false) {
  return renderWithKyc(
    <HandoffPanel id="h" applicationUuid={APP} createLink={createLink as never} done={done} onClose={() => {}} />,
    IDS,
  );
}

describe('HandoffPanel', () => {
  it('given a link from the partner / should show it as a QR code and as text, and tell the partner it opened', async () => {
    const createLink = vi.fn(async () => LINK);
    const { events } = renderPanel(createLink);
    const qr = await screen.findByRole(
      'img',
      { name: 'QR code that opens this step on your phone' },
      { timeout: 5000 },
    );
    expect(Number(qr.getAttribute('data-modules'))).toBeGreaterThan(21);
    expect(screen.getByRole('textbox', { name: 'Link for your phone' })).toHaveValue(LINK);
    expect(screen.getByRole('status')).toHaveTextContent('Waiting for your phone…');
    expect(createLink).toHaveBeenCalledWith({ applicationUuid: APP });
    expect(events).toContainEqual({ type: 'handoff_opened', applicationUuid: APP });
  });

  it('given the link expires while open / should say so, tell the partner, and make a new one at a click', async () => {
    const user = userEvent.setup();
    const createLink = vi
      .fn()
      .mockResolvedValueOnce({ url: LINK, expiresAt: new Date(Date.now() + 200) })
      .mockResolvedValueOnce({ url: `${LINK}2`, expiresAt: new Date(Date.now() + 600_000) });
    const { events } = renderPanel(createLink);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('This link has expired.'));
    expect(events).toContainEqual({ type: 'handoff_expired', applicationUuid: APP });
    await user.click(screen.getByRole('button', { name: 'Get a new link' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Link for your phone' })).toHaveValue(`${LINK}2`));
  });

  it('given a link a phone should not open (http, javascript:) / should show no code and say the link could not be made', async () => {
    for (const bad of ['http://partner.example/phone?handoff=x', 'javascript:alert(1)']) {
      const { unmount } = renderPanel(async () => bad);
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('We could not make a link'));
      expect(screen.queryByRole('img')).toBeNull();
      expect(screen.queryByRole('textbox')).toBeNull();
      unmount();
    }
  });

  it('given the phone is done / should say the customer can carry on here', async () => {
    renderPanel(async () => LINK, true);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Done on your phone. You can carry on here.'),
    );
    expect(screen.queryByRole('img')).toBeNull();
  });
});
