/** Which component renders a field kind; partners replace any of them through `components`. */
import type { ComponentType } from 'react';
import { BooleanField } from './BooleanField';
import { DocumentField } from './DocumentField';
import type { FieldComponents, FieldKindName, FieldProps } from './fieldProps';
import { LegalDocumentField } from './LegalDocumentField';
import { LivenessTokenField } from './LivenessTokenField';
import { LivenessUrlField } from './LivenessUrlField';
import { ReferenceSelect } from './ReferenceSelect';
import { TextField } from './TextField';
import { UnknownField } from './UnknownField';

const plain = (kind: 'string' | 'text' | 'number' | 'date' | 'email' | 'phone') =>
  function PlainField(props: FieldProps) {
    return <TextField {...(props as FieldProps<string | number>)} kind={kind} />;
  };

const BUILT_IN: Record<FieldKindName, ComponentType<FieldProps>> = {
  string: plain('string'),
  text: plain('text'),
  number: plain('number'),
  date: plain('date'),
  email: plain('email'),
  phone: plain('phone'),
  boolean: BooleanField as ComponentType<FieldProps>,
  reference: ReferenceSelect as ComponentType<FieldProps>,
  legal_document: LegalDocumentField as ComponentType<FieldProps>,
  document: DocumentField as ComponentType<FieldProps>,
  liveness_token: LivenessTokenField as ComponentType<FieldProps>,
  liveness_url: LivenessUrlField as ComponentType<FieldProps>,
  unknown: UnknownField,
};

export function fieldForKind(kind: FieldKindName, overrides: FieldComponents): ComponentType<FieldProps> {
  return overrides[kind] ?? BUILT_IN[kind];
}
