import { describe, expect, it } from 'vitest';
import {
  canEdit,
  clientNoteOf,
  correctionSteps,
  correctionsFor,
  firstIncompleteStepIndex,
  missingRequired,
} from './flow';
import type { Application, Attribute, Question } from './schemas';

function q(
  key: string,
  value: unknown,
  options: { required?: boolean; type?: string; extra?: Partial<Attribute> } = {},
): Question {
  return {
    title: key,
    is_required: options.required ?? true,
    attribute: { key, type: options.type ?? 'string', value, ...options.extra },
  };
}

function application(steps: Question[][], status = 'draft'): Application {
  return {
    uuid: 'app-1',
    status,
    kyc_level: { uuid: 'level-1', name: 'Basic' },
    kyc_steps: steps.map((questions, index) => ({ title: `Step ${index + 1}`, questions })),
  };
}

const doc = (extra: object = {}) => ({ uuid: 'doc-1', attribute_key: 'passport', files: [], ...extra });

describe('canEdit', () => {
  it.each([
    ['draft', true],
    ['pending', true],
    [' Pending ', true],
    ['in_review', false],
    ['approved', false],
    ['rejected', false],
    ['archived', false],
  ])('should answer %s → %s', (status, expected) => {
    expect(canEdit(status)).toBe(expected);
  });
});

describe('missingRequired', () => {
  it('should list unanswered required questions with their position, ignoring optional ones', () => {
    const app = application([
      [q('first_name', 'Ada'), q('middle_name', null, { required: false })],
      [q('last_name', ''), q('passport', null, { type: 'document' })],
    ]);
    expect(missingRequired(app).map((ref) => [ref.stepIndex, ref.questionIndex, ref.question.attribute.key])).toEqual([
      [1, 0, 'last_name'],
      [1, 1, 'passport'],
    ]);
  });

  it('should count a document key as answered only with a document, whatever its type says', () => {
    const app = application([
      [q('passport', 'some text', { type: 'file' }), q('proof_of_address', doc(), { type: 'file' })],
    ]);
    expect(missingRequired(app).map((ref) => ref.question.attribute.key)).toEqual(['passport']);
  });

  it('should use unsaved values when given', () => {
    const app = application([[q('first_name', null), q('last_name', 'Lovelace')]]);
    const overrides = new Map<string, unknown>([
      ['first_name', 'Ada'],
      ['last_name', ''],
    ]);
    expect(missingRequired(app, overrides).map((ref) => ref.question.attribute.key)).toEqual(['last_name']);
  });
});

describe('firstIncompleteStepIndex', () => {
  it('should prefer the first step with a missing required answer over an earlier optional gap', () => {
    const app = application([[q('a', 'x'), q('nickname', null, { required: false })], [q('b', 'x')], [q('c', null)]]);
    expect(firstIncompleteStepIndex(app)).toBe(2);
  });

  it('should fall back to the first step with any unanswered question', () => {
    const app = application([[q('a', 'x')], [q('b', 'x'), q('nickname', null, { required: false })]]);
    expect(firstIncompleteStepIndex(app)).toBe(1);
  });

  it('should return the number of steps (the summary) when everything is answered', () => {
    const app = application([[q('a', 'x')], [q('b', false, { type: 'boolean' })]]);
    expect(firstIncompleteStepIndex(app)).toBe(2);
    expect(firstIncompleteStepIndex(application([]))).toBe(0);
  });

  it('should treat a liveness question as unanswered until the check is completed', () => {
    const liveness = (status: string) =>
      q('sumsub_liveness_check_token', 'token', {
        type: 'sumsub_liveness',
        extra: { verification: { sumsub: { status } } },
      });
    expect(firstIncompleteStepIndex(application([[q('a', 'x')], [liveness('init')]]))).toBe(1);
    expect(firstIncompleteStepIndex(application([[q('a', 'x')], [liveness('completed')]]))).toBe(2);
  });
});

describe('correctionsFor', () => {
  it('should list documents and attributes with a client note in a pending application', () => {
    const app = application(
      [
        [q('first_name', 'Ada')],
        [
          q(
            'passport',
            doc({
              verification: { sumsub: { verificator: 'sumsub', status: 'ignored', client_note: 'Image is blurry' } },
            }),
            {
              type: 'document',
            },
          ),
          q('address', 'Street 1', {
            extra: { verification: { sumsub: { status: 'rejected', client_note: ' Add the flat number ' } } },
          }),
          q('proof_of_address', doc({ verification: { sumsub: { status: 'ok', client_note: '' } } }), {
            type: 'document',
          }),
        ],
      ],
      'pending',
    );
    const result = correctionsFor({ ...app, review_comment: 'Please fix two answers.' });
    expect(result.corrections.map((c) => [c.stepIndex, c.questionIndex, c.question.attribute.key, c.note])).toEqual([
      [1, 0, 'passport', 'Image is blurry'],
      [1, 1, 'address', 'Add the flat number'],
    ]);
    expect(result.firstStepIndex).toBe(1);
    expect(result.reviewComment).toBe('Please fix two answers.');
  });

  it('should report no corrections outside the pending status', () => {
    const app = application(
      [[q('address', 'x', { extra: { verification: { sumsub: { client_note: 'Fix it' } } } })]],
      'in_review',
    );
    expect(correctionsFor(app)).toEqual({ corrections: [], firstStepIndex: null, reviewComment: null });
  });

  it('should tolerate odd document values', () => {
    expect(clientNoteOf({ key: 'passport', type: 'document', value: { verification: null } })).toBeUndefined();
    expect(
      clientNoteOf({ key: 'passport', type: 'document', value: { verification: { sumsub: { client_note: 42 } } } }),
    ).toBeUndefined();
    expect(clientNoteOf({ key: 'passport', type: 'document', value: 'text' })).toBeUndefined();
  });
});

describe('correctionSteps', () => {
  it('should list each step holding a correction once, in order', () => {
    const noted = (key: string) =>
      q(key, 'x', {
        extra: { verification: { sumsub: { verificator: 'sumsub', status: 'rejected', client_note: 'Fix' } } },
      });
    const app = application([[noted('b'), noted('c')], [q('d', 'x')], [noted('a')]], 'pending');
    expect(correctionSteps(app)).toEqual([0, 2]);
    expect(correctionSteps(application([[noted('b')]], 'draft'))).toEqual([]);
  });
});
