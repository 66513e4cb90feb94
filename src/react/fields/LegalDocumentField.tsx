/**
 * A `legal_document` question: the current document (title, version, sanitised content in a scrollable
 * region and/or a safe link to it) and a consent checkbox. The answer is the accepted document's uuid.
 *
 * The box is never ticked by default: it is ticked only when the answer equals the uuid of the document
 * the server publishes now. An answer naming an older document leaves it unticked (with a note), so the
 * client has to accept the new version. Ticking reports the uuid, unticking reports null. When the
 * document has neither content nor a link that may be opened, the box stays disabled: nobody can accept
 * what they cannot read.
 */
import { useQuery } from '@tanstack/react-query';
import type { LegalDocument } from '../../core/schemas';
import { toSafeDocumentUrl } from '../../core/legalDocumentUrl';
import { LoadState } from './LoadState';
import { FieldShell, describedBy } from './FieldShell';
import type { FieldProps } from './fieldProps';
import { LegalDocumentContent } from './LegalDocumentContent';
import { useKyc } from '../context/KycContext';
import { legalDocumentQuery } from '../queries';

export function LegalDocumentField({
  question,
  id,
  value,
  onValueChange,
  onBlur,
  error,
  disabled,
}: FieldProps<string>) {
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
      {legalDocument ? (
        <LegalDocumentBody
          legalDocument={legalDocument}
          question={question}
          id={id}
          value={value}
          onValueChange={onValueChange}
          onBlur={onBlur}
          error={error}
          disabled={disabled}
        />
      ) : null}
    </FieldShell>
  );
}

interface LegalDocumentBodyProps extends Omit<FieldProps<string>, 'applicationUuid'> {
  legalDocument: LegalDocument;
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
}: LegalDocumentBodyProps) {
  const { t, allowLocalhostLinks } = useKyc();
  const titleId = `${id}-document-title`;
  const noteId = `${id}-note`;
  const link = toSafeDocumentUrl(legalDocument.url, { allowLocalhost: allowLocalhostLinks });
  const content = legalDocument.content ?? '';
  const readable = content.trim() !== '' || link !== null;
  const accepted = value === legalDocument.uuid;
  const outdated = typeof value === 'string' && value !== '' && !accepted;
  const note = outdated ? t('legal.newVersion') : readable ? null : t('legal.unavailable');
  const version =
    legalDocument.version === null || legalDocument.version === undefined ? '' : String(legalDocument.version);
  const described = [describedBy(id, question, error), note ? noteId : ''].filter(Boolean).join(' ');

  return (
    <div className="kyc-legal" data-state={accepted ? 'accepted' : outdated ? 'outdated' : 'open'}>
      <p className="kyc-legal__heading">
        <span className="kyc-legal__title" id={titleId}>
          {legalDocument.title}
        </span>
        {version !== '' ? <span className="kyc-legal__version">{t('legal.version', { version })}</span> : null}
      </p>
      {content.trim() !== '' ? <LegalDocumentContent html={content} labelledBy={titleId} /> : null}
      {link ? (
        <p className="kyc-legal__link">
          <a href={link.href} target="_blank" rel="noopener noreferrer">
            {t('legal.open', { title: legalDocument.title })}
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
          checked={accepted}
          disabled={disabled || !readable}
          aria-invalid={error ? true : undefined}
          aria-required={question.is_required || undefined}
          aria-describedby={described === '' ? undefined : described}
          onChange={(event) => onValueChange(event.target.checked ? legalDocument.uuid : null)}
          onBlur={onBlur}
        />
        <label htmlFor={id} className="kyc-legal__accept">
          {t('legal.accept', { title: legalDocument.title })}
        </label>
      </div>
    </div>
  );
}
