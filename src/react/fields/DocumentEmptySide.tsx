/**
 * An empty document side: the drop area with an example of a good photo and "Choose a file", and beside
 * it "Use the camera" (where the device has one) with the sentence when the camera could not be used;
 * while the camera is open, its capture screen instead.
 */
import { documentKindOf, documentSideOf } from '../../core/documentChoice';
import { useKyc } from '../context/KycContext';
import type { CaptureCheck } from '../hooks/useCaptureCheck';
import { CameraCapture } from './CameraCapture';
import { CameraOffer } from './CameraOffer';
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
  if (capture.camera.open) return <CameraCapture id={id} kind={capture.kind} camera={capture.camera} />;
  return (
    <>
      <FileDropZone
        inputId={id}
        chooseLabel={t('document.choose')}
        describedBy={describedBy}
        disabled={disabled}
        onFile={capture.check}
        tip={documentTip(attributeKey, t)}
      >
        <DocumentExample kind={documentKindOf(attributeKey)} side={documentSideOf(attributeKey)} />
      </FileDropZone>
      <CameraOffer camera={capture.camera} disabled={disabled} />
    </>
  );
}
