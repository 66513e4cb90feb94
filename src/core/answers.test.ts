import { describe, expect, it } from 'vitest';
import { answersOf } from './answers';
import type { Application } from './schemas';

const application: Application = {
  uuid: 'a',
  status: 'draft',
  kyc_level: { uuid: 'l', name: 'Full' },
  kyc_steps: [
    {
      title: 'One',
      questions: [
        { title: 'First name', is_required: true, attribute: { key: 'first_name', type: 'string', value: 'Ada' } },
      ],
    },
    {
      title: 'Two',
      questions: [{ title: 'Phone', is_required: false, attribute: { key: 'phone', type: 'phone', value: null } }],
    },
  ],
};

describe('answersOf', () => {
  it('given an application / should give each attribute value by key, null when unanswered', () => {
    expect(answersOf(application)).toEqual({ first_name: 'Ada', phone: null });
  });
});
