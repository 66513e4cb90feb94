/**
 * A partner page the way a partner would write it: it embeds <KycFlow> pointed at an API (here the
 * sandbox's HTTP server) and listens to its callbacks. The side panel holds sandbox-only controls.
 * URL parameters: `api` (sandbox origin), `scenario` (seeded on load), `client`/`le` (ids to reuse),
 * `locale` (the widget's language and direction, e.g. `de`, `fr`, `ar`).
 */
import { useEffect, useState } from 'react';
import { KycFlow, type KycEvent } from '../src';

const params = new URLSearchParams(location.search);
const API = params.get('api') ?? `${location.protocol}//${location.hostname}:4010`;
const LOCALE = params.get('locale') ?? undefined;
type Ids = { legalEntityUuid: string; clientUuid: string; applicationUuid: string | null };

async function seed(scenario: string): Promise<Ids> {
  const response = await fetch(`${API}/__sandbox/scenarios/${scenario}`, { method: 'POST' });
  const body = (await response.json()) as {
    legal_entity_uuid: string;
    client_uuid: string;
    application_uuid: string | null;
  };
  return {
    legalEntityUuid: body.legal_entity_uuid,
    clientUuid: body.client_uuid,
    applicationUuid: body.application_uuid,
  };
}

export function DemoApp() {
  const [ids, setIds] = useState<Ids | null>(() => {
    const clientUuid = params.get('client');
    const legalEntityUuid = params.get('le');
    return clientUuid && legalEntityUuid ? { clientUuid, legalEntityUuid, applicationUuid: null } : null;
  });
  const [events, setEvents] = useState<string[]>([]);
  const [applicationUuid, setApplicationUuid] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (ids) return;
    void seed(params.get('scenario') ?? 'new').then((seeded) => {
      setIds(seeded);
      const url = new URL(location.href);
      url.searchParams.set('client', seeded.clientUuid);
      url.searchParams.set('le', seeded.legalEntityUuid);
      history.replaceState(null, '', url);
    });
  }, [ids]);

  const log = (line: string) => setEvents((all) => [...all.slice(-50), line]);
  async function decide(action: 'approve' | 'reject' | 'send-to-clarify') {
    if (!applicationUuid || !ids) return;
    const query = new URLSearchParams({ legal_entity_uuid: ids.legalEntityUuid, client_uuid: ids.clientUuid });
    await fetch(`${API}/v1/kyc/${applicationUuid}/${action}/?${query}`, { method: 'POST' });
    log(`sandbox: ${action}`);
  }

  if (!ids) return <p style={{ padding: 24 }}>Seeding the sandbox…</p>;
  return (
    <div className="partner-layout">
      <KycFlow
        key={generation}
        apiBaseUrl={API}
        legalEntityUuid={ids.legalEntityUuid}
        clientUuid={ids.clientUuid}
        sumsub={{ baseUrl: API }}
        locale={LOCALE}
        onEvent={(event: KycEvent) => {
          log(event.type);
          if ('applicationUuid' in event) setApplicationUuid(event.applicationUuid);
        }}
        onStatusChange={({ status, applicationUuid: uuid }) => {
          setApplicationUuid(uuid);
          log(`status: ${status}`);
        }}
        onComplete={({ status }) => log(`complete: ${status}`)}
      />
      <aside className="partner-panel" aria-label="Sandbox controls">
        <h2>Sandbox controls</h2>
        <p>
          Sign code: <code>111111</code>
        </p>
        <p>
          <button type="button" onClick={() => void decide('approve')}>
            Approve
          </button>{' '}
          <button type="button" onClick={() => void decide('reject')}>
            Reject
          </button>{' '}
          <button type="button" onClick={() => void decide('send-to-clarify')}>
            Ask for corrections
          </button>
        </p>
        <p>
          <button type="button" onClick={() => setGeneration((g) => g + 1)}>
            Remount widget
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              history.replaceState(null, '', location.pathname);
              setIds(null);
            }}
          >
            New client
          </button>
        </p>
        <h2>Events</h2>
        <ol>
          {events.map((event, index) => (
            <li key={index}>{event}</li>
          ))}
        </ol>
      </aside>
    </div>
  );
}
