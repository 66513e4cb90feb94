/**
 * `react-kyc-flow/sandbox`: an in-memory implementation of the KYC API contract for development, Storybook
 * and tests, mountable in MSW (`createSandboxHandlers`) or in a node:http server.
 */
export { createSandbox } from './engine/createSandbox';
export { createSandboxHandlers } from './msw';
export type { SandboxHandlersOptions } from './msw';
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
