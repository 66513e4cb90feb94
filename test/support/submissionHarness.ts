/**
 * The submission controller's set-up for node tests: the real client, the real autosave queue and the
 * sandbox engine's Request/Response handler as `fetch` (a dropped connection rejects, as fetch does).
 */
import { createSandbox, TERMS_DOCUMENT_UUID } from '../../src/sandbox';
import { createAutosaveQueue } from '../../src/core/autosaveQueue';
import { createKycClient, type KycClient } from '../../src/core/client';
import type { Application } from '../../src/core/schemas';
import { createSubmissionController, type SubmissionController } from '../../src/core/submission';

const BASE = 'https://partner.example/kyc';
export const sandbox = createSandbox({ seed: 7 });

export const BASIC_ANSWERS: Record<string, unknown> = {
  first_name: 'Ada',
  last_name: 'Lovelace',
  birth_date: '1990-12-10',
  citizenship: 'GB',
  terms_and_conditions: TERMS_DOCUMENT_UUID,
};

export async function basicApplication(): Promise<{ client: KycClient; application: Application }> {
  const { legalEntityUuid, clientUuid } = sandbox.seed('new');
  const client = createKycClient({
    baseUrl: BASE,
    legalEntityUuid,
    clientUuid,
    // As fetch does: a dropped connection (Response.error()) rejects.
    fetch: (input, init) =>
      sandbox.handle(new Request(input, init)).then((response) => {
        if (response.type === 'error') throw new TypeError('Failed to fetch');
        return response;
      }),
    retry: false,
  });
  const info = await client.getLevelInfo();
  const basic = info.available_levels_for_upgrade.find((level) => /basic/i.test(level.name));
  if (!basic) throw new Error('the sandbox offers no Basic level');
  return { client, application: await client.createApplication(basic.uuid) };
}

export function setUp(client: KycClient, first: Application, { reread = true } = {}) {
  let current = first;
  const onScreen = new Map<string, unknown>();
  const sent: Application[] = [];
  const queue = createAutosaveQueue({
    debounceMs: 1,
    save: async (changes, { signCodes, signal }) => {
      current = await client.updateApplication(current.uuid, changes, signCodes, { signal });
      return current;
    },
  });
  const controller: SubmissionController = createSubmissionController({
    queue,
    getApplication: () => current,
    getOverrides: () => onScreen,
    sendToReview: (codes) => client.sendToReview(current.uuid, codes),
    readApplication: reread ? () => client.getApplication(current.uuid, { emptyVolatileFields: true }) : undefined,
    onSent: (application) => sent.push(application),
  });
  function type(key: string, value: unknown, signed = false) {
    onScreen.set(key, value);
    queue.set(key, value, signed ? { signProviders: ['sms'] } : undefined);
  }
  /** What the dialog's "Send code" does: the sandbox accepts its code only once one was sent. */
  async function sendCode() {
    const request = controller.getSnapshot().signing?.requests[0];
    await client.sendVerificationCode({
      applicationUuid: first.uuid,
      provider: 'sms',
      destination: request?.destination,
    });
  }
  return { queue, controller, type, sendCode, sent, uuid: first.uuid };
}
