/**
 * The live camera of a document side: the camera's picture with a frame guide in the document's shape
 * (a card, a passport page, an A4 sheet), a hint that says what is wrong in the customer's words (a
 * status: read out only when the reason changes), "Take photo" (which takes focus when the screen
 * opens) and "Choose a file instead" (closes the camera and hands focus to the side's file input, id
 * `id`). The photo is also taken on its own once the picture is sharp and steady (`core/autoCapture.ts`).
 */
import { useEffect, useRef, type MouseEvent } from 'react';
import type { CaptureKind } from '../../core/captureChecks';
import { useKyc } from '../context/KycContext';
import type { UseCameraResult } from '../hooks/useCamera';

export interface CameraCaptureProps {
  /** The side's field id (its file input's id); the hint is `${id}-camera-hint`. */
  id: string;
  /** The shape of the frame guide. */
  kind: CaptureKind;
  camera: UseCameraResult;
}

export function CameraCapture({ id, kind, camera }: CameraCaptureProps) {
  const { t } = useKyc();
  const shoot = useRef<HTMLButtonElement>(null);
  useEffect(() => shoot.current?.focus(), []);
  const { phase, hint } = camera.snapshot;
  const close = (event: MouseEvent<HTMLButtonElement>) => {
    const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
    camera.close();
    root.getElementById(id)?.focus();
  };

  return (
    <div className="kyc-camera" data-shape={kind} data-phase={phase} data-hint={hint}>
      <div className="kyc-camera__view">
        <video className="kyc-camera__video" ref={camera.videoRef} muted playsInline autoPlay aria-hidden="true" />
        <div className="kyc-camera__guide" aria-hidden="true" />
      </div>
      <p className="kyc-camera__hint" id={`${id}-camera-hint`} role="status">
        {t(`camera.hint.${hint}`)}
      </p>
      <div className="kyc-camera__actions">
        <button
          type="button"
          ref={shoot}
          className="kyc-button kyc-button--primary kyc-camera__shoot"
          aria-describedby={`${id}-camera-hint`}
          onClick={camera.takePhoto}
        >
          {t('camera.shoot')}
        </button>
        <button type="button" className="kyc-button kyc-button--secondary kyc-camera__close" onClick={close}>
          {t('camera.close')}
        </button>
      </div>
    </div>
  );
}
