/**
 * The sandbox engine: the whole KYC API contract in memory, behind one `handle(Request): Promise<Response>`.
 *
 * @example
 * const sandbox = createSandbox({ seed: 1 });
 * const { legalEntityUuid, clientUuid } = sandbox.seed('draft');
 * const response = await sandbox.handle(new Request(`https://partner.example/v1/clients/kyc-level-info/?legal_entity_uuid=${legalEntityUuid}&client_uuid=${clientUuid}`));
 */
import type { RouteHandler, RouteInput } from './router';
import type { EngineContext } from './state';
import type { RouteName, Sandbox, SandboxOptions, ScenarioName } from './types';
import { isUuid, json, methodNotAllowed, notFound } from './drf';
import { createFaultInjector, failureResponse, malformedResponse, statusResponse, wait } from './faults';
import { createRandom, randomSeed } from './random';
import { matchRoute } from './router';
import { createState } from './state';
import { seedScenario } from './scenarios';
import { snapshot } from './snapshot';
import { checkToken, completeLiveness, expireToken } from './tokens';
import { createApplication, getLevelInfo } from './routes/levelInfo';
import { getApplication, getAttribute } from './routes/application';
import { updateApplication } from './routes/updateApplication';
import { getDefinitions, getLegalDocuments } from './routes/reference';
import { createDocument, uploadFiles } from './routes/documents';
import { createVerificationCode } from './routes/verificationCodes';
import { approveAction, rejectAction, sendToClarifyAction, sendToReview } from './routes/review';
import { handleControl } from './routes/control';
import { publishLegalDocumentVersion } from './legalDocuments';
import { localizeResponse, requestLanguage } from './language';

const HANDLERS: Record<RouteName, RouteHandler> = {
  levelInfo: getLevelInfo,
  createApplication,
  getApplication,
  updateApplication,
  definitions: getDefinitions,
  legalDocuments: getLegalDocuments,
  uploadFiles,
  createDocument,
  getAttribute,
  verificationCodes: createVerificationCode,
  sendToReview,
  approve: approveAction,
  reject: rejectAction,
  sendToClarify: sendToClarifyAction,
};

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const seed = options.seed ?? randomSeed();
  const ctx: EngineContext = {
    state: createState(),
    random: createRandom(seed),
    now: options.now ?? Date.now,
    options,
  };
  // Faults draw from their own stream so ids and tokens do not shift them.
  const faults = createFaultInjector(createRandom(seed ^ 0x5bd1e995), options.faults);

  const sandbox: Sandbox = {
    async handle(request) {
      const url = new URL(request.url);
      const match = matchRoute(url.pathname, request.method);
      if (match.kind === 'notFound') return notFound();
      if (match.kind === 'methodNotAllowed') return methodNotAllowed(request.method.toUpperCase());
      const input: RouteInput = { ctx, request, url, params: match.params };
      if (match.kind === 'control') return run(() => handleControl(sandbox, match.name, input));

      const plan = faults.plan(match.name, url.searchParams);
      if (typeof plan === 'string') return json(400, { detail: plan });
      if (!(await wait(plan.latencyMs, request.signal))) return Response.error();
      if (plan.outcome === 'drop') return Response.error();
      if (plan.outcome === 'failure') return failureResponse(plan.failureStatus);
      if (plan.outcome === 'status') return statusResponse(plan.failureStatus, plan.retryAfter);
      const response = await localizeResponse(
        await run(() => HANDLERS[match.name](input)),
        requestLanguage(request.headers.get('accept-language')),
      );
      if (plan.outcome === 'lost') return Response.error();
      return plan.outcome === 'malformed' ? malformedResponse(response) : response;
    },
    seed(scenario: ScenarioName, ids = {}) {
      for (const id of [ids.legalEntityUuid, ids.clientUuid]) {
        if (id !== undefined && !isUuid(id)) throw new TypeError(`sandbox.seed: "${id}" is not a UUID.`);
      }
      return seedScenario(ctx, scenario, ids);
    },
    setFaults: (next) => faults.set(next),
    inspect: (applicationUuid) => snapshot(ctx, applicationUuid),
    checkLivenessToken: (token) => checkToken(ctx, token),
    completeLiveness: (token) => completeLiveness(ctx, token),
    expireLivenessToken: (token) => expireToken(ctx, token),
    publishLegalDocumentVersion: (legalEntityUuid, key) => {
      if (!isUuid(legalEntityUuid)) {
        throw new TypeError(`sandbox.publishLegalDocumentVersion: "${legalEntityUuid}" is not a UUID.`);
      }
      return publishLegalDocumentVersion(ctx, legalEntityUuid, key);
    },
    reset() {
      ctx.state = createState();
    },
  };
  return sandbox;
}

/** Run a route; a bug in the sandbox becomes a 500 that says so instead of a rejected promise. */
async function run(route: () => Promise<Response> | Response): Promise<Response> {
  try {
    return await route();
  } catch (error) {
    console.error('[react-kyc-flow sandbox] a route failed:', error);
    return json(500, { detail: `Sandbox error: ${error instanceof Error ? error.message : String(error)}` });
  }
}
