/**
 * Query-option factories beside their keys. Keys start with the client's identity so two widgets
 * for different clients never share cached data.
 */
import { queryOptions } from '@tanstack/react-query';
import type { KycClient } from '../core/client';

/**
 * The API base and whichever ids the widget holds (null for one it leaves to the partner's proxy, which
 * then names the client from its own session: widgets on the same base share one client).
 */
const scope = (client: KycClient) =>
  ['kyc', client.options.baseUrl, client.options.legalEntityUuid ?? null, client.options.clientUuid ?? null] as const;

export const kycKeys = {
  all: scope,
  levelInfo: (client: KycClient) => [...scope(client), 'level-info'] as const,
  application: (client: KycClient, uuid: string) => [...scope(client), 'application', uuid] as const,
  definitions: (client: KycClient, key: string) => ['kyc', client.options.baseUrl, 'definitions', key] as const,
  legalDocument: (client: KycClient, key: string, clientType: string) =>
    ['kyc', client.options.baseUrl, 'legal-document', clientType, key] as const,
};

export function levelInfoQuery(client: KycClient) {
  return queryOptions({
    queryKey: kycKeys.levelInfo(client),
    queryFn: ({ signal }) => client.getLevelInfo({ signal }),
  });
}

/** The application, read with volatile fields empty so reading never mints a liveness token. */
export function applicationQuery(client: KycClient, uuid: string) {
  return queryOptions({
    queryKey: kycKeys.application(client, uuid),
    queryFn: ({ signal }) => client.getApplication(uuid, { emptyVolatileFields: true, signal }),
  });
}

/** Reference options rarely change: cached for the session. */
export function definitionsQuery(client: KycClient, key: string) {
  return queryOptions({
    queryKey: kycKeys.definitions(client, key),
    queryFn: ({ signal }) => client.getDefinitions(key, { signal }),
    staleTime: Infinity,
    gcTime: 60 * 60 * 1000,
  });
}

export function legalDocumentQuery(client: KycClient, key: string, clientType: string) {
  return queryOptions({
    queryKey: kycKeys.legalDocument(client, key, clientType),
    queryFn: ({ signal }) => client.getLegalDocument(key, { signal }),
    staleTime: Infinity,
  });
}
