/**
 * The submission controller's set-up for node tests: the real client, the real autosave queue and the
 * sandbox engine's Request/Response handler as `fetch` (a dropped connection rejects, as fetch does).
 */
import { createSandbox, TERMS_DOCUMENT_UUID } from '../../src/sandbox';
import { createAutosaveQueue } from '../../src/core/autosaveQueue';
import { createKycClient, type KycClient } from '../../src/core/client';
import type { Application, SignProvider } from '../../src/core/schemas';
import { createSubmissionController, type Signing, type SubmissionController } from '../../src/core/submission';

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
  const client = clientOf(sandbox.seed('new'));
  const info = await client.getLevelInfo();
  const basic = info.available_levels_for_upgrade.find((level) => /basic/i.test(level.name));
  if (!basic) throw new Error('the sandbox offers no Basic level');
  return { client, application: await client.createApplication(basic.uuid) };
}

/**
 * A complete Full application the reviewer sent back for corrections (`pending`): sending it again needs
 * the review's own SMS code; its phone (sms), e-mail (email) and terms (sms) are signed answers.
 */
export async function pendingFullApplication(): Promise<{ client: KycClient; application: Application }> {
  const ids = sandbox.seed('pending');
  const client = clientOf(ids);
  return { client, application: await client.getApplication(ids.applicationUuid ?? '') };
}

function clientOf({ legalEntityUuid, clientUuid }: { legalEntityUuid: string; clientUuid: string }): KycClient {
  return createKycClient({
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
}

export interface SetUpOptions {
  reread?: boolean;
  now?: () => number;
  beforeSend?: () => Promise<boolean>;
}

export function setUp(
  client: KycClient,
  first: Application,
  { reread = true, now = Date.now, beforeSend }: SetUpOptions = {},
) {
  let current = first;
  const onScreen = new Map<string, unknown>();
  const sent: Application[] = [];
  /** Every code requested, as `provider destination?`, in order. */
  const codesRequested: string[] = [];
  const codeCalls: Promise<unknown>[] = [];
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
    sendCode: ({ provider, destination }) => {
      codesRequested.push(destination ? `${provider} ${destination}` : provider);
      const request = client.sendVerificationCode({ applicationUuid: first.uuid, provider, destination });
      codeCalls.push(request);
      return request;
    },
    readApplication: reread ? () => client.getApplication(current.uuid, { emptyVolatileFields: true }) : undefined,
    onSent: (application) => sent.push(application),
    beforeSend,
    now,
  });
  function type(key: string, value: unknown, providers: readonly SignProvider[] = []) {
    onScreen.set(key, value);
    queue.set(key, value, providers.length ? { signProviders: providers } : undefined);
  }
  /** Resolves once every code of the open round has been sent (or failed to be): what the prompt shows. */
  function delivered(): Promise<Signing> {
    return new Promise((resolve) => {
      const unsubscribe = controller.subscribe(check);
      check();
      function check() {
        const signing = controller.getSnapshot().signing;
        const done = signing?.requests.every(({ provider }) => signing.deliveries[provider]?.phase !== 'sending');
        if (!signing || !done) return;
        unsubscribe();
        resolve(signing);
      }
    });
  }
  /** Resolves once every code request made so far has been answered. */
  const codesAnswered = () => Promise.allSettled(codeCalls).then(() => undefined);
  return { queue, controller, type, delivered, codesAnswered, codesRequested, sent, uuid: first.uuid };
}
