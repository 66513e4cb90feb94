/** The sandbox server with the real engine, driven by real `fetch`. */
import { createSandbox } from '../engine/createSandbox';
import { startSandboxServer } from './startSandboxServer';
import type { SandboxServer } from './startSandboxServer';

interface Seeded {
  legal_entity_uuid: string;
  client_uuid: string;
  application_uuid: string | null;
}

let server: SandboxServer;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, sandbox: createSandbox({ seed: 3 }) });
});

afterEach(() => {
  server.sandbox.setFaults(undefined);
});

afterAll(async () => {
  await server.close();
});

async function seed(scenario: string): Promise<Seeded> {
  const response = await fetch(`${server.url}/__sandbox/scenarios/${scenario}`, { method: 'POST' });
  expect(response.status).toBe(201);
  return (await response.json()) as Seeded;
}

function common(ids: Seeded): string {
  return new URLSearchParams({ legal_entity_uuid: ids.legal_entity_uuid, client_uuid: ids.client_uuid }).toString();
}

describe('startSandboxServer', () => {
  it('listens on an ephemeral loopback port and reports its bare origin', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it('routes the contract and the control API to the engine, under any base path', async () => {
    const ids = await seed('draft');
    const direct = await fetch(`${server.url}/v1/clients/kyc-level-info/?${common(ids)}`);
    expect(direct.status).toBe(200);
    expect(await direct.json()).toMatchObject({ last_kyc_application_uuid: ids.application_uuid });

    const prefixed = await fetch(`${server.url}/partner/kyc/v1/kyc/${ids.application_uuid}/?${common(ids)}`);
    expect(prefixed.status).toBe(200);
    expect(await prefixed.json()).toMatchObject({ uuid: ids.application_uuid, status: 'draft' });
  });

  it('links the URL-variant liveness attribute to the stand-in page on this server', async () => {
    const ids = await seed('draft');
    const response = await fetch(
      `${server.url}/v1/kyc/${ids.application_uuid}/attributes/sumsub_liveness_check_url/?${common(ids)}`,
    );
    const attribute = (await response.json()) as { value: string };
    expect(attribute.value).toMatch(new RegExp(`^${server.url}/websdk/liveness\\.html\\?token=`));
    const page = await fetch(attribute.value);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Liveness check (sandbox)');
  });

  it('serves the WebSDK stand-in page and script with a Content-Security-Policy', async () => {
    for (const path of ['/websdk/websdk.html?_=id_abc', '/websdk/websdk.js', '/websdk/liveness.js']) {
      const response = await fetch(server.url + path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
  });

  describe('CORS', () => {
    it('given a local origin / should reflect it on the answer', async () => {
      const response = await fetch(`${server.url}/v1/clients/kyc-level-info/?${common(await seed('new'))}`, {
        headers: { Origin: 'http://localhost:6006' },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:6006');
      expect(response.headers.get('vary')).toContain('Origin');
    });

    it('given a foreign origin / should answer without CORS headers', async () => {
      const response = await fetch(`${server.url}/v1/clients/kyc-level-info/?${common(await seed('new'))}`, {
        headers: { Origin: 'https://partner.example' },
      });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('answers a preflight itself, with the API methods and the requested headers', async () => {
      const response = await fetch(`${server.url}/v1/kyc/00000000-0000-4000-8000-000000000000/`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'http://127.0.0.1:5173',
          'Access-Control-Request-Method': 'PATCH',
          'Access-Control-Request-Headers': 'content-type,authorization',
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
      expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST,PATCH,PUT,DELETE,OPTIONS');
      expect(response.headers.get('access-control-allow-headers')).toBe('content-type,authorization');
    });
  });

  describe('faults', () => {
    it('given faults at start / should drop /v1 connections, which fetch reports as a network error', async () => {
      const faulty = await startSandboxServer({ sandbox: createSandbox({ seed: 1 }), faults: { dropRate: 1 } });
      try {
        const ids = (await (await fetch(`${faulty.url}/__sandbox/scenarios/new`, { method: 'POST' })).json()) as Seeded;
        await expect(fetch(`${faulty.url}/v1/clients/kyc-level-info/?${common(ids)}`)).rejects.toThrow(TypeError);
      } finally {
        await faulty.close();
      }
    });

    it('given faults set over HTTP / should answer 5xx HTML pages', async () => {
      const ids = await seed('new');
      const put = await fetch(`${server.url}/__sandbox/faults`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ failureRate: 1 }),
      });
      expect(put.status).toBe(204);
      const response = await fetch(`${server.url}/v1/clients/kyc-level-info/?${common(ids)}`);
      expect(response.status).toBeGreaterThanOrEqual(500);
      expect(response.headers.get('content-type')).toContain('text/html');
    });

    it('given latency / should hold the /v1 answer while control routes answer, until close cuts it', async () => {
      const slow = await startSandboxServer({ sandbox: createSandbox({ seed: 2 }), faults: { latencyMs: 100_000 } });
      const ids = (await (await fetch(`${slow.url}/__sandbox/scenarios/new`, { method: 'POST' })).json()) as Seeded;
      const held = fetch(`${slow.url}/v1/clients/kyc-level-info/?${common(ids)}`).then(
        (response) => `answered ${response.status}`,
        () => 'cut',
      );
      const control = await fetch(`${slow.url}/__sandbox/liveness/tokens/unknown`);
      expect(await control.json()).toEqual({ valid: false, reason: 'unknown' });
      expect(await Promise.race([held, Promise.resolve('still waiting')])).toBe('still waiting');
      await slow.close();
      expect(await held).toBe('cut');
    });
  });

  it('close() is idempotent and stops answering', async () => {
    const other = await startSandboxServer();
    expect((await fetch(`${other.url}/__sandbox/liveness/tokens/x`)).status).toBe(200);
    await other.close();
    await other.close();
    await expect(fetch(`${other.url}/__sandbox/liveness/tokens/x`)).rejects.toThrow(TypeError);
  });
});
