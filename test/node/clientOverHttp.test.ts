/**
 * The API client against the sandbox's real HTTP server (node:http on loopback): the same engine,
 * reached through real sockets, multipart bodies and CORS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKycClient } from '../../src/core/client';
import { KycTransportError } from '../../src/core/errors';
import { startSandboxServer } from '../../src/sandbox/server';

let server: Awaited<ReturnType<typeof startSandboxServer>>;
beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
});
afterAll(() => server.close());

const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

describe('client over HTTP', () => {
  it('should go from level info to an application with a saved document over real sockets', async () => {
    const { legalEntityUuid, clientUuid } = server.sandbox.seed('new');
    const client = createKycClient({ baseUrl: server.url, legalEntityUuid, clientUuid });
    const info = await client.getLevelInfo();
    const level =
      info.available_levels_for_upgrade.find((l) => /full/i.test(l.name)) ?? info.available_levels_for_upgrade[0]!;
    const app = await client.createApplication(level.uuid);
    const files = await client.uploadFiles([new File([PNG], 'front.png', { type: 'image/png' })]);
    const document = await client.createDocument('passport', [files[0]!.uuid]);
    const saved = await client.updateApplication(app.uuid, [{ key: 'passport', value: document }]);
    const passport = saved.kyc_steps.flatMap((s) => s.questions).find((q) => q.attribute.key === 'passport');
    expect((passport?.attribute.value as { uuid: string }).uuid).toBe(document.uuid);
    expect(server.sandbox.inspect(app.uuid)?.files[0]?.size).toBe(PNG.byteLength);
  });

  it('given a connection the server drops / should fail as a network fault, not hang', async () => {
    const { legalEntityUuid, clientUuid } = server.sandbox.seed('new');
    const client = createKycClient({ baseUrl: server.url, legalEntityUuid, clientUuid, retry: false, timeoutMs: 5000 });
    server.sandbox.setFaults({ routes: { levelInfo: { dropRate: 1 } } });
    try {
      const error = await client.getLevelInfo().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(KycTransportError);
      expect((error as KycTransportError).reason).toBe('network');
    } finally {
      server.sandbox.setFaults(undefined);
    }
  });
});
