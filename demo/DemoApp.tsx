/**
 * A partner page the way a partner would write it: it embeds <KycFlow> pointed at the partner's own KYC
 * proxy (`/kyc`, served by demo/partnerBackend.ts with `react-kyc-flow/server`), which names the customer
 * from the partner's session cookie, so the page holds no legal entity or client uuid. The side panel plays
 * the provider's reviewer and signs in a new demo customer. URL parameters: `api` (the sandbox's origin:
 * the SumSub stand-in and the reviewer's decisions), `scenario` (signs in a new customer in that state on
 * load), `locale` (the widget's language and direction, e.g. `de`, `fr`, `ar`), `theme` (`light`, `dark`;
 * by default the page and the widget follow the system's scheme, and the panel switches it). The document
 * and liveness steps offer "Continue on your phone" (demo/phoneLink.ts; the phone's page is PhonePage.tsx).
 */
import { useEffect, useState } from 'react';
import { KycFlow, type KycEvent } from '../src';
import { applyScheme, initialScheme, type DemoScheme } from './colorScheme';
import { createPhoneLink } from './phoneLink';
import { DECISIONS, SandboxPanel, type DecisionName } from './SandboxPanel';

const params = new URLSearchParams(location.search);
const API = params.get('api') ?? `${location.protocol}//${location.hostname}:4010`;
const LOCALE = params.get('locale') ?? undefined;

/** Signs a new demo customer in (the partner's backend seeds the sandbox and sets its session cookie). */
async function signIn(scenario: string): Promise<void> {
  await fetch(`/demo/session?scenario=${encodeURIComponent(scenario)}`, { method: 'POST' });
}

async function isSignedIn(): Promise<boolean> {
  const response = await fetch('/demo/session');
  return ((await response.json()) as { signedIn: boolean }).signedIn;
}

/**
 * Once per page load, outside React (StrictMode runs effects twice; two sign-ins would switch customers
 * under a mounted widget): the `scenario` parameter signs a new customer in, else the cookie's customer
 * stays, else a new one is signed in. Only the desktop's page calls it: a phone's hand-off page never signs in.
 */
let signedInOnLoad: Promise<void> | undefined;
function signInOnLoad(): Promise<void> {
  signedInOnLoad ??= (async () => {
    const scenario = params.get('scenario');
    if (scenario !== null || !(await isSignedIn())) await signIn(scenario ?? 'new');
    if (scenario !== null) {
      // A reload then keeps this customer instead of signing in another one.
      const url = new URL(location.href);
      url.searchParams.delete('scenario');
      history.replaceState(null, '', url);
    }
  })();
  return signedInOnLoad;
}

export function DemoApp() {
  const [signedIn, setSignedIn] = useState(false);
  const [events, setEvents] = useState<string[]>([]);
  const [applicationUuid, setApplicationUuid] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const [scheme, setScheme] = useState<DemoScheme>(() => initialScheme(params));

  useEffect(() => applyScheme(scheme), [scheme]);

  useEffect(() => {
    let live = true;
    void signInOnLoad().then(() => live && setSignedIn(true));
    return () => {
      live = false;
    };
  }, []);

  const log = (line: string) => setEvents((all) => [...all.slice(-50), line]);
  /** The provider's reviewer, straight on the sandbox: the proxy never forwards these sandbox-only routes. */
  async function decide(name: DecisionName) {
    if (!applicationUuid) return log('sandbox: no application yet');
    const { label, action, body } = DECISIONS[name];
    const response = await fetch(`${API}/v1/kyc/${applicationUuid}/${action}/`, {
      method: 'POST',
      ...(body ? { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) } : {}),
    });
    log(`sandbox: ${label.toLowerCase()}${response.ok ? '' : ` (refused: ${response.status})`}`);
  }

  async function newCustomer() {
    setSignedIn(false);
    setApplicationUuid(null);
    await signIn('new');
    setSignedIn(true);
    setGeneration((g) => g + 1);
  }

  if (!signedIn) return <p style={{ padding: 24 }}>Signing in a demo customer…</p>;
  return (
    <div className="partner-layout">
      <KycFlow
        key={generation}
        apiBaseUrl="/kyc"
        sumsub={{ baseUrl: API }}
        locale={LOCALE}
        theme={{ colorScheme: scheme }}
        handoff={{ createLink: createPhoneLink }}
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
      <SandboxPanel
        events={events}
        scheme={scheme}
        onScheme={setScheme}
        onDecide={(name) => void decide(name)}
        onRemount={() => setGeneration((g) => g + 1)}
        onNewCustomer={() => void newCustomer()}
      />
    </div>
  );
}
