import { describe, expect, it } from 'vitest';
import type { Application, Attribute } from './schemas';
import { destinationAttribute, planSignature, signatureRequest, signProvidersOf } from './signature';

function attr(key: string, type: string, value: unknown, signProviders?: string[]): Attribute {
  return { key, type, value, ...(signProviders ? { sign_providers: signProviders } : {}) };
}

function application(...attributes: Attribute[]): Application {
  return {
    uuid: 'app-1',
    status: 'draft',
    kyc_level: { uuid: 'level-1', name: 'Basic' },
    kyc_steps: [
      {
        title: 'About you',
        questions: attributes.map((attribute) => ({ title: attribute.key, is_required: true, attribute })),
      },
    ],
  };
}

describe('signProvidersOf', () => {
  it('should keep known providers once, in a stable order', () => {
    expect(signProvidersOf({ sign_providers: ['email', 'sms', 'email', 'telegram'] })).toEqual(['sms', 'email']);
  });

  it('should return none for a missing or null list', () => {
    expect(signProvidersOf({})).toEqual([]);
    expect(signProvidersOf({ sign_providers: null })).toEqual([]);
  });
});

describe('signatureRequest', () => {
  it('should send the destination when the phone is entered for the first time', () => {
    expect(signatureRequest('sms', { currentValue: null, newValue: '+4915112345678' })).toEqual({
      provider: 'sms',
      destination: '+4915112345678',
    });
  });

  it('should send the destination when the phone changes', () => {
    expect(signatureRequest('sms', { currentValue: '+4915100000000', newValue: '+4915112345678' })).toEqual({
      provider: 'sms',
      destination: '+4915112345678',
    });
  });

  it('should not send a destination when the value is unchanged or emptied', () => {
    expect(signatureRequest('email', { currentValue: 'a@b.io', newValue: ' a@b.io ' })).toEqual({ provider: 'email' });
    expect(signatureRequest('email', { currentValue: 'a@b.io', newValue: '' })).toEqual({ provider: 'email' });
    expect(signatureRequest('email', { currentValue: 'a@b.io', newValue: null })).toEqual({ provider: 'email' });
  });
});

describe('planSignature', () => {
  it('should need nothing for changes to attributes without sign providers or unknown keys', () => {
    const app = application(attr('first_name', 'string', null));
    expect(
      planSignature(
        [
          { key: 'first_name', value: 'Ada' },
          { key: 'ghost', value: 1 },
        ],
        app,
      ),
    ).toEqual([]);
  });

  it('should group keys by provider with one request per provider', () => {
    const app = application(
      attr('phone', 'phone', '+4915100000000', ['sms']),
      attr('terms', 'legal_document', null, ['sms', 'email']),
      attr('income', 'number', null, ['sms']),
      attr('email', 'email', 'a@b.io'),
    );
    const plan = planSignature(
      [
        { key: 'terms', value: 'doc-uuid' },
        { key: 'income', value: 5000 },
      ],
      app,
    );
    expect(plan).toEqual([
      { provider: 'sms', keys: ['terms', 'income'] },
      { provider: 'email', keys: ['terms'] },
    ]);
  });

  it('should send the new phone as the sms destination when the phone itself is changed', () => {
    const app = application(attr('phone', 'phone', '+4915100000000', ['sms']));
    expect(planSignature([{ key: 'phone', value: '+4915112345678' }], app)).toEqual([
      { provider: 'sms', destination: '+4915112345678', keys: ['phone'] },
    ]);
  });

  it('should send the phone entered for the first time as destination for another signed attribute', () => {
    const app = application(attr('phone', 'phone', null), attr('terms', 'legal_document', null, ['sms']));
    const plan = planSignature(
      [
        { key: 'phone', value: '+4915112345678' },
        { key: 'terms', value: 'doc-uuid' },
      ],
      app,
    );
    expect(plan).toEqual([{ provider: 'sms', destination: '+4915112345678', keys: ['terms'] }]);
  });

  it('should use the new e-mail as the email destination, and the last change when a key repeats', () => {
    const app = application(attr('email', 'email', 'old@b.io', ['email']));
    const plan = planSignature(
      [
        { key: 'email', value: 'typo@b.io' },
        { key: 'email', value: 'new@b.io' },
      ],
      app,
    );
    expect(plan).toEqual([{ provider: 'email', destination: 'new@b.io', keys: ['email'] }]);
  });

  it('should not send a destination when the phone is saved again unchanged', () => {
    const app = application(attr('phone', 'phone', '+4915100000000', ['sms']));
    expect(planSignature([{ key: 'phone', value: '+4915100000000' }], app)).toEqual([
      { provider: 'sms', keys: ['phone'] },
    ]);
  });

  it('should fall back to the only phone-typed attribute when none is keyed phone', () => {
    const app = application(attr('mobile', 'phone', null, ['sms']));
    expect(destinationAttribute(app, 'sms')?.key).toBe('mobile');
    expect(planSignature([{ key: 'mobile', value: '+4915112345678' }], app)).toEqual([
      { provider: 'sms', destination: '+4915112345678', keys: ['mobile'] },
    ]);
  });

  it('should not guess between several phone-typed attributes', () => {
    const app = application(attr('mobile', 'phone', null, ['sms']), attr('work_phone', 'phone', null));
    expect(destinationAttribute(app, 'sms')).toBeUndefined();
    expect(
      planSignature(
        [
          { key: 'work_phone', value: '+4930123456' },
          { key: 'mobile', value: '+4915112345678' },
        ],
        app,
      ),
    ).toEqual([{ provider: 'sms', keys: ['mobile'] }]);
  });
});
