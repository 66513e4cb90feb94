/**
 * Pure helpers of the autosave queue: which entries can be sent (and together), and the snapshot derived
 * from the queue's internal state. Internal to `autosaveQueue.ts`.
 */
import type { KycError, KycSignatureRequiredError } from './errors';
import { isKycError, KycTransportError } from './errors';
import type { SignProvider } from './schemas';
import { SIGN_PROVIDERS } from './schemas';
import type { AutosaveSnapshot, AutosaveStatus, SignCodes } from './autosaveTypes';

/** One unsaved value. */
export interface QueueEntry {
  value: unknown;
  /** Order of the change; a newer value of the same key has a higher seq. */
  seq: number;
  /** Providers whose codes must go with this change; empty for an unsigned change. */
  providers: SignProvider[];
  /** Refused by the server (validation): not resent until the key changes. */
  held: boolean;
}

/** The save in flight. */
export interface Flight {
  entries: Map<string, QueueEntry>;
  controller: AbortController;
  /** The codes sent with it, when it carries signed changes. */
  codes: SignCodes | undefined;
}

/** The state the snapshot is derived from. */
export interface QueueState {
  pending: ReadonlyMap<string, QueueEntry>;
  inFlight: ReadonlyMap<string, QueueEntry> | undefined;
  codes: SignCodes | null;
  retrying: boolean;
  blocking: KycError | undefined;
  lastError: KycError | undefined;
  sigError: KycSignatureRequiredError | undefined;
  errorsByKey: Readonly<Record<string, string[]>>;
  lastSavedAt: number | undefined;
  offline: boolean;
}

/** Entries sorted oldest change first. */
function bySeq(entries: Iterable<[string, QueueEntry]>): [string, QueueEntry][] {
  return [...entries].sort((a, b) => a[1].seq - b[1].seq);
}

/** Signed entries not refused by the server (waiting for, or covered by, codes), oldest first. */
export function signedEntries(entries: ReadonlyMap<string, QueueEntry>): [string, QueueEntry][] {
  return bySeq(entries).filter(([, entry]) => !entry.held && entry.providers.length > 0);
}

/** Whether the codes at hand cover every provider the entry needs. */
function isCovered(entry: QueueEntry, codes: SignCodes | null): boolean {
  return codes !== null && entry.providers.every((provider) => Boolean(codes[provider]));
}

/** Whether the entry may go in the next save. */
export function isSendable(entry: QueueEntry, codes: SignCodes | null): boolean {
  return !entry.held && (entry.providers.length === 0 || isCovered(entry, codes));
}

/** Whether the entry waits for the client to sign. */
function isWaitingForSignature(entry: QueueEntry, codes: SignCodes | null): boolean {
  return !entry.held && entry.providers.length > 0 && !isCovered(entry, codes);
}

/** The next save: every entry that may go, oldest first, with the codes of the providers they need. */
export function nextBatch(
  pending: ReadonlyMap<string, QueueEntry>,
  codes: SignCodes | null,
): { entries: [string, QueueEntry][]; codes: SignCodes | undefined } {
  const entries = bySeq(pending).filter(([, entry]) => isSendable(entry, codes));
  const providers = SIGN_PROVIDERS.filter((provider) =>
    entries.some(([, entry]) => entry.providers.includes(provider)),
  );
  return { entries, codes: providers.length > 0 ? pickCodes(codes, providers) : undefined };
}

/** The immutable snapshot of the queue. */
export function buildSnapshot(state: QueueState): AutosaveSnapshot {
  const ordered = bySeq(state.pending);
  const signed = ordered.filter(([, entry]) => isWaitingForSignature(entry, state.codes));
  const providers = SIGN_PROVIDERS.filter((provider) => signed.some(([, entry]) => entry.providers.includes(provider)));
  const shownError = state.lastError ?? state.sigError;
  return {
    status: statusOf(
      state,
      ordered.map(([, entry]) => entry),
      signed.length > 0,
    ),
    pendingKeys: ordered.map(([key]) => key),
    savingKeys: state.inFlight ? bySeq(state.inFlight).map(([key]) => key) : [],
    errorsByKey: state.errorsByKey,
    ...(shownError ? { lastError: shownError } : {}),
    ...(signed.length > 0
      ? {
          signatureNeeded: {
            providers,
            keys: signed.map(([key]) => key),
            ...(state.sigError ? { error: state.sigError } : {}),
          },
        }
      : {}),
    ...(state.lastSavedAt !== undefined ? { lastSavedAt: state.lastSavedAt } : {}),
    ...(state.offline ? { offline: true } : {}),
  };
}

function statusOf(state: QueueState, entries: QueueEntry[], signatureWaiting: boolean): AutosaveStatus {
  if (state.inFlight || state.retrying) return 'saving';
  if (state.blocking) return 'error';
  if (entries.some((entry) => isSendable(entry, state.codes))) return 'pending';
  if (signatureWaiting) return 'signature_required';
  if (entries.some((entry) => entry.held)) return 'error';
  return state.lastSavedAt === undefined ? 'idle' : 'saved';
}

/** The non-empty (trimmed) codes among `providers`, or undefined when there is none. */
export function pickCodes(
  codes: SignCodes | null | undefined,
  providers: readonly SignProvider[],
): SignCodes | undefined {
  const picked: SignCodes = {};
  for (const provider of providers) {
    const code = codes?.[provider];
    const trimmed = typeof code === 'string' ? code.trim() : '';
    if (trimmed !== '') picked[provider] = trimmed;
  }
  return Object.keys(picked).length > 0 ? picked : undefined;
}

/** The error as a `KycError`; anything else (a bug, a raw fetch failure) counts as a network failure. */
export function toKycError(error: unknown): KycError {
  if (isKycError(error)) return error;
  const message = error instanceof Error ? error.message : 'The answers could not be saved.';
  return new KycTransportError('network', message, 'PATCH /v1/kyc/{uuid}/', undefined, { cause: error });
}
