/** `npm run sandbox`, run for real: tsx on the Node that runs the tests, configured through env. */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../../node_modules/tsx/dist/cli.mjs', import.meta.url));

interface Run {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  errors: () => string;
  exit: Promise<number | null>;
}

function run(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [TSX, CLI], { env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => stdout, errors: () => stderr, exit };
}

function waitForUrl(cli: Run): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(cli.output());
      if (match?.[1]) resolve(match[1]);
    };
    cli.child.stdout.on('data', check);
    void cli.exit.then((code) => reject(new Error(`cli exited with ${code}: ${cli.errors()}`)));
  });
}

describe('sandbox cli', () => {
  it('given fault env vars / should start with them, print a how-to, and exit cleanly on SIGTERM', async () => {
    const cli = run({ PORT: '0', SANDBOX_DROP_RATE: '1', SANDBOX_SEED: '5' });
    try {
      const url = await waitForUrl(cli);
      expect(cli.output()).toContain('111111');
      expect(cli.output()).toContain(`${url}/__sandbox/scenarios/draft`);
      expect(cli.output()).toContain('drop rate 1');

      const seeded = await fetch(`${url}/__sandbox/scenarios/new`, { method: 'POST' });
      expect(seeded.status).toBe(201);
      const ids = (await seeded.json()) as { legal_entity_uuid: string; client_uuid: string };
      const query = new URLSearchParams({ legal_entity_uuid: ids.legal_entity_uuid, client_uuid: ids.client_uuid });
      await expect(fetch(`${url}/v1/clients/kyc-level-info/?${query}`)).rejects.toThrow(TypeError);

      cli.child.kill('SIGTERM');
      expect(await cli.exit).toBe(0);
    } finally {
      cli.child.kill('SIGKILL');
    }
  }, 30_000);

  it('given an invalid env var / should exit 1 with a message naming it', async () => {
    const cli = run({ PORT: '0', SANDBOX_FAILURE_RATE: '2' });
    expect(await cli.exit).toBe(1);
    expect(cli.errors()).toContain('SANDBOX_FAILURE_RATE must be a number from 0 to 1');
  }, 30_000);
});
