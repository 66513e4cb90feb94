/**
 * One customer can never act as another through the proxy: the ids come from the partner's session,
 * whatever the browser puts in the query or the body; a document is made only of this customer's uploads;
 * an application route is forwarded only for this customer's application.
 */
import { describe, expect, it } from 'vitest';
import { BASIC_LEVEL_UUID } from '../../../src/sandbox';
import { json, PNG, setupProxyHarness, uploadForm } from './proxyHarness';

const harness = setupProxyHarness();

const upstreamPaths = () => harness.upstream.map((call) => `${call.method} ${call.url.pathname}`);

describe('react-kyc-flow/server: acting only as the session’s customer', () => {
  it('given no session / should answer 401 and call nothing upstream', async () => {
    const proxy = harness.proxy();
    const response = await harness.send(proxy, null, '/v1/clients/kyc-level-info/');
    expect(response.status).toBe(401);
    expect(harness.upstream).toEqual([]);
  });

  it("given another customer's ids in the query / should answer with the session customer's data", async () => {
    const proxy = harness.proxy();
    const victim = harness.customer('draft');
    const attacker = harness.customer('new');
    const query = new URLSearchParams({ legal_entity_uuid: victim.legalEntityUuid, client_uuid: victim.clientUuid });
    const response = await harness.send(proxy, attacker, `/v1/clients/kyc-level-info/?${query}`);
    expect(response.status).toBe(200);
    const info = (await response.json()) as { last_kyc_application_uuid: string | null };
    expect(info.last_kyc_application_uuid).toBeNull(); // the victim's would be their draft
    const sent = harness.upstream[0]!.url.searchParams;
    expect(sent.getAll('client_uuid')).toEqual([attacker.clientUuid]);
    expect(sent.getAll('legal_entity_uuid')).toEqual([attacker.legalEntityUuid]);
  });

  it("given a verification-code body naming another legal entity / should send the code with the session's legal entity", async () => {
    const proxy = harness.proxy();
    const victim = harness.customer('draft');
    const customer = harness.customer('draft');
    const response = await harness.send(
      proxy,
      customer,
      '/v1/verification-codes/',
      json({
        legal_entity_uuid: victim.legalEntityUuid,
        client_uuid: victim.clientUuid,
        object_uuid: customer.applicationUuid,
        provider_type: 'sms',
        destination: '+491511234567',
      }),
    );
    expect(response.status).toBe(201);
    const sent = JSON.parse(harness.upstream.at(-1)!.body!) as Record<string, unknown>;
    expect(sent.legal_entity_uuid).toBe(customer.legalEntityUuid);
    expect(sent.client_uuid).toBe(customer.clientUuid);
  });

  it('given the widget holding no uuid / should go from level info to a signature code through the proxy', async () => {
    const proxy = harness.proxy();
    const customer = harness.customer('new');
    const client = harness.widgetClient(proxy, customer);
    const info = await client.getLevelInfo();
    const app = await client.createApplication(info.available_levels_for_upgrade[0]!.uuid);
    const code = await client.sendVerificationCode({
      applicationUuid: app.uuid,
      provider: 'sms',
      destination: '+491511234567',
    });
    expect(code.provider_type).toBe('sms');
    expect(harness.sandbox.sandbox.inspect(app.uuid)?.clientUuid).toBe(customer.clientUuid);
  });

  it('given document files another customer uploaded / should answer 400 and never ask the provider', async () => {
    const proxy = harness.proxy();
    const victim = harness.customer('draft');
    const attacker = harness.customer('draft');
    const upload = await harness.send(proxy, victim, '/v1/documents/files/', {
      method: 'POST',
      body: uploadForm(new Blob([PNG], { type: 'image/png' })),
    });
    expect(upload.status).toBe(201);
    const [victimFile] = (await upload.json()) as Array<{ uuid: string }>;
    harness.upstream.length = 0;

    for (const files of [[victimFile!.uuid], victimFile!.uuid, [{ uuid: victimFile!.uuid }]]) {
      const response = await harness.send(
        proxy,
        attacker,
        '/v1/documents/',
        json({ attribute_key: 'passport', files }),
      );
      expect(response.status).toBe(400);
      expect(Object.keys((await response.json()) as object)).toEqual(['files']);
    }
    expect(harness.upstream).toEqual([]);

    const own = await harness.send(proxy, attacker, '/v1/documents/files/', {
      method: 'POST',
      body: uploadForm(new Blob([PNG], { type: 'image/png' })),
    });
    const [ownFile] = (await own.json()) as Array<{ uuid: string }>;
    const document = await harness.send(
      proxy,
      attacker,
      '/v1/documents/',
      json({ attribute_key: 'passport', files: [ownFile!.uuid] }),
    );
    expect(document.status).toBe(201);
  });

  it("given another customer's application / should answer 404 on every application route and forward none of them", async () => {
    const proxy = harness.proxy();
    const victim = harness.customer('draft');
    const attacker = harness.customer('draft');
    const app = victim.applicationUuid!;
    const attempts: Array<[string, RequestInit]> = [
      [`/v1/kyc/${app}/`, {}],
      [`/v1/kyc/${app}/`, { ...json({ attribute_changes: [] }), method: 'PATCH' }],
      [`/v1/kyc/${app}/attributes/sumsub_liveness_check_token/`, {}],
      [`/v1/kyc/${app}/send-to-review/`, { method: 'POST' }],
    ];
    for (const [path, init] of attempts) {
      expect((await harness.send(proxy, attacker, path, init)).status, path).toBe(404);
    }
    const code = await harness.send(
      proxy,
      attacker,
      '/v1/verification-codes/',
      json({ object_uuid: app, provider_type: 'sms', destination: '+491511234567' }),
    );
    expect(code.status).toBe(400);
    expect(Object.keys((await code.json()) as object)).toEqual(['object_uuid']);
    // Only the attacker's own level info was read (to learn their applications); nothing else went out.
    expect(new Set(upstreamPaths())).toEqual(new Set(['GET /v1/clients/kyc-level-info/']));
    expect(harness.upstream.every((call) => call.url.searchParams.get('client_uuid') === attacker.clientUuid)).toBe(
      true,
    );
  });

  it("given the customer's own last application / should forward after one level-info check, then from memory", async () => {
    const proxy = harness.proxy();
    const customer = harness.customer('draft');
    const path = `/v1/kyc/${customer.applicationUuid}/`;
    expect((await harness.send(proxy, customer, path)).status).toBe(200);
    expect((await harness.send(proxy, customer, path)).status).toBe(200);
    expect(upstreamPaths()).toEqual([
      `GET /v1/clients/kyc-level-info/`,
      `GET /v1/kyc/${customer.applicationUuid}/`,
      `GET /v1/kyc/${customer.applicationUuid}/`,
    ]);
  });

  it('given an application the customer just created through the proxy / should forward its routes without a check', async () => {
    const proxy = harness.proxy();
    const customer = harness.customer('new');
    const created = await harness.send(
      proxy,
      customer,
      '/v1/clients/kyc-level-info/',
      json({ kyc_level_uuid: BASIC_LEVEL_UUID }),
    );
    expect(created.status).toBe(201);
    const { uuid } = (await created.json()) as { uuid: string };
    expect((await harness.send(proxy, customer, `/v1/kyc/${uuid}/`)).status).toBe(200);
    expect(upstreamPaths()).toEqual(['POST /v1/clients/kyc-level-info/', `GET /v1/kyc/${uuid}/`]);
  });
});
