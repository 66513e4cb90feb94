/**
 * What a refused save does to the changes it carried that were not changed since: after a signature
 * refusal they wait for the providers the server named; after a validation refusal the refused ones are
 * held, with the server's messages, until the client changes them. Internal to `autosaveQueue.ts`.
 */
import type { KycValidationError } from './errors';
import { SIGN_PROVIDERS, type SignProvider } from './schemas';
import type { Flight, QueueEntry } from './autosaveState';

/** The pending entries that are still the ones the save carried (not changed again since). */
function unchangedSince(sent: Flight, pending: ReadonlyMap<string, QueueEntry>): [string, QueueEntry][] {
  return [...sent.entries].flatMap(([key, entry]) => {
    const held = pending.get(key);
    return held && held.seq === entry.seq ? [[key, held] as [string, QueueEntry]] : [];
  });
}

/** Those changes now also need the codes of `providers`. */
export function requireProviders(
  sent: Flight,
  pending: ReadonlyMap<string, QueueEntry>,
  providers: readonly SignProvider[],
): void {
  for (const [, held] of unchangedSince(sent, pending)) {
    held.providers = SIGN_PROVIDERS.filter((p) => held.providers.includes(p) || providers.includes(p));
  }
}

/** The keys of the save that the server refused. */
export function refusedKeys(sent: Flight, error: KycValidationError): string[] {
  return [...sent.entries.keys()].filter((key) => (error.attributeErrors[key]?.length ?? 0) > 0);
}

/** Holds the refused changes; returns the messages by key with theirs added. */
export function holdRefused(
  sent: Flight,
  pending: ReadonlyMap<string, QueueEntry>,
  error: KycValidationError,
  errorsByKey: Readonly<Record<string, string[]>>,
): Record<string, string[]> {
  const refused = new Set(refusedKeys(sent, error));
  const next = { ...errorsByKey };
  for (const [key, held] of unchangedSince(sent, pending)) {
    if (!refused.has(key)) continue;
    held.held = true;
    next[key] = [...(error.attributeErrors[key] ?? [])];
  }
  return next;
}

/** The messages by key without `key`'s (the client changed that value); the same object when it had none. */
export function withoutRefusal(errorsByKey: Record<string, string[]>, key: string): Record<string, string[]> {
  if (!Object.hasOwn(errorsByKey, key)) return errorsByKey;
  const { [key]: _dropped, ...rest } = errorsByKey;
  return rest;
}
