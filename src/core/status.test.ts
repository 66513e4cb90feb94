import { describe, expect, it } from 'vitest';
import { statusOf } from './status';

describe('statusOf', () => {
  it('given one of the five statuses in any case or spacing / should name it', () => {
    expect(statusOf('draft')).toBe('draft');
    expect(statusOf(' In_Review ')).toBe('in_review');
    expect(statusOf('PENDING')).toBe('pending');
    expect(statusOf('approved')).toBe('approved');
    expect(statusOf('Rejected')).toBe('rejected');
  });

  it('given anything else / should say unknown', () => {
    expect(statusOf('escalated')).toBe('unknown');
    expect(statusOf('')).toBe('unknown');
    expect(statusOf(undefined)).toBe('unknown');
    expect(statusOf(3)).toBe('unknown');
  });
});
