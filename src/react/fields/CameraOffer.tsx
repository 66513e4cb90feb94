/**
 * Beside an empty side's file picker: "Use the camera" where the device has one (`useHasCamera`), and
 * once the camera could not be used, one sentence that says why (an alert). The picker stays usable
 * either way; after "No camera was found" the button is not offered again.
 */
import type { CameraFailure } from '../../core/cameraSession';
import { useKyc } from '../context/KycContext';
import type { UseCameraResult } from '../hooks/useCamera';
import { useHasCamera } from '../hooks/useHasCamera';

const PROBLEM = {
  denied: 'camera.denied',
  missing: 'camera.missing',
  in_use: 'camera.inUse',
  failed: 'camera.failed',
} as const satisfies Record<CameraFailure, string>;

export interface CameraOfferProps {
  camera: UseCameraResult;
  disabled?: boolean | undefined;
}

export function CameraOffer({ camera, disabled }: CameraOfferProps) {
  const { t } = useKyc();
  const hasCamera = useHasCamera();
  const offered = hasCamera && !disabled && camera.problem !== 'missing';
  if (!offered && !camera.problem) return null;
  return (
    <div className="kyc-camera-offer">
      {offered ? (
        <button type="button" className="kyc-button kyc-button--secondary kyc-camera__open" onClick={camera.start}>
          {t('camera.open')}
        </button>
      ) : null}
      {camera.problem ? (
        <p className="kyc-camera__problem" role="alert">
          {t(PROBLEM[camera.problem])}
        </p>
      ) : null}
    </div>
  );
}
