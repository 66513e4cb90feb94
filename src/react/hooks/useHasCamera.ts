/**
 * Whether the device has a camera the widget may offer: `getUserMedia` exists and `enumerateDevices()`
 * lists a video input. Asked once per page (each card reads the same answer); `undefined` until it is
 * known (and on the server), so no camera control is offered and then taken back; false where the
 * browser cannot tell.
 */
import { useEffect, useState } from 'react';

const asked = new WeakMap<MediaDevices, Promise<boolean>>();

function cameraListed(media: MediaDevices): Promise<boolean> {
  let answer = asked.get(media);
  if (!answer) {
    answer = media
      .enumerateDevices()
      .then((devices) => devices.some((device) => device.kind === 'videoinput'))
      .catch(() => false);
    asked.set(media, answer);
  }
  return answer;
}

export function useHasCamera(): boolean | undefined {
  const [hasCamera, setHasCamera] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    const media = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
    if (typeof media?.getUserMedia !== 'function' || typeof media.enumerateDevices !== 'function') {
      setHasCamera(false);
      return;
    }
    let current = true;
    void cameraListed(media).then((listed) => current && setHasCamera(listed));
    return () => void (current = false);
  }, []);
  return hasCamera;
}
