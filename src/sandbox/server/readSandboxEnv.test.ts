import { readSandboxEnv, SandboxEnvError } from './readSandboxEnv';

describe('readSandboxEnv', () => {
  it('given an empty environment / should use port 4010, no seed and no faults', () => {
    expect(readSandboxEnv({})).toEqual({ port: 4010, seed: undefined, faults: undefined });
  });

  it('reads the port, the seed and every fault variable', () => {
    const env = readSandboxEnv({
      PORT: '5050',
      SANDBOX_SEED: '42',
      SANDBOX_LATENCY_MS: '800',
      SANDBOX_FAILURE_RATE: '0.1',
      SANDBOX_DROP_RATE: '0.05',
      SANDBOX_MALFORMED_RATE: '1',
    });
    expect(env).toEqual({
      port: 5050,
      seed: 42,
      faults: { latencyMs: 800, failureRate: 0.1, dropRate: 0.05, malformedRate: 1 },
    });
  });

  it('only sets the fault fields that are given, ignoring blank variables', () => {
    expect(readSandboxEnv({ SANDBOX_DROP_RATE: '0.5', SANDBOX_LATENCY_MS: ' ' }).faults).toEqual({ dropRate: 0.5 });
  });

  it('accepts PORT=0 for a free port', () => {
    expect(readSandboxEnv({ PORT: '0' }).port).toBe(0);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['SANDBOX_SEED', '1.5'],
    ['SANDBOX_LATENCY_MS', '-1'],
    ['SANDBOX_FAILURE_RATE', '1.5'],
    ['SANDBOX_DROP_RATE', 'often'],
    ['SANDBOX_MALFORMED_RATE', '-0.1'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    expect(() => readSandboxEnv({ [name]: value })).toThrow(SandboxEnvError);
    expect(() => readSandboxEnv({ [name]: value })).toThrow(name);
  });
});
