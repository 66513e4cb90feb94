/**
 * The retake screen of a document side: the photo that failed a capture check, large, with one
 * sentence of what is wrong and what to do, "Retake" (primary: lets the photo go and opens the side's
 * file input, id `id`, again, or the live camera for a photo it took) and "Use it anyway" (secondary: uploads it as it is). The sentence takes focus, so a screen reader says it.
 */
import { useEffect, useRef, type MouseEvent } from 'react';
import { useKyc } from '../context/KycContext';
import type { HeldPhoto } from '../hooks/useCaptureCheck';

export interface RetakeScreenProps {
  /** The side's field id; the sentence is `${id}-retake`. */
  id: string;
  photo: HeldPhoto;
  onRetake: () => void;
  onUseAnyway: () => void;
}

export function RetakeScreen({ id, photo, onRetake, onUseAnyway }: RetakeScreenProps) {
  const { t } = useKyc();
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => message.current?.focus(), [photo]);
  const retake = (event: MouseEvent<HTMLButtonElement>) => {
    const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
    onRetake();
    if (photo.source === 'file') root.getElementById(id)?.click();
  };

  return (
    <div className="kyc-document__uploaded kyc-retake" data-problem={photo.problem}>
      <img className="kyc-document__image kyc-retake__photo" src={photo.url} alt={t('capture.preview')} />
      <div className="kyc-document__preview kyc-retake__body">
        <p className="kyc-document__note kyc-retake__message" id={`${id}-retake`} tabIndex={-1} ref={message}>
          {t(`capture.${photo.problem}`)}
        </p>
        <div className="kyc-document__actions kyc-retake__actions">
          <button type="button" className="kyc-button kyc-button--primary kyc-retake__retake" onClick={retake}>
            {t('capture.retake')}
          </button>
          <button type="button" className="kyc-button kyc-button--secondary kyc-retake__use" onClick={onUseAnyway}>
            {t('capture.useAnyway')}
          </button>
        </div>
      </div>
    </div>
  );
}
