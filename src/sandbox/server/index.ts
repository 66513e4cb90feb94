/**
 * Node-only entry `react-kyc-flow/sandbox/server`: the sandbox on node:http, with the SumSub WebSDK
 * stand-in pages, for browser tests and local development.
 */
export { startSandboxServer } from './startSandboxServer';
export type { SandboxServer, StartSandboxServerOptions } from './startSandboxServer';
export { readSandboxEnv, SandboxEnvError, DEFAULT_SANDBOX_PORT } from './readSandboxEnv';
export type { SandboxEnv } from './readSandboxEnv';
export { isLocalOrigin } from './cors';
export { handleStandInRequest, WEBSDK_PAGE_PATH, LIVENESS_PAGE_PATH } from '../websdk/handleStandInRequest';
