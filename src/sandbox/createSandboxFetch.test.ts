import type { LevelInfo, UploadedFile } from '../core/schemas';
import { createSandboxFetch } from './createSandboxFetch';
import { createSandbox } from './engine/createSandbox';
import { samplePng } from './engine/fixtures/samplePng';

const BASE = 'https://partner.example/kyc';
const sandbox = createSandbox({ seed: 3 });

afterEach(() => {
  sandbox.setFaults(undefined);
  sandbox.reset();
});

const levelInfoUrl = (ids: { legalEntityUuid: string; clientUuid: string }, base = BASE) =>
  `${base}/v1/clients/kyc-level-info/?legal_entity_uuid=${ids.legalEntityUuid}&client_uuid=${ids.clientUuid}`;

describe('createSandboxFetch (the sandbox as a fetch, no msw)', () => {
  it('given a seeded client / should answer the contract under the base URL like the API would', async () => {
    const ids = sandbox.seed('approved');
    const fetch = createSandboxFetch(sandbox, { baseUrl: `${BASE}/` });
    const response = await fetch(levelInfoUrl(ids));
    expect(response.status).toBe(200);
    expect(((await response.json()) as LevelInfo).last_kyc_application_uuid).toBe(ids.applicationUuid);
  });

  it('given a path as base / should answer requests to that path and to the same path as an absolute URL', async () => {
    const ids = sandbox.seed('new');
    const fetch = createSandboxFetch(sandbox, { baseUrl: '/kyc' });
    expect((await fetch(levelInfoUrl(ids, '/kyc'))).status).toBe(200);
    expect((await fetch(new Request(levelInfoUrl(ids, 'http://localhost/kyc')))).status).toBe(200);
  });

  it('given a request outside the sandbox / should hand it to the fetch it was given, untouched', async () => {
    const passed: string[] = [];
    const fetch = createSandboxFetch(sandbox, {
      baseUrl: BASE,
      fetch: (input) => {
        passed.push(String(input));
        return Promise.resolve(new Response('from the network'));
      },
    });
    expect(await (await fetch('https://cdn.example/kyc/v1/logo.svg')).text()).toBe('from the network');
    expect(await (await fetch(`${BASE}/v2/clients/`)).text()).toBe('from the network');
    expect(passed).toEqual(['https://cdn.example/kyc/v1/logo.svg', `${BASE}/v2/clients/`]);
  });

  it('given a multipart upload / should store the file as sent', async () => {
    const ids = sandbox.seed('draft');
    const fetch = createSandboxFetch(sandbox, { baseUrl: BASE });
    const form = new FormData();
    form.append('files', new File([samplePng()], 'passport.png', { type: 'image/png' }));
    const response = await fetch(
      `${BASE}/v1/documents/files/?legal_entity_uuid=${ids.legalEntityUuid}&client_uuid=${ids.clientUuid}`,
      { method: 'POST', body: form },
    );
    expect(response.status).toBe(201);
    expect((await response.json()) as UploadedFile[]).toEqual([
      expect.objectContaining({ name: 'passport.png', size: samplePng().byteLength, content_type: 'image/png' }),
    ]);
  });

  it('given a dropped connection / should reject with a TypeError, as a network fetch does', async () => {
    const ids = sandbox.seed('new');
    sandbox.setFaults({ dropRate: 1 });
    const fetch = createSandboxFetch(sandbox, { baseUrl: BASE });
    await expect(fetch(levelInfoUrl(ids))).rejects.toThrow(TypeError);
  });

  it('given a slow answer and an aborted signal / should reject with the abort reason without waiting', async () => {
    const ids = sandbox.seed('new');
    sandbox.setFaults({ latencyMs: 60_000 });
    const fetch = createSandboxFetch(sandbox, { baseUrl: BASE });
    const controller = new AbortController();
    const answer = fetch(levelInfoUrl(ids), { signal: controller.signal });
    controller.abort();
    await expect(answer).rejects.toMatchObject({ name: 'AbortError' });
    await expect(fetch(levelInfoUrl(ids), { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
