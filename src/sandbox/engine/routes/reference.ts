/** `GET /v1/attributes/{key}/definitions/` and `GET /v1/legal_documents/`. */
import type { RouteHandler } from '../router';
import { definitionsFor } from '../definitions';
import { INVALID_UUID, REQUIRED, isUuid, json, notFound } from '../drf';
import { currentLegalDocuments } from '../legalDocuments';
import { requestLanguage } from '../language';
import { paginate } from '../pagination';

export const getDefinitions: RouteHandler = ({ request, url, params }) => {
  const definitions = definitionsFor(params.key ?? '', requestLanguage(request.headers.get('accept-language')));
  if (!definitions) return notFound();
  return paginate(url, definitions);
};

/** The legal entity's current legal documents, filtered by `key`. Needs `legal_entity_uuid`; `client_uuid` is not required. */
export const getLegalDocuments: RouteHandler = ({ ctx, url }) => {
  const legalEntity = url.searchParams.get('legal_entity_uuid');
  if (legalEntity === null || legalEntity === '') return json(400, { legal_entity_uuid: [REQUIRED] });
  if (!isUuid(legalEntity)) return json(400, { legal_entity_uuid: [INVALID_UUID] });
  const clientType = url.searchParams.get('client_type');
  if (clientType !== null && clientType !== '' && !['individual', 'legal_entity'].includes(clientType)) {
    return json(400, { client_type: [`"${clientType}" is not a valid choice.`] });
  }
  const key = url.searchParams.get('key');
  const current = currentLegalDocuments(ctx, legalEntity);
  const documents = key === null || key === '' ? current : current.filter((document) => document.key === key);
  return paginate(url, documents);
};
