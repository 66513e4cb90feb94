/**
 * Where a file is chosen: a drop area, a "Choose a file" button (a real, visually hidden
 * `<input type="file">` operated through its label) and, on touch devices, "Take a photo" with the
 * rear camera. Reports one file; the caller checks it.
 */
import { useRef, useState, useSyncExternalStore, type ChangeEvent, type DragEvent } from 'react';
import { DOCUMENT_ACCEPT } from '../../core/documentUpload';
import { useKyc } from '../context/KycContext';

const CAMERA_ACCEPT = DOCUMENT_ACCEPT.split(',')
  .filter((type) => type.startsWith('image/'))
  .join(',');

export interface FileDropZoneProps {
  /** Id of the file input (the field's main control). */
  inputId: string;
  /** Text of the choose button: "Choose a file", or "Replace file" when there is one. */
  chooseLabel: string;
  /** Ids that describe the input (field description, error); the hint is added. */
  describedBy?: string | undefined;
  invalid?: boolean | undefined;
  disabled?: boolean | undefined;
  onFile: (file: File) => void;
}

export function FileDropZone({ inputId, chooseLabel, describedBy, invalid, disabled, onFile }: FileDropZoneProps) {
  const { t } = useKyc();
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const touch = useCoarsePointer();
  const hintId = `${inputId}-hint`;
  const description = [describedBy, hintId].filter(Boolean).join(' ');

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again must fire again
    if (file) onFile(file);
  };
  const dragEnter = (event: DragEvent) => {
    if (disabled || !hasFiles(event)) return;
    event.preventDefault();
    depth.current += 1;
    setDragging(true);
  };
  const dragOver = (event: DragEvent) => {
    if (disabled || !hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const dragLeave = () => {
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setDragging(false);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    depth.current = 0;
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (!disabled && file) onFile(file);
  };

  return (
    <div
      className="kyc-dropzone"
      data-state={dragging ? 'dragover' : 'idle'}
      data-disabled={disabled || undefined}
      onDragEnter={dragEnter}
      onDragOver={dragOver}
      onDragLeave={dragLeave}
      onDrop={drop}
    >
      <p className="kyc-dropzone__text">{t('document.drop')}</p>
      <div className="kyc-dropzone__actions">
        <input
          id={inputId}
          type="file"
          className="kyc-visually-hidden kyc-dropzone__input"
          accept={DOCUMENT_ACCEPT}
          disabled={disabled}
          aria-describedby={description}
          aria-invalid={invalid || undefined}
          onChange={pick}
        />
        <label htmlFor={inputId} className="kyc-button kyc-button--secondary kyc-dropzone__button">
          {chooseLabel}
        </label>
        {touch ? (
          <>
            <input
              id={`${inputId}-camera`}
              type="file"
              className="kyc-visually-hidden kyc-dropzone__input"
              accept={CAMERA_ACCEPT}
              capture="environment"
              disabled={disabled}
              aria-describedby={description}
              onChange={pick}
            />
            <label htmlFor={`${inputId}-camera`} className="kyc-button kyc-button--secondary kyc-dropzone__button">
              {t('document.camera')}
            </label>
          </>
        ) : null}
      </div>
      <p className="kyc-dropzone__hint" id={hintId}>
        {t('document.hint')}
      </p>
    </div>
  );
}

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

const COARSE = '(pointer: coarse)';

function subscribeCoarse(onChange: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(COARSE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function isCoarse(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(COARSE).matches;
}

/** Whether the main pointer is a finger (phones, tablets): those get the "Take a photo" button. */
function useCoarsePointer(): boolean {
  return useSyncExternalStore(subscribeCoarse, isCoarse, () => false);
}
