/**
 * <KycFlow locale> against the in-browser sandbox: the client reads the widget in their language, in
 * the right direction, with the partner's own wording where the partner overrides a message.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KycFlow } from '../../index';
import { API_BASE_URL, setupSandboxServer } from '../../../test/support/sandboxServer';
import { en } from './en';
import { de } from './de';

const { sandbox } = setupSandboxServer();

/** A client with no application yet (the level choice comes first). */
function seedNewClient() {
  const { legalEntityUuid, clientUuid } = sandbox.seed('new');
  return { legalEntityUuid, clientUuid };
}

/** English catalogue sentences (no placeholders, not the same in German) that appear on screen. */
function englishLeftovers(text: string): string[] {
  return Object.entries(en)
    .filter(([key, message]) => !message.includes('{') && message.length > 3 && de[key as keyof typeof de] !== message)
    .map(([, message]) => message)
    .filter((message) => text.includes(message));
}

describe('<KycFlow locale>', () => {
  it('given locale="de" / should show the level choice and the first step in German, with no English left', async () => {
    const user = userEvent.setup();
    const ids = seedNewClient();
    const { container } = render(<KycFlow apiBaseUrl={API_BASE_URL} {...ids} locale="de" />);

    expect(await screen.findByRole('heading', { name: 'Prüfstufe wählen' })).toBeVisible();
    const root = screen.getByRole('region', { name: 'Identitätsprüfung' });
    expect(root).toHaveAttribute('lang', 'de');
    expect(root).toHaveAttribute('dir', 'ltr');
    expect(englishLeftovers(container.textContent ?? '')).toEqual([]);

    await user.click(await screen.findByRole('radio', { name: /Basis/ })); // the sandbox answers in German too
    await user.click(screen.getByRole('button', { name: 'Prüfung starten' }));
    expect(await screen.findByText('Schritt 1 von 3')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Weiter' })).toBeVisible();
    expect(englishLeftovers(container.textContent ?? '')).toEqual([]);

    // Continuing with empty required answers: the error summary and field errors are German too.
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    const summary = await screen.findByRole('alert', { name: 'Bitte prüfen Sie 2 Antworten' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getAllByText('Bitte beantworten Sie diese Frage.').length).toBeGreaterThan(0);
  }, 15_000);

  it('given locale="ar" / should lay the widget out right to left, in Arabic', async () => {
    const ids = seedNewClient();
    render(<KycFlow apiBaseUrl={API_BASE_URL} {...ids} locale="ar" />);

    expect(await screen.findByRole('heading', { name: 'اختر مستوى التحقق' })).toBeVisible();
    const root = screen.getByRole('region', { name: 'التحقق من الهوية' });
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('lang', 'ar');
    expect(screen.getByRole('button', { name: 'بدء التحقق' })).toBeVisible();
  });

  it('given a regional locale without its own catalogue / should use its language (fr-CA → French)', async () => {
    const ids = seedNewClient();
    render(<KycFlow apiBaseUrl={API_BASE_URL} {...ids} locale="fr-CA" />);
    expect(await screen.findByRole('heading', { name: 'Choisissez un niveau de vérification' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Vérification d’identité' })).toHaveAttribute('lang', 'fr-CA');
  });

  it('given a language without a catalogue / should fall back to English', async () => {
    const ids = seedNewClient();
    render(<KycFlow apiBaseUrl={API_BASE_URL} {...ids} locale="ja" />);
    expect(await screen.findByRole('heading', { name: 'Choose a verification level' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Identity verification' })).toHaveAttribute('lang', 'ja');
  });

  it('given messages on top of locale="de" / should use the partner’s wording for that key and German for the rest', async () => {
    const ids = seedNewClient();
    render(
      <KycFlow apiBaseUrl={API_BASE_URL} {...ids} locale="de" messages={{ 'levels.start': 'Jetzt verifizieren' }} />,
    );

    expect(await screen.findByRole('button', { name: 'Jetzt verifizieren' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Prüfung starten' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Prüfstufe wählen' })).toBeVisible();
  });

  it('given the host switches locale / should re-render in the new language', async () => {
    const ids = seedNewClient();
    const { rerender } = render(<KycFlow apiBaseUrl={API_BASE_URL} {...ids} locale="en" />);
    await screen.findByRole('heading', { name: 'Choose a verification level' });
    rerender(<KycFlow apiBaseUrl={API_BASE_URL} {...ids} locale="fr" />);
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Choisissez un niveau de vérification' })).toBeVisible(),
    );
  });
});
