/** Tells the client which answers another tab or device changed, now shown with the server's value. */
import type { StaleAnswer } from '../../core/staleAnswers';
import { useKyc } from '../context/KycContext';

export function ChangedElsewhereNotice({ changed }: { changed: readonly StaleAnswer[] }) {
  const { t, locale } = useKyc();
  const titles = changed.map((answer) => `\u2068${answer.title}\u2069`);
  const answers = new Intl.ListFormat(locale, { type: 'conjunction' }).format(titles);
  return (
    <p className="kyc-note" role="status">
      {changed.length ? t('summary.changedElsewhere', { answers }) : null}
    </p>
  );
}
