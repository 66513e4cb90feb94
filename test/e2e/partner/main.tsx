/**
 * The e2e partner page: embeds <KycFlow> the way a partner would and records every callback on
 * `window.__kyc` so tests can assert what the partner's code received. Query: `api`, `client`, `le`,
 * optional `locale`.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { KycFlow } from '../../../src';
import '../../../src/styles.css';
import type { KycRecord } from './kycRecord';

declare global {
  interface Window {
    __kyc: KycRecord;
  }
}

const params = new URLSearchParams(location.search);
const api = params.get('api') ?? '';
const record: KycRecord = { complete: [], status: [], steps: [], events: [], errors: [] };
window.__kyc = record;

const hostButton = document.getElementById('host-button');
const hostClicks = document.getElementById('host-clicks');
hostButton?.addEventListener('click', () => {
  if (hostClicks) hostClicks.textContent = String(Number(hostClicks.textContent) + 1);
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <KycFlow
        apiBaseUrl={api}
        legalEntityUuid={params.get('le') ?? ''}
        clientUuid={params.get('client') ?? ''}
        locale={params.get('locale') ?? undefined}
        sumsub={{ baseUrl: api }}
        onComplete={(details) => record.complete.push(details)}
        onStatusChange={(details) => record.status.push(details)}
        onStepChange={(details) => record.steps.push(details)}
        onEvent={(event) => record.events.push(event.type)}
        onError={(error, details) => record.errors.push({ name: error.name, during: details.during })}
      />
    </StrictMode>,
  );
}
