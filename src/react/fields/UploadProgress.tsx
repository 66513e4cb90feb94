/** The progress of one upload: a labelled `<progress>` and the Cancel button. */
import { useKyc } from '../context/KycContext';

export interface UploadProgressProps {
  /** Id of the `<progress>` element. */
  id: string;
  /** The file's name, shown in the label. */
  name: string;
  /** 0–100. */
  percent: number;
  onCancel: () => void;
}

export function UploadProgress({ id, name, percent, onCancel }: UploadProgressProps) {
  const { t } = useKyc();
  return (
    <div className="kyc-upload">
      <label className="kyc-upload__label" htmlFor={id}>
        {t('document.uploading', { name, percent })}
      </label>
      <progress className="kyc-upload__bar" id={id} max={100} value={percent} />
      <button type="button" className="kyc-button kyc-button--secondary kyc-upload__cancel" onClick={onCancel}>
        {t('document.cancel')}
      </button>
    </div>
  );
}

/** Whole percent of `loaded` of `total` (0 when the total is unknown). */
export function percentOf(progress: { loaded: number; total: number } | null): number {
  if (!progress || progress.total <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((progress.loaded / progress.total) * 100)));
}
