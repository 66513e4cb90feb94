/**
 * What the desktop does with the application while the phone hand-off is open (core/handoffFollow.ts),
 * on applications read from the sandbox: which field offers it, which answers from the phone it shows
 * (never over its own), when the phone is done with a step, and how the re-reads back off; and on the
 * phone, which step it continues and when the proxy refused its link.
 */
import { describe, expect, it } from 'vitest';
import { createKycClient } from '../../src/core/client';
import { KycNotFoundError, KycTransportError, KycUnauthorizedError } from '../../src/core/errors';
import {
  arrivedAnswer,
  handoffHostKey,
  handoffPollDelay,
  handoffStepDone,
  phoneLinkProblem,
  phoneRefusal,
  phoneStep,
} from '../../src/core/handoffFollow';
import { readHandoffLink } from '../../src/core/handoffLink';
import type { Application } from '../../src/core/schemas';
import { createSandbox } from '../../src/sandbox';
import { createSandboxFetch } from '../../src/sandbox/createSandboxFetch';
import { PNG } from './server/proxyHarness';

const BASE = 'https://partner.example/kyc';
const sandbox = createSandbox({ seed: 15 });

function phoneAndDesktop() {
  const ids = sandbox.seed('draft');
  const client = createKycClient({
    baseUrl: BASE,
    ...ids,
    retry: false,
    fetch: createSandboxFetch(sandbox, { baseUrl: BASE }),
  });
  return { client, uuid: ids.applicationUuid! };
}

async function uploadPassport(client: ReturnType<typeof createKycClient>, uuid: string) {
  const [file] = await client.uploadFiles([new File([PNG], 'p.png', { type: 'image/png' })]);
  const document = await client.createDocument('passport', [file!.uuid]);
  await client.updateApplication(uuid, [{ key: 'passport', value: document }]);
  return document;
}

const documentStep = (app: Application) =>
  app.kyc_steps.find((step) => step.questions.some((q) => q.attribute.key === 'passport'))!.questions;

describe('core/handoffFollow: the desktop while the phone goes on', () => {
  it('given a document step / should offer the hand-off on its first document question only', async () => {
    const { client, uuid } = phoneAndDesktop();
    const app = await client.getApplication(uuid);
    expect(handoffHostKey(documentStep(app))).toBe('passport');
    expect(handoffHostKey(app.kyc_steps[0]!.questions)).toBeNull(); // personal details: nothing for a phone
  });

  it('given a passport the phone saved / should show it where the desktop has none, never over its own', async () => {
    const { client, uuid } = phoneAndDesktop();
    const document = await uploadPassport(client, uuid);
    const fresh = await client.getApplication(uuid, { emptyVolatileFields: true });
    expect(arrivedAnswer(fresh, 'passport', null, false)).toEqual({
      value: expect.objectContaining({ uuid: document.uuid }),
    });
    const ownOnDesktop = { uuid: '3e8f5d85-5c4b-4d74-8a3b-6f4c6c9f4d04', attribute_key: 'passport', files: [] };
    expect(arrivedAnswer(fresh, 'passport', ownOnDesktop, false)).toBeUndefined();
    expect(arrivedAnswer(fresh, 'passport', null, true)).toBeUndefined(); // an upload of its own under way
    expect(arrivedAnswer(fresh, 'proof_of_address', null, false)).toBeUndefined(); // nothing came for it
  });

  it('given the phone saved the passport / should call the identity document step done, not before', async () => {
    const { client, uuid } = phoneAndDesktop();
    const keys = documentStep(await client.getApplication(uuid)).map((q) => q.attribute.key);
    expect(handoffStepDone(await client.getApplication(uuid), keys)).toBe(false);
    await uploadPassport(client, uuid);
    expect(handoffStepDone(await client.getApplication(uuid), keys)).toBe(true);
  });

  it('given the phone opens its link / should continue the first step left, and stay on it once done', async () => {
    const { client, uuid } = phoneAndDesktop();
    const before = phoneStep(await client.getApplication(uuid), null);
    expect(before).toMatchObject({ step: { title: 'Identity documents' }, done: false });
    await uploadPassport(client, uuid);
    const after = await client.getApplication(uuid);
    expect(phoneStep(after, 'passport')).toMatchObject({ step: { title: 'Identity documents' }, done: true });
    expect(phoneStep(after, null)).toMatchObject({ step: { title: 'Address and funds' }, done: false }); // a new scan
  });

  it('given the proxy refuses the link / should tell a refusal (401, 403, 404) from any other failure', () => {
    const endpoint = 'GET /v1/kyc/{uuid}/';
    expect(phoneLinkProblem(new KycUnauthorizedError('expired', endpoint, 401))).toBe('refused');
    expect(phoneLinkProblem(new KycUnauthorizedError('forbidden', endpoint, 403))).toBe('refused');
    expect(phoneLinkProblem(new KycNotFoundError('not found', endpoint, 404))).toBe('refused');
    expect(phoneLinkProblem(new KycTransportError('network', 'offline', endpoint))).toBe('failed');
  });

  it('given a call refused after the phone opened / should say whether something of the customer’s was not sent', () => {
    const upload = 'POST /v1/files/';
    expect(phoneRefusal({ error: new KycUnauthorizedError('expired', upload, 401) })).toBe('unsent');
    expect(phoneRefusal({ error: new KycNotFoundError('gone', 'PATCH /v1/kyc/{uuid}/', 404) })).toBe('unsent');
    expect(phoneRefusal({ error: new KycUnauthorizedError('expired', 'GET /v1/kyc/{uuid}/', 401) })).toBe('refused');
    expect(phoneRefusal({ error: new KycTransportError('network', 'offline', upload) })).toBeNull();
    // The API client's own finding (a 401 after fresh headers), by the endpoint it was calling.
    expect(phoneRefusal({ endpoint: upload })).toBe('unsent');
    expect(phoneRefusal({ endpoint: 'GET /v1/kyc/{uuid}/' })).toBe('refused');
  });

  it('given nothing arrives / should read again after growing pauses, up to eight seconds', () => {
    expect([0, 1, 2, 3, 4, 5, 20].map(handoffPollDelay)).toEqual([1500, 2000, 3000, 5000, 8000, 8000, 8000]);
  });

  it('given a link from the partner / should take https (and the sandbox on localhost) only, with its expiry', () => {
    expect(
      readHandoffLink({ url: 'https://partner.example/phone?handoff=t', expiresAt: '2026-12-03T08:10:00Z' }),
    ).toEqual({
      url: 'https://partner.example/phone?handoff=t',
      expiresAt: Date.UTC(2026, 11, 3, 8, 10),
    });
    expect(readHandoffLink('http://localhost:5173/?handoff=t')).toEqual({
      url: 'http://localhost:5173/?handoff=t',
      expiresAt: null,
    });
    for (const unsafe of ['javascript:alert(1)', 'http://partner.example/phone', 'data:text/html,x']) {
      expect(readHandoffLink(unsafe), unsafe).toBeNull();
    }
  });
});
