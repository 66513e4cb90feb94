/**
 * A client who accepted the terms in their first version comes back after the sandbox published a new
 * one: the acceptance stays saved, but the questionnaire counts it as no answer everywhere (the field's
 * required error, the error summary, Continue, the summary, Send) until the new version is accepted,
 * and nothing is saved or withdrawn on the client's behalf.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { KycFlow, createKycClient, type KycEvent } from '../../src';
import { BASIC_LEVEL_UUID, SANDBOX_SIGN_CODE, TERMS_DOCUMENT_UUID } from '../../src/sandbox';
import { API_BASE_URL, setupSandboxServer } from '../support/sandboxServer';

const { sandbox } = setupSandboxServer();

/** A Basic application answered in full, the terms accepted in version 1; then version 2 is published. */
async function acceptedBeforeNewVersion() {
  const ids = sandbox.seed('new');
  const earlier = createKycClient({ baseUrl: API_BASE_URL, ...ids, retry: false });
  const application = await earlier.createApplication(BASIC_LEVEL_UUID);
  const phone = '+4915112345678';
  await earlier.sendVerificationCode({ applicationUuid: application.uuid, provider: 'sms', destination: phone });
  const answers = {
    first_name: 'Ada',
    last_name: 'Lovelace',
    birth_date: '1990-12-10',
    citizenship: 'GB',
    phone,
    terms_and_conditions: TERMS_DOCUMENT_UUID,
  };
  const changes = Object.entries(answers).map(([key, value]) => ({ key, value }));
  await earlier.updateApplication(application.uuid, changes, { sms: SANDBOX_SIGN_CODE });
  const v2 = sandbox.publishLegalDocumentVersion(ids.legalEntityUuid, 'terms_and_conditions');
  const onEvent = vi.fn<(event: KycEvent) => void>();
  render(
    <KycFlow
      apiBaseUrl={API_BASE_URL}
      legalEntityUuid={ids.legalEntityUuid}
      clientUuid={ids.clientUuid}
      autosave={{ debounceMs: 20 }}
      onEvent={onEvent}
    />,
  );
  const uuid = application.uuid;
  const patches = sandbox.inspect(uuid)?.patchCount;
  const savedNothing = () => {
    expect(sandbox.inspect(uuid)).toMatchObject({ patchCount: patches, sendToReviewCount: 0 });
    expect(sandbox.inspect(uuid)?.answers['terms_and_conditions']).toBe(TERMS_DOCUMENT_UUID);
    expect(onEvent.mock.calls.map(([event]) => event.type)).not.toContain('legal_document_withdrawn');
  };
  return { user: userEvent.setup(), uuid, v2: v2?.uuid ?? '', savedNothing };
}

const termsGroup = () => screen.getByRole('group', { name: /Terms and Conditions/ });

describe('<KycFlow> with the terms accepted in an earlier version', () => {
  it('given the client on the terms step / should show the required error and stay until the new version is accepted', async () => {
    const { user, uuid, v2, savedNothing } = await acceptedBeforeNewVersion();
    await screen.findByRole('heading', { name: 'Check your answers' });
    await user.click(screen.getByRole('button', { name: 'Change: Phone and terms' }));
    await screen.findByRole('heading', { level: 2, name: 'Phone and terms' });
    const box = await within(termsGroup()).findByRole('checkbox', { name: /I have read and accept/ });
    expect(box).not.toBeChecked();
    expect(within(termsGroup()).getByText(/does not cover the new version/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Review answers' }));
    expect(within(termsGroup()).getByText('Please answer this question.')).toBeVisible();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(/Terms and Conditions/);
    expect(screen.getByRole('heading', { level: 2, name: 'Phone and terms' })).toBeVisible();
    savedNothing();

    await user.click(box);
    await waitFor(() => expect(sandbox.inspect(uuid)?.answers['terms_and_conditions']).toBe(v2));
    expect(within(termsGroup()).queryByText('Please answer this question.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Review answers' }));
    await screen.findByRole('heading', { name: 'Check your answers' });
    await user.click(screen.getByRole('button', { name: 'Send for review' }));
    expect(await screen.findByRole('heading', { name: 'Your verification is being reviewed' })).toBeVisible();
    expect(sandbox.inspect(uuid)?.sendToReviewCount).toBe(1);
  });

  it('given the client on the summary / should call the terms missing and open their step on Send, sending nothing', async () => {
    const { user, savedNothing } = await acceptedBeforeNewVersion();
    await screen.findByRole('heading', { name: 'Check your answers' });
    expect(await screen.findByText('Some required questions are not answered yet.')).toBeVisible();
    const row = screen.getByText('Terms and Conditions').closest('.kyc-summary__row');
    expect(row).toHaveTextContent('Not answered');

    await user.click(screen.getByRole('button', { name: 'Send for review' }));
    await screen.findByRole('heading', { level: 2, name: 'Phone and terms' });
    expect(await within(termsGroup()).findByText('Please answer this question.')).toBeVisible();
    savedNothing();
  });
});
