/**
 * Browser-test host: mounts the REAL `SumsubWebSdk` from `@sumsub/websdk-react` against the sandbox
 * server (`?api=<origin>&token=…&app=…&le=…&client=…[&config=<JSON>]`) and records what the SDK hands the host in
 * `window.hostLog`, for the test to read.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

export interface HostLog {
  ready: boolean;
  expirationCalls: number;
  renewedSuffixes: string[];
  messages: { type: string; payload: unknown }[];
  errors: unknown[];
}

declare global {
  interface Window {
    hostLog: HostLog;
  }
}

const params = new URLSearchParams(location.search);
const required = (name: string): string => {
  const value = params.get(name);
  if (!value) throw new Error(`missing ?${name}=`);
  return value;
};
const api = required('api');
const applicationUuid = required('app');
const common = { legal_entity_uuid: required('le'), client_uuid: required('client') };

/** Optional SDK config (`lang`, `theme`, `uiConf` …) as JSON in `?config=`. */
const config = JSON.parse(params.get('config') ?? '{}') as Record<string, unknown>;

const log: HostLog = { ready: false, expirationCalls: 0, renewedSuffixes: [], messages: [], errors: [] };
window.hostLog = log;

/** What the widget does when SumSub stops accepting the token: ask for a renewed one. */
async function renewToken(): Promise<string> {
  log.expirationCalls += 1;
  const query = new URLSearchParams({ ...common, ttl_min: '60', ttl_max: '3600', ttl_renew: 'true' });
  const response = await fetch(`${api}/v1/kyc/${applicationUuid}/attributes/sumsub_liveness_check_token/?${query}`);
  if (!response.ok) throw new Error(`token renewal failed with ${response.status}`);
  const attribute = (await response.json()) as { value: string };
  log.renewedSuffixes.push(attribute.value.slice(-6));
  return attribute.value;
}

async function mount(): Promise<void> {
  // Loaded the way the widget loads it: a dynamic import of the published package.
  const { default: SumsubWebSdk } = await import('@sumsub/websdk-react');
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  createRoot(root).render(
    createElement(SumsubWebSdk, {
      accessToken: required('token'),
      baseUrl: api,
      expirationHandler: renewToken,
      onMessage: (type: string, payload: unknown) => {
        log.messages.push({ type, payload });
      },
      onError: (error: unknown) => {
        log.errors.push(error);
      },
      config,
      options: { addViewportTag: false, adaptIframeHeight: true },
      className: 'sumsub-host',
    }),
  );
  log.ready = true;
}

void mount();
