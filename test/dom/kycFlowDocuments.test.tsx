/**
 * The Full level's identity documents step in <KycFlow>: which document first, only its sides, a
 * one-sided document without a back (also after a reload), Replace, and previews in and after a visit.
 * A "reload" is a fresh <KycFlow> (new provider, new cache): what the widget knows then is what the
 * sandbox saved.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { File as NodeFile } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KycFlow } from '../../src';
import { draftAtIdentityDocuments } from '../support/draftAtIdentityDocuments';
import { API_BASE_URL, setupSandboxServer } from '../support/sandboxServer';

const { sandbox } = setupSandboxServer();

/** A real 1×1 PNG. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const png = (name: string) => new File([PNG], name, { type: 'image/png' });

/** Node's File and FormData, as a browser uses its own (see DocumentField.test.tsx for why). */
beforeEach(async () => {
  const probe = await new Response('a=1', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  }).formData();
  vi.stubGlobal('File', NodeFile);
  vi.stubGlobal('FormData', probe.constructor);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** A Full application with the first three steps answered, so <KycFlow> opens on the identity documents. */
async function atIdentityDocuments() {
  const ids = await draftAtIdentityDocuments(sandbox);
  const applicationUuid = ids.applicationUuid ?? '';
  const open = () =>
    render(
      <KycFlow
        apiBaseUrl={API_BASE_URL}
        legalEntityUuid={ids.legalEntityUuid}
        clientUuid={ids.clientUuid}
        retry={false}
        autosave={{ debounceMs: 20 }}
      />,
    );
  const view = open();
  await screen.findByRole('heading', { level: 2, name: 'Identity documents' });
  const stored = () => sandbox.inspect(applicationUuid)?.answers ?? {};
  /** Unmounts and mounts a new widget, as a reload does; it resumes at the first step with a required answer missing. */
  const reload = async (resumesAt = 'Identity documents') => {
    view.unmount();
    open();
    await screen.findByRole('heading', { level: 2, name: resumesAt });
  };
  return { user: userEvent.setup(), stored, reload };
}

const uploadGroups = () =>
  screen
    .queryAllByRole('group')
    .filter((group) => group.getAttribute('data-kind') === 'document')
    .map((group) => within(group).getAllByText(/./, { selector: 'legend bdi' })[0]?.textContent);

describe('<KycFlow> identity documents', () => {
  it('given no document chosen yet / should ask which one and show no upload at all', async () => {
    await atIdentityDocuments();

    const choice = screen.getByRole('group', { name: /Which document do you have\?/ });
    expect(
      within(choice)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual(['Passport', 'ID card', 'Driving licence', 'Residence permit']);
    expect(uploadGroups()).toEqual([]);
    expect(screen.queryByLabelText('Choose a file')).not.toBeInTheDocument();
  });

  it('given the ID card picked / should show its front and back only, in the customer’s words', async () => {
    const { user } = await atIdentityDocuments();

    await user.click(screen.getByRole('radio', { name: 'ID card' }));

    expect(uploadGroups()).toEqual(['ID card, front side', 'ID card, back side']);
    expect(screen.getAllByLabelText('Choose a file')).toHaveLength(2);
    const text = document.body.textContent ?? '';
    expect(text).not.toMatch(/_side|id_card|passport_|attribute|same picture|back side also/i);
  });

  it('given "one side only" / should never ask for the back, and still not after a reload', async () => {
    const { user, stored, reload } = await atIdentityDocuments();
    await user.click(screen.getByRole('radio', { name: 'Driving licence' }));
    await user.click(screen.getByRole('checkbox', { name: 'My document has one side only' }));
    expect(uploadGroups()).toEqual(['Driving licence, front side']);

    await user.upload(screen.getByLabelText('Choose a file'), png('licence.png'));
    await waitFor(() => expect(stored()['driver_license_back_side']).toBeTruthy());
    const files = (key: string) => (stored()[key] as { files: { uuid: string }[] }).files.map((file) => file.uuid);
    expect(files('driver_license_back_side')).toEqual(files('driver_license_front_side'));

    // The step is complete now, so a reload resumes at the next one.
    await reload('Address and funds');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { level: 2, name: 'Identity documents' });
    expect(screen.getByRole('radio', { name: 'Driving licence' })).toBeChecked();
    expect(uploadGroups()).toEqual(['Driving licence, front side']);
    expect(screen.getByRole('checkbox', { name: 'My document has one side only' })).toBeChecked();
  });

  it('given an uploaded side / should drop the drop zone, replace the file in its place and remove it', async () => {
    const { user, stored } = await atIdentityDocuments();
    await user.click(screen.getByRole('radio', { name: 'Passport' }));
    await user.upload(screen.getByLabelText('Choose a file'), png('first.png'));
    const passport = screen.getByRole('group', { name: /^Passport/ });
    await within(passport).findByText('first.png');
    expect(within(passport).queryByText(/Drag a file here/)).not.toBeInTheDocument();
    expect(within(passport).queryByLabelText('Choose a file')).not.toBeInTheDocument();

    await user.upload(within(passport).getByLabelText('Replace file'), png('second.png'));

    await within(passport).findByText('second.png');
    expect(within(passport).queryByText('first.png')).not.toBeInTheDocument();
    await waitFor(() => expect(JSON.stringify(stored()['passport'])).toContain('second.png'));

    // Remove brings the drop zone back, with focus on its file input rather than lost on the page.
    await user.click(within(passport).getByRole('button', { name: 'Remove' }));
    expect(within(passport).getByLabelText('Choose a file')).toHaveFocus();
  });

  it('given a picture chosen in this visit / should preview it across steps; after a reload, its name, size and a note', async () => {
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    URL.createObjectURL = vi.fn(() => 'blob:preview');
    URL.revokeObjectURL = vi.fn();
    try {
      const { user, reload } = await atIdentityDocuments();
      await user.click(screen.getByRole('radio', { name: 'Passport' }));
      await user.upload(screen.getByLabelText('Choose a file'), png('passport.png'));
      const preview = () => screen.getByRole('group', { name: /^Passport/ }).querySelector('img');
      await waitFor(() => expect(preview()).toHaveAttribute('src', 'blob:preview'));

      await user.click(screen.getByRole('button', { name: 'Continue' }));
      await screen.findByRole('heading', { level: 2, name: 'Address and funds' });
      await user.click(screen.getByRole('button', { name: 'Back' }));
      await screen.findByRole('heading', { level: 2, name: 'Identity documents' });
      await waitFor(() => expect(preview()).toHaveAttribute('src', 'blob:preview'));

      await reload('Address and funds');
      await user.click(screen.getByRole('button', { name: 'Back' }));
      const passport = await screen.findByRole('group', { name: /^Passport/ });
      expect(passport.querySelector('img')).toBeNull();
      expect(within(passport).getByText('passport.png')).toBeVisible();
      expect(within(passport).getByText('1 kB')).toBeVisible();
      expect(within(passport).getByText(/Uploaded earlier\. We don’t keep a copy on this device/)).toBeVisible();
      expect(within(passport).getByLabelText('Replace file')).toBeInTheDocument();
    } finally {
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
    }
  });

  it('given a phone / should offer "Take a photo" and say nothing about dragging', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(pointer: coarse)',
      addEventListener() {},
      removeEventListener() {},
    }));
    const { user } = await atIdentityDocuments();
    await user.click(screen.getByRole('radio', { name: 'Passport' }));

    expect(screen.getByLabelText('Take a photo')).toHaveAttribute('capture', 'environment');
    expect(screen.queryByText(/Drag a file here/)).not.toBeInTheDocument();
  });

  it('given a one-sided ID card instead of the passport / should go on, resume past the step, and not ask for the passport', async () => {
    const { user, stored, reload } = await atIdentityDocuments();
    await user.click(screen.getByRole('radio', { name: 'ID card' }));
    await user.click(screen.getByRole('checkbox', { name: 'My document has one side only' }));
    await user.upload(screen.getByLabelText('Choose a file'), png('id-card.png'));
    await waitFor(() => expect(stored()['id_card_back_side']).toBeTruthy());

    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Address and funds' })).toBeVisible();
    expect(screen.queryByRole('alert', { name: /Please check/ })).not.toBeInTheDocument();
    expect(stored()['passport'] ?? null).toBeNull();
    await reload('Address and funds');
  });
});
