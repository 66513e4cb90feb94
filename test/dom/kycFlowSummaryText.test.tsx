/**
 * The summary shows answers as they were written, in any screen direction: through the real network layer
 * (the MSW sandbox's `pending` application), an Arabic summary keeps the phone number and the e-mail
 * address in left-to-right isolates (so "+4915112345678" never reads "4915112345678+"), lets free text
 * take the direction of its first letter ("10115 Berlin" stays as written) and keeps a two-line address on
 * two lines.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KycFlow } from '../../src';
import { ar } from '../../src/react/i18n/ar';
import { en } from '../../src/react/i18n/en';
import type { Messages } from '../../src/react/i18n/en';
import { API_BASE_URL, setupSandboxServer } from '../support/sandboxServer';

const { sandbox } = setupSandboxServer();

/** The `pending` application (phone, e-mail and a two-line address stored) opened on its summary. */
async function openSummary(locale: string, messages: Messages): Promise<HTMLElement> {
  const ids = sandbox.seed('pending');
  const user = userEvent.setup();
  render(
    <KycFlow
      apiBaseUrl={API_BASE_URL}
      legalEntityUuid={ids.legalEntityUuid}
      clientUuid={ids.clientUuid}
      locale={locale}
    />,
  );
  await user.click(await screen.findByRole('button', { name: messages['status.pending.fix'] }));
  const onward = new RegExp(`^(${messages['steps.next']}|${messages['steps.review']})$`);
  for (let step = 0; step < 10 && !screen.queryByRole('region', { name: messages['summary.title'] }); step++) {
    await user.click(await screen.findByRole('button', { name: onward }));
  }
  return screen.getByRole('region', { name: messages['summary.title'] });
}

/** The answer of `key` in the summary. */
function answerOf(summary: HTMLElement, key: string): HTMLElement {
  const row = summary.querySelector<HTMLElement>(`.kyc-summary__row[data-key="${key}"]`);
  if (!row) throw new Error(`no summary row for ${key}`);
  return within(row).getByRole('definition');
}

/**
 * The text of `element` as it is laid out without extra CSS: each <br> is a line break ("\n"), and white
 * space in text, a newline included, collapses to one space.
 */
function linesOf(element: Element): string {
  return [...element.childNodes]
    .map((node) =>
      node.nodeName === 'BR'
        ? '\n'
        : node instanceof Element
          ? linesOf(node)
          : (node.textContent ?? '').replace(/\s+/g, ' '),
    )
    .join('');
}

describe('<KycFlow> summary text', () => {
  it('given Arabic / should isolate the phone number and e-mail address left to right', async () => {
    const summary = await openSummary('ar', ar);
    expect(summary.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    const written: [key: string, text: string][] = [
      ['phone', '+4915112345678'],
      ['email', 'jane.doe@example.com'],
    ];
    for (const [key, text] of written) {
      const isolate = answerOf(summary, key).querySelector('bdi');
      expect(isolate).toHaveAttribute('dir', 'ltr');
      expect(isolate).toHaveTextContent(text);
    }
  });

  it('given Arabic / should let a written address take its own direction and keep its two lines', async () => {
    const summary = await openSummary('ar', ar);
    const isolate = answerOf(summary, 'residence_address').querySelector('bdi');
    // A <bdi> without dir is dir="auto": "Invalidenstraße 117" starts with a Latin letter, so it reads left to right.
    expect(isolate).not.toBeNull();
    expect(isolate?.getAttribute('dir') ?? 'auto').toBe('auto');
    expect(linesOf(isolate as Element)).toBe('Invalidenstraße 117\n10115 Berlin');
  });

  it('given English / should keep the address on two lines too', async () => {
    const summary = await openSummary('en', en);
    expect(linesOf(answerOf(summary, 'residence_address'))).toBe('Invalidenstraße 117\n10115 Berlin');
  });
});
