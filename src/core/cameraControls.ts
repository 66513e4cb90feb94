/**
 * Which camera controls an empty document side offers. "Use the camera" (the live camera, which checks
 * the photo and guides the framing) where the device lists a camera; on touch devices the native
 * "Take a photo" (the phone's own camera app, which needs no browser permission) only where the live
 * one is not offered or could not be used (blocked, taken by another app, failed), so there is never a
 * dead end and never two cameras side by side while the live one works. While the device has not yet
 * said whether it lists a camera, neither: nothing is offered and then taken back.
 */
import type { CameraFailure } from './cameraSession';

export interface CameraControlsInput {
  /** The main pointer is a finger (phones, tablets). */
  touch: boolean;
  /** The device lists a camera the browser may ask for; `undefined` while that is not known yet. */
  hasCamera: boolean | undefined;
  /** Why the live camera could not be used last time, if it could not. */
  problem: CameraFailure | null;
  /** The side takes no file now. */
  disabled: boolean;
}

export interface CameraControls {
  /** "Use the camera". */
  live: boolean;
  /** The native "Take a photo" (an `<input capture>`). */
  native: boolean;
}

export function cameraControls({ touch, hasCamera, problem, disabled }: CameraControlsInput): CameraControls {
  if (hasCamera === undefined) return { live: false, native: false };
  const live = hasCamera && !disabled && problem !== 'missing';
  return { live, native: touch && (!live || problem !== null) };
}
