/**
 * A `legal_document` question: the current document (title, version, sanitised content in a scrollable
 * region and/or a safe link to it) and a consent checkbox. The answer is the accepted document's uuid.
 *
 * The document's title is on screen once: as the legend when the question is titled like the document,
 * else as a heading under the question's legend. The link ("Read the full text") and the consent ("I have
 * read and accept this document") sit inside that named group and do not repeat it.
 *
 * The box is never ticked by default: it is ticked only when the answer equals the uuid of the document
 * the server publishes now. An answer naming another document (an earlier version) leaves it unticked,
 * with a note saying when the document was updated, so the client has to accept the new version: an
 * earlier acceptance is never carried over. Ticking reports the uuid, unticking reports null. When the
 * document has neither content nor a link that may be opened, the box stays disabled: nobody can accept
 * what they cannot read.
 *
 * Consent proof: once the answer is saved, the field reports which document, version and text the client
 * accepted or withdrew (`onConsent`, `legal_document_*` events; see `useConsentReport` for when outside
 * the flow).
 */
import { useQuery } from '@tanstack/react-query';
import { acceptanceOf, shownText } from '../../core/consent';
import { toSafeDocumentUrl } from '../../core/legalDocumentUrl';
import type { LegalDocument } from '../../core/schemas';
import { sanitizeLegalHtml } from '../../core/sanitizeHtml';
import { useKyc } from '../context/KycContext';
import { legalDocumentQuery } from '../queries';
import { FieldShell, describedBy } from './FieldShell';
import type { FieldProps } from './fieldProps';
import { LegalDocumentContent } from './LegalDocumentContent';
import { updatedNote } from './legalDocumentNote';
import { LoadState } from './LoadState';
import { useConsentReport } from './useConsentReport';

export function LegalDocumentField(props: FieldProps<string>) {
  const { question, id, error, disabled } = props;
  const { client, clientType, t } = useKyc();
  const query = useQuery(legalDocumentQuery(client, question.attribute.key, clientType));
  const legalDocument = query.data;

  return (
    <FieldShell id={id} question={question} error={error} disabled={disabled} kind="legal_document" as="group">
      <LoadState
        query={query}
        hasData={Boolean(legalDocument)}
        block="kyc-legal"
        loading={t('legal.loading')}
        failed={t('legal.loadError')}
        retry={t('legal.retry')}
      />
      {legalDocument ? <LegalDocumentBody {...props} legalDocument={legalDocument} /> : null}
    </FieldShell>
  );
}

function LegalDocumentBody({
  legalDocument,
  question,
  id,
  value,
  onValueChange,
  onBlur,
  error,
  disabled,
  applicationUuid,
}: FieldProps<string> & { legalDocument: LegalDocument }) {
  const { t, locale, allowLocalhostLinks } = useKyc();
  const record = useConsentReport(question.attribute.key, applicationUuid, value);
  const titleId = `${id}-document-title`;
  const noteId = `${id}-note`;
  const link = toSafeDocumentUrl(legalDocument.url, { allowLocalhost: allowLocalhostLinks });
  const content = legalDocument.content ?? '';
  const readable = content.trim() !== '' || link !== null;
  const acceptance = acceptanceOf(value, legalDocument);
  const note =
    acceptance === 'outdated' ? updatedNote(legalDocument, t, locale) : readable ? null : t('legal.unavailable');
  const version =
    legalDocument.version === null || legalDocument.version === undefined ? '' : String(legalDocument.version);
  // The legend already names the document when the question's title is the document's title.
  const showTitle = legalDocument.title.trim().toLowerCase() !== question.title.trim().toLowerCase();
  const described = [describedBy(id, question, error), note ? noteId : ''].filter(Boolean).join(' ');

  function change(checked: boolean) {
    const next = checked ? legalDocument.uuid : null;
    const sanitised = sanitizeLegalHtml(content);
    const shown = shownText(legalDocument, sanitised, link?.href ?? null) ?? {
      kind: 'content' as const,
      text: sanitised,
      source: content,
    };
    record(next, legalDocument, shown);
    onValueChange(next);
  }

  return (
    <div className="kyc-legal" data-state={acceptance}>
      {showTitle || version !== '' ? (
        <p className="kyc-legal__heading">
          {showTitle ? (
            <span className="kyc-legal__title" id={titleId} dir="auto">
              {legalDocument.title}
            </span>
          ) : null}
          {version !== '' ? <span className="kyc-legal__version">{t('legal.version', { version })}</span> : null}
        </p>
      ) : null}
      {content.trim() !== '' ? (
        <LegalDocumentContent
          html={content}
          {...(showTitle ? { labelledBy: titleId } : { label: legalDocument.title })}
        />
      ) : null}
      {link ? (
        <p className="kyc-legal__link">
          <a href={link.href} target="_blank" rel="noopener noreferrer">
            {t('legal.openFull')}
          </a>
        </p>
      ) : null}
      {note ? (
        <p className="kyc-legal__note" id={noteId}>
          {note}
        </p>
      ) : null}
      <div className="kyc-legal__consent">
        <input
          type="checkbox"
          id={id}
          name={question.attribute.key}
          className="kyc-checkbox"
          checked={acceptance === 'accepted'}
          disabled={disabled || !readable}
          aria-invalid={error ? true : undefined}
          aria-required={question.is_required || undefined}
          aria-describedby={described === '' ? undefined : described}
          onChange={(event) => change(event.target.checked)}
          onBlur={onBlur}
        />
        <label htmlFor={id} className="kyc-legal__accept">
          {t('legal.acceptThis')}
        </label>
      </div>
    </div>
  );
}
