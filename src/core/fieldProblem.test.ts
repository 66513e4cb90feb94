import { describe, expect, it } from 'vitest';
import type { AutosaveSnapshot } from './autosaveTypes';
import { KycSignatureRequiredError } from './errors';
import { autosaveFactsOf, fieldProblem, isProblemShown, problemsOf } from './fieldProblem';
import type { Question } from './schemas';

const NONE = { serverErrors: undefined, signatureRefused: false };

function q(key: string, type: string, required = true, extra: Partial<Question['attribute']> = {}): Question {
  return { title: key, is_required: required, attribute: { key, type, value: null, ...extra } };
}

function snapshot(patch: Partial<AutosaveSnapshot> = {}): AutosaveSnapshot {
  return { status: 'idle', pendingKeys: [], savingKeys: [], errorsByKey: {}, ...patch };
}

describe('fieldProblem', () => {
  it('should put the server refusal first, then a refused code, then the check, then a missing answer', () => {
    const phone = q('phone', 'phone');
    expect(fieldProblem(phone, 'abc', { serverErrors: ['Enter a valid phone.'], signatureRefused: true })).toEqual({
      reason: 'server',
      messages: ['Enter a valid phone.'],
    });
    expect(fieldProblem(phone, 'abc', { serverErrors: [], signatureRefused: true })).toEqual({
      reason: 'signature_refused',
    });
    expect(fieldProblem(phone, 'abc', NONE)).toEqual({ reason: 'invalid' });
    expect(fieldProblem(phone, '', NONE)).toEqual({ reason: 'required' });
    expect(fieldProblem(phone, '+4915112345678', NONE)).toBeNull();
  });

  it('should not require an optional question', () => {
    expect(fieldProblem(q('middle_name', 'string', false), '', NONE)).toBeNull();
  });

  it('should count a required liveness check as unanswered until the server reports it completed', () => {
    const started = q('sumsub_liveness_check_token', 'sumsub_liveness');
    const done = q('sumsub_liveness_check_token', 'sumsub_liveness', true, {
      verification: { sumsub: { verificator: 'sumsub', status: 'completed' } },
    });
    expect(fieldProblem(started, 'token-value', NONE)).toEqual({ reason: 'required' });
    expect(fieldProblem(done, null, NONE)).toBeNull();
  });

  it('should count a document only when the value is a document', () => {
    const passport = q('passport', 'document');
    expect(fieldProblem(passport, { uuid: 'doc-1', files: [] }, NONE)).toBeNull();
    expect(fieldProblem(passport, 'passport.png', NONE)).toEqual({ reason: 'required' });
  });
});

describe('isProblemShown', () => {
  it('should show refusals at once, a failed check once touched, and a missing answer only after Continue', () => {
    const quiet = { touched: false, revealed: false };
    expect(isProblemShown({ reason: 'server', messages: ['No.'] }, quiet)).toBe(true);
    expect(isProblemShown({ reason: 'signature_refused' }, quiet)).toBe(true);
    expect(isProblemShown({ reason: 'invalid' }, quiet)).toBe(false);
    expect(isProblemShown({ reason: 'invalid' }, { touched: true, revealed: false })).toBe(true);
    expect(isProblemShown({ reason: 'required' }, { touched: true, revealed: false })).toBe(false);
    expect(isProblemShown({ reason: 'required' }, { touched: false, revealed: true })).toBe(true);
  });
});

describe('problemsOf', () => {
  it('should list a step in order with what the autosave queue knows', () => {
    const questions = [q('first_name', 'string'), q('email', 'email'), q('phone', 'phone'), q('bio', 'text', false)];
    const values: Record<string, unknown> = { first_name: '', email: 'ada@example', phone: '+4915112345678' };
    const refusal = new KycSignatureRequiredError('PATCH /v1/kyc/{uuid}/', 400, ['sms'], 'invalid', {});
    const state = snapshot({ signatureNeeded: { providers: ['sms'], keys: ['phone'], error: refusal } });

    const found = problemsOf(questions, (key) => values[key], state);

    expect(found.map(({ question, problem }) => [question.attribute.key, problem.reason])).toEqual([
      ['first_name', 'required'],
      ['email', 'invalid'],
      ['phone', 'signature_refused'],
    ]);
  });

  it('given keys that name prototype members / should find no server error the server did not send', () => {
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(autosaveFactsOf(snapshot(), key).serverErrors).toBeUndefined();
    }
  });

  it('should not call a signed answer waiting for its first code refused', () => {
    const state = snapshot({ signatureNeeded: { providers: ['sms'], keys: ['phone'] } });
    expect(autosaveFactsOf(state, 'phone')).toEqual({ serverErrors: undefined, signatureRefused: false });
  });
});
