/**
 * The sandbox for this repository's own tests, stories and demo: the msw-free part (`./entry`, published
 * as `react-kyc-flow/sandbox`) and the msw mount (`./msw`, published as `react-kyc-flow/sandbox/msw`).
 * The package publishes the two apart so `react-kyc-flow/sandbox` loads where msw is not installed.
 */
export * from './entry';
export { createSandboxHandlers } from './msw';
export type { SandboxHandlersOptions } from './msw';
