import type { ComponentType } from 'react';
import type { FieldKind } from '../../core/attributes';
import type { Question } from '../../core/schemas';

/** What decides which field renders a question (document and liveness keys win over `type`). */
export type FieldKindName = FieldKind;

/**
 * Props every field component takes, built-in or a partner's replacement (`components` prop).
 * Fields are controlled: they show `value` and report changes through `onValueChange`.
 */
export interface FieldProps<V = unknown> {
  /** The question: title, description, `is_required` and its attribute. */
  question: Question;
  /** Id of the field's main control; labels and messages are tied to it. */
  id: string;
  /** The current answer (`null` when unanswered). */
  value: V | null;
  /** Report a new answer; the flow saves it (debounced) and checks it. */
  onValueChange: (value: V | null) => void;
  /** Called when focus leaves the field. */
  onBlur?: (() => void) | undefined;
  /** A message to show at the field: a client check or the server's validation error. */
  error?: string | undefined;
  /** The field cannot be changed (application in review, attribute not editable). */
  disabled?: boolean | undefined;
  /** The application the answer belongs to (document and liveness fields call the API with it). */
  applicationUuid: string;
}

/** Replacements for built-in fields, by field kind. */
export type FieldComponents = Partial<Record<FieldKindName, ComponentType<FieldProps>>>;
