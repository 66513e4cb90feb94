/**
 * Reads the sandbox CLI settings from environment variables, refusing values that are not what
 * they claim to be (a typo in a failure rate should not silently mean "no faults").
 */
import type { FaultConfig } from '../engine/types';

export const DEFAULT_SANDBOX_PORT = 4010;

export interface SandboxEnv {
  port: number;
  seed: number | undefined;
  faults: FaultConfig | undefined;
}

type Env = Record<string, string | undefined>;

/** Thrown for an environment variable that cannot be used; the message names the variable. */
export class SandboxEnvError extends Error {
  override name = 'SandboxEnvError';
}

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

function integer(env: Env, name: string, min: number, max: number): number | undefined {
  const raw = read(env, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw) || value < min || value > max) {
    throw new SandboxEnvError(`${name} must be an integer from ${min} to ${max} (got "${raw}").`);
  }
  return value;
}

function rate(env: Env, name: string): number | undefined {
  const raw = read(env, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new SandboxEnvError(`${name} must be a number from 0 to 1 (got "${raw}").`);
  }
  return value;
}

/**
 * `PORT` (default 4010), `SANDBOX_SEED`, and the fault rules `SANDBOX_LATENCY_MS`,
 * `SANDBOX_FAILURE_RATE`, `SANDBOX_DROP_RATE`, `SANDBOX_MALFORMED_RATE` (rates from 0 to 1).
 * `faults` is undefined when no fault variable is set.
 */
export function readSandboxEnv(env: Env): SandboxEnv {
  const port = integer(env, 'PORT', 0, 65535) ?? DEFAULT_SANDBOX_PORT;
  const seed = integer(env, 'SANDBOX_SEED', Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  const faults: FaultConfig = {};
  const latencyMs = integer(env, 'SANDBOX_LATENCY_MS', 0, 600_000);
  const failureRate = rate(env, 'SANDBOX_FAILURE_RATE');
  const dropRate = rate(env, 'SANDBOX_DROP_RATE');
  const malformedRate = rate(env, 'SANDBOX_MALFORMED_RATE');
  if (latencyMs !== undefined) faults.latencyMs = latencyMs;
  if (failureRate !== undefined) faults.failureRate = failureRate;
  if (dropRate !== undefined) faults.dropRate = dropRate;
  if (malformedRate !== undefined) faults.malformedRate = malformedRate;
  return { port, seed, faults: Object.keys(faults).length > 0 ? faults : undefined };
}
