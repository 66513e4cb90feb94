import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupSandboxServer } from '../../../test/support/sandboxServer';
import { renderWithKyc } from '../../../test/support/renderWithKyc';
import { useApplication, useLevelInfo } from './useKycData';

const { sandbox } = setupSandboxServer();

function OwnLayout() {
  const { data: info } = useLevelInfo();
  const { data: application } = useApplication(info?.last_kyc_application_uuid);
  if (!application) return <p>Loading your verification…</p>;
  return <p>{`Your ${application.kyc_level.name} verification is ${application.status}.`}</p>;
}

describe('useLevelInfo and useApplication', () => {
  it('given a client with an application in review / a partner layout shows its level and status', async () => {
    const { legalEntityUuid, clientUuid } = sandbox.seed('in_review');
    renderWithKyc(<OwnLayout />, { legalEntityUuid, clientUuid });
    expect(await screen.findByText(/verification is in_review\./)).toBeVisible();
  });

  it('given a new client / stays idle without an application', async () => {
    const { legalEntityUuid, clientUuid } = sandbox.seed('new');
    renderWithKyc(<OwnLayout />, { legalEntityUuid, clientUuid });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.getByText('Loading your verification…')).toBeVisible();
  });
});
