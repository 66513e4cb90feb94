/**
 * The public types of the sandbox engine. The engine speaks Fetch `Request`/`Response`, so the same
 * instance can be mounted in MSW (Storybook, unit tests) and in a node:http server (browser tests).
 */
import type { LegalDocument } from '../../core/schemas';

/** A /v1 endpoint of the contract, as named in fault rules. */
export type RouteName =
  | 'levelInfo'
  | 'createApplication'
  | 'getApplication'
  | 'updateApplication'
  | 'definitions'
  | 'legalDocuments'
  | 'uploadFiles'
  | 'createDocument'
  | 'getAttribute'
  | 'verificationCodes'
  | 'sendToReview'
  | 'approve'
  | 'reject'
  | 'sendToClarify';

/** Faults injected into /v1 answers. Rates are probabilities from 0 to 1. */
export interface FaultRule {
  /** Wait this long before answering. */
  latencyMs?: number;
  /** Answer 500/502/503 with an HTML page, without handling the request. */
  failureRate?: number;
  /** Drop the connection (`Response.error()`), without handling the request. */
  dropRate?: number;
  /** Handle the request, then answer 200 with a truncated JSON body. */
  malformedRate?: number;
  /**
   * Answer this status without handling the request, with a DRF `{"detail": …}` body (503: the HTML page):
   * 401 (an expired session), 403, 404, 409, 413, 429 or 503.
   */
  status?: FaultStatus;
  /** Share of requests answered with `status`. Default 1 when `status` is set. */
  statusRate?: number;
  /** The `Retry-After` header sent with `status`: whole seconds (`"2"`) or an HTTP date. */
  retryAfter?: string;
  /** Handle the request, then drop the connection: the change is made, its answer is lost. */
  lostResponseRate?: number;
  /**
   * The faults of this rule (all but latency) hit at most this many requests, then the route answers
   * normally (a session that comes back, one lost answer, one dropped request). Counted from `setFaults`.
   */
  times?: number;
}

/** The statuses a fault rule can answer with. */
export type FaultStatus = 401 | 403 | 404 | 409 | 413 | 429 | 503;

/** Fault rules; a route's rule overrides the top-level rule field by field. */
export interface FaultConfig extends FaultRule {
  routes?: Partial<Record<RouteName, FaultRule>>;
}

export type ScenarioName =
  'new' | 'single_level' | 'draft' | 'in_review' | 'pending' | 'rejected' | 'rejected_final' | 'approved';

/** The ids of a seeded scenario; `applicationUuid` is null when the scenario has no application. */
export interface SeededScenario {
  legalEntityUuid: string;
  clientUuid: string;
  applicationUuid: string | null;
}

export interface SandboxOptions {
  /** Seed of the random generator behind ids, tokens and faults; fixed seeds make runs repeatable. */
  seed?: number;
  /** Fault injection from the start; see `Sandbox.setFaults`. */
  faults?: FaultConfig;
  /** The clock in milliseconds since the epoch (tokens, codes, timestamps, auto decisions). */
  now?: () => number;
  /** Decide applications sent to review by themselves, `afterMs` after they were sent. */
  autoDecision?: { afterMs: number; outcome: 'approved' | 'rejected' | 'pending' };
}

/** What the engine holds about one application, for tests and the control API. */
export interface ApplicationSnapshot {
  uuid: string;
  clientUuid: string;
  status: string;
  /** Stored answers by attribute key (document answers are the canonical Document objects). */
  answers: Record<string, unknown>;
  /** Every document of the application's client. */
  documents: { uuid: string; attributeKey: string; fileUuids: string[] }[];
  /** Every file uploaded by the application's client. */
  files: { uuid: string; name: string; size: number; contentType: string }[];
  /** Accepted PATCH requests. */
  patchCount: number;
  /** Accepted send-to-review requests. */
  sendToReviewCount: number;
}

export type TokenCheck =
  | { valid: true; clientUuid: string; applicationUuid: string; expiresInSeconds: number }
  | { valid: false; reason: 'expired' | 'unknown' };

export interface Sandbox {
  /** Answer one request of the contract (`…/v1/…`) or of the control API (`…/__sandbox/…`). */
  handle(request: Request): Promise<Response>;
  /** Create a client (and an application) in the state a scenario describes. */
  seed(scenario: ScenarioName, ids?: { legalEntityUuid?: string; clientUuid?: string }): SeededScenario;
  /** Replace the fault rules; undefined clears them. */
  setFaults(faults: FaultConfig | undefined): void;
  inspect(applicationUuid: string): ApplicationSnapshot | undefined;
  checkLivenessToken(token: string): TokenCheck;
  /** Mark the liveness check of the token's application completed; false for an unknown or expired token. */
  completeLiveness(token: string): boolean;
  /** Make a token expire now; false for an unknown token. */
  expireLivenessToken(token: string): boolean;
  /**
   * Publish the next version of the legal document `key` for one legal entity (new uuid, next version,
   * changed text, `published_at` now): its clients' earlier acceptances are no longer current. Returns the
   * new document; undefined for an unknown key.
   */
  publishLegalDocumentVersion(legalEntityUuid: string, key: string): LegalDocument | undefined;
  /** Forget every client, application, file, code and token (fault rules are kept). */
  reset(): void;
}
