/**
 * Continuing on a phone through the proxy, in front of the real HTTP sandbox: the signed-in customer mints
 * a hand-off token; the phone, with no session, uses it for that application's document and liveness
 * steps, and for nothing else: not another application, not another client, not after it expires, not
 * the other routes or attributes.
 */
import { describe, expect, it } from 'vitest';
import { createHandoffToken } from '../../../src/server';
import { json, PNG, setupProxyHarness, uploadForm, type Customer } from './proxyHarness';

const harness = setupProxyHarness();
const SECRET = 'the partner handoff secret, 32+ bytes long';
const PAGE = 'https://partner.example/kyc/phone';

const handoffProxy = (ttlSeconds?: number) => harness.proxy({ handoff: { secret: SECRET, ttlSeconds, pageUrl: PAGE } });

/** A request from the phone: no session cookie, only the token. */
function fromPhone(
  proxy: (request: Request) => Promise<Response>,
  token: string,
  path: string,
  init: RequestInit = {},
) {
  const headers = new Headers(init.headers);
  headers.set('x-kyc-handoff', token);
  return harness.send(proxy, null, path, { ...init, headers });
}

async function mint(proxy: (request: Request) => Promise<Response>, who: Customer): Promise<string> {
  const response = await harness.send(proxy, who, '/handoff/', { method: 'POST' });
  expect(response.status).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

const tokenFor = (who: Customer, applicationUuid = who.applicationUuid!, now?: number) =>
  createHandoffToken({ secret: SECRET, ...who, applicationUuid, now, ttlSeconds: 60 });

const patchOf = (key: string, value: unknown): RequestInit => ({
  ...json({ attribute_changes: [{ key, value }] }),
  method: 'PATCH',
});

describe('react-kyc-flow/server: continuing on a phone with a hand-off token', () => {
  it('given a signed-in customer / should mint a token for their application with its expiry and the phone link', async () => {
    const proxy = handoffProxy(300);
    const who = harness.customer('draft');
    const before = Date.now();
    const response = await harness.send(proxy, who, '/handoff/', { method: 'POST' });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { token: string; expires_at: string; url: string };
    const expiresIn = Date.parse(body.expires_at) - before;
    expect(expiresIn).toBeGreaterThan(290_000);
    expect(expiresIn).toBeLessThanOrEqual(300_000);
    expect(body.url).toBe(`${PAGE}?handoff=${encodeURIComponent(body.token)}`);
  });

  it('given no session, or only a token / should refuse to mint (401) so a token never extends itself', async () => {
    const proxy = handoffProxy();
    const who = harness.customer('draft');
    const token = await mint(proxy, who);
    expect((await harness.send(proxy, null, '/handoff/', { method: 'POST' })).status).toBe(401);
    expect((await fromPhone(proxy, token, '/handoff/', { method: 'POST' })).status).toBe(401);
  });

  it('given a valid token on the phone / should read the application, upload, make a document and save it, twice', async () => {
    const proxy = handoffProxy();
    const who = harness.customer('draft');
    const token = await mint(proxy, who);
    const app = `/v1/kyc/${who.applicationUuid}/`;
    // Read twice: a reload or a second scan works until the token expires.
    expect((await fromPhone(proxy, token, app)).status).toBe(200);
    const viaQuery = await harness.send(proxy, null, `${app}?handoff=${encodeURIComponent(token)}`);
    expect(viaQuery.status).toBe(200);
    const upload = await fromPhone(proxy, token, '/v1/documents/files/', {
      method: 'POST',
      body: uploadForm(new Blob([PNG], { type: 'image/png' })),
    });
    expect(upload.status).toBe(201);
    const [file] = (await upload.json()) as { uuid: string }[];
    const made = await fromPhone(
      proxy,
      token,
      '/v1/documents/',
      json({ attribute_key: 'passport', files: [file!.uuid] }),
    );
    expect(made.status).toBe(201);
    const saved = await fromPhone(proxy, token, app, patchOf('passport', await made.json()));
    expect(saved.status).toBe(200);
    expect(harness.sandbox.sandbox.inspect(who.applicationUuid!)?.answers.passport).toBeTruthy();
    // The token never goes upstream; the ids sent are the token's.
    for (const call of harness.upstream) {
      expect(call.url.searchParams.has('handoff')).toBe(false);
      expect(call.headers.has('x-kyc-handoff')).toBe(false);
      expect(call.url.searchParams.get('client_uuid')).toBe(who.clientUuid);
    }
  });

  it('given an expired token / should answer 401 handoff_expired and call nothing upstream', async () => {
    const proxy = handoffProxy();
    const who = harness.customer('draft');
    const token = await tokenFor(who, who.applicationUuid!, Date.now() - 61_000);
    const response = await fromPhone(proxy, token, `/v1/kyc/${who.applicationUuid}/`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'handoff_expired' });
    expect(harness.upstream).toEqual([]);
  });

  it('given a tampered token or one signed with another secret / should answer 401 handoff_invalid and call nothing upstream', async () => {
    const proxy = handoffProxy();
    const who = harness.customer('draft');
    const token = await mint(proxy, who);
    harness.upstream.length = 0;
    const foreign = await createHandoffToken({
      secret: `${SECRET} (someone else's)`,
      ...who,
      applicationUuid: who.applicationUuid!,
    });
    for (const forged of [`${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`, foreign]) {
      const response = await fromPhone(proxy, forged, `/v1/kyc/${who.applicationUuid}/`);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ code: 'handoff_invalid' });
    }
    expect(harness.upstream).toEqual([]);
  });

  it("given a token used on another client's application / should answer 404 and never reach it", async () => {
    const proxy = handoffProxy();
    const who = harness.customer('draft');
    const other = harness.customer('draft');
    const token = await mint(proxy, who);
    harness.upstream.length = 0;
    expect((await fromPhone(proxy, token, `/v1/kyc/${other.applicationUuid}/`)).status).toBe(404);
    expect((await fromPhone(proxy, token, `/v1/kyc/${other.applicationUuid}/`, patchOf('passport', null))).status).toBe(
      404,
    );
    expect(harness.upstream.filter((call) => call.url.pathname.includes(other.applicationUuid!))).toEqual([]);
    // A token naming another client's application (not this client's) is refused by ownership upstream.
    const crossed = await tokenFor(who, other.applicationUuid!);
    expect((await fromPhone(proxy, crossed, `/v1/kyc/${other.applicationUuid}/`)).status).toBe(404);
  });

  it("given another client's ids in the query / should answer the level info of the token's client only", async () => {
    const proxy = handoffProxy();
    const who = harness.customer('draft');
    const other = harness.customer('draft');
    const token = await mint(proxy, who);
    const query = new URLSearchParams({ client_uuid: other.clientUuid, legal_entity_uuid: other.legalEntityUuid });
    const response = await fromPhone(proxy, token, `/v1/clients/kyc-level-info/?${query}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ last_kyc_application_uuid: who.applicationUuid });
  });

  it('given routes outside the document and liveness steps / should answer 403 and call nothing upstream', async () => {
    const proxy = handoffProxy();
    const who = harness.customer('draft');
    const token = await mint(proxy, who);
    harness.upstream.length = 0;
    const cases: [string, RequestInit][] = [
      [`/v1/kyc/${who.applicationUuid}/send-to-review/`, json({})],
      ['/v1/verification-codes/', json({ object_uuid: who.applicationUuid, provider_type: 'sms' })],
      ['/v1/clients/kyc-level-info/', json({ kyc_level_uuid: who.applicationUuid })],
      ['/v1/legal_documents/?key=terms_and_conditions', {}],
      ['/v1/attributes/citizenship/definitions/', {}],
    ];
    for (const [path, init] of cases) {
      const response = await fromPhone(proxy, token, path, init);
      expect(response.status, path).toBe(403);
      expect(await response.json()).toMatchObject({ code: 'handoff_forbidden' });
    }
    expect(harness.upstream).toEqual([]);
  });

  it('given answers or attributes outside the document and liveness steps / should answer 403 and change nothing', async () => {
    const proxy = handoffProxy();
    const who = harness.customer('draft');
    const token = await mint(proxy, who);
    const app = `/v1/kyc/${who.applicationUuid}/`;
    const before = harness.sandbox.sandbox.inspect(who.applicationUuid!);
    const refused: [string, RequestInit][] = [
      [app, patchOf('first_name', 'Mallory')],
      [
        app,
        {
          ...json({
            attribute_changes: [
              { key: 'passport', value: null },
              { key: 'phone', value: '+4915112345678' },
            ],
          }),
          method: 'PATCH',
        },
      ],
      [`${app}attributes/first_name/`, {}],
      ['/v1/documents/', json({ attribute_key: 'first_name', files: [] })],
    ];
    for (const [path, init] of refused) {
      const response = await fromPhone(proxy, token, path, init);
      expect(response.status, `${init.method ?? 'GET'} ${path}`).toBe(403);
    }
    const after = harness.sandbox.sandbox.inspect(who.applicationUuid!);
    expect(after?.patchCount).toBe(before?.patchCount);
    expect(after?.answers.first_name).toEqual(before?.answers.first_name);
    // The liveness token attribute is one the phone may read.
    expect((await fromPhone(proxy, token, `${app}attributes/sumsub_liveness_check_token/`)).status).toBe(200);
  });

  it('given a token but a proxy without the hand-off option / should ignore it and require the session (401)', async () => {
    const who = harness.customer('draft');
    const token = await tokenFor(who);
    const response = await fromPhone(harness.proxy(), token, `/v1/kyc/${who.applicationUuid}/`);
    expect(response.status).toBe(401);
  });
});
