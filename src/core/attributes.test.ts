import { describe, expect, it } from 'vitest';
import {
  fieldKind,
  isDocumentKey,
  isLivenessAttribute,
  isLivenessCompleted,
  livenessMode,
  pairedSide,
} from './attributes';

describe('attributes', () => {
  it('should choose the liveness mode by key, not by type', () => {
    expect(livenessMode({ key: 'sumsub_liveness_check_token' })).toBe('token');
    expect(livenessMode({ key: 'sumsub_liveness_check_url' })).toBe('url');
    expect(livenessMode({ key: 'selfie' })).toBeNull();
    expect(isLivenessAttribute({ key: 'sumsub_liveness_check_url', type: 'string' })).toBe(true);
    expect(isLivenessAttribute({ key: 'selfie', type: 'sumsub_liveness' })).toBe(true);
    expect(isLivenessAttribute({ key: 'selfie', type: 'string' })).toBe(false);
  });

  it('should know the document keys and pair front sides with back sides', () => {
    expect(isDocumentKey('proof_of_funds')).toBe(true);
    expect(isDocumentKey('selfie')).toBe(false);
    expect(pairedSide('id_card_front_side')).toBe('id_card_back_side');
    expect(pairedSide('driver_license_front_side')).toBe('driver_license_back_side');
    expect(pairedSide('residence_permit_license_front_side')).toBe('residence_permit_license_back_side');
    expect(pairedSide('id_card_back_side')).toBeNull();
    expect(pairedSide('passport')).toBeNull();
    expect(pairedSide('toString')).toBeNull();
  });

  it.each([
    [{ key: 'first_name', type: 'string' }, 'string'],
    [{ key: 'bio', type: 'text' }, 'text'],
    [{ key: 'birth_date', type: 'date' }, 'date'],
    [{ key: 'country', type: 'reference' }, 'reference'],
    [{ key: 'terms', type: 'legal_document' }, 'legal_document'],
    [{ key: 'passport', type: 'string' }, 'document'],
    [{ key: 'selfie_doc', type: 'document' }, 'document'],
    [{ key: 'sumsub_liveness_check_token', type: 'string' }, 'liveness_token'],
    [{ key: 'sumsub_liveness_check_url', type: 'sumsub_liveness' }, 'liveness_url'],
    [{ key: 'selfie', type: 'sumsub_liveness' }, 'unknown'],
    [{ key: 'colour', type: 'color_picker' }, 'unknown'],
    [{ key: 'toString', type: 'constructor' }, 'unknown'],
  ])('should render %o as %s', (attribute, kind) => {
    expect(fieldKind(attribute)).toBe(kind);
  });

  it('should count a liveness check as done only when the server reports it completed', () => {
    expect(isLivenessCompleted({ verification: { sumsub: { verificator: 'sumsub', status: 'completed' } } })).toBe(
      true,
    );
    expect(isLivenessCompleted({ verification: { sumsub: { verificator: 'sumsub', status: 'not_started' } } })).toBe(
      false,
    );
    expect(isLivenessCompleted({ verification: null })).toBe(false);
    expect(isLivenessCompleted({})).toBe(false);
  });
});
