import { describe, expect, it } from 'vitest';
import { answersByKey, formFieldOf, formValuesOf } from './answers';
import type { Application, Question } from './schemas';

const HOSTILE_KEYS = ['__proto__', 'constructor', 'hasOwnProperty', 'a.b', 'list[0]', 'prénom', ''];

function application(questions: Question[]): Application {
  return {
    uuid: 'a',
    status: 'draft',
    kyc_level: { uuid: 'l', name: 'Full' },
    kyc_steps: [{ title: 'One', questions }],
  };
}

const q = (key: string, value: unknown): Question => ({
  title: key,
  is_required: true,
  attribute: { key, type: 'string', value },
});

describe('form fields', () => {
  it('should name each key with letters and digits only, one name per key', () => {
    const names = HOSTILE_KEYS.map(formFieldOf);
    for (const name of names) expect(name).toMatch(/^k[0-9a-f]*$/);
    expect(new Set(names).size).toBe(HOSTILE_KEYS.length);
    expect(formFieldOf('first_name')).toBe('k66697273745f6e616d65');
  });

  it('given keys that are object paths or prototype names / should keep each answer as its own value', () => {
    const app = application(HOSTILE_KEYS.map((key, index) => q(key, `answer ${index}`)));

    const values = formValuesOf(app);
    const answers = answersByKey(app, values);

    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect([...answers.entries()]).toEqual(HOSTILE_KEYS.map((key, index) => [key, `answer ${index}`]));
  });

  it('given an unanswered question / should start it as null and leave out fields the form does not hold', () => {
    const app = application([q('first_name', 'Ada'), q('phone', undefined)]);
    expect(formValuesOf(app)).toEqual({ [formFieldOf('first_name')]: 'Ada', [formFieldOf('phone')]: null });
    expect([...answersByKey(app, { [formFieldOf('phone')]: '+49' }).entries()]).toEqual([['phone', '+49']]);
  });
});
