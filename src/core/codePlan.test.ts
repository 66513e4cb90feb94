/**
 * `codePlan`: which codes a moment asks for, in which rounds. The customer's side of it: one prompt per
 * moment, each provider once per round, and a second round only where one code cannot serve two calls.
 */
import { describe, expect, it } from 'vitest';
import type { Application, Attribute } from './schemas';
import { codePlan } from './signature';

function attr(key: string, type: string, value: unknown, signProviders?: ('sms' | 'email')[]): Attribute {
  return { key, type, value, ...(signProviders ? { sign_providers: signProviders } : {}) };
}

const app: Application = {
  uuid: 'app-1',
  status: 'draft',
  kyc_level: { uuid: 'level-1', name: 'Full' },
  kyc_steps: [
    {
      title: 'Contact details',
      questions: [attr('email', 'email', null, ['email']), attr('phone', 'phone', null, ['sms'])].map((attribute) => ({
        title: attribute.key,
        is_required: true,
        attribute,
      })),
    },
    {
      title: 'Agreements',
      questions: [{ title: 'Terms', is_required: true, attribute: attr('terms', 'legal_document', null, ['sms']) }],
    },
  ],
};

const contact = [
  { key: 'email', value: 'ada@example.com' },
  { key: 'phone', value: '+4915112345678' },
];
const terms = [{ key: 'terms', value: 'doc-1' }];

describe('codePlan', () => {
  it('given signed answers on a step the customer leaves for another step / should ask for SMS and e-mail together, now', () => {
    expect(codePlan({ moment: 'leave_step', changes: contact, app })).toEqual([
      [
        { provider: 'sms', destination: '+4915112345678', keys: ['phone'] },
        { provider: 'email', destination: 'ada@example.com', keys: ['email'] },
      ],
    ]);
  });

  it('given signed answers on the last step / should ask nothing on entering the summary (Send asks)', () => {
    expect(codePlan({ moment: 'enter_summary', changes: terms, app })).toEqual([]);
  });

  it('given the customer presses Confirm in the save status / should ask for the waiting answers now', () => {
    expect(codePlan({ moment: 'confirm', changes: terms, app })).toEqual([[{ provider: 'sms', keys: ['terms'] }]]);
  });

  it('given a send with signed answers waiting and the review not known to need a code / should ask for the answers only', () => {
    expect(codePlan({ moment: 'send', changes: terms, app })).toEqual([[{ provider: 'sms', keys: ['terms'] }]]);
  });

  it('given a send where answers and review both need SMS / should plan two rounds: one code cannot serve two calls', () => {
    expect(codePlan({ moment: 'send', changes: terms, app, reviewProviders: ['sms'] })).toEqual([
      [{ provider: 'sms', keys: ['terms'] }],
      [{ provider: 'sms', keys: [], review: true }],
    ]);
  });

  it('given a send where the answers need e-mail and the review SMS / should ask for both in one round, SMS first', () => {
    const email = [{ key: 'email', value: 'ada@example.com' }];
    expect(codePlan({ moment: 'send', changes: email, app, reviewProviders: ['sms'] })).toEqual([
      [
        { provider: 'sms', keys: [], review: true },
        { provider: 'email', destination: 'ada@example.com', keys: ['email'] },
      ],
    ]);
  });

  it('given a send with nothing waiting / should ask for the review codes known to be needed, or nothing', () => {
    expect(codePlan({ moment: 'send', changes: [], app, reviewProviders: ['email', 'sms'] })).toEqual([
      [
        { provider: 'sms', keys: [], review: true },
        { provider: 'email', keys: [], review: true },
      ],
    ]);
    expect(codePlan({ moment: 'send', changes: [], app })).toEqual([]);
  });

  it('given the review code known to be needed / should not ask for it when only leaving a step', () => {
    expect(codePlan({ moment: 'leave_step', changes: terms, app, reviewProviders: ['sms'] })).toEqual([
      [{ provider: 'sms', keys: ['terms'] }],
    ]);
  });
});
