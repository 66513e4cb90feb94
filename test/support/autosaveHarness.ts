/**
 * Test support for the autosave queue: fake save functions that record calls and the values a server
 * would hold. Shared by the queue's test files (it lives outside src/ so the build never emits it).
 */
import type { AutosaveOptions, SignCodes } from '../../src/core/autosaveQueue';
import type { AttributeChange } from '../../src/core/schemas';

export const ENDPOINT = 'PATCH /v1/kyc/{uuid}/';

interface Call {
  changes: AttributeChange[];
  signCodes: SignCodes | undefined;
  signal: AbortSignal;
  resolve: (value?: unknown) => void;
  reject: (error: unknown) => void;
}

/** A save function whose calls stay open until the test settles them, plus a record of the server's values. */
export function fakeServer() {
  const calls: Call[] = [];
  const stored: Record<string, unknown> = {};
  let open = 0;
  let maxOpen = 0;
  const save: AutosaveOptions['save'] = (changes, extra) =>
    new Promise((resolve, reject) => {
      open += 1;
      maxOpen = Math.max(maxOpen, open);
      calls.push({
        changes,
        signCodes: extra.signCodes,
        signal: extra.signal,
        resolve: (value) => {
          open -= 1;
          for (const change of changes) stored[change.key] = change.value;
          resolve(value);
        },
        reject: (error) => {
          open -= 1;
          reject(error);
        },
      });
    });
  return { save, calls, stored, maxOpen: () => maxOpen };
}

/** A save function that answers at once (after `delayMs` if given) by running `answer`. */
export function autoServer(
  answer: (changes: AttributeChange[], signCodes: SignCodes | undefined) => void = () => {},
  delayMs = 0,
) {
  const calls: { changes: AttributeChange[]; signCodes: SignCodes | undefined }[] = [];
  const stored: Record<string, unknown> = {};
  const save: AutosaveOptions['save'] = async (changes, extra) => {
    calls.push({ changes, signCodes: extra.signCodes });
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    answer(changes, extra.signCodes);
    for (const change of changes) stored[change.key] = change.value;
    return { ok: true };
  };
  return { save, calls, stored };
}
