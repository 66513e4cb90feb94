/**
 * Public types of the autosave queue (`createAutosaveQueue`).
 */
import type { KycError, KycSignatureRequiredError } from './errors';
import type { AttributeChange, SignProvider } from './schemas';

/** Signature codes typed by the client, sent as `sms_sign_code` / `email_sign_code`. */
export interface SignCodes {
  sms?: string;
  email?: string;
}

/**
 * - `idle`: nothing typed yet; `saved`: everything typed is saved (see `lastSavedAt`).
 * - `pending`: changes wait for the debounce (or for the save in flight to finish).
 * - `saving`: a save is in flight, or a failed save waits for its automatic retry (`lastError` is set then).
 * - `error`: saving stopped (retries used up, or an error that retrying cannot fix): call `retry()`;
 *   also when the only unsaved values are ones the server refused (`errorsByKey`).
 * - `signature_required`: the only unsaved changes need a signature code (`signatureNeeded`).
 */
export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'signature_required';

/** The signed changes waiting for codes. */
interface SignatureNeeded {
  /** Providers whose codes `sign()` needs, `sms` first. */
  providers: SignProvider[];
  /** Keys of the changes waiting for the signature. */
  keys: string[];
  /** The server's refusal of the last code(s) sent, if any, so the UI can ask again. */
  error?: KycSignatureRequiredError;
}

/** Immutable; a new object is made on every change (fits React's `useSyncExternalStore`). */
export interface AutosaveSnapshot {
  status: AutosaveStatus;
  /** Keys with a value not saved yet and not in flight (held and signed ones included). */
  pendingKeys: readonly string[];
  /** Keys in the save in flight. */
  savingKeys: readonly string[];
  /** The server's messages for values it refused; cleared when the key is changed or saved. */
  errorsByKey: Readonly<Record<string, readonly string[]>>;
  /** The last failure; cleared by the next successful save. */
  lastError?: KycError;
  signatureNeeded?: SignatureNeeded;
  /** When the last save succeeded (`now()` time). */
  lastSavedAt?: number;
  /**
   * Set while the network is gone (between `pause()` and `resume()`): unsaved values wait (status
   * `pending`), no save starts, and a save lost with the network is not an `error`.
   */
  offline?: true;
}

/** Options of `createAutosaveQueue`. */
export interface AutosaveOptions {
  /**
   * Saves one batch (usually `PATCH /v1/kyc/{uuid}/`). Rejects with a `KycError`; other rejections are
   * treated as network failures. Called with at most one batch at a time.
   */
  save: (changes: AttributeChange[], extra: { signCodes?: SignCodes; signal: AbortSignal }) => Promise<unknown>;
  /** Quiet time after the last change before saving, in ms. Default 600. */
  debounceMs?: number;
  /** Longest wait from the first unsaved change, so a client typing non-stop is still saved. Default 3000. */
  maxWaitMs?: number;
  /** Automatic retries of transient failures (network, timeout, 5xx). Defaults: 4 attempts, 1 s, 30 s. */
  retry?: { attempts?: number; baseDelayMs?: number; maxDelayMs?: number };
  /** Clock for debouncing and `lastSavedAt`. Default `Date.now`. */
  now?: () => number;
  /** Random source for the retry jitter. Default `Math.random`. */
  random?: () => number;
  /** Called with the save's result after each successful save (for example to update a query cache). */
  onSaved?: (result: unknown, changes: AttributeChange[]) => void;
}

/** What `createAutosaveQueue` returns. */
export interface AutosaveQueue {
  /**
   * Records a new value. With `signProviders` (non-empty), the change waits for `sign()` and is never
   * sent with unsigned changes.
   */
  set(key: string, value: unknown, options?: { signProviders?: readonly SignProvider[] }): void;
  /**
   * Sends the signed changes the codes cover, together with pending unsigned ones, in one save. Resolves
   * true when they are saved; false when they are not (wrong code: see `signatureNeeded.error`; other
   * failure: see `lastError`). Resolves true at once when no change waits for a signature.
   */
  sign(codes: SignCodes): Promise<boolean>;
  /** Drops signed changes waiting for a signature (all, or only `keys`): the explicit way to discard them. */
  cancelSignature(keys?: readonly string[]): void;
  /** Saves now; resolves when every change made before the call is saved or has failed. */
  flush(): Promise<void>;
  /** Leaves the `error` state and saves now. Values the server refused stay held until changed. */
  retry(): void;
  /**
   * The network is gone (the browser's `offline` event): no save starts and a waiting retry is
   * cancelled; every value is kept, new ones too. A save in flight that fails for the network waits for
   * `resume()` (no retry, no `error`); `flush()` resolves with the values still unsaved.
   */
  pause(): void;
  /**
   * The network is back: saves everything unsaved now (as `retry()` does). If that fails, the usual
   * automatic retries follow, then `error`. Does nothing unless paused; a disposed queue saves nothing.
   */
  resume(): void;
  /** Whether any value is not saved yet (pending, in flight, refused or waiting for a signature). */
  hasUnsaved(): boolean;
  /** The newest unsaved value of `key`, boxed (so a cleared `null` is told apart from "none"). */
  pendingValue(key: string): { value: unknown } | undefined;
  /** The changes waiting for a signature, oldest first (for `planSignature`). */
  signedChanges(): AttributeChange[];
  subscribe(listener: () => void): () => void;
  getSnapshot(): AutosaveSnapshot;
  /**
   * Stops timers: nothing is saved automatically any more, but no value is dropped (`hasUnsaved()` still
   * tells) and `flush()`, `retry()`, `sign()` still work. A save in flight finishes unless `abort` is set.
   */
  dispose(options?: { abort?: boolean }): void;
}
