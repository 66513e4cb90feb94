/**
 * The camera controls of an empty document side (`core/cameraControls.ts`), from this device: whether
 * its main pointer is a finger (`useCoarsePointer`) and whether it lists a camera (`useHasCamera`).
 */
import { cameraControls, type CameraControls } from '../../core/cameraControls';
import type { CameraFailure } from '../../core/cameraSession';
import { useCoarsePointer } from './useCoarsePointer';
import { useHasCamera } from './useHasCamera';

export function useCameraControls(problem: CameraFailure | null, disabled: boolean): CameraControls {
  const touch = useCoarsePointer();
  const hasCamera = useHasCamera();
  return cameraControls({ touch, hasCamera, problem, disabled });
}
