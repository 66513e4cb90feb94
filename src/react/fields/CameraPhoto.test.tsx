/**
 * A photo the live camera takes goes the way of a checked photo: passing, it is uploaded as
 * `photo.jpg` (taken on its own); failing ("Take photo"), it waits on the retake screen, whose Retake
 * opens the camera again. jsdom has no video frames and no canvas, so two seams stand in: the video
 * element reports a frame, and the runner's frame check hands the real checks the pixels of the picture
 * the camera "films" (Chromium films real clips in test/e2e/camera.test.ts). The camera session,
 * auto-capture rule, hooks, widget, client, MSW and sandbox are the real ones.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { thumbnailOf } from '../../core/autoCapture';
import type { CameraSessionOptions } from '../../core/cameraSession';
import { analysePixels } from '../../core/captureChecks';
import type { CaptureRequest } from '../../core/captureCheckRunner';
import { boxBlur, sharpCard, type GreyImage } from '../../core/captureChecksImages';
import type { Question } from '../../core/schemas';
import type { KycEvent } from '../context/events';
import { tinyJpeg } from '../../../test/support/polyglots';
import { renderWithKyc } from '../../../test/support/renderWithKyc';
import { setupSandboxServer } from '../../../test/support/sandboxServer';
import { DocumentField } from './DocumentField';

const { sandbox } = setupSandboxServer();

/** What the fake camera films now. */
const filming: { picture: GreyImage } = { picture: sharpCard() };

/** The seam: frames are checked on the filmed picture's pixels (jsdom draws nothing); the checks are real. */
vi.mock('../../core/captureCheckRunner', async () => {
  const { createCameraSession } = await import('../../core/cameraSession');
  const check = async (_bitmap: ImageBitmap, request: CaptureRequest) => {
    const { grey, width, height } = filming.picture;
    const analysis = analysePixels(grey, width, height, request.kind, { ...request, source: { width, height } });
    return { analysis, thumbnail: thumbnailOf(grey, width, height) };
  };
  return {
    checkPicture: async () => null,
    startCamera: (options: Omit<CameraSessionOptions, 'check'>) => createCameraSession({ ...options, check }),
  };
});

function fakeCamera() {
  const track = { readyState: 'live', stop: vi.fn(() => void (track.readyState = 'ended')), addEventListener: vi.fn() };
  const stream = { getTracks: () => [track], getVideoTracks: () => [track] };
  const getUserMedia = vi.fn(async () => stream);
  const enumerateDevices = vi.fn(async () => [{ kind: 'videoinput', deviceId: 'back', groupId: 'g', label: '' }]);
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia, enumerateDevices }, configurable: true });
  return { getUserMedia, track };
}

beforeEach(async () => {
  const probe = await new Response('a=1', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  }).formData();
  vi.stubGlobal('File', NodeFile);
  vi.stubGlobal('FormData', probe.constructor);
  // The video shows a frame; grabbing it gives a bitmap; a canvas encodes it as a (tiny, real) JPEG.
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  vi.spyOn(HTMLMediaElement.prototype, 'readyState', 'get').mockReturnValue(4);
  vi.spyOn(HTMLVideoElement.prototype, 'videoWidth', 'get').mockReturnValue(960);
  vi.stubGlobal('createImageBitmap', async () => ({ width: 960, height: 640, close: () => {} }));
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((done) =>
    done(new NodeBlob([tinyJpeg()], { type: 'image/jpeg' }) as unknown as Blob),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'mediaDevices');
});

function setup(props: Parameters<typeof renderWithKyc>[2] = {}) {
  const ids = sandbox.seed('draft');
  const question: Question = {
    title: 'Passport',
    is_required: true,
    attribute: { key: 'passport', type: 'document', value: null },
  };
  const onChange = vi.fn();
  // StrictMode, as in a partner's development build: effects run twice on mount and must not close the camera.
  const view = renderWithKyc(
    <StrictMode>
      <DocumentField
        question={question}
        id="field-doc"
        value={null}
        applicationUuid={ids.applicationUuid ?? ''}
        onValueChange={onChange}
      />
    </StrictMode>,
    ids,
    props,
  );
  const events = view.events as KycEvent[];
  return { ...view, events, onChange, user: userEvent.setup(), applicationUuid: ids.applicationUuid ?? '' };
}

const checked = (events: KycEvent[]) => events.filter((event) => event.type === 'capture_checked');

describe('a photo taken with the live camera', () => {
  it('given a sharp document held still / takes it on its own, uploads photo.jpg and stops the camera', async () => {
    filming.picture = sharpCard();
    const camera = fakeCamera();
    const { user, events, onChange, applicationUuid } = setup();
    await user.click(await screen.findByRole('button', { name: 'Use the camera' }));
    expect(await screen.findByText('Hold still…')).toBeInTheDocument();

    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1), { timeout: 4_000 });
    expect(onChange).toHaveBeenCalledWith(
      expect.objectContaining({ files: [expect.objectContaining({ name: 'photo.jpg' })] }),
    );
    expect(sandbox.inspect(applicationUuid)?.files).toHaveLength(1);
    expect(document.querySelector('.kyc-camera')).toBeNull();
    expect(camera.track.readyState).toBe('ended');
    // One event for the photo taken, none for the frames checked before it.
    expect(checked(events)).toEqual([
      expect.objectContaining({ attributeKey: 'passport', kind: 'passport', source: 'camera', verdict: 'pass' }),
    ]);
    expect(JSON.stringify(events)).not.toContain('thumbnail');
  });

  it('given a blurred picture / says why and waits; "Take photo" leads to the retake screen, whose Retake opens the camera again', async () => {
    filming.picture = boxBlur(sharpCard(), 3);
    const camera = fakeCamera();
    const { user, events, onChange, applicationUuid } = setup();
    await user.click(await screen.findByRole('button', { name: 'Use the camera' }));
    expect(await screen.findByText('The picture is blurry — hold still and let the camera focus.')).toBeInTheDocument();
    expect(checked(events)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Take photo' }));
    expect(await screen.findByText('The photo is blurry — hold still and tap to focus.')).toHaveFocus();
    expect(camera.track.readyState).toBe('ended');
    expect(checked(events)).toEqual([
      expect.objectContaining({ source: 'camera', verdict: 'fail', problems: ['blurry'] }),
    ]);
    expect(onChange).not.toHaveBeenCalled();
    expect(sandbox.inspect(applicationUuid)?.files).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Retake' }));
    await waitFor(() => expect(camera.getUserMedia).toHaveBeenCalledTimes(2));
    expect(document.querySelector('.kyc-camera')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Take photo' })).toHaveFocus();
  });

  it('given the checks turned off by the partner / takes no photo on its own, and "Take photo" uploads it as it is', async () => {
    filming.picture = boxBlur(sharpCard(), 3);
    const camera = fakeCamera();
    const { user, events, onChange } = setup({ captureChecks: false });
    await user.click(await screen.findByRole('button', { name: 'Use the camera' }));
    await waitFor(() => expect(document.querySelector('.kyc-camera')).toHaveAttribute('data-phase', 'live'));
    expect(document.querySelector('.kyc-camera__hint')).toHaveTextContent('Place the document inside the frame.');

    await user.click(screen.getByRole('button', { name: 'Take photo' }));
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(camera.track.readyState).toBe('ended');
    expect(checked(events)).toEqual([]);
  });
});
