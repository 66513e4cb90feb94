import { describe, expect, it } from 'vitest';
import { livenessPartner } from './livenessPair';
import type { Application, Question } from './schemas';

const q = (key: string, type = 'sumsub_liveness'): Question => ({
  title: key,
  description: null,
  is_required: false,
  attribute: { key, type, value: null },
});

function app(...steps: Question[][]): Application {
  return {
    uuid: '00000000-0000-4000-8000-000000000001',
    status: 'draft',
    kyc_level: { uuid: '00000000-0000-4000-8000-000000000002', name: 'Full' },
    kyc_steps: steps.map((questions, index) => ({ title: `Step ${index}`, questions })),
  };
}

describe('livenessPartner', () => {
  const token = q('sumsub_liveness_check_token');
  const url = q('sumsub_liveness_check_url');

  it('given both ways of the check on one step / should pair each with the other', () => {
    const both = app([q('email', 'email')], [token, url]);
    expect(livenessPartner(both, 'sumsub_liveness_check_token')).toBe(url);
    expect(livenessPartner(both, 'sumsub_liveness_check_url')).toBe(token);
  });

  it('given the two on different steps, one alone, or no application / should find no partner', () => {
    expect(livenessPartner(app([token], [url]), 'sumsub_liveness_check_token')).toBeNull();
    expect(livenessPartner(app([url]), 'sumsub_liveness_check_url')).toBeNull();
    expect(livenessPartner(undefined, 'sumsub_liveness_check_url')).toBeNull();
    expect(livenessPartner(app([q('email', 'email'), url]), 'email')).toBeNull();
  });
});
