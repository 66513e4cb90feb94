/**
 * The typed API client against the sandbox, through MSW's Node interceptor (the real fetch path):
 * every endpoint, every error shape, retries, timeouts and aborts.
 */
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createKycClient, type KycClient, type KycClientOptions } from '../../src/core/client';
import {
  KycConflictError,
  KycNotFoundError,
  KycSignatureRequiredError,
  KycTransportError,
  KycUnauthorizedError,
  KycValidationError,
} from '../../src/core/errors';
import type { Application } from '../../src/core/schemas';
import { createSandbox } from '../../src/sandbox';
import { createSandboxHandlers } from '../../src/sandbox/msw';

const BASE = 'https://partner.example/kyc';
const sandbox = createSandbox({ seed: 11 });
const server = setupServer(...createSandboxHandlers(sandbox, { baseUrl: BASE }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  sandbox.setFaults(undefined);
  server.resetHandlers();
});
afterAll(() => server.close());

const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

function newClient(extra: Partial<KycClientOptions> = {}): KycClient {
  const { legalEntityUuid, clientUuid } = sandbox.seed('new');
  return createKycClient({
    baseUrl: BASE,
    legalEntityUuid,
    clientUuid,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    ...extra,
  });
}

async function fullApplication(client: KycClient): Promise<Application> {
  const info = await client.getLevelInfo();
  const full = info.available_levels_for_upgrade.find((level) => /full/i.test(level.name));
  if (!full) throw new Error('the sandbox offers no Full level');
  return client.createApplication(full.uuid);
}

function attributeOf(app: Application, key: string) {
  return app.kyc_steps.flatMap((s) => s.questions).find((q) => q.attribute.key === key)?.attribute;
}

describe('level info and applications', () => {
  it('given a client the sandbox has never seen / should offer at least two levels and no application', async () => {
    const info = await newClient().getLevelInfo();
    expect(info.available_levels_for_upgrade.length).toBeGreaterThanOrEqual(2);
    expect(info.last_kyc_application_uuid ?? null).toBeNull();
    expect(info.allowed_to_create_kyc_application).toBe(true);
  });

  it('should create a draft application and point the level info at it', async () => {
    const client = newClient();
    const app = await fullApplication(client);
    expect(app.status).toBe('draft');
    expect(app.kyc_steps.length).toBeGreaterThan(2);
    expect((await client.getLevelInfo()).last_kyc_application_uuid).toBe(app.uuid);
  });

  it('given empty_volatile_fields / reading the application should not hand out a liveness token', async () => {
    const client = newClient();
    const app = await fullApplication(client);
    const quiet = await client.getApplication(app.uuid, { emptyVolatileFields: true });
    expect(attributeOf(quiet, 'sumsub_liveness_check_token')?.value ?? null).toBeNull();
    const loud = await client.getApplication(app.uuid);
    expect(typeof attributeOf(loud, 'sumsub_liveness_check_token')?.value).toBe('string');
  });

  it('given an unknown application / should fail with a not-found error', async () => {
    await expect(newClient().getApplication('00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(
      KycNotFoundError,
    );
  });
});

describe('answers', () => {
  it('should save a valid answer and return it in the application', async () => {
    const client = newClient();
    const app = await fullApplication(client);
    const saved = await client.updateApplication(app.uuid, [{ key: 'first_name', value: 'Ada' }]);
    expect(attributeOf(saved, 'first_name')?.value).toBe('Ada');
  });

  it('given an invalid e-mail / should fail with the error keyed by the attribute', async () => {
    const client = newClient();
    const app = await fullApplication(client);
    const error = await client
      .updateApplication(app.uuid, [{ key: 'email', value: 'not-an-email' }], { email: '111111' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KycValidationError);
    expect((error as KycValidationError).attributeErrors.email?.length).toBeGreaterThan(0);
  });

  it('given an application in review / should refuse edits as a conflict', async () => {
    const { legalEntityUuid, clientUuid, applicationUuid } = sandbox.seed('in_review');
    const client = createKycClient({ baseUrl: BASE, legalEntityUuid, clientUuid });
    await expect(
      client.updateApplication(applicationUuid!, [{ key: 'first_name', value: 'X' }]),
    ).rejects.toBeInstanceOf(KycConflictError);
  });
});

describe('signatures', () => {
  it('should ask for a code, refuse a wrong one and accept 111111 sent to the new phone', async () => {
    const client = newClient();
    const app = await fullApplication(client);
    const change = [{ key: 'phone', value: '+4915112345678' }];

    const missing = await client.updateApplication(app.uuid, change).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(KycSignatureRequiredError);
    expect((missing as KycSignatureRequiredError).providers).toEqual(['sms']);
    expect((missing as KycSignatureRequiredError).reason).toBe('missing');

    const noDestination = await client
      .sendVerificationCode({ applicationUuid: app.uuid, provider: 'sms' })
      .catch((e: unknown) => e);
    expect(noDestination).toBeInstanceOf(KycValidationError);
    expect((noDestination as KycValidationError).fieldErrors.destination).toBeDefined();

    const code = await client.sendVerificationCode({
      applicationUuid: app.uuid,
      provider: 'sms',
      destination: '+4915112345678',
    });
    expect(code.provider_type).toBe('sms');

    const wrong = await client.updateApplication(app.uuid, change, { sms: '000000' }).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(KycSignatureRequiredError);
    expect((wrong as KycSignatureRequiredError).reason).toBe('invalid');

    const saved = await client.updateApplication(app.uuid, change, { sms: '111111' });
    expect(attributeOf(saved, 'phone')?.value).toBe('+4915112345678');
  });
});

describe('reference data and legal documents', () => {
  it('should list about 250 countries, following pagination links', async () => {
    let pages = 0;
    const client = newClient({
      // Ask for small pages so the client has to follow `next`.
      fetch: (input, init) => {
        const url = new URL(String(input));
        if (url.pathname.endsWith('/definitions/') && !url.searchParams.has('page_size'))
          url.searchParams.set('page_size', '100');
        pages += 1;
        return fetch(url, init);
      },
    });
    const countries = await client.getDefinitions('citizenship');
    expect(countries.length).toBeGreaterThanOrEqual(240);
    expect(new Set(countries.map((c) => c.value)).size).toBe(countries.length);
    expect(countries.find((c) => c.value === 'DE')?.title).toMatch(/Germany/);
    expect(pages).toBe(3);
  });

  it('given a next link to another origin / should stop the list at the first page and never call that origin', async () => {
    const FOREIGN = 'https://elsewhere.example/kyc';
    const reachedForeign: string[] = [];
    server.use(
      // A proxy in front of the API that passes requests on under another host name: the API's absolute
      // pagination links then name that host, not the one the widget talks to.
      http.get(`${BASE}/v1/attributes/:key/definitions/`, ({ request }) => {
        const upstream = new URL(request.url.replace(BASE, FOREIGN));
        upstream.searchParams.set('page_size', '100');
        return sandbox.handle(new Request(upstream, { headers: request.headers }));
      }),
      // The other origin answers like the API would, so a client that followed the link would get more options.
      http.all(`${FOREIGN}/*`, ({ request }) => {
        reachedForeign.push(request.url);
        return sandbox.handle(request);
      }),
    );

    const countries = await newClient().getDefinitions('citizenship');

    expect(countries).toHaveLength(100);
    expect(reachedForeign).toEqual([]);
  });

  it('should fetch a legal document by key with HTML content', async () => {
    const document = await newClient().getLegalDocument('terms_and_conditions');
    expect(document.key).toBe('terms_and_conditions');
    expect(document.uuid).toBeTruthy();
    expect(document.content ?? document.url).toBeTruthy();
  });
});

describe('documents', () => {
  it('should upload a picture, create a document from it and save it as the answer', async () => {
    const client = newClient();
    const app = await fullApplication(client);
    const progress: number[] = [];
    const files = await client.uploadFiles([new File([PNG], 'passport.png', { type: 'image/png' })], {
      onProgress: (p) => progress.push(p.loaded),
    });
    expect(files[0]?.name).toBe('passport.png');
    expect(progress.at(-1)).toBe(PNG.byteLength);
    const document = await client.createDocument(
      'passport',
      files.map((f) => f.uuid),
    );
    expect(document.files.map((f) => f.uuid)).toEqual(files.map((f) => f.uuid));
    const saved = await client.updateApplication(app.uuid, [{ key: 'passport', value: document }]);
    expect((attributeOf(saved, 'passport')?.value as { uuid: string }).uuid).toBe(document.uuid);
    expect(sandbox.inspect(app.uuid)?.files).toHaveLength(1);
  });

  it('given a web page named .jpg / should refuse the upload with a message naming the file', async () => {
    const client = newClient();
    const html = new File(['<html><script>alert(1)</script></html>'], 'photo.jpg', { type: 'image/jpeg' });
    const error = await client.uploadFiles([html]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KycValidationError);
    expect((error as KycValidationError).fieldErrors.files?.join(' ')).toMatch(/photo\.jpg/);
  });
});

describe('liveness token', () => {
  it('should return the same token while it lives long enough, and a new one on renew', async () => {
    const client = newClient();
    const app = await fullApplication(client);
    const first = await client.getAttribute(app.uuid, 'sumsub_liveness_check_token', { ttlMin: 60, ttlMax: 600 });
    const again = await client.getAttribute(app.uuid, 'sumsub_liveness_check_token', { ttlMin: 60, ttlMax: 600 });
    const renewed = await client.getAttribute(app.uuid, 'sumsub_liveness_check_token', {
      ttlMin: 60,
      ttlMax: 600,
      ttlRenew: true,
    });
    expect(typeof first.value).toBe('string');
    expect(again.value).toBe(first.value);
    expect(renewed.value).not.toBe(first.value);
  });
});

describe('send to review', () => {
  it('given unanswered required questions / should refuse and name them', async () => {
    const client = newClient();
    const app = await fullApplication(client);
    const error = await client.sendToReview(app.uuid).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KycValidationError);
    expect(Object.keys((error as KycValidationError).attributeErrors)).toContain('first_name');
  });
});

describe('transport faults', () => {
  it('should retry a read on 5xx with backoff, then fail with a transient server error', async () => {
    let calls = 0;
    const client = newClient({ fetch: (input, init) => ((calls += 1), fetch(input, init)) });
    sandbox.setFaults({ routes: { levelInfo: { failureRate: 1 } } });
    const error = await client.getLevelInfo().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KycTransportError);
    expect((error as KycTransportError).reason).toBe('server');
    expect((error as KycTransportError).transient).toBe(true);
    expect(calls).toBe(3);
  });

  it('should never retry a write', async () => {
    let calls = 0;
    const client = newClient({ fetch: (input, init) => ((calls += 1), fetch(input, init)) });
    const info = await client.getLevelInfo();
    calls = 0;
    sandbox.setFaults({ routes: { createApplication: { failureRate: 1 } } });
    await expect(client.createApplication(info.available_levels_for_upgrade[0]!.uuid)).rejects.toBeInstanceOf(
      KycTransportError,
    );
    expect(calls).toBe(1);
  });

  it('should report a malformed body as unreadable and a dropped connection as a network fault', async () => {
    const client = newClient({ retry: false });
    sandbox.setFaults({ routes: { levelInfo: { malformedRate: 1 } } });
    expect(await client.getLevelInfo().catch((e: KycTransportError) => e.reason)).toBe('unreadable');
    sandbox.setFaults({ routes: { levelInfo: { dropRate: 1 } } });
    expect(await client.getLevelInfo().catch((e: KycTransportError) => e.reason)).toBe('network');
  });

  it('should report a body of the wrong shape as an invalid response, not a crash', async () => {
    const client = newClient({ fetch: async () => Response.json({ current_level: 'nope' }) });
    const error = await client.getLevelInfo().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KycTransportError);
    expect((error as KycTransportError).reason).toBe('invalid_response');
  });

  it('should give up after the timeout, and reject with the caller’s reason on abort', async () => {
    const client = newClient({ retry: false, timeoutMs: 50 });
    sandbox.setFaults({ routes: { levelInfo: { latencyMs: 400 } } });
    expect(await client.getLevelInfo().catch((e: KycTransportError) => e.reason)).toBe('timeout');
    const controller = new AbortController();
    const pending = client.getLevelInfo({ signal: controller.signal, timeoutMs: 5000 });
    controller.abort(new Error('left the page'));
    await expect(pending).rejects.toThrow('left the page');
  });

  it('should map 401/403 to unauthorised with the server’s detail', async () => {
    const client = newClient({ fetch: async () => Response.json({ detail: 'Token expired.' }, { status: 401 }) });
    const error = await client.getLevelInfo().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KycUnauthorizedError);
    expect((error as Error).message).toBe('Token expired.');
  });

  it('should send the partner’s headers on every call', async () => {
    const seen: (string | null)[] = [];
    const client = newClient({
      getHeaders: async () => ({ Authorization: 'Bearer partner-session' }),
      fetch: (input, init) => (seen.push(new Headers(init?.headers).get('authorization')), fetch(input, init)),
    });
    await client.getLevelInfo();
    expect(seen).toEqual(['Bearer partner-session']);
  });
});
