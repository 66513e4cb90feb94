/**
 * Whether the device has a camera the widget may offer: `getUserMedia` exists and `enumerateDevices()`
 * lists a video input. Asked once per page (each card reads the same answer); false until it is known,
 * on the server, and where the browser cannot tell.
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

export function useHasCamera(): boolean {
  const [hasCamera, setHasCamera] = useState(false);
  useEffect(() => {
    const media = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
    if (typeof media?.getUserMedia !== 'function' || typeof media.enumerateDevices !== 'function') return;
    let current = true;
    void cameraListed(media).then((listed) => current && setHasCamera(listed));
    return () => void (current = false);
  }, []);
  return hasCamera;
}
