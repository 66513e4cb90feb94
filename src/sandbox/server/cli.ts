/**
 * `npm run sandbox`: the sandbox API and the SumSub stand-in on http://127.0.0.1:4010 (or `PORT`).
 * Faults and the random seed come from the environment; see `readSandboxEnv`.
 */
import { createSandbox } from '../engine/createSandbox';
import { SCENARIO_NAMES } from '../engine/scenarios';
import { SANDBOX_SIGN_CODE } from '../engine/signatures';
import type { FaultConfig, SandboxOptions } from '../engine/types';
import { readSandboxEnv, SandboxEnvError } from './readSandboxEnv';
import { startSandboxServer } from './startSandboxServer';
import type { SandboxServer } from './startSandboxServer';

function describeFaults(faults: FaultConfig | undefined): string {
  if (!faults) return 'none';
  const parts: string[] = [];
  if (faults.latencyMs !== undefined) parts.push(`latency ${faults.latencyMs} ms`);
  if (faults.failureRate !== undefined) parts.push(`failure rate ${faults.failureRate}`);
  if (faults.dropRate !== undefined) parts.push(`drop rate ${faults.dropRate}`);
  if (faults.malformedRate !== undefined) parts.push(`malformed rate ${faults.malformedRate}`);
  return parts.join(', ');
}

function howTo(url: string, faults: FaultConfig | undefined): string {
  return [
    `KYC sandbox listening on ${url}`,
    '',
    `  Seed a client     curl -X POST ${url}/__sandbox/scenarios/draft`,
    `                    (scenarios: ${SCENARIO_NAMES.join(', ')})`,
    `  Signature code    ${SANDBOX_SIGN_CODE} (SMS and e-mail)`,
    `  Inspect           curl ${url}/__sandbox/applications/{application_uuid}`,
    `  Faults            curl -X PUT -H 'content-type: application/json' -d '{"latencyMs":800,"failureRate":0.1}' ${url}/__sandbox/faults`,
    `  Liveness token    GET ${url}/__sandbox/liveness/tokens/{token}, POST …/complete, POST …/expire`,
    `  SumSub stand-in   SumsubWebSdk baseUrl="${url}" (frame: ${url}/websdk/websdk.html)`,
    `  Active faults     ${describeFaults(faults)}`,
    '',
    'Press Ctrl+C to stop.',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const env = readSandboxEnv(process.env);
  const options: SandboxOptions = {};
  if (env.seed !== undefined) options.seed = env.seed;
  if (env.faults) options.faults = env.faults;

  let server: SandboxServer;
  try {
    server = await startSandboxServer({ host: '127.0.0.1', port: env.port, sandbox: createSandbox(options) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new SandboxEnvError(`Port ${env.port} is in use. Set PORT to another port (PORT=0 picks a free one).`);
    }
    throw error;
  }
  process.stdout.write(howTo(server.url, env.faults));

  let stopping = false;
  const stop = (): void => {
    if (stopping) process.exit(1); // a second Ctrl+C: do not wait any longer
    stopping = true;
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof SandboxEnvError ? error.message : error);
  process.exit(1);
});
