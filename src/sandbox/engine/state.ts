/** The in-memory state of one sandbox engine, and the context every route receives. */
import type { ApplicationStatus, KycDocument, SignProvider, Verification } from '../../core/schemas';
import type { Random } from './random';
import type { SandboxOptions } from './types';
import { BASIC_LEVEL_UUID, FULL_LEVEL_UUID } from './questionnaire';

export interface ClientRecord {
  /** `legalEntityUuid/clientUuid`: clients of different legal entities never meet. */
  key: string;
  legalEntityUuid: string;
  clientUuid: string;
  /** Levels this client may be offered, by uuid. */
  offeredLevelUuids: string[];
  approvedLevelUuids: string[];
  /** Applications oldest first. */
  applicationUuids: string[];
}

export interface ApplicationRecord {
  uuid: string;
  clientKey: string;
  levelUuid: string;
  status: ApplicationStatus;
  createdAt: number;
  updatedAt: number;
  /** Answers by attribute key; documents are stored as the canonical Document object. */
  answers: Map<string, unknown>;
  /** Attribute-level verification (client notes) by attribute key. */
  verifications: Map<string, Verification>;
  reviewComment: string | null;
  /** After a rejection: whether the client may create a new application. */
  allowNewApplication: boolean;
  livenessCompleted: boolean;
  /** The current liveness token per liveness attribute key. */
  currentTokens: Map<string, string>;
  patchCount: number;
  sendToReviewCount: number;
  /** When an automatic decision is due (ms), if any. */
  decideAt: number | null;
}

export interface FileRecord {
  uuid: string;
  clientKey: string;
  name: string;
  size: number;
  contentType: string;
  bytes: Uint8Array;
}

export interface DocumentRecord {
  uuid: string;
  clientKey: string;
  attributeKey: string;
  fileUuids: string[];
  verification?: Verification;
}

export interface CodeRecord {
  uuid: string;
  applicationUuid: string;
  provider: SignProvider;
  destination: string | null;
  createdAt: number;
  expiresAt: number;
  used: boolean;
}

interface TokenRecord {
  token: string;
  clientKey: string;
  applicationUuid: string;
  attributeKey: string;
  expiresAt: number;
}

export interface SandboxState {
  clients: Map<string, ClientRecord>;
  applications: Map<string, ApplicationRecord>;
  files: Map<string, FileRecord>;
  documents: Map<string, DocumentRecord>;
  codes: CodeRecord[];
  tokens: Map<string, TokenRecord>;
}

/** What every route and helper works with. */
export interface EngineContext {
  state: SandboxState;
  random: Random;
  now: () => number;
  options: SandboxOptions;
}

export function createState(): SandboxState {
  return {
    clients: new Map(),
    applications: new Map(),
    files: new Map(),
    documents: new Map(),
    codes: [],
    tokens: new Map(),
  };
}

export function clientKey(legalEntityUuid: string, clientUuid: string): string {
  return `${legalEntityUuid.toLowerCase()}/${clientUuid.toLowerCase()}`;
}

/** The client with these ids; a client never seen is created and offered every level. */
export function getOrCreateClient(ctx: EngineContext, legalEntityUuid: string, clientUuid: string): ClientRecord {
  const key = clientKey(legalEntityUuid, clientUuid);
  let client = ctx.state.clients.get(key);
  if (!client) {
    client = {
      key,
      legalEntityUuid: legalEntityUuid.toLowerCase(),
      clientUuid: clientUuid.toLowerCase(),
      offeredLevelUuids: [BASIC_LEVEL_UUID, FULL_LEVEL_UUID],
      approvedLevelUuids: [],
      applicationUuids: [],
    };
    ctx.state.clients.set(key, client);
  }
  return client;
}

/** The API form of a stored document. */
export function documentBody(ctx: EngineContext, record: DocumentRecord): KycDocument {
  const files = record.fileUuids.flatMap((uuid) => {
    const file = ctx.state.files.get(uuid);
    return file ? [{ uuid: file.uuid, name: file.name, size: file.size, content_type: file.contentType }] : [];
  });
  return {
    uuid: record.uuid,
    attribute_key: record.attributeKey,
    files,
    ...(record.verification ? { verification: record.verification } : {}),
  };
}

export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}
