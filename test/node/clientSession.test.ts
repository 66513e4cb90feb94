/**
 * The API client when the session or the server is in trouble, against the sandbox engine with its fault
 * options (a chosen status, Retry-After, a lost answer): what the partner's `getHeaders` and the server see.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createKycClient, type KycClientOptions } from '../../src/core/client';
import { KycTransportError, KycUnauthorizedError } from '../../src/core/errors';
import { failureKind, failureOf } from '../../src/core/failure';
import { createSandbox } from '../../src/sandbox';

const BASE = 'https://partner.example/kyc';
const sandbox = createSandbox({ seed: 21 });
afterEach(() => sandbox.setFaults(undefined));

/** A client on a fresh sandbox client; `sent` lists the requests that reached the server, as `METHOD path`. */
function setUp(extra: Partial<KycClientOptions> = {}) {
  const { legalEntityUuid, clientUuid } = sandbox.seed('new');
  const sent: { route: string; at: number; authorization: string | null }[] = [];
  let headerCalls = 0;
  const client = createKycClient({
    baseUrl: BASE,
    legalEntityUuid,
    clientUuid,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    getHeaders: () => ({ Authorization: `Bearer session-${++headerCalls}` }),
    fetch: (input, init) => {
      const request = new Request(input, init);
      const path = new URL(request.url).pathname.replace(/^\/kyc/, '');
      sent.push({
        route: `${request.method} ${path}`,
        at: Date.now(),
        authorization: request.headers.get('authorization'),
      });
      // As fetch does: a dropped connection (Response.error()) rejects.
      return sandbox.handle(request).then((response) => {
        if (response.type === 'error') throw new TypeError('Failed to fetch');
        return response;
      });
    },
    ...extra,
  });
  return { client, sent, headerCalls: () => headerCalls, clientUuid };
}

describe('getHeaders counts against the timeout', () => {
  it('given getHeaders that never resolves / should fail within the timeout, send nothing and leave no rejection behind', async () => {
    let rejectLater: (reason: Error) => void = () => undefined;
    const { client, sent } = setUp({
      timeoutMs: 80,
      getHeaders: () => new Promise((_resolve, reject) => (rejectLater = reject)),
    });
    const started = Date.now();
    const error = await client.getLevelInfo().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KycTransportError);
    expect((error as KycTransportError).reason).toBe('headers');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(sent).toEqual([]);
    // The partner's promise settling late must not become an unhandled rejection (vitest fails the run on one).
    rejectLater(new Error('signed out'));
  });

  it('given getHeaders that rejects / should fail with the partner’s error as the cause, unsent and unretried', async () => {
    const cause = new Error('token endpoint down');
    const { client, sent } = setUp({ getHeaders: () => Promise.reject(cause) });
    const error = await client.getLevelInfo().catch((e: unknown) => e);
    expect((error as KycTransportError).reason).toBe('headers');
    expect((error as Error).cause).toBe(cause);
    expect(failureKind(error)).toBe('unknown');
    expect(sent).toEqual([]);
  });
});

describe('401: fresh headers and one replay', () => {
  it('given one 401 / should ask getHeaders again and replay the call with the new headers', async () => {
    const { client, sent } = setUp();
    sandbox.setFaults({ routes: { levelInfo: { status: 401, times: 1 } } });
    const info = await client.getLevelInfo();
    expect(info.available_levels_for_upgrade.length).toBeGreaterThan(0);
    expect(sent.map((request) => request.authorization)).toEqual(['Bearer session-1', 'Bearer session-2']);
    expect(client.session.getSnapshot().expired).toBe(false);
    sandbox.setFaults(undefined);
  });

  it('given a write refused with 401 once / should replay it once: one application, not two', async () => {
    const { client, sent, clientUuid } = setUp();
    const level = (await client.getLevelInfo()).available_levels_for_upgrade[0]!;
    sandbox.setFaults({ routes: { createApplication: { status: 401, times: 1 } } });
    const created = await client.createApplication(level.uuid);
    sandbox.setFaults(undefined);
    expect(sent.filter((request) => request.route.startsWith('POST')).length).toBe(2);
    expect((await client.getLevelInfo()).last_kyc_application_uuid).toBe(created.uuid);
    expect(sandbox.inspect(created.uuid)?.clientUuid).toBe(clientUuid);
  });

  it('given 401 again after the replay / should fail as an expired session, mark it, and mark it active after the next answer', async () => {
    const { client, sent } = setUp();
    sandbox.setFaults({ routes: { levelInfo: { status: 401 } } });
    const error = await client.getLevelInfo().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KycUnauthorizedError);
    expect((error as KycUnauthorizedError).sessionExpired).toBe(true);
    expect(failureKind(error)).toBe('session_expired');
    expect(sent.length).toBe(2);
    expect(client.session.getSnapshot()).toMatchObject({ expired: true, endpoint: 'GET /v1/clients/kyc-level-info/' });
    expect(client.session.claimNotice()).toBe(true);
    expect(client.session.claimNotice()).toBe(false);

    sandbox.setFaults(undefined);
    await client.getLevelInfo();
    expect(client.session.getSnapshot().expired).toBe(false);
  });

  it('given 403 / should not replay: not allowed is not an expired session', async () => {
    const { client, sent } = setUp();
    sandbox.setFaults({ routes: { levelInfo: { status: 403 } } });
    const error = await client.getLevelInfo().catch((e: unknown) => e);
    sandbox.setFaults(undefined);
    expect(error).toBeInstanceOf(KycUnauthorizedError);
    expect((error as KycUnauthorizedError).sessionExpired).toBe(false);
    expect(failureKind(error)).toBe('forbidden');
    expect(sent.length).toBe(1);
    expect(client.session.getSnapshot().expired).toBe(false);
  });
});

describe('retries that help', () => {
  it('given 429 with Retry-After: 1 on a read / should wait that second, then read once more', async () => {
    const { client, sent } = setUp();
    sandbox.setFaults({ routes: { levelInfo: { status: 429, retryAfter: '1', times: 1 } } });
    await client.getLevelInfo();
    sandbox.setFaults(undefined);
    expect(sent.length).toBe(2);
    expect(sent[1]!.at - sent[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('given a route cooling down after a Retry-After / should hold other reads of that route back too', async () => {
    const { client, sent } = setUp();
    sandbox.setFaults({ routes: { levelInfo: { status: 503, retryAfter: '1', times: 1 } } });
    const first = client.getLevelInfo();
    await expect.poll(() => sent.length).toBe(1);
    await new Promise((resolve) => setImmediate(resolve)); // let the 503 arrive
    const second = client.getLevelInfo();
    await Promise.all([first, second]);
    sandbox.setFaults(undefined);
    expect(sent.length).toBe(3);
    expect(Math.min(sent[1]!.at, sent[2]!.at) - sent[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('given a Retry-After longer than the cap / should fail at once and say how long to wait', async () => {
    const { client, sent } = setUp();
    sandbox.setFaults({ routes: { levelInfo: { status: 429, retryAfter: '120' } } });
    const error = await client.getLevelInfo().catch((e: unknown) => e);
    sandbox.setFaults(undefined);
    expect(sent.length).toBe(1);
    expect(failureOf(error)).toEqual({ kind: 'rate_limited', retryAfterSeconds: 120 });
  });

  it('given 503 with an HTTP-date Retry-After on a write / should not repeat the write', async () => {
    const { client, sent } = setUp();
    const level = (await client.getLevelInfo()).available_levels_for_upgrade[0]!;
    sent.length = 0;
    const soon = new Date(Date.now() + 2000).toUTCString();
    sandbox.setFaults({ routes: { createApplication: { status: 503, retryAfter: soon } } });
    const error = await client.createApplication(level.uuid).catch((e: unknown) => e);
    sandbox.setFaults(undefined);
    expect(sent.length).toBe(1);
    expect(failureKind(error)).toBe('server');
    expect((error as KycTransportError).retryAfterMs).toBeGreaterThan(0);
  });
});

describe('the kind of failure the customer is told about', () => {
  it.each([
    [{ status: 403 }, 'forbidden'],
    [{ status: 404 }, 'not_found'],
    [{ status: 409 }, 'conflict'],
    [{ status: 413 }, 'too_large'],
    [{ status: 429 }, 'rate_limited'],
    [{ status: 503 }, 'server'],
    [{ failureRate: 1 }, 'server'],
    [{ dropRate: 1 }, 'offline'],
    [{ malformedRate: 1 }, 'invalid_response'],
    [{ latencyMs: 500 }, 'timeout'],
  ] as const)('given %j / should be %s', async (rule, kind) => {
    const { client } = setUp({ retry: false, timeoutMs: 100 });
    sandbox.setFaults({ routes: { levelInfo: rule } });
    const error = await client.getLevelInfo().catch((e: unknown) => e);
    sandbox.setFaults(undefined);
    expect(failureKind(error)).toBe(kind);
  });
});
