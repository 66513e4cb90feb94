/**
 * The answer-saving engine of one application: debounced, coalesced by key, one save at a time, retried
 * with backoff, and never dropping a typed value. See `autosaveTypes.ts` for the public types.
 */
import { backoffDelay } from './backoff';
import type { KycError } from './errors';
import { isTransientError, KycSignatureRequiredError, KycValidationError } from './errors';
import type { AttributeChange } from './schemas';
import { SIGN_PROVIDERS } from './schemas';
import type { AutosaveOptions, AutosaveQueue, SignCodes } from './autosaveTypes';
import type { Flight, QueueEntry as Entry } from './autosaveState';
import { buildSnapshot, isSendable, nextBatch, pickCodes, signedEntries, toKycError } from './autosaveState';
import { holdRefused, refusedKeys, requireProviders, withoutRefusal } from './autosaveRefusals';
import { createDebounce, createRetryTimer } from './autosaveTimers';
import { callSafely, createWaiters } from './autosaveNotify';

export type * from './autosaveTypes';

const MAX_RESENDS = 5;

/**
 * Creates the autosave queue of one application.
 *
 * @example
 * const queue = createAutosaveQueue({
 *   save: (changes, { signCodes, signal }) => client.updateApplication(id, changes, { signCodes, signal }),
 * });
 * queue.set('first_name', 'Ada');
 * queue.set('phone', '+4915112345678', { signProviders: ['sms'] }); // waits for queue.sign({ sms: '111111' })
 */
export function createAutosaveQueue(options: AutosaveOptions): AutosaveQueue {
  const { save, debounceMs = 600, maxWaitMs = 3000, now = Date.now, random = Math.random, onSaved } = options;
  const retryAttempts = options.retry?.attempts ?? 4;
  const backoff = { baseMs: options.retry?.baseDelayMs ?? 1000, maxMs: options.retry?.maxDelayMs ?? 30_000, random };

  const pending = new Map<string, Entry>();
  let flight: Flight | null = null;
  let seq = 0;
  /** The debounce ran out (or a partial failure left innocent changes) while a save could not start. */
  let due = false;
  let attempt = 0;
  /** Immediate resends after partial refusals since the last success; bounded against a looping server. */
  let resends = 0;
  /** Set when automatic saving stopped; cleared by retry(), flush(), sign() or a new change. */
  let blocking: KycError | undefined;
  let lastError: KycError | undefined;
  let sigError: KycSignatureRequiredError | undefined;
  let codes: SignCodes | null = null;
  let errorsByKey: Record<string, string[]> = {};
  let lastSavedAt: number | undefined;
  let disposed = false;
  /** The network is gone (`pause()`): no save starts and no timed retry waits until `resume()`. */
  let offline = false;
  const debounce = createDebounce({ debounceMs, maxWaitMs, now, onDue: saveDue });
  const retryTimer = createRetryTimer(pump);
  const waiters = createWaiters(settled);
  const listeners = new Set<() => void>();
  const sendable = (entry: Entry) => isSendable(entry, codes);
  const snapshotNow = () =>
    buildSnapshot({
      pending,
      inFlight: flight?.entries,
      codes,
      retrying: retryTimer.waiting,
      blocking,
      lastError,
      sigError,
      errorsByKey,
      lastSavedAt,
      offline,
    });
  let snapshot = snapshotNow();

  function emit() {
    snapshot = snapshotNow();
    for (const listener of [...listeners]) listener();
    waiters.settle();
  }

  /** Every change up to `target` is saved, replaced, refused, waiting for a signature or the network, or in `error`. */
  function settled(target: number): boolean {
    if (flight && [...flight.entries.values()].some((entry) => entry.seq <= target)) return false;
    const outstanding = [...pending.values()].some((entry) => entry.seq <= target && sendable(entry));
    return !outstanding || offline || (blocking !== undefined && !retryTimer.waiting);
  }

  function saveDue() {
    due = true;
    pump();
  }

  /** Starts the next save when one may start and something can be sent. */
  function pump() {
    if (flight || retryTimer.waiting || blocking || offline) return;
    const { entries: batch, codes: batchCodes } = nextBatch(pending, codes);
    due = false;
    if (batch.length === 0) return emit();
    debounce.cancel();
    for (const [key] of batch) pending.delete(key);
    const current: Flight = { entries: new Map(batch), controller: new AbortController(), codes: batchCodes };
    flight = current;
    emit();
    const changes: AttributeChange[] = batch.map(([key, entry]) => ({ key, value: entry.value }));
    const extra = { signal: current.controller.signal, ...(batchCodes ? { signCodes: batchCodes } : {}) };
    Promise.resolve()
      .then(() => save(changes, extra))
      .then(
        (result) => succeed(current, result, changes),
        (error: unknown) => fail(current, error),
      );
  }

  function succeed(current: Flight, result: unknown, changes: AttributeChange[]) {
    flight = null;
    attempt = resends = 0;
    lastError = undefined;
    lastSavedAt = now();
    if (current.codes) {
      codes = null;
      sigError = undefined;
    }
    afterSave();
    callSafely(() => onSaved?.(result, changes));
  }

  function fail(current: Flight, raw: unknown) {
    flight = null;
    for (const [key, entry] of current.entries) if (!pending.has(key)) pending.set(key, { ...entry, held: false });
    if (current.controller.signal.aborted) {
      afterSave();
      return;
    }
    const error = toKycError(raw);
    lastError = error;

    if (error instanceof KycSignatureRequiredError) {
      lastError = undefined;
      sigError = error;
      codes = null;
      // Without codes in the request the server cannot have refused a code: those changes need one.
      if (!current.codes || error.reason === 'missing') requireProviders(current, pending, error.providers);
      attempt = 0;
      resendNow(error);
    } else if (error instanceof KycValidationError && refusedKeys(current, error).length > 0) {
      errorsByKey = holdRefused(current, pending, error, errorsByKey);
      attempt = 0;
      resendNow(error);
    } else if (isTransientError(error) && offline) {
      // Lost with the network: the values wait for resume(), without a timed retry or "Not saved".
    } else if (isTransientError(error) && !disposed && attempt < retryAttempts) {
      const delay = backoffDelay(attempt, backoff);
      attempt += 1;
      retryTimer.start(delay);
    } else {
      blocking = error;
      attempt = 0;
    }
    afterSave();
  }

  /** The refused changes are set aside: send the others now, unless the server keeps refusing. */
  function resendNow(error: KycError) {
    if (++resends > MAX_RESENDS) blocking = error;
    else due = true;
  }

  function afterSave() {
    const hasSendable = [...pending.values()].some(sendable);
    if (hasSendable && !blocking && !retryTimer.waiting && (due || waiters.waiting)) pump();
    else emit();
  }

  function saveNow() {
    blocking = undefined;
    attempt = resends = 0;
    retryTimer.cancel();
    due = true;
    pump();
  }

  function waitFor(target: number): Promise<void> {
    const settledThen = waiters.add(target);
    saveNow();
    emit();
    return settledThen;
  }

  return {
    set(key, value, setOptions) {
      const providers = SIGN_PROVIDERS.filter((provider) => setOptions?.signProviders?.includes(provider));
      seq += 1;
      const entry: Entry = { value, seq, providers, held: false };
      pending.set(key, entry);
      errorsByKey = withoutRefusal(errorsByKey, key);
      blocking = undefined;
      if (sendable(entry) && !disposed) debounce.schedule();
      emit();
    },
    async sign(given) {
      const cleaned = pickCodes(given, SIGN_PROVIDERS);
      const awaiting = signedEntries(pending);
      if (awaiting.length === 0) return true;
      if (!cleaned) return false;
      codes = cleaned;
      sigError = undefined;
      await waitFor(seq);
      return awaiting.every(([key, entry]) => pending.get(key)?.seq !== entry.seq);
    },
    cancelSignature(keys) {
      for (const [key] of signedEntries(pending)) if (!keys || keys.includes(key)) pending.delete(key);
      if (signedEntries(pending).length === 0) sigError = undefined;
      emit();
    },
    flush: () => waitFor(seq),
    retry: saveNow,
    pause() {
      if (offline) return;
      offline = true;
      retryTimer.cancel();
      emit();
    },
    resume() {
      if (!offline) return;
      offline = false;
      if (disposed) emit();
      else saveNow();
    },
    hasUnsaved: () => pending.size > 0 || flight !== null,
    pendingValue(key) {
      const entry = pending.get(key) ?? flight?.entries.get(key);
      return entry ? { value: entry.value } : undefined;
    },
    signedChanges: () => signedEntries(pending).map(([key, entry]) => ({ key, value: entry.value })),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    dispose(disposeOptions) {
      disposed = true;
      // A retry that will no longer run leaves its failure standing, as if the retries were used up.
      if (retryTimer.waiting) blocking = lastError;
      debounce.cancel();
      retryTimer.cancel();
      due = false;
      if (disposeOptions?.abort) flight?.controller.abort();
      emit();
    },
  };
}
