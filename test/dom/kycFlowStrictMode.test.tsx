/**
 * <KycFlow> under StrictMode (effects mount, unmount and mount again, as in a partner's development
 * build): the questionnaire's objects are replaced rather than reused once disposed, without a loop,
 * and sending still works.
 */
import { configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KycFlow, createKycClient } from '../../src';
import { BASIC_LEVEL_UUID, SANDBOX_SIGN_CODE, TERMS_DOCUMENT_UUID } from '../../src/sandbox';
import { API_BASE_URL, setupSandboxServer } from '../support/sandboxServer';

const { sandbox } = setupSandboxServer();

beforeEach(() => configure({ reactStrictMode: true }));
afterEach(() => configure({ reactStrictMode: false }));

describe('<KycFlow> in StrictMode', () => {
  it('given every answer saved / should send to review once, with no render loop', async () => {
    const errors = vi.spyOn(console, 'error');
    const ids = sandbox.seed('new');
    const api = createKycClient({ baseUrl: API_BASE_URL, ...ids, retry: false });
    const { uuid } = await api.createApplication(BASIC_LEVEL_UUID);
    await api.sendVerificationCode({ applicationUuid: uuid, provider: 'sms', destination: '+4915112345678' });
    await api.updateApplication(
      uuid,
      [
        { key: 'first_name', value: 'Ada' },
        { key: 'last_name', value: 'Lovelace' },
        { key: 'birth_date', value: '1990-12-10' },
        { key: 'citizenship', value: 'GB' },
        { key: 'phone', value: '+4915112345678' },
        { key: 'terms_and_conditions', value: TERMS_DOCUMENT_UUID },
      ],
      { sms: SANDBOX_SIGN_CODE },
    );
    render(<KycFlow apiBaseUrl={API_BASE_URL} legalEntityUuid={ids.legalEntityUuid} clientUuid={ids.clientUuid} />);

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Send for review' }));

    expect(await screen.findByRole('heading', { name: 'Your verification is being reviewed' })).toBeVisible();
    expect(sandbox.inspect(uuid)?.sendToReviewCount).toBe(1);
    expect(errors.mock.calls.flat().join(' ')).not.toMatch(/Maximum update depth/);
    errors.mockRestore();
  });
});
