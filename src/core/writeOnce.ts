/**
 * A write that must not be repeated blindly (create an application, send to review): when its answer is
 * lost (timeout, dropped connection, gateway error) the server is read to learn what happened. If it went
 * through, that is the answer; if it certainly did not, it is sent again after a backoff, like a read
 * (3 tries in all); if the read fails too, the write's own failure stands.
 */
import { sleep } from './abortable';
import { backoffDelay } from './backoff';
import { KycTransportError } from './errors';

/** What the server says after a lost answer: the write's result, `not_done`, or undefined (unknown). */
export type LostWriteCheck<T> = () => Promise<T | 'not_done' | undefined>;

export async function writeOnce<T>(write: () => Promise<T>, check: LostWriteCheck<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof KycTransportError) || !error.outcomeUnknown) throw error;
      const found = await check().catch(() => undefined);
      if (found === undefined || (found === 'not_done' && attempt >= attempts)) throw error;
      if (found !== 'not_done') return found;
      await sleep(backoffDelay(attempt - 1, { baseMs: 300, maxMs: 2000 }));
    }
  }
}
