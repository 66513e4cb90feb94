import { describe, expect, it } from 'vitest';
import {
  chosenKind,
  documentKindOf,
  documentPlacement,
  documentSideOf,
  isOneSided,
  isRequiredInStep,
  isShownInSummary,
  keysOfKind,
  offeredKinds,
} from './documentChoice';
import { createDocumentSession } from './documentSession';
import type { Question } from './schemas';

const question = (key: string, required = false): Question => ({
  title: key,
  is_required: required,
  attribute: { key, type: 'document', value: null },
});
const file = (uuid: string) => ({ uuid, name: `${uuid}.png`, size: 10, content_type: 'image/png' });
const doc = (key: string, ...files: string[]) => ({ uuid: `doc-${key}`, attribute_key: key, files: files.map(file) });

/** The Full level's identity step: only the passport is required, as the sandbox has it. */
const IDENTITY_STEP = [
  question('passport', true),
  question('id_card_front_side'),
  question('id_card_back_side'),
  question('driver_license_front_side'),
  question('driver_license_back_side'),
  question('residence_permit_license_front_side'),
  question('residence_permit_license_back_side'),
];
const byKey = (key: string) => IDENTITY_STEP.find((q) => q.attribute.key === key) as Question;
const values =
  (answers: Record<string, unknown> = {}) =>
  (key: string) =>
    answers[key] ?? null;

describe('document kinds and sides', () => {
  it('should name the kind and side of each document key, and nothing for other keys', () => {
    expect(documentKindOf('passport')).toBe('passport');
    expect(documentKindOf('residence_permit_license_back_side')).toBe('residence_permit');
    expect(documentKindOf('proof_of_funds')).toBe('proof_of_funds');
    expect(documentKindOf('first_name')).toBeNull();
    expect(documentSideOf('passport')).toBe('single');
    expect(documentSideOf('driver_license_front_side')).toBe('front');
    expect(documentSideOf('id_card_back_side')).toBe('back');
    expect(documentSideOf('phone')).toBeNull();
    expect(keysOfKind('id_card')).toEqual({ front: 'id_card_front_side', back: 'id_card_back_side' });
    expect(keysOfKind('proof_of_address')).toEqual({ front: 'proof_of_address', back: null });
  });

  it('should offer the identity kinds of a step in their order, without proofs or other questions', () => {
    const step = [
      question('first_name'),
      question('id_card_back_side'),
      question('proof_of_address'),
      ...IDENTITY_STEP,
    ];
    expect(offeredKinds(step)).toEqual(['id_card', 'passport', 'driver_license', 'residence_permit']);
  });
});

describe('chosenKind', () => {
  it('given nothing saved and several kinds offered / should ask first (null)', () => {
    expect(chosenKind(IDENTITY_STEP, values())).toBeNull();
  });

  it('given a saved side / should choose its kind (after a reload, the saved answers decide)', () => {
    expect(chosenKind(IDENTITY_STEP, values({ driver_license_back_side: doc('driver_license_back_side', 'f1') }))).toBe(
      'driver_license',
    );
  });

  it('given a kind picked on screen / should prefer it over a saved one', () => {
    const saved = values({ passport: doc('passport', 'f1') });
    expect(chosenKind(IDENTITY_STEP, saved, 'residence_permit')).toBe('residence_permit');
  });

  it('given a pick the step does not offer / should ignore it', () => {
    expect(chosenKind([question('passport', true), question('id_card_front_side')], values(), 'driver_license')).toBe(
      null,
    );
  });

  it('given one kind offered / should choose it without asking', () => {
    expect(chosenKind([question('id_card_front_side'), question('id_card_back_side')], values())).toBe('id_card');
  });
});

describe('isOneSided', () => {
  it('given a back side holding the front picture / should be one-sided, also after a reload', () => {
    const saved = values({ id_card_front_side: doc('id_card_front_side', 'f1'), id_card_back_side: doc('x', 'f1') });
    expect(isOneSided('id_card', saved)).toBe(true);
  });

  it('given two pictures / should be two-sided, unless the customer says otherwise on screen', () => {
    const saved = values({ id_card_front_side: doc('id_card_front_side', 'f1'), id_card_back_side: doc('x', 'f2') });
    expect(isOneSided('id_card', saved)).toBe(false);
    expect(isOneSided('id_card', values(), true)).toBe(true);
    expect(isOneSided('passport', values())).toBe(true);
  });
});

describe('documentPlacement', () => {
  it('given nothing chosen / should ask on the first identity question and show no upload at all', () => {
    const placements = IDENTITY_STEP.map((q) =>
      documentPlacement(q.attribute.key, IDENTITY_STEP, { valueOf: values() }),
    );
    expect(placements[0]).toEqual({
      choice: ['passport', 'id_card', 'driver_license', 'residence_permit'],
      chosen: null,
      upload: false,
    });
    expect(placements.slice(1).every((p) => p.choice === null && !p.upload)).toBe(true);
  });

  it('given the ID card picked / should show its front and back only', () => {
    const shown = IDENTITY_STEP.filter(
      (q) => documentPlacement(q.attribute.key, IDENTITY_STEP, { valueOf: values(), picked: 'id_card' }).upload,
    );
    expect(shown.map((q) => q.attribute.key)).toEqual(['id_card_front_side', 'id_card_back_side']);
  });

  it('given a one-sided ID card / should never show its back, said on screen or saved', () => {
    const place = (facts: Parameters<typeof documentPlacement>[2]) =>
      documentPlacement('id_card_back_side', IDENTITY_STEP, { picked: 'id_card', ...facts }).upload;
    expect(place({ valueOf: values(), saidOneSided: true })).toBe(false);
    const saved = values({ id_card_front_side: doc('id_card_front_side', 'f1'), id_card_back_side: doc('b', 'f1') });
    expect(place({ valueOf: saved })).toBe(false);
    expect(place({ valueOf: saved, saidOneSided: false })).toBe(true);
  });

  it('given a kind not chosen whose answer a reviewer asked to correct / should still show it', () => {
    const facts = { valueOf: values(), picked: 'passport' as const, needsCorrection: true };
    expect(documentPlacement('id_card_front_side', IDENTITY_STEP, facts).upload).toBe(true);
  });

  it('given proofs and a key outside the step / should show them as questions of their own', () => {
    const step = [question('proof_of_address', true), question('proof_of_funds')];
    expect(documentPlacement('proof_of_funds', step, { valueOf: values() })).toEqual({
      choice: null,
      chosen: null,
      upload: true,
    });
    expect(documentPlacement('passport', [], { valueOf: values() }).upload).toBe(true);
  });

  it('given a back side whose front is on another step / should show it', () => {
    const step = [question('id_card_back_side')];
    const saved = values({ id_card_front_side: doc('id_card_front_side', 'f1'), id_card_back_side: doc('b', 'f1') });
    expect(documentPlacement('id_card_back_side', step, { valueOf: saved }).upload).toBe(true);
  });
});

describe('isRequiredInStep', () => {
  it('given only the passport marked required and nothing chosen / should require the choice (first identity question)', () => {
    const required = IDENTITY_STEP.filter((q) => isRequiredInStep(q, IDENTITY_STEP, values()));
    expect(required.map((q) => q.attribute.key)).toEqual(['passport']);
  });

  it('given the ID card chosen / should require both its sides instead of the passport', () => {
    const required = IDENTITY_STEP.filter((q) => isRequiredInStep(q, IDENTITY_STEP, values(), 'id_card'));
    expect(required.map((q) => q.attribute.key)).toEqual(['id_card_front_side', 'id_card_back_side']);
  });

  it('given an ID card saved (after a reload) / should require the ID card, not the passport', () => {
    const saved = values({ id_card_front_side: doc('id_card_front_side', 'f1') });
    expect(isRequiredInStep(byKey('passport'), IDENTITY_STEP, saved)).toBe(false);
    expect(isRequiredInStep(byKey('id_card_back_side'), IDENTITY_STEP, saved)).toBe(true);
  });

  it('given no identity question required / should require none; other questions keep their own flag', () => {
    const optional = IDENTITY_STEP.map((q) => ({ ...q, is_required: false }));
    expect(optional.some((q) => isRequiredInStep(q, optional, values(), 'passport'))).toBe(false);
    expect(isRequiredInStep(question('proof_of_address', true), [], values())).toBe(true);
    expect(isRequiredInStep(question('proof_of_funds'), [], values())).toBe(false);
  });
});

describe('isShownInSummary', () => {
  it('given optional documents not given / should leave them out, keeping required and given ones', () => {
    const saved = values({ passport: doc('passport', 'f1') });
    const shown = IDENTITY_STEP.filter((q) => isShownInSummary(q, IDENTITY_STEP, saved));
    expect(shown.map((q) => q.attribute.key)).toEqual(['passport']);
    expect(isShownInSummary(question('first_name'), [], values())).toBe(true);
    expect(isShownInSummary(question('proof_of_address', true), [], values())).toBe(true);
  });

  it('given a one-sided ID card / should list the front only', () => {
    const saved = values({ id_card_front_side: doc('id_card_front_side', 'f1'), id_card_back_side: doc('b', 'f1') });
    const shown = IDENTITY_STEP.filter((q) => isShownInSummary(q, IDENTITY_STEP, saved));
    expect(shown.map((q) => q.attribute.key)).toEqual(['id_card_front_side']);
  });

  it('given a step with the embedded liveness check and its link / should list the check once', () => {
    const step = [question('sumsub_liveness_check_token', true), question('sumsub_liveness_check_url', true)];
    const shown = step.filter((q) => isShownInSummary(q, step, values()));
    expect(shown.map((q) => q.attribute.key)).toEqual(['sumsub_liveness_check_token']);
    const linkOnly = [question('sumsub_liveness_check_url', true)];
    expect(isShownInSummary(linkOnly[0]!, linkOnly, values())).toBe(true);
  });
});

describe('createDocumentSession', () => {
  it('should remember picks and "one side" per application, and tell subscribers', () => {
    const session = createDocumentSession();
    let calls = 0;
    session.subscribe(() => (calls += 1));
    session.pick('app-1', 'passport', 'id_card');
    session.pick('app-1', 'passport', 'id_card');
    session.sayOneSided('app-1', 'id_card_front_side', true);
    expect(session.picked('app-1', 'passport')).toBe('id_card');
    expect(session.picked('app-2', 'passport')).toBeUndefined();
    expect(session.saidOneSided('app-1', 'id_card_front_side')).toBe(true);
    expect(calls).toBe(2);
  });

  it('should hold the latest files for previews and let the oldest go', () => {
    const session = createDocumentSession();
    for (let i = 0; i < 14; i++) session.rememberFile(`f${i}`, new Blob([String(i)]));
    expect(session.localFile('f0')).toBeUndefined();
    expect(session.localFile('f1')).toBeUndefined();
    expect(session.localFile('f13')).toBeInstanceOf(Blob);
  });
});
