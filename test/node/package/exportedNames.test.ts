import { builtPackage, type BuiltPackage } from './builtPackage';
import { runNodeModule } from './nodeScript';

let pkg: BuiltPackage;
beforeAll(async () => {
  pkg = await builtPackage();
}, 300_000);

/** The sorted names a Node import of `specifier` from the built package exposes. */
async function exportedNames(specifier: string): Promise<string[]> {
  const result = await runNodeModule(
    pkg,
    `
    const names = Object.keys(await import(${JSON.stringify(specifier)})).sort();
    process.stdout.write(JSON.stringify(names));
  `,
  );
  if (result.code !== 0) throw new Error(`importing ${specifier} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as string[];
}

// A change here is a change of the public API: update the snapshot on purpose and say so in CHANGELOG.md.
describe('the public surface of each entry', () => {
  it('given react-kyc-flow / should export exactly these names', async () => {
    expect(await exportedNames('react-kyc-flow')).toMatchInlineSnapshot(`
      [
        "KycConflictError",
        "KycError",
        "KycFlow",
        "KycNotFoundError",
        "KycProvider",
        "KycSignatureRequiredError",
        "KycTransportError",
        "KycUnauthorizedError",
        "KycValidationError",
        "applicationQuery",
        "createKycClient",
        "createKycQueryClient",
        "definitionsQuery",
        "isKycError",
        "isTransientError",
        "kycKeys",
        "legalDocumentQuery",
        "levelInfoQuery",
        "loadMessages",
        "useApplication",
        "useKyc",
        "useLevelInfo",
      ]
    `);
  });

  it('given react-kyc-flow/fields / should export exactly these names', async () => {
    expect(await exportedNames('react-kyc-flow/fields')).toMatchInlineSnapshot(`
      [
        "BooleanField",
        "DocumentField",
        "FieldShell",
        "HandoffPhone",
        "LegalDocumentField",
        "LivenessTokenField",
        "LivenessUrlField",
        "ReferenceSelect",
        "SignatureCodeInput",
        "TextField",
        "UnknownField",
        "useAutosaveQueue",
        "useAutosaveState",
      ]
    `);
  });

  it('given react-kyc-flow/sandbox / should export exactly these names', async () => {
    expect(await exportedNames('react-kyc-flow/sandbox')).toMatchInlineSnapshot(`
      [
        "BASIC_LEVEL_UUID",
        "DEFAULT_CLIENT_NOTE",
        "DEFAULT_REVIEW_COMMENT",
        "FULL_LEVEL_UUID",
        "PRIVACY_DOCUMENT_UUID",
        "ROUTE_NAMES",
        "SANDBOX_SIGN_CODE",
        "SCENARIO_NAMES",
        "TERMS_DOCUMENT_UUID",
        "createSandbox",
        "createSandboxFetch",
      ]
    `);
  });

  it('given react-kyc-flow/sandbox/msw / should export exactly these names', async () => {
    expect(await exportedNames('react-kyc-flow/sandbox/msw')).toMatchInlineSnapshot(`
      [
        "createSandboxHandlers",
      ]
    `);
  });

  it('given react-kyc-flow/sandbox/server / should export exactly these names', async () => {
    expect(await exportedNames('react-kyc-flow/sandbox/server')).toMatchInlineSnapshot(`
      [
        "DEFAULT_SANDBOX_PORT",
        "LIVENESS_PAGE_PATH",
        "SandboxEnvError",
        "WEBSDK_PAGE_PATH",
        "handleStandInRequest",
        "isLocalOrigin",
        "readSandboxEnv",
        "startSandboxServer",
      ]
    `);
  });

  it('given react-kyc-flow/server / should export exactly these names', async () => {
    expect(await exportedNames('react-kyc-flow/server')).toMatchInlineSnapshot(`
      [
        "DEFAULT_HANDOFF_TTL_SECONDS",
        "DEFAULT_MAX_JSON_BYTES",
        "DEFAULT_MAX_UPLOAD_BYTES",
        "HANDOFF_HEADER",
        "HANDOFF_QUERY",
        "createHandoffToken",
        "createKycProxy",
        "createMemoryStore",
        "toNodeHandler",
        "verifyHandoffToken",
      ]
    `);
  });

  it('given react-kyc-flow/standalone / should export exactly these names', async () => {
    expect(await exportedNames('react-kyc-flow/standalone')).toMatchInlineSnapshot(`
      [
        "KYC_FLOW_TAG",
        "KycFlowElement",
        "defineKycFlowElement",
        "mountKycFlow",
      ]
    `);
  });
});
