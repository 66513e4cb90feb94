/**
 * Above a new application started after a rejection (or a lost application): which answers the server
 * kept from the earlier one, to check before sending. Shown only when it kept some; "Got it" hides it.
 */
import { useId } from 'react';
import { useKyc } from '../context/KycContext';

export interface KeptAnswersNoticeProps {
  /** The titles of the questions the new application already answers. */
  titles: readonly string[];
  onDismiss: () => void;
}

export function KeptAnswersNotice({ titles, onDismiss }: KeptAnswersNoticeProps) {
  const { t } = useKyc();
  const id = useId();
  if (titles.length === 0) return null;
  return (
    <section className="kyc-note kyc-kept" aria-labelledby={id}>
      <p id={id}>{t('kept.body')}</p>
      <details>
        <summary>{t('kept.show')}</summary>
        <ul className="kyc-kept__list">
          {titles.map((title) => (
            <li key={title} dir="auto">
              {title}
            </li>
          ))}
        </ul>
      </details>
      <button type="button" className="kyc-button kyc-button--link" onClick={onDismiss}>
        {t('kept.dismiss')}
      </button>
    </section>
  );
}
