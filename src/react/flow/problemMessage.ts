/** The sentence for a field's problem (`core/fieldProblem`), in the widget's locale. */
import type { FieldKind } from '../../core/attributes';
import type { FieldProblem } from '../../core/fieldProblem';
import type { MessageKey } from '../i18n/en';

type Invalid = 'string' | 'text' | 'number' | 'date' | 'email' | 'phone';
const INVALID: ReadonlySet<FieldKind> = new Set<Invalid>(['string', 'text', 'number', 'date', 'email', 'phone']);

export function problemMessage(problem: FieldProblem, kind: FieldKind, t: (key: MessageKey) => string): string {
  switch (problem.reason) {
    case 'server':
      return problem.messages.join(' ');
    case 'signature_refused':
      return t('field.signatureRefused');
    case 'invalid':
      return INVALID.has(kind) ? t(`field.invalid.${kind as Invalid}`) : t('field.required');
    case 'required':
      return kind === 'liveness_token' || kind === 'liveness_url' ? t('field.required.liveness') : t('field.required');
  }
}
