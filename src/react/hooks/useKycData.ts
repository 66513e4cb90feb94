/**
 * Hooks for partners who build their own layout inside `<KycProvider>`: the client's level info and
 * an application, from the same cache `<KycFlow>` uses. No `QueryClientProvider` is needed: the
 * provider brings a react-query client of its own unless the partner passes or provides one.
 *
 * @example
 * <KycProvider apiBaseUrl="/kyc" legalEntityUuid={le} clientUuid={client}>
 *   <MyLayout />
 * </KycProvider>
 *
 * function MyLayout() {
 *   const { data: info } = useLevelInfo();
 *   const { data: application } = useApplication(info?.last_kyc_application_uuid);
 *   return <p>{application ? `Status: ${application.status}` : 'Loading…'}</p>;
 * }
 */
import { useQuery } from '@tanstack/react-query';
import { useKyc } from '../context/KycContext';
import { applicationQuery, levelInfoQuery } from '../queries';

/** The client's current level, the levels on offer and the last application. */
export function useLevelInfo() {
  const { client } = useKyc();
  return useQuery(levelInfoQuery(client));
}

/** One application (read with volatile fields empty); idle while `uuid` is null or undefined. */
export function useApplication(uuid: string | null | undefined) {
  const { client } = useKyc();
  return useQuery({ ...applicationQuery(client, uuid ?? ''), enabled: Boolean(uuid) });
}
