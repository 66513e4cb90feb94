/**
 * An empty document side: the drop area with an example of a good photo, "Choose a file" and the
 * camera controls `core/cameraControls.ts` offers on this device ("Use the camera", the native "Take a
 * photo"), with the sentence when the camera could not be used under them; while the camera is open,
 * its capture screen instead.
 */
import { documentKindOf, documentSideOf } from '../../core/documentChoice';
import { useKyc } from '../context/KycContext';
import { useCameraControls } from '../hooks/useCameraControls';
import type { CaptureCheck } from '../hooks/useCaptureCheck';
import { CameraCapture } from './CameraCapture';
import { CameraOffer, CameraProblem } from './CameraOffer';
import { DocumentExample } from './DocumentExample';
import { documentTip } from './documentMessages';
import { FileDropZone } from './FileDropZone';

export interface DocumentEmptySideProps {
  /** The side's field id (its file input's id). */
  id: string;
  attributeKey: string;
  describedBy?: string | undefined;
  disabled?: boolean | undefined;
  capture: CaptureCheck;
}

export function DocumentEmptySide({ id, attributeKey, describedBy, disabled, capture }: DocumentEmptySideProps) {
  const { t } = useKyc();
  const { camera } = capture;
  const controls = useCameraControls(camera.problem, Boolean(disabled));
  if (camera.open) return <CameraCapture id={id} kind={capture.kind} camera={camera} />;
  return (
    <FileDropZone
      inputId={id}
      chooseLabel={t('document.choose')}
      describedBy={describedBy}
      disabled={disabled}
      onFile={capture.check}
      tip={documentTip(attributeKey, t)}
      nativeCamera={controls.native}
      actions={controls.live ? <CameraOffer onOpen={camera.start} /> : null}
      notice={<CameraProblem problem={camera.problem} />}
    >
      <DocumentExample kind={documentKindOf(attributeKey)} side={documentSideOf(attributeKey)} />
    </FileDropZone>
  );
}
