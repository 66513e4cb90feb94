import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';

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
