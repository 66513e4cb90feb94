/**
 * The id of a question's main control: the field, its label and the error summary's link agree on it.
 * `idPrefix` is the form's own (`useId`), so two widgets on one page, even for the same application,
 * share no id; the key goes in as its form field name, so any server key makes a valid id.
 */
import { formFieldOf } from '../../core/answers';

export function fieldIdOf(idPrefix: string, key: string): string {
  return `${idPrefix}-${formFieldOf(key)}`;
}
