/**
 * The status partners read in callbacks and events: one of the contract's five, or `unknown` for
 * anything else the API may send (a new status, a typo). The raw value travels beside it as
 * `rawStatus`, so nothing is lost and `switch (status)` can be exhaustive.
 */
import { normalisedStatus } from './flow';

/** The statuses of the API contract, in the order an application passes them. */
const KNOWN_STATUSES = ['draft', 'in_review', 'pending', 'approved', 'rejected'] as const;

/**
 * An application's status as the widget reports it: `draft` (being filled), `in_review` (sent, waiting
 * for a decision), `pending` (the reviewer asks for corrections), `approved`, `rejected` (final), or
 * `unknown` (a value outside the contract; see `rawStatus`).
 */
export type KycStatus = (typeof KNOWN_STATUSES)[number] | 'unknown';

/** The reported status of a raw API value, compared trimmed and lower-cased (`' In_Review '` → `in_review`). */
export function statusOf(raw: unknown): KycStatus {
  const normalised = normalisedStatus(raw);
  return (KNOWN_STATUSES as readonly string[]).includes(normalised) ? (normalised as KycStatus) : 'unknown';
}
