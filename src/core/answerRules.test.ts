import type { Attribute } from './schemas';
import { isAnswered, validateAnswer } from './answerRules';

describe('validateAnswer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([null, undefined, ''])('treats %j as no answer, valid for every type', (value) => {
    for (const type of ['string', 'text', 'number', 'date', 'boolean', 'email', 'phone', 'reference']) {
      expect(validateAnswer(type, value, { definitions: ['DE'] })).toBeNull();
    }
  });

  it('limits string answers to 255 characters and text answers to 2000', () => {
    expect(validateAnswer('string', 'a'.repeat(255))).toBeNull();
    expect(validateAnswer('string', 'a'.repeat(256))).toMatch(/255 characters/);
    expect(validateAnswer('text', 'a'.repeat(2000))).toBeNull();
    expect(validateAnswer('text', 'a'.repeat(2001))).toMatch(/2000 characters/);
  });

  it('refuses a non-string for string and text', () => {
    expect(validateAnswer('string', 42)).toBe('Enter text.');
    expect(validateAnswer('text', { a: 1 })).toBe('Enter text.');
  });

  it('accepts only finite JS numbers for number, not numeric strings', () => {
    expect(validateAnswer('number', 0)).toBeNull();
    expect(validateAnswer('number', -12.5)).toBeNull();
    expect(validateAnswer('number', '12')).toBe('Enter a number.');
    expect(validateAnswer('number', Number.NaN)).toBe('Enter a number.');
    expect(validateAnswer('number', Number.POSITIVE_INFINITY)).toBe('Enter a number.');
  });

  it('accepts real calendar dates in YYYY-MM-DD only', () => {
    expect(validateAnswer('date', '1990-02-28')).toBeNull();
    expect(validateAnswer('date', '2000-02-29')).toBeNull();
    expect(validateAnswer('date', '1999-02-29')).toMatch(/valid date/);
    expect(validateAnswer('date', '1990-13-01')).toMatch(/valid date/);
    expect(validateAnswer('date', '1990-1-1')).toMatch(/valid date/);
    expect(validateAnswer('date', '01.02.1990')).toMatch(/valid date/);
    expect(validateAnswer('date', 19900101)).toMatch(/valid date/);
  });

  it('refuses a date after today but accepts today', () => {
    vi.useFakeTimers({ now: new Date(2030, 5, 15, 12) });
    expect(validateAnswer('date', '2030-06-15')).toBeNull();
    expect(validateAnswer('date', '2030-06-16')).toBe('The date cannot be in the future.');
  });

  it('accepts only true and false for boolean', () => {
    expect(validateAnswer('boolean', false)).toBeNull();
    expect(validateAnswer('boolean', true)).toBeNull();
    expect(validateAnswer('boolean', 'true')).toBe('Choose yes or no.');
    expect(validateAnswer('boolean', 0)).toBe('Choose yes or no.');
  });

  it('checks e-mail addresses', () => {
    expect(validateAnswer('email', 'jane.doe+kyc@example.co.uk')).toBeNull();
    for (const bad of ['jane', 'jane@', '@example.com', 'jane@example', 'ja ne@example.com', 'a@b@c.com']) {
      expect(validateAnswer('email', bad)).toBe('Enter a valid e-mail address.');
    }
  });

  it('checks phone numbers in E.164', () => {
    expect(validateAnswer('phone', '+4915112345678')).toBeNull();
    expect(validateAnswer('phone', '+1234567')).toBeNull();
    for (const bad of ['015112345678', '+0151123456', '+49 151 1234567', '+49151123456789012', '+123456']) {
      expect(validateAnswer('phone', bad)).toMatch(/international format/);
    }
  });

  it('checks references against the definitions when given', () => {
    expect(validateAnswer('reference', 'DE', { definitions: ['DE', 'FR'] })).toBeNull();
    expect(validateAnswer('reference', 'XX', { definitions: ['DE', 'FR'] })).toBe('"XX" is not one of the options.');
    expect(validateAnswer('reference', 'XX')).toBeNull();
    expect(validateAnswer('reference', 3, { definitions: ['3'] })).toBe('Choose one of the options.');
  });

  it('does not check unknown types', () => {
    expect(validateAnswer('signature_pad', { strokes: [] })).toBeNull();
  });
});

describe('isAnswered', () => {
  const attribute = (over: Partial<Attribute>): Attribute => ({
    key: 'first_name',
    type: 'string',
    value: null,
    ...over,
  });

  it('counts any non-empty value, including false and 0', () => {
    expect(isAnswered(attribute({ value: 'Jane' }))).toBe(true);
    expect(isAnswered(attribute({ type: 'boolean', value: false }))).toBe(true);
    expect(isAnswered(attribute({ type: 'number', value: 0 }))).toBe(true);
    expect(isAnswered(attribute({ value: '' }))).toBe(false);
    expect(isAnswered(attribute({ value: null }))).toBe(false);
    expect(isAnswered({ key: 'x', type: 'string' } as Attribute)).toBe(false);
  });

  it('counts a document only when the value is an object with a uuid', () => {
    const doc = { uuid: 'd1', attribute_key: 'passport', files: [] };
    expect(isAnswered(attribute({ key: 'passport', type: 'document', value: doc }))).toBe(true);
    expect(isAnswered(attribute({ key: 'passport', type: 'document', value: { uuid: '' } }))).toBe(false);
    expect(isAnswered(attribute({ key: 'passport', type: 'document', value: 'd1' }))).toBe(false);
  });

  it('counts a liveness attribute only once the check is completed, whatever its value', () => {
    const token = { key: 'sumsub_liveness_check_token', type: 'sumsub_liveness', value: 'tok' };
    expect(isAnswered(attribute(token))).toBe(false);
    expect(
      isAnswered(attribute({ ...token, verification: { sumsub: { verificator: 'sumsub', status: 'not_started' } } })),
    ).toBe(false);
    expect(
      isAnswered(
        attribute({ ...token, value: null, verification: { sumsub: { verificator: 'sumsub', status: 'completed' } } }),
      ),
    ).toBe(true);
  });

  it('recognises liveness by key even when the type is unknown', () => {
    const url = { key: 'sumsub_liveness_check_url', type: 'url', value: 'https://x' };
    expect(isAnswered(attribute(url))).toBe(false);
  });
});

describe('isAnswered with a value of the wrong kind', () => {
  it('should not count an object for yes/no, text for a number, or a number for text as an answer', () => {
    expect(isAnswered({ key: 'is_pep', type: 'boolean', value: { no: true } })).toBe(false);
    expect(isAnswered({ key: 'annual_income', type: 'number', value: 'abc' })).toBe(false);
    expect(isAnswered({ key: 'first_name', type: 'string', value: { a: 1 } })).toBe(false);
    expect(isAnswered({ key: 'is_pep', type: 'boolean', value: false })).toBe(true);
    expect(isAnswered({ key: 'annual_income', type: 'number', value: 0 })).toBe(true);
  });
});
