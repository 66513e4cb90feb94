/** Debian's Chromium through playwright-core (no browser download). */
import { chromium, type Browser } from 'playwright-core';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

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
