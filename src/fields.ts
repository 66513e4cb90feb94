'use client';
/**
 * `react-kyc-flow/fields`: the widget's field components and the autosave hooks, for partners who build
 * their own layout inside `<KycProvider>`, or replace one kind of field in `<KycFlow>` (`components`)
 * and want to wrap the built-in one. Apart from `react-kyc-flow` so an app that only renders
 * `<KycFlow>` never downloads them up front (the widget loads its own copy with the questionnaire).
 *
 * @example
 * import { KycProvider } from 'react-kyc-flow';
 * import { TextField, useAutosaveQueue } from 'react-kyc-flow/fields';
 */
export type {
  FieldProps,
  FieldPropsFor,
  FieldValues,
  PairedSideProps,
  FieldComponents,
  FieldKindName,
} from './react/fields/fieldProps';
export { FieldShell, type FieldShellProps } from './react/fields/FieldShell';
export { TextField, type TextFieldProps } from './react/fields/TextField';
export { BooleanField } from './react/fields/BooleanField';
export { ReferenceSelect } from './react/fields/ReferenceSelect';
export { LegalDocumentField } from './react/fields/LegalDocumentField';
export { DocumentField, type DocumentFieldProps } from './react/fields/DocumentField';
export { LivenessTokenField, type LivenessTokenFieldProps } from './react/fields/LivenessTokenField';
export { LivenessUrlField } from './react/fields/LivenessUrlField';
export { UnknownField } from './react/fields/UnknownField';
export { SignatureCodeInput, type SignatureCodeInputProps } from './react/fields/SignatureCodeInput';
export { HandoffPhone, type HandoffPhoneProps } from './react/fields/HandoffPhone';
export { useAutosaveQueue, useAutosaveState, type AutosaveQueue } from './react/hooks/useAutosave';
export type { AutosaveSettings } from './react/context/callbacks';
