/**
 * Where a file is chosen. `FileInput` is the side's one visually hidden `<input type="file">` (mounted
 * while the side goes from empty to uploaded, so focus stays on it); the buttons are its labels.
 * `FileDropZone` is the empty side: a drop area with the example of a good photo, "Choose a file", the
 * caller's other buttons beside it (the live camera), "Take a photo" (the native camera app, rear
 * camera) where the caller offers it, and what the caller says under the buttons; "Drag a file here"
 * only where a mouse can drag. The `replace` variant is the button alone, for a side that has its file.
 * Reports one file; the caller checks it.
 */
import type { ChangeEvent, ReactNode, Ref } from 'react';
import { DOCUMENT_ACCEPT } from '../../core/documentUpload';
import { useKyc } from '../context/KycContext';
import { useCoarsePointer } from '../hooks/useCoarsePointer';
import { useFileDrop } from '../hooks/useFileDrop';

const CAMERA_ACCEPT = DOCUMENT_ACCEPT.split(',')
  .filter((type) => type.startsWith('image/'))
  .join(',');

/** Reports the picked file and empties the input, so choosing the same file again fires again. */
const picked = (onFile: (file: File) => void) => (event: ChangeEvent<HTMLInputElement>) => {
  const file = event.target.files?.[0];
  event.target.value = '';
  if (file) onFile(file);
};

export interface FileInputProps {
  inputRef?: Ref<HTMLInputElement> | undefined;
  id: string;
  /** Its name while no button (label) is on screen, e.g. during an upload. */
  label?: string | undefined;
  describedBy?: string | undefined;
  invalid?: boolean | undefined;
  disabled?: boolean | undefined;
  onFile: (file: File) => void;
}

export function FileInput({ inputRef, id, label, describedBy, invalid, disabled, onFile }: FileInputProps) {
  return (
    <input
      ref={inputRef}
      id={id}
      aria-label={label}
      type="file"
      className="kyc-visually-hidden kyc-dropzone__input kyc-document__input"
      accept={DOCUMENT_ACCEPT}
      disabled={disabled}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onChange={picked(onFile)}
    />
  );
}

export interface FileDropZoneProps {
  /** Id of the side's `FileInput`, which the buttons operate. */
  inputId: string;
  /** Text of the choose button: "Choose a file", or "Replace file" when there is one. */
  chooseLabel: string;
  /** Ids that describe the camera input (field description, error, hint). */
  describedBy?: string | undefined;
  disabled?: boolean | undefined;
  onFile: (file: File) => void;
  /** `zone` (default): the drop area with its buttons; `replace`: the choose button only. */
  variant?: 'zone' | 'replace';
  /** Shown first inside the drop area (the example of a good photo). */
  children?: ReactNode;
  /** What a good photo is, shown above the buttons. */
  tip?: string | undefined;
  /** Offer the native "Take a photo" (`<input capture>`); the caller asks `core/cameraControls.ts`. */
  nativeCamera?: boolean | undefined;
  /** More buttons in the row, after "Choose a file" (the live camera). */
  actions?: ReactNode;
  /** Right under the buttons (why the camera could not be used). */
  notice?: ReactNode;
}

export function FileDropZone(props: FileDropZoneProps) {
  const { inputId, chooseLabel, describedBy, disabled, onFile, variant = 'zone', children, tip } = props;
  const { nativeCamera, actions, notice } = props;
  const { t } = useKyc();
  const drop = useFileDrop(disabled, onFile);
  const touch = useCoarsePointer();

  const chooseButton = (
    <label htmlFor={inputId} className="kyc-button kyc-button--secondary kyc-dropzone__button kyc-document__choose">
      {chooseLabel}
    </label>
  );
  if (variant === 'replace') return chooseButton;

  return (
    <div
      className="kyc-dropzone"
      data-state={drop.dragging ? 'dragover' : 'idle'}
      data-disabled={disabled || undefined}
      {...drop.handlers}
    >
      {children}
      <div className="kyc-dropzone__body">
        {tip ? <p className="kyc-dropzone__tip">{tip}</p> : null}
        <div className="kyc-dropzone__actions">
          {touch ? null : <span className="kyc-dropzone__text">{t('document.drop')}</span>}
          <div className="kyc-dropzone__buttons">
            {chooseButton}
            {actions}
            {nativeCamera ? (
              <>
                <input
                  id={`${inputId}-camera`}
                  type="file"
                  className="kyc-visually-hidden kyc-dropzone__input"
                  accept={CAMERA_ACCEPT}
                  capture="environment"
                  disabled={disabled}
                  aria-describedby={describedBy}
                  onChange={picked(onFile)}
                />
                <label htmlFor={`${inputId}-camera`} className="kyc-button kyc-button--secondary kyc-dropzone__button">
                  {t('document.camera')}
                </label>
              </>
            ) : null}
          </div>
        </div>
        {notice}
        <p className="kyc-dropzone__hint" id={`${inputId}-hint`}>
          {t('document.hint')}
        </p>
      </div>
    </div>
  );
}
