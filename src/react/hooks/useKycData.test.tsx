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

/** A partner's own line that shows once the level info is there. */
function LevelsOnOffer() {
  const { data: info } = useLevelInfo();
  return info ? <p>{`${info.available_levels_for_upgrade.length} levels on offer.`}</p> : null;
}

describe('useLevelInfo and useApplication', () => {
  it('given a client with an application in review / a partner layout shows its level and status', async () => {
    const { legalEntityUuid, clientUuid } = sandbox.seed('in_review');
    renderWithKyc(<OwnLayout />, { legalEntityUuid, clientUuid });
    expect(await screen.findByText(/verification is in_review\./)).toBeVisible();
  });

  it('given a new client / stays idle without an application', async () => {
    const { legalEntityUuid, clientUuid } = sandbox.seed('new');
    const requests: string[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      requests.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`);
      return fetch(input, init);
    };
    renderWithKyc(
      <>
        <LevelsOnOffer />
        <OwnLayout />
      </>,
      { legalEntityUuid, clientUuid },
      { fetch: recordingFetch },
    );
    // The level info has arrived (it says there is no application): the application hook had its chance.
    expect(await screen.findByText(/levels on offer/)).toBeVisible();
    expect(screen.getByText('Loading your verification…')).toBeVisible();
    expect(requests).toEqual(['GET /kyc/v1/clients/kyc-level-info/']);
  });
});
