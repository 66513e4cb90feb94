import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay, watchWithBackoff } from './backoff';
import { KycTransportError, KycUnauthorizedError } from './errors';

describe('backoffDelay', () => {
  it('should double the delay per attempt without jitter', () => {
    const options = { baseMs: 500, maxMs: 60_000, jitter: 0 };
    expect([0, 1, 2, 3].map((attempt) => backoffDelay(attempt, options))).toEqual([500, 1000, 2000, 4000]);
  });

  it('should never exceed maxMs', () => {
    expect(backoffDelay(30, { baseMs: 1000, maxMs: 8000, jitter: 0 })).toBe(8000);
  });

  it('should take off at most the jitter share of the delay', () => {
    expect(backoffDelay(1, { baseMs: 1000, maxMs: 60_000, jitter: 0.5, random: () => 0 })).toBe(2000);
    expect(backoffDelay(1, { baseMs: 1000, maxMs: 60_000, jitter: 0.5, random: () => 0.999 })).toBe(1001);
    expect(backoffDelay(1, { baseMs: 1000, maxMs: 60_000, jitter: 1, random: () => 0.5 })).toBe(1000);
  });

  it('should treat a negative attempt as the first one', () => {
    expect(backoffDelay(-3, { baseMs: 300, maxMs: 1000, jitter: 0 })).toBe(300);
  });
});

describe('watchWithBackoff', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('should check at growing intervals until the check says done', async () => {
    const results = [false, false, false, true];
    const calledAt: number[] = [];
    const start = Date.now();
    const check = vi.fn(async () => {
      calledAt.push(Date.now() - start);
      return results.shift() ?? true;
    });

    const watching = watchWithBackoff(check, { initialMs: 1000, maxMs: 3000, factor: 2 });
    await vi.advanceTimersByTimeAsync(10_000);

    await expect(watching).resolves.toBe('done');
    expect(calledAt).toEqual([0, 1000, 3000, 6000]);
  });

  it('should stop and resolve aborted when the signal aborts, passing the abort to the check', async () => {
    const controller = new AbortController();
    const signals: AbortSignal[] = [];
    const check = vi.fn(async (signal: AbortSignal) => {
      signals.push(signal);
      return false;
    });

    const watching = watchWithBackoff(check, { initialMs: 1000, maxMs: 1000, signal: controller.signal });
    await vi.advanceTimersByTimeAsync(2500);
    controller.abort();
    await vi.advanceTimersByTimeAsync(10_000);

    await expect(watching).resolves.toBe('aborted');
    expect(check).toHaveBeenCalledTimes(3);
    expect(signals[0]?.aborted).toBe(true);
  });

  it('should not check at all when the signal is already aborted', async () => {
    const check = vi.fn(async () => true);
    await expect(watchWithBackoff(check, { initialMs: 10, maxMs: 10, signal: AbortSignal.abort() })).resolves.toBe(
      'aborted',
    );
    expect(check).not.toHaveBeenCalled();
  });

  it('should keep watching through transient errors', async () => {
    const check = vi
      .fn<(signal: AbortSignal) => Promise<boolean>>()
      .mockRejectedValueOnce(new KycTransportError('network', 'offline', 'GET /v1/kyc/{uuid}/'))
      .mockResolvedValueOnce(true);

    const watching = watchWithBackoff(check, { initialMs: 100, maxMs: 100 });
    await vi.advanceTimersByTimeAsync(500);

    await expect(watching).resolves.toBe('done');
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('should reject with an error that is not worth retrying and stop checking', async () => {
    const refused = new KycUnauthorizedError('Forbidden', 'GET /v1/kyc/{uuid}/', 403);
    const check = vi.fn(async () => {
      throw refused;
    });

    const watching = watchWithBackoff(check, { initialMs: 100, maxMs: 100 });
    const outcome = watching.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1000);

    expect(await outcome).toBe(refused);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('should not check while hidden and check at once when the page becomes visible', async () => {
    let hidden = false;
    let notify: (() => void) | undefined;
    const check = vi.fn(async () => false);
    const controller = new AbortController();

    void watchWithBackoff(check, {
      initialMs: 1000,
      maxMs: 1000,
      signal: controller.signal,
      isHidden: () => hidden,
      onVisibilityChange: (listener) => {
        notify = listener;
        return () => {
          notify = undefined;
        };
      },
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(check).toHaveBeenCalledTimes(1);

    hidden = true;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(check).toHaveBeenCalledTimes(1);

    hidden = false;
    notify?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(check).toHaveBeenCalledTimes(2);
    controller.abort();
  });

  it('should look again after each delay while hidden when no visibility events are given', async () => {
    let hidden = true;
    const check = vi.fn(async () => true);

    const watching = watchWithBackoff(check, { initialMs: 1000, maxMs: 1000, isHidden: () => hidden });
    await vi.advanceTimersByTimeAsync(5000);
    expect(check).not.toHaveBeenCalled();

    hidden = false;
    await vi.advanceTimersByTimeAsync(1000);
    await expect(watching).resolves.toBe('done');
    expect(check).toHaveBeenCalledTimes(1);
  });
});
