'use client';
/**
 * react-kyc-flow: an embeddable KYC flow for React.
 * The root component, the field components for use on their own, hooks, the typed API client and
 * its errors. The stylesheet is `react-kyc-flow/styles.css`.
 */
export { KycFlow, createKycQueryClient, type KycFlowProps } from './react/KycFlow';
export {
  KycProvider,
  useKyc,
  type KycProviderProps,
  type KycContextValue,
  type SumsubOptions,
} from './react/context/KycContext';
export type { KycEvent, KycEventType } from './react/context/events';
export type {
  FlowCallbacks,
  StatusChangeDetails,
  StepChangeDetails,
  CompleteDetails,
  ErrorDetails,
} from './react/context/callbacks';
export type { ConsentAction, ConsentDetails } from './core/consent';
export type { KycTheme, KycThemeVariables } from './react/theme';
export { en as messagesEn, type MessageKey, type Messages } from './react/i18n/en';
export { de as messagesDe } from './react/i18n/de';
export { fr as messagesFr } from './react/i18n/fr';
export { ar as messagesAr } from './react/i18n/ar';
export { catalogueFor } from './react/i18n/catalogueFor';

// Field components, for partners who build their own layout inside <KycProvider>.
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
export { DocumentField } from './react/fields/DocumentField';
export { LivenessTokenField } from './react/fields/LivenessTokenField';
export { LivenessUrlField } from './react/fields/LivenessUrlField';
export { UnknownField } from './react/fields/UnknownField';
export { SignatureCodeInput, type SignatureCodeInputProps } from './react/fields/SignatureCodeInput';

// Hooks and query options.
export { levelInfoQuery, applicationQuery, definitionsQuery, legalDocumentQuery, kycKeys } from './react/queries';
export { useAutosaveQueue, useAutosaveState } from './react/hooks/useAutosave';
export { useLevelInfo, useApplication } from './react/hooks/useKycData';

// The React-free API client, its errors and types.
export {
  createKycClient,
  type KycClient,
  type KycClientOptions,
  type SignCodes,
  type LivenessTokenTtl,
} from './core/client';
export type { CallOptions, RetryOptions, HeadersProvider } from './core/http';
export {
  KycError,
  KycValidationError,
  KycSignatureRequiredError,
  KycUnauthorizedError,
  KycNotFoundError,
  KycConflictError,
  KycTransportError,
  isKycError,
  isTransientError,
  type KycErrorKind,
  type TransportReason,
} from './core/errors';
export type {
  Application,
  ApplicationStatus,
  Attribute,
  AttributeChange,
  AttributeType,
  Definition,
  KycDocument,
  LegalDocument,
  Level,
  LevelInfo,
  Question,
  SignProvider,
  Step,
  UploadedFile,
  VerificationCode,
} from './core/schemas';
