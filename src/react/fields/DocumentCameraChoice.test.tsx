/**
 * Which camera an empty document side offers on a phone (`core/cameraControls.ts`, asked by the drop
 * area): with a camera the browser may use, only "Use the camera" (the live one checks the photo and
 * guides the framing); once that camera is refused, the phone's own camera app ("Take a photo", no
 * browser permission needed) is back beside it, so the customer is never left without a camera. jsdom
 * with a fake `navigator.mediaDevices` and a finger as the main pointer; the real widget, lazy chunk,
 * client, MSW and sandbox otherwise.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Question } from '../../core/schemas';
import { renderWithKyc } from '../../../test/support/renderWithKyc';
import { setupSandboxServer } from '../../../test/support/sandboxServer';
import { DocumentField } from './DocumentField';

const { sandbox } = setupSandboxServer();

const QUESTION: Question = {
  title: 'Passport',
  is_required: true,
  attribute: { key: 'passport', type: 'document', value: null },
};

/** A phone: the main pointer is a finger, and it lists a back camera that refuses with `refusal`. */
function phoneWithCamera(refusal: string) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(pointer: coarse)',
    addEventListener() {},
    removeEventListener() {},
  }));
  const media = {
    enumerateDevices: vi.fn(async () => [{ kind: 'videoinput', deviceId: 'back', groupId: 'g', label: '' }]),
    getUserMedia: vi.fn(async () => {
      throw new DOMException('refused', refusal);
    }),
  };
  Object.defineProperty(navigator, 'mediaDevices', { value: media, configurable: true });
}

beforeEach(() => {
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'mediaDevices');
});

function setup() {
  const ids = sandbox.seed('draft');
  renderWithKyc(
    <DocumentField
      question={QUESTION}
      id="field-doc"
      value={null}
      applicationUuid={ids.applicationUuid ?? ''}
      onValueChange={vi.fn()}
    />,
    ids,
  );
  return userEvent.setup();
}

describe('the camera a phone is offered on an empty document side', () => {
  it('given a phone with a camera / offers only the live camera, beside "Choose a file"', async () => {
    phoneWithCamera('NotAllowedError');
    setup();
    // Not even while the device is still being asked for its cameras: nothing offered and then taken back.
    expect(screen.queryByLabelText('Take a photo')).not.toBeInTheDocument();

    const open = await screen.findByRole('button', { name: 'Use the camera' });
    expect(screen.queryByLabelText('Take a photo')).not.toBeInTheDocument();
    expect(screen.getByText('Choose a file').parentElement).toBe(open.parentElement);
  });

  for (const [refusal, sentence] of [
    ['NotAllowedError', "Camera access is blocked. Allow it in your browser's settings, or choose a file."],
    ['NotReadableError', 'The camera is being used by another app. Close it and try again, or choose a file.'],
    ['NotFoundError', 'No camera was found. Choose a file instead.'],
  ]) {
    it(`given the live camera refused (${refusal}) / offers the phone's own camera app again`, async () => {
      phoneWithCamera(refusal ?? '');
      const user = setup();
      await user.click(await screen.findByRole('button', { name: 'Use the camera' }));

      expect(await screen.findByRole('alert')).toHaveTextContent(sentence ?? '');
      const native = screen.getByLabelText('Take a photo');
      expect(native).toHaveAttribute('type', 'file');
      expect(native).toHaveAttribute('capture', 'environment');
      expect(native).toBeEnabled();
    });
  }
});
