/**
 * The demo partner's page on the customer's phone, opened by the hand-off link (`?handoff=<token>`, see
 * demo/phoneLink.ts): `<HandoffPhone>` inside `<KycProvider>` whose every request carries the token in
 * `X-Kyc-Handoff`. The page never signs in: the phone has no session cookie, only what the token allows
 * at the proxy (that application's document and liveness steps, until it expires). The widget's events
 * are listed under it, as on the desktop page.
 */
import { useEffect, useState } from 'react';
import { KycProvider, type KycEvent } from '../src';
import { HandoffPhone } from '../src/fields';
import { applyScheme, initialScheme } from './colorScheme';

const params = new URLSearchParams(location.search);
const API = params.get('api') ?? `${location.protocol}//${location.hostname}:4010`;
const LOCALE = params.get('locale') ?? undefined;

export interface PhonePageProps {
  token: string;
  applicationUuid?: string | undefined;
}

export function PhonePage({ token, applicationUuid }: PhonePageProps) {
  const [events, setEvents] = useState<string[]>([]);
  const [scheme] = useState(() => initialScheme(params));
  useEffect(() => applyScheme(scheme), [scheme]);

  return (
    <div className="partner-phone">
      <KycProvider
        apiBaseUrl="/kyc"
        locale={LOCALE}
        sumsub={{ baseUrl: API }}
        getHeaders={() => ({ 'X-Kyc-Handoff': token })}
        onEvent={(event: KycEvent) => setEvents((all) => [...all.slice(-20), event.type])}
      >
        <HandoffPhone applicationUuid={applicationUuid} theme={{ colorScheme: scheme }} />
      </KycProvider>
      <section className="partner-panel" aria-labelledby="phone-events">
        <h2 id="phone-events">Events on this phone</h2>
        <ol aria-labelledby="phone-events">
          {events.map((event, index) => (
            <li key={index}>{event}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}
