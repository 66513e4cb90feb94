/**
 * The loader behind `parameters.sandbox`: starts the in-tab sandbox, applies the story's faults and
 * seeds its scenario, and hands the ids to the story as `loaded.kyc`.
 *
 * @example
 * export const Pending: Story = { parameters: { sandbox: { scenario: 'pending' } } };
 * // render: (args, { loaded }) => <KycFlow {...kycProps(loaded)} />
 */
import type { FaultConfig, ScenarioName, SeededScenario } from '../../src/sandbox';
import { loadMessages } from '../../src';
import { API_BASE_URL, SUMSUB_BASE_URL, sandbox, startSandboxWorker } from './sandboxWorker';

export interface SandboxParameters {
  /** The scenario seeded before the story renders. Default `draft`. */
  scenario?: ScenarioName;
  /** Faults for this story (cleared for stories without). */
  faults?: FaultConfig;
  /** Legal documents (by key) of which the seeded legal entity publishes a newer version after seeding. */
  publishLegalDocuments?: string[];
}

export interface LoadedKyc extends SeededScenario {
  apiBaseUrl: string;
  sumsubBaseUrl: string;
  /** The application's uuid, or '' for scenarios without one. */
  application: string;
}

export async function sandboxLoader(context: {
  parameters: { sandbox?: SandboxParameters };
}): Promise<{ kyc: LoadedKyc }> {
  // The widget's words are chunks of their own: have every built-in language there before a story renders,
  // as a partner's page would with loadMessages, so play functions meet text, not an empty provider.
  await Promise.all([startSandboxWorker(), ...['en', 'de', 'fr', 'ar'].map((locale) => loadMessages(locale))]);
  const { scenario = 'draft', faults, publishLegalDocuments = [] } = context.parameters.sandbox ?? {};
  sandbox.setFaults(faults);
  const seeded = sandbox.seed(scenario);
  // Per legal entity: a fresh one is seeded for every story, so other stories keep the first versions.
  for (const key of publishLegalDocuments) sandbox.publishLegalDocumentVersion(seeded.legalEntityUuid, key);
  return {
    kyc: {
      ...seeded,
      application: seeded.applicationUuid ?? '',
      apiBaseUrl: API_BASE_URL,
      sumsubBaseUrl: SUMSUB_BASE_URL,
    },
  };
}

/** Reads the loader's result inside a story's render. */
export function loadedKyc(loaded: Record<string, unknown>): LoadedKyc {
  const kyc = loaded['kyc'];
  if (!kyc || typeof kyc !== 'object')
    throw new Error('The story has no sandbox: is the sandbox loader in .storybook/preview?');
  return kyc as LoadedKyc;
}

/** The props `<KycFlow>` / `<KycProvider>` need to talk to the in-tab sandbox. */
export function kycProps(loaded: Record<string, unknown>) {
  const kyc = loadedKyc(loaded);
  return {
    apiBaseUrl: kyc.apiBaseUrl,
    legalEntityUuid: kyc.legalEntityUuid,
    clientUuid: kyc.clientUuid,
    sumsub: { baseUrl: kyc.sumsubBaseUrl },
  };
}
