/** Which component renders a field kind; partners replace any of them through `components`. */
import { createElement, type ReactElement } from 'react';
import type { FieldKind } from '../../core/attributes';
import type { KycDocument } from '../../core/schemas';
import { BooleanField } from './BooleanField';
import { DateField } from './DateField';
import { DocumentField } from './DocumentField';
import type { FieldComponentMap, FieldComponents, FieldProps, FieldPropsFor, FieldValues } from './fieldProps';
import { LegalDocumentField } from './LegalDocumentField';
import { LivenessTokenField } from './LivenessTokenField';
import { LivenessUrlField } from './LivenessUrlField';
import { ReferenceSelect } from './ReferenceSelect';
import { TextField } from './TextField';
import { UnknownField } from './UnknownField';

type PlainKind = 'string' | 'text' | 'number' | 'date' | 'email' | 'phone';

/** A plain kind's field: the text input, reporting answers of the kind's type. */
const plain = <K extends PlainKind>(kind: K, accept: (value: string | number | null) => FieldValues[K] | null) =>
  function PlainField({ onValueChange, ...props }: FieldPropsFor<K>) {
    return <TextField {...props} kind={kind} onValueChange={(value) => onValueChange(accept(value))} />;
  };
const text = (value: string | number | null) => (value === null ? null : String(value));
const numberOrText = (value: string | number | null) => value;

const BUILT_IN: FieldComponentMap = {
  string: plain('string', text),
  text: plain('text', text),
  number: plain('number', numberOrText),
  date: DateField,
  email: plain('email', text),
  phone: plain('phone', text),
  boolean: BooleanField,
  reference: ReferenceSelect,
  legal_document: LegalDocumentField,
  document: DocumentField,
  liveness_token: LivenessTokenField,
  liveness_url: LivenessUrlField,
  unknown: UnknownField,
};

/**
 * A saved answer as the kind's field expects it; anything else (an object where text was expected)
 * becomes an empty field rather than "[object Object]".
 */
const NARROW: { [K in FieldKind]: (value: unknown) => FieldValues[K] | null } = {
  string: asText,
  text: asText,
  number: (value) => (typeof value === 'number' || typeof value === 'string' ? value : null),
  date: asText,
  email: asText,
  phone: asText,
  boolean: (value) => (typeof value === 'boolean' ? value : null),
  reference: asText,
  legal_document: asText,
  document: (value) => (isDocument(value) ? value : null),
  liveness_token: asText,
  liveness_url: asText,
  unknown: (value) => value ?? null,
};

/** The props the flow has for any question, before its answer is typed for the kind. */
export interface AnyFieldProps extends Omit<FieldProps, 'onValueChange'> {
  onValueChange: (value: unknown) => void;
  onPairedValueChange?: ((backKey: string, value: KycDocument | null) => void) | undefined;
  pairedValue?: unknown;
}

/** The built-in field of a kind (for wrapping it in a replacement). @internal */
export function builtInField<K extends FieldKind>(kind: K): FieldComponentMap[K] {
  return BUILT_IN[kind];
}

/** Renders the field of `kind` (the partner's replacement when given) with the answer typed for it. */
export function renderField<K extends FieldKind>(
  kind: K,
  overrides: FieldComponents,
  props: AnyFieldProps,
): ReactElement {
  const Component = overrides[kind] ?? BUILT_IN[kind];
  const { pairedValue, ...rest } = props;
  const typed: FieldPropsFor<K> = {
    ...rest,
    value: NARROW[kind](props.value),
    ...(pairedValue === undefined ? {} : { pairedValue: isDocument(pairedValue) ? pairedValue : null }),
  };
  return createElement(Component, typed);
}

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
}

function isDocument(value: unknown): value is KycDocument {
  return typeof value === 'object' && value !== null && 'uuid' in value && typeof value.uuid === 'string';
}
