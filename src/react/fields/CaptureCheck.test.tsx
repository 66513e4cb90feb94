/**
 * A picked document photo is checked before it is uploaded. jsdom decodes no pictures, so the lazily
 * loaded runner's decoding is the seam: it hands the real checks the pixels of a picture the test
 * makes, chosen by file name (Chromium decodes real files in test/e2e/captureChecks.test.ts). Everything
 * else is the real widget, client, MSW and sandbox.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { File as NodeFile } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analysePixels } from '../../core/captureChecks';
import type { CaptureRequest } from '../../core/captureCheckRunner';
import { boxBlur, sharpCard, withGlare, type GreyImage } from '../../core/captureChecksImages';
import type { Question } from '../../core/schemas';
import type { KycEvent } from '../context/events';
import { renderWithKyc } from '../../../test/support/renderWithKyc';
import { setupSandboxServer } from '../../../test/support/sandboxServer';
import { DocumentField } from './DocumentField';

const { sandbox } = setupSandboxServer();

const pictures = new Map<string, GreyImage>([
  ['sharp.png', sharpCard()],
  ['blurry.png', boxBlur(sharpCard(), 3)],
  ['glare.png', withGlare(sharpCard())],
]);
/** A real 1×1 PNG under the test picture's name (the upload path sniffs and may decode it). */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const photo = (name: string) => new File([PNG], name, { type: 'image/png' });
/** The seam: the runner's decoding is replaced (jsdom has no canvas); the checks themselves are real. */
vi.mock('../../core/captureCheckRunner', () => ({
  checkPicture: async (file: File, request: CaptureRequest) => {
    const picture = pictures.get(file.name);
    if (!picture) return null;
    const source = { width: picture.width, height: picture.height };
    return analysePixels(picture.grey, picture.width, picture.height, request.kind, { ...request, source });
  },
}));

beforeEach(async () => {
  const probe = await new Response('a=1', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  }).formData();
  vi.stubGlobal('File', NodeFile);
  vi.stubGlobal('FormData', probe.constructor);
});
afterEach(() => vi.unstubAllGlobals());

function setup(key = 'passport', title = 'Passport') {
  const ids = sandbox.seed('draft');
  const question: Question = { title, is_required: true, attribute: { key, type: 'document', value: null } };
  const onChange = vi.fn();
  const view = renderWithKyc(
    <DocumentField
      question={question}
      id="field-doc"
      value={null}
      applicationUuid={ids.applicationUuid ?? ''}
      onValueChange={onChange}
    />,
    ids,
  );
  return { ...view, onChange, user: userEvent.setup(), applicationUuid: ids.applicationUuid ?? '' };
}

describe('capture checks on a picked photo', () => {
  it('holds a blurry photo on the retake screen, uploads nothing, and uploads it when used anyway', async () => {
    const { user, events, applicationUuid, onChange } = setup();
    await user.upload(screen.getByLabelText('Choose a file'), photo('blurry.png'));

    const sentence = await screen.findByText('The photo is blurry — hold still and tap to focus.');
    expect(sentence).toHaveFocus();
    expect(screen.getByRole('img', { name: 'Your photo' })).toBeInTheDocument();
    expect(sandbox.inspect(applicationUuid)?.files).toEqual([]);
    const checked = (events as KycEvent[]).find((event) => event.type === 'capture_checked');
    expect(checked).toMatchObject({ attributeKey: 'passport', kind: 'passport', source: 'file', verdict: 'fail' });
    expect(checked).toMatchObject({ problems: ['blurry'], width: 960, height: 640 });
    expect(JSON.stringify(checked)).not.toContain('blurry.png');

    await user.click(screen.getByRole('button', { name: 'Use it anyway' }));
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(sandbox.inspect(applicationUuid)?.files).toHaveLength(1);
  });

  it('says what is wrong with a glare-covered photo, and Retake opens the picker again', async () => {
    const { user } = setup();
    const input = screen.getByLabelText<HTMLInputElement>('Choose a file');
    await user.upload(input, photo('glare.png'));
    expect(await screen.findByText(/Light reflects on the document/)).toBeInTheDocument();

    const opened = vi.fn();
    input.addEventListener('click', opened);
    await user.click(screen.getByRole('button', { name: 'Retake' }));
    expect(opened).toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Use it anyway' })).not.toBeInTheDocument();
  });

  it('uploads a sharp photo straight away and reports a passing check', async () => {
    const { user, events, onChange } = setup();
    await user.upload(screen.getByLabelText('Choose a file'), photo('sharp.png'));
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('button', { name: 'Retake' })).not.toBeInTheDocument();
    expect(events).toContainEqual(expect.objectContaining({ type: 'capture_checked', verdict: 'pass', problems: [] }));
  });

  it('never checks a PDF', async () => {
    const { user, events, onChange } = setup();
    const pdf = new File([new TextEncoder().encode('%PDF-1.4\n%%EOF\n')], 'blurry.png.pdf', {
      type: 'application/pdf',
    });
    await user.upload(screen.getByLabelText('Choose a file'), pdf);
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect((events as KycEvent[]).some((event) => event.type === 'capture_checked')).toBe(false);
  });
});
