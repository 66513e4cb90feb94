/**
 * `Retry-After` of a 429 or 503 answer: either whole seconds (`120`) or an HTTP date
 * (`Wed, 21 Oct 2015 07:28:00 GMT`), as RFC 9110 §10.2.3 allows.
 */

/**
 * The wait the header asks for, in ms (0 for a date in the past), or undefined when there is no header
 * or it is neither form.
 *
 * @example parseRetryAfter('3') // 3000
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only the IMF-fixdate form servers must send (and the obsolete forms Date.parse reads); never bare numbers.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
