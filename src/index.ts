'use client';
/**
 * react-kyc-flow: an embeddable KYC flow for React.
 * The root component, its provider and hooks, the typed API client and its errors. The field components
 * for a partner's own layout are `react-kyc-flow/fields`; the stylesheet is `react-kyc-flow/styles.css`.
 */
export { KycFlow, type KycFlowProps } from './react/KycFlow';
export { createKycQueryClient } from './react/context/KycQueryClientProvider';
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
  ErrorDuring,
  AutosaveSettings,
  ExitAction,
} from './react/context/callbacks';
export type { ConsentAction, ConsentDetails } from './core/consent';
export type { KycStatus } from './core/status';
export type { KycTheme, KycThemeVariables } from './react/theme';
export type { FieldComponents, FieldKindName, FieldProps, FieldPropsFor } from './react/fields/fieldProps';
export type { MessageKey, Messages } from './react/i18n/en';
export { loadMessages } from './react/i18n/catalogueFor';

// Hooks and query options, inside <KycProvider> or <KycFlow>.
export { levelInfoQuery, applicationQuery, definitionsQuery, legalDocumentQuery, kycKeys } from './react/queries';
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
