/**
 * The live camera of a document side, in jsdom with a fake `navigator.mediaDevices`: when it is
 * offered, what the customer reads when it cannot start (and that the file picker still uploads through
 * the sandbox), and that every track stops when the screen closes or the card goes away. jsdom has no
 * video frames, so the capture on its own is proven by `core/autoCapture.test.ts` (the rule) and
 * `test/e2e/camera.test.ts` (Chromium's fake camera). Everything else is the real widget, lazy chunk,
 * client, MSW and sandbox.
 */
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { File as NodeFile } from 'node:buffer';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KycDocument, Question } from '../../core/schemas';
import type { KycEvent } from '../context/events';
import { renderWithKyc } from '../../../test/support/renderWithKyc';
import { setupSandboxServer } from '../../../test/support/sandboxServer';
import { DocumentField } from './DocumentField';

const { sandbox } = setupSandboxServer();

const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

interface FakeCamera {
  getUserMedia: ReturnType<typeof vi.fn>;
  track: { stop: ReturnType<typeof vi.fn>; readyState: string };
}

/** Puts a fake camera on `navigator`: listed (or not), and answering getUserMedia with `answer`. */
function fakeCamera({ listed = true, answer }: { listed?: boolean; answer: 'stream' | string }): FakeCamera {
  const track = {
    readyState: 'live',
    stop: vi.fn(() => void (track.readyState = 'ended')),
    addEventListener: vi.fn(),
  };
  const stream = { getTracks: () => [track], getVideoTracks: () => [track] };
  const getUserMedia = vi.fn(async () => {
    if (answer === 'stream') return stream;
    throw new DOMException('refused', answer);
  });
  const devices = listed ? [{ kind: 'videoinput', deviceId: 'back', groupId: 'g', label: '' }] : [];
  const media = { getUserMedia, enumerateDevices: vi.fn(async () => devices) };
  Object.defineProperty(navigator, 'mediaDevices', { value: media, configurable: true });
  return { getUserMedia, track };
}

beforeEach(async () => {
  const probe = await new Response('a=1', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  }).formData();
  vi.stubGlobal('File', NodeFile);
  vi.stubGlobal('FormData', probe.constructor);
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'mediaDevices');
});

const QUESTION: Question = {
  title: 'Passport',
  is_required: true,
  attribute: { key: 'passport', type: 'document', value: null },
};

function setup() {
  const ids = sandbox.seed('draft');
  const onChange = vi.fn();
  const view = renderWithKyc(
    <DocumentField
      question={QUESTION}
      id="field-doc"
      value={null}
      applicationUuid={ids.applicationUuid ?? ''}
      onValueChange={onChange}
    />,
    ids,
  );
  const events = view.events as KycEvent[];
  return { ...view, events, onChange, user: userEvent.setup(), applicationUuid: ids.applicationUuid ?? '' };
}

describe('the live camera of a document side', () => {
  it('given a blocked camera / says so, tells the partner why, and the file picker still uploads', async () => {
    const camera = fakeCamera({ answer: 'NotAllowedError' });
    const { user, events, onChange, applicationUuid } = setup();
    await user.click(await screen.findByRole('button', { name: 'Use the camera' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Camera access is blocked. Allow it in your browser's settings, or choose a file.");
    expect(document.querySelector('.kyc-camera')).toBeNull();
    expect(camera.getUserMedia).toHaveBeenCalledWith({
      video: { facingMode: { ideal: 'environment' }, width: { ideal: 1920 }, height: { ideal: 1080 } },
      audio: false,
    });
    expect(events).toContainEqual({ type: 'camera_failed', attributeKey: 'passport', reason: 'denied' });

    await user.upload(screen.getByLabelText('Choose a file'), new File([PNG], 'passport.png', { type: 'image/png' }));
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(sandbox.inspect(applicationUuid)?.files).toHaveLength(1);
  });

  it('given no camera behind the listed one / says none was found and stops offering it', async () => {
    fakeCamera({ answer: 'NotFoundError' });
    const { user, events } = setup();
    await user.click(await screen.findByRole('button', { name: 'Use the camera' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('No camera was found. Choose a file instead.');
    expect(screen.queryByRole('button', { name: 'Use the camera' })).not.toBeInTheDocument();
    expect(screen.getByText('Choose a file')).toBeVisible();
    expect(events).toContainEqual({ type: 'camera_failed', attributeKey: 'passport', reason: 'missing' });
  });

  it('given a camera held by another app / says so and lets the customer try again', async () => {
    fakeCamera({ answer: 'NotReadableError' });
    const { user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Use the camera' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The camera is being used by another app. Close it and try again, or choose a file.',
    );
    expect(screen.getByRole('button', { name: 'Use the camera' })).toBeInTheDocument();
  });

  it('given a device without a camera / offers only the file picker', async () => {
    const camera = fakeCamera({ listed: false, answer: 'stream' });
    setup();
    expect(await screen.findByText('Choose a file')).toBeVisible();
    await waitFor(() => expect(navigator.mediaDevices.enumerateDevices).toHaveBeenCalled());
    expect(screen.queryByRole('button', { name: 'Use the camera' })).not.toBeInTheDocument();
    expect(camera.getUserMedia).not.toHaveBeenCalled();
  });

  it('given an open camera / shows the frame guide and hint, and "Choose a file instead" stops it and focuses the picker', async () => {
    const camera = fakeCamera({ answer: 'stream' });
    const { user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Use the camera' }));

    await waitFor(() => expect(camera.getUserMedia).toHaveBeenCalledTimes(1));
    const screenEl = document.querySelector('.kyc-camera');
    expect(screenEl).toHaveAttribute('data-shape', 'passport');
    expect(screenEl?.querySelector('video')).toHaveAttribute('aria-hidden', 'true');
    expect(document.querySelector('.kyc-camera__hint')).toHaveTextContent('Place the document inside the frame.');
    expect(screen.getByRole('button', { name: 'Take photo' })).toHaveFocus();
    expect(camera.track.stop).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Choose a file instead' }));
    expect(document.querySelector('.kyc-camera')).toBeNull();
    expect(camera.track.stop).toHaveBeenCalled();
    expect(screen.getByLabelText('Choose a file')).toHaveFocus();
  });

  it('given an open camera / stops it when the document of the side arrives another way (from the phone)', async () => {
    const camera = fakeCamera({ answer: 'stream' });
    const ids = sandbox.seed('draft');
    let answer: (value: KycDocument) => void = () => {};
    function Side() {
      const [value, setValue] = useState<KycDocument | null>(null);
      answer = setValue;
      const applicationUuid = ids.applicationUuid ?? '';
      return (
        <DocumentField
          question={QUESTION}
          id="field-doc"
          value={value}
          applicationUuid={applicationUuid}
          onValueChange={setValue}
        />
      );
    }
    renderWithKyc(<Side />, ids);
    await userEvent.click(await screen.findByRole('button', { name: 'Use the camera' }));
    await waitFor(() => expect(document.querySelector('.kyc-camera')).toHaveAttribute('data-phase', 'live'));

    const file = { uuid: 'f1', name: 'passport.jpg', size: 1000, content_type: 'image/jpeg' };
    act(() => answer({ uuid: 'd1', attribute_key: 'passport', files: [file] }));
    expect(await screen.findByText('passport.jpg')).toBeInTheDocument();
    expect(document.querySelector('.kyc-camera')).toBeNull();
    expect(camera.track.readyState).toBe('ended');
  });

  it('given an open camera / stops every track when the card unmounts', async () => {
    const camera = fakeCamera({ answer: 'stream' });
    const { user, unmount } = setup();
    await user.click(await screen.findByRole('button', { name: 'Use the camera' }));
    await waitFor(() => expect(camera.getUserMedia).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(document.querySelector('.kyc-camera')).toHaveAttribute('data-phase', 'live'));

    unmount();
    expect(camera.track.stop).toHaveBeenCalled();
    expect(camera.track.readyState).toBe('ended');
  });
});
