/**
 * The live camera's place in an empty side's drop area: "Use the camera" beside "Choose a file" (where
 * `core/cameraControls.ts` offers it), and under the buttons, once the camera could not be used, one
 * sentence that says why (an alert). The picker stays usable either way.
 */
import type { CameraFailure } from '../../core/cameraSession';
import { useKyc } from '../context/KycContext';

const PROBLEM = {
  denied: 'camera.denied',
  missing: 'camera.missing',
  in_use: 'camera.inUse',
  failed: 'camera.failed',
} as const satisfies Record<CameraFailure, string>;

export function CameraOffer({ onOpen }: { onOpen: () => void }) {
  const { t } = useKyc();
  return (
    <button type="button" className="kyc-button kyc-button--secondary kyc-camera__open" onClick={onOpen}>
      {t('camera.open')}
    </button>
  );
}

export function CameraProblem({ problem }: { problem: CameraFailure | null }) {
  const { t } = useKyc();
  if (!problem) return null;
  return (
    <p className="kyc-camera__problem" role="alert">
      {t(PROBLEM[problem])}
    </p>
  );
}
