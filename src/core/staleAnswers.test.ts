import { describe, expect, it } from 'vitest';
import type { Application, Question } from './schemas';
import { staleAnswers } from './staleAnswers';

const q = (key: string, value: unknown, type = 'string'): Question => ({
  title: `Title of ${key}`,
  is_required: true,
  attribute: { key, type, value },
});

function application(questions: Question[]): Application {
  return { uuid: 'a', status: 'draft', kyc_level: { uuid: 'l', name: 'Full' }, kyc_steps: [{ title: 'S', questions }] };
}

describe('staleAnswers', () => {
  it('given another tab saved a new value / should name the answer and give the server value', () => {
    const fresh = application([q('first_name', 'Adah'), q('last_name', 'Lovelace')]);
    const onScreen = new Map<string, unknown>([
      ['first_name', 'Ada'],
      ['last_name', 'Lovelace'],
    ]);
    expect(staleAnswers(fresh, onScreen, new Set())).toEqual([
      { key: 'first_name', title: 'Title of first_name', value: 'Adah' },
    ]);
  });

  it('given this tab changed the answer and has not saved it yet / should keep its own edit', () => {
    const fresh = application([q('first_name', 'Adah')]);
    expect(staleAnswers(fresh, new Map([['first_name', 'Ada L.']]), new Set(['first_name']))).toEqual([]);
  });

  it('should treat empty as empty, documents by uuid, and leave liveness checks out', () => {
    const fresh = application([
      q('middle_name', null),
      q('passport', { uuid: 'doc-1', files: [{ uuid: 'f', name: 'p.png' }] }, 'document'),
      q('sumsub_liveness_check_token', '', 'sumsub_liveness'),
    ]);
    const onScreen = new Map<string, unknown>([
      ['middle_name', ''],
      ['passport', { uuid: 'doc-1', files: [] }],
      ['sumsub_liveness_check_token', 'token-from-earlier'],
    ]);
    expect(staleAnswers(fresh, onScreen, new Set())).toEqual([]);
  });

  it('given a document replaced elsewhere / should report it', () => {
    const fresh = application([q('passport', { uuid: 'doc-2', files: [] }, 'document')]);
    const stale = staleAnswers(fresh, new Map([['passport', { uuid: 'doc-1', files: [] }]]), new Set());
    expect(stale.map((answer) => answer.key)).toEqual(['passport']);
  });
});
