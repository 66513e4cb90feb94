/**
 * Files refused by their content, in the customer's language: a picture that carries a web page or a
 * script besides its pixels (a polyglot), one cut short, one the browser cannot decode. Nothing of them
 * reaches the server (the MSW sandbox), and the partner hears why through `upload_failed`.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { File as NodeFile } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Question } from '../../core/schemas';
import { concat, SCRIPT_TAIL, tinyJpeg, tinyPng } from '../../../test/support/polyglots';
import { renderWithKyc } from '../../../test/support/renderWithKyc';
import { setupSandboxServer } from '../../../test/support/sandboxServer';
import { de } from '../i18n/de';
import { fr } from '../i18n/fr';
import { DocumentField } from './DocumentField';

const { sandbox } = setupSandboxServer();

const question: Question = {
  title: 'Reisepass',
  is_required: true,
  attribute: { key: 'passport', type: 'document', value: null },
};

function setup(locale: string) {
  const ids = sandbox.seed('draft');
  const applicationUuid = ids.applicationUuid ?? '';
  const onValueChange = vi.fn();
  const view = renderWithKyc(
    <DocumentField
      question={question}
      id="doc"
      value={null}
      applicationUuid={applicationUuid}
      onValueChange={onValueChange}
    />,
    ids,
    { locale },
  );
  return { ...view, applicationUuid, onValueChange, user: userEvent.setup() };
}

/** The field's error once it shows `text` (white space as the default normaliser sees it: no-break spaces too). */
const errorText = (text: string) =>
  screen.findByText(text.replace(/\s+/g, ' '), { selector: '.kyc-field__error' }, { timeout: 4000 });

beforeEach(() => {
  // Node's File, as the sandbox in this process reads multipart bodies with it (see DocumentField.test.tsx).
  vi.stubGlobal('File', NodeFile);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('DocumentField refusing files by content', () => {
  it('given a PNG with a script after its picture, in German / should refuse it in German and upload nothing', async () => {
    const { user, applicationUuid, onValueChange, events } = setup('de');
    const polyglot = new File([concat(tinyPng(), SCRIPT_TAIL)], 'reisepass.png', { type: 'image/png' });

    await user.upload(await screen.findByLabelText(de['document.choose']), polyglot);

    const message = de['document.file.hiddenContent'].replace('{name}', 'reisepass.png');
    expect(await errorText(message)).toBeInTheDocument();
    expect(sandbox.inspect(applicationUuid)?.files).toEqual([]);
    expect(onValueChange).not.toHaveBeenCalled();
    expect(events).toContainEqual({ type: 'upload_failed', attributeKey: 'passport', reason: 'file_hidden_content' });
  });

  it('given a JPEG cut short, in French / should say it is damaged, in French', async () => {
    const { user, applicationUuid } = setup('fr');
    const jpeg = tinyJpeg();
    const cut = new File([jpeg.subarray(0, jpeg.length - 20)], 'carte.jpg', { type: 'image/jpeg' });

    await user.upload(await screen.findByLabelText(fr['document.choose']), cut);

    expect(await errorText(fr['document.file.damaged'].replace('{name}', 'carte.jpg'))).toBeInTheDocument();
    expect(sandbox.inspect(applicationUuid)?.files).toEqual([]);
  });

  it('given a picture whole in structure that the browser cannot decode / should say it is damaged', async () => {
    vi.stubGlobal('createImageBitmap', vi.fn().mockRejectedValue(new DOMException('bad', 'InvalidStateError')));
    vi.stubGlobal('OffscreenCanvas', class {});
    const { user, applicationUuid, events } = setup('de');

    await user.upload(
      await screen.findByLabelText(de['document.choose']),
      new File([tinyJpeg()], 'foto.jpg', { type: 'image/jpeg' }),
    );

    expect(await errorText(de['document.file.damaged'].replace('{name}', 'foto.jpg'))).toBeInTheDocument();
    await waitFor(() =>
      expect(events).toContainEqual({ type: 'upload_failed', attributeKey: 'passport', reason: 'file_unreadable' }),
    );
    expect(sandbox.inspect(applicationUuid)?.files).toEqual([]);
  });
});
