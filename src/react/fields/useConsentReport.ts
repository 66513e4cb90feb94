/**
 * Reports a legal document consent (event `legal_document_accepted` / `_withdrawn` and `onConsent`, through
 * the context's one channel) once the answer is saved on the server.
 *
 * Inside the flow the answer goes to the application's autosave queue: the consent is reported when the
 * queue has saved that answer (a failed save reports nothing until a retry succeeds; an answer replaced
 * before it was saved, or one that leaves the saved answer as it was, reports nothing). Outside the flow
 * (a partner's own layout, no application form around the field) nothing tells the field when the
 * partner saves, so the consent is reported when the box is ticked or unticked.
 */
import { useCallback, useContext, useRef } from 'react';
import { buildConsentDetails, type ConsentDetails, type ShownText } from '../../core/consent';
import type { LegalDocument } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { ApplicationFormContext } from '../flow/ApplicationFormContext';
import { useOnSaved } from '../hooks/useOnSaved';

interface Awaited {
  value: string | null;
  details: Promise<ConsentDetails>;
}

/**
 * @returns `record(next, document, shown)`: call it with the new answer before reporting it to the form.
 */
export function useConsentReport(attributeKey: string, applicationUuid: string, value: string | null) {
  const { report, locale } = useKyc();
  const queue = useContext(ApplicationFormContext)?.queue;
  const awaiting = useRef<Awaited | null>(null);
  /** The answer last known to be on the server (the one the field opened with, then each saved one). */
  const saved = useRef<unknown>(value);

  useOnSaved(queue, attributeKey, (stored) => {
    const before = saved.current ?? null;
    saved.current = stored;
    const consent = awaiting.current;
    if (!consent || consent.value !== (stored ?? null)) return;
    awaiting.current = null;
    if (before === (stored ?? null)) return;
    void consent.details.then(report.consented);
  });

  return useCallback(
    (next: string | null, document: LegalDocument, shown: ShownText) => {
      const details = buildConsentDetails({
        action: next === null ? 'withdrawn' : 'accepted',
        attributeKey,
        applicationUuid,
        document,
        shown,
        locale,
        at: new Date(),
      });
      if (queue) awaiting.current = { value: next, details };
      else void details.then(report.consented);
    },
    [attributeKey, applicationUuid, locale, queue, report],
  );
}
