import { describe, expect, it, vi } from 'vitest';
import { CAMERA_CONSTRAINTS, cameraFailureOf, createCameraSession, type CameraSessionOptions } from './cameraSession';

const refusal = (name: string) => Object.assign(new Error('refused'), { name });

function fakeMedia(answer: () => Promise<unknown>) {
  const getUserMedia = vi.fn(answer);
  return { getUserMedia, enumerateDevices: vi.fn(async () => []) } as unknown as MediaDevices & {
    getUserMedia: typeof getUserMedia;
  };
}

function session(media: MediaDevices | undefined, extra: Partial<CameraSessionOptions> = {}) {
  const onFailed = vi.fn();
  const onPhoto = vi.fn();
  const camera = createCameraSession({ request: null, check: async () => null, onPhoto, onFailed, media, ...extra });
  return { camera, onFailed, onPhoto };
}

describe('the camera session', () => {
  it('given each refusal of getUserMedia / names what the customer is told', () => {
    expect(cameraFailureOf(refusal('NotAllowedError'))).toBe('denied');
    expect(cameraFailureOf(refusal('SecurityError'))).toBe('denied');
    expect(cameraFailureOf(refusal('NotFoundError'))).toBe('missing');
    expect(cameraFailureOf(refusal('OverconstrainedError'))).toBe('missing');
    expect(cameraFailureOf(refusal('NotReadableError'))).toBe('in_use');
    expect(cameraFailureOf(refusal('AbortError'))).toBe('in_use');
    expect(cameraFailureOf(refusal('TypeError'))).toBe('failed');
    expect(cameraFailureOf('nonsense')).toBe('failed');
  });

  it('asks for the back camera in a readable resolution, without sound', async () => {
    const media = fakeMedia(() => Promise.reject(refusal('NotAllowedError')));
    const { camera, onFailed } = session(media);
    camera.start();
    await vi.waitFor(() => expect(onFailed).toHaveBeenCalledWith('denied'));
    expect(media.getUserMedia).toHaveBeenCalledWith(CAMERA_CONSTRAINTS);
    expect(CAMERA_CONSTRAINTS).toEqual({
      video: { facingMode: { ideal: 'environment' }, width: { ideal: 1920 }, height: { ideal: 1080 } },
      audio: false,
    });
    expect(camera.getSnapshot().phase).toBe('failed');
  });

  it('given no camera API at all (an insecure page) / reports the camera missing', () => {
    const { camera, onFailed } = session(undefined);
    vi.stubGlobal('navigator', {});
    camera.start();
    vi.unstubAllGlobals();
    expect(onFailed).toHaveBeenCalledWith('missing');
  });

  it('given a camera granted after the screen closed / stops its tracks at once and reports nothing', async () => {
    const track = { stop: vi.fn(), addEventListener: vi.fn() };
    let grant: (stream: unknown) => void = () => {};
    const media = fakeMedia(() => new Promise((resolve) => (grant = resolve)));
    const { camera, onFailed } = session(media);
    camera.start();
    camera.dispose();
    grant({ getTracks: () => [track], getVideoTracks: () => [track] });
    await vi.waitFor(() => expect(track.stop).toHaveBeenCalled());
    expect(onFailed).not.toHaveBeenCalled();
    expect(camera.getSnapshot().phase).toBe('closed');
  });
});
