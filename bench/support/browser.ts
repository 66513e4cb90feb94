/** Debian's Chromium through playwright-core (no browser download): the one launcher every test uses. */
export { launchChromium } from '../../test/support/chromium';

/** Seeds a sandbox scenario through its control route. */
export async function seed(
  apiUrl: string,
  scenario: string,
): Promise<{ legalEntityUuid: string; clientUuid: string; applicationUuid: string | null }> {
  const response = await fetch(`${apiUrl}/__sandbox/scenarios/${scenario}`, { method: 'POST' });
  if (!response.ok) throw new Error(`Seeding ${scenario} failed: ${response.status}`);
  const ids = (await response.json()) as {
    legal_entity_uuid: string;
    client_uuid: string;
    application_uuid: string | null;
  };
  return { legalEntityUuid: ids.legal_entity_uuid, clientUuid: ids.client_uuid, applicationUuid: ids.application_uuid };
}
