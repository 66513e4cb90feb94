/** The other way of the liveness check on the same step (see `core/livenessPair.ts`), from the cached application. */
import { useQuery } from '@tanstack/react-query';
import { livenessPartner } from '../../core/livenessPair';
import type { Question } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { applicationQuery } from '../queries';

/**
 * Reads the application the flow already holds (never fetches it) and returns the liveness question
 * paired with `key` on its step, or null.
 *
 * @example
 * const link = useLivenessPartner(applicationUuid, 'sumsub_liveness_check_token'); // the URL question, or null
 */
export function useLivenessPartner(applicationUuid: string, key: string): Question | null {
  const { client } = useKyc();
  const { data } = useQuery({ ...applicationQuery(client, applicationUuid), enabled: false });
  return livenessPartner(data, key);
}
