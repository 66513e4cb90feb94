import type { ComponentType } from 'react';
import type { FieldKind } from '../../core/attributes';
import type { KycDocument, Question } from '../../core/schemas';

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
  /** The current answer (`null` when unanswered, or when the saved answer is not of this kind's type). */
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

/** The answer each kind of field shows and reports (a number field may report its text while typed). */
export interface FieldValues {
  string: string;
  text: string;
  number: number | string;
  date: string;
  email: string;
  phone: string;
  boolean: boolean;
  reference: string;
  legal_document: string;
  document: KycDocument;
  liveness_token: string;
  liveness_url: string;
  unknown: unknown;
}

/** What a document field takes beyond the common props: its paired back side. */
export interface PairedSideProps {
  /**
   * Sets the answer of the paired back side. Given for a front-side key (`id_card_front_side` …), it
   * enables "My document has one side only": the uploaded picture is then also sent as the back side
   * and reported here as `(backKey, document)`; un-ticking reports `(backKey, null)`.
   */
  onPairedValueChange?: ((backKey: string, value: KycDocument | null) => void) | undefined;
  /** The back side's current answer; when it holds the same files as `value`, the option starts ticked. */
  pairedValue?: KycDocument | null | undefined;
}

/** The props of the field for kind `K`. */
export type FieldPropsFor<K extends FieldKind> = FieldProps<FieldValues[K]> &
  (K extends 'document' ? PairedSideProps : unknown);

/** A field component for each kind: the built-in registry has every kind, `components` any of them. */
export type FieldComponentMap = { [K in FieldKind]: ComponentType<FieldPropsFor<K>> };

/** Replacements for built-in fields, by field kind, each typed with its kind's answer. */
export type FieldComponents = Partial<FieldComponentMap>;
