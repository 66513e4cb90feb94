/**
 * The control API under `/__sandbox/`, used by the HTTP mount, browser tests and the SumSub stand-in page.
 * Never subject to fault injection.
 */
import type { ControlName, RouteInput } from '../router';
import type { Sandbox } from '../types';
import { ROUTE_NAMES } from '../router';
import { INVALID_UUID, REQUIRED, isUuid, json, noContent, notFound, readJson, readObject } from '../drf';
import { parseFaultConfig } from '../faults';
import { isScenarioName } from '../scenarios';

export async function handleControl(
  sandbox: Sandbox,
  name: ControlName,
  { request, params }: RouteInput,
): Promise<Response> {
  const token = params.token ?? '';
  switch (name) {
    case 'seedScenario':
      return seedScenario(sandbox, request, params.name ?? '');
    case 'setFaults': {
      const body = await readJson(request);
      if (!body.ok) return body.response;
      const parsed = parseFaultConfig(body.body, ROUTE_NAMES);
      if (!parsed.ok) return json(400, parsed.errors);
      sandbox.setFaults(parsed.config);
      return noContent();
    }
    case 'inspectApplication': {
      const snapshot = sandbox.inspect(params.uuid ?? '');
      return snapshot ? json(200, snapshot) : notFound();
    }
    case 'checkToken':
      return json(200, sandbox.checkLivenessToken(token));
    case 'completeLiveness':
      return sandbox.completeLiveness(token) ? noContent() : notFound();
    case 'expireToken':
      return sandbox.expireLivenessToken(token) ? noContent() : notFound();
    case 'publishLegalDocument':
      return publishLegalDocument(sandbox, request, params.key ?? '');
  }
}

/** `POST /__sandbox/legal-documents/{key}/publish` with `{ legal_entity_uuid }`: 201 and the new version. */
async function publishLegalDocument(sandbox: Sandbox, request: Request, key: string): Promise<Response> {
  const body = await readObject(request);
  if (!body.ok) return body.response;
  const legalEntity = body.body['legal_entity_uuid'];
  if (legalEntity === undefined || legalEntity === null || legalEntity === '') {
    return json(400, { legal_entity_uuid: [REQUIRED] });
  }
  if (!isUuid(legalEntity)) return json(400, { legal_entity_uuid: [INVALID_UUID] });
  const document = sandbox.publishLegalDocumentVersion(legalEntity, key);
  return document ? json(201, document) : notFound();
}

async function seedScenario(sandbox: Sandbox, request: Request, name: string): Promise<Response> {
  if (!isScenarioName(name)) return notFound();
  const body = await readObject(request, { optional: true });
  if (!body.ok) return body.response;
  const ids: { legalEntityUuid?: string; clientUuid?: string } = {};
  const errors: Record<string, string[]> = {};
  for (const [field, target] of [
    ['legal_entity_uuid', 'legalEntityUuid'],
    ['client_uuid', 'clientUuid'],
  ] as const) {
    const value = body.body[field];
    if (value === undefined || value === null) continue;
    if (isUuid(value)) ids[target] = value;
    else errors[field] = ['Must be a valid UUID.'];
  }
  if (Object.keys(errors).length > 0) return json(400, errors);
  const seeded = sandbox.seed(name, ids);
  return json(201, {
    legal_entity_uuid: seeded.legalEntityUuid,
    client_uuid: seeded.clientUuid,
    application_uuid: seeded.applicationUuid,
  });
}
