/**
 * `react-kyc-flow/sandbox`: an in-memory implementation of the KYC API contract for development, Storybook
 * and tests. It imports no msw: mount it as a `fetch` (`createSandboxFetch`) for the widget, in the
 * browser or in Node; `react-kyc-flow/sandbox/msw` mounts it in msw, `react-kyc-flow/sandbox/server` in
 * node:http.
 */
export { createSandbox } from './engine/createSandbox';
export { createSandboxFetch } from './createSandboxFetch';
export type { SandboxFetchOptions } from './createSandboxFetch';
export { SCENARIO_NAMES } from './engine/scenarios';
export { ROUTE_NAMES } from './engine/router';
export { BASIC_LEVEL_UUID, FULL_LEVEL_UUID } from './engine/questionnaire';
export { PRIVACY_DOCUMENT_UUID, TERMS_DOCUMENT_UUID } from './engine/fixtures/legalDocuments';
export { SANDBOX_SIGN_CODE } from './engine/signatures';
export { DEFAULT_CLIENT_NOTE, DEFAULT_REVIEW_COMMENT } from './engine/decisions';
export type {
  ApplicationSnapshot,
  FaultConfig,
  FaultRule,
  RouteName,
  Sandbox,
  SandboxOptions,
  ScenarioName,
  SeededScenario,
  TokenCheck,
} from './engine/types';
