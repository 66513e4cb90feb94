import { setupServer } from 'msw/node';
import type { LevelInfo, UploadedFile } from '../core/schemas';
import { createSandbox } from './engine/createSandbox';
import { samplePng } from './engine/fixtures/samplePng';
import { createSandboxHandlers } from './msw';

const BASE = 'https://partner.example/kyc';
const sandbox = createSandbox({ seed: 1 });
const server = setupServer(...createSandboxHandlers(sandbox, { baseUrl: `${BASE}/` }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  sandbox.setFaults(undefined);
  sandbox.reset();
});
afterAll(() => server.close());

async function seed(
  name: string,
): Promise<{ legal_entity_uuid: string; client_uuid: string; application_uuid: string | null }> {
  const response = await fetch(`${BASE}/__sandbox/scenarios/${name}`, { method: 'POST' });
  expect(response.status).toBe(201);
  return (await response.json()) as { legal_entity_uuid: string; client_uuid: string; application_uuid: string | null };
}

describe('createSandboxHandlers (MSW + fetch)', () => {
  it('serves the contract and the control API under the base URL', async () => {
    const ids = await seed('approved');
    const response = await fetch(
      `${BASE}/v1/clients/kyc-level-info/?legal_entity_uuid=${ids.legal_entity_uuid}&client_uuid=${ids.client_uuid}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const info = (await response.json()) as LevelInfo;
    expect(info.last_kyc_application_uuid).toBe(ids.application_uuid);
  });

  it('passes multipart uploads through intact', async () => {
    const ids = await seed('draft');
    const form = new FormData();
    form.append('files', new File([samplePng()], 'passport.png', { type: 'image/png' }));
    const response = await fetch(
      `${BASE}/v1/documents/files/?legal_entity_uuid=${ids.legal_entity_uuid}&client_uuid=${ids.client_uuid}`,
      {
        method: 'POST',
        body: form,
      },
    );
    expect(response.status).toBe(201);
    expect((await response.json()) as UploadedFile[]).toEqual([
      expect.objectContaining({ name: 'passport.png', size: samplePng().byteLength, content_type: 'image/png' }),
    ]);
  });

  it('turns a dropped connection into a fetch network error', async () => {
    const ids = await seed('new');
    sandbox.setFaults({ dropRate: 1 });
    await expect(
      fetch(
        `${BASE}/v1/clients/kyc-level-info/?legal_entity_uuid=${ids.legal_entity_uuid}&client_uuid=${ids.client_uuid}`,
      ),
    ).rejects.toThrow(TypeError);
  });

  it('answers 404 JSON for unknown paths under /v1/', async () => {
    const response = await fetch(`${BASE}/v1/unknown/`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ detail: 'Not found.' });
  });
});
