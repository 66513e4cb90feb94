/** The sentence for a field's problem (`core/fieldProblem`), in the widget's locale. */
import type { FieldKind } from '../../core/attributes';
import type { FieldProblem } from '../../core/fieldProblem';
import { numberExample } from '../../core/numberInput';
import type { KycContextValue } from '../context/KycContext';

type Invalid = 'string' | 'text' | 'date' | 'email' | 'phone';
const INVALID: ReadonlySet<FieldKind> = new Set<Invalid>(['string', 'text', 'date', 'email', 'phone']);

export function problemMessage(
  problem: FieldProblem,
  kind: FieldKind,
  kyc: Pick<KycContextValue, 't' | 'locale'>,
): string {
  const { t } = kyc;
  switch (problem.reason) {
    case 'server':
      return problem.messages.join(' ');
    case 'signature_refused':
      return t('field.signatureRefused');
    case 'invalid':
      // A number the locale reads two ways: show the format it expects, as the field itself does.
      if (kind === 'number') return t('field.number.format', { example: numberExample(kyc.locale) });
      return INVALID.has(kind) ? t(`field.invalid.${kind as Invalid}`) : t('field.required');
    case 'required':
      return kind === 'liveness_token' || kind === 'liveness_url' ? t('field.required.liveness') : t('field.required');
  }
}
