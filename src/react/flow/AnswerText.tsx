/**
 * A saved answer as the client reads it in the summary: option titles, dates and numbers in their locale
 * (numbers with every digit, never rounded), file names. Multi-line answers keep their lines. Direction
 * (`core/answerDirection.ts`): phone numbers and e-mail addresses are left-to-right isolates, so an Arabic
 * screen shows "+49 151 …", never "… 151 49+"; what the client or the server wrote takes the direction of
 * its first letter ("10115 Berlin" stays "10115 Berlin"); the widget's own words follow the screen.
 */
import { useQuery } from '@tanstack/react-query';
import { isAnswered } from '../../core/answerRules';
import { answerDirection } from '../../core/answerDirection';
import { fieldKind } from '../../core/attributes';
import { formatNumberInput, parseNumberInput } from '../../core/numberInput';
import type { Attribute, KycDocument } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { definitionsQuery } from '../queries';

export function AnswerText({ attribute, value }: { attribute: Attribute; value: unknown }) {
  const { t, locale } = useKyc();
  const kind = fieldKind(attribute);
  if (kind === 'liveness_token' || kind === 'liveness_url') {
    return <>{isAnswered(attribute) ? t('summary.livenessDone') : t('summary.empty')}</>;
  }
  const empty = <span className="kyc-muted">{t('summary.empty')}</span>;
  if (value === null || value === undefined || value === '') return empty;
  // A value of another type than the kind's (an object where text was expected) shows as no answer,
  // never as "[object Object]"; text where a number was expected shows as written.
  const text = textOf(value);
  switch (kind) {
    case 'reference':
      if (text === null) return empty;
      return (
        <bdi>
          <ReferenceAnswer attributeKey={attribute.key} value={text} />
        </bdi>
      );
    case 'boolean':
      if (typeof value !== 'boolean') return empty;
      return <>{value ? t('field.boolean.yes') : t('field.boolean.no')}</>;
    case 'date':
      return text === null ? empty : <>{formatDate(text, locale)}</>;
    case 'number':
      return text === null ? empty : <>{numberText(value, locale)}</>;
    case 'legal_document':
      return <>{t('summary.accepted')}</>;
    case 'document': {
      const files = filesOf(value);
      const names = files
        .map((file) => textOf(file.name) ?? '')
        .filter(Boolean)
        .join(', ');
      return names ? <bdi>{names}</bdi> : <>{t('summary.document', { count: files.length })}</>;
    }
    default:
      if (typeof value === 'object') return empty;
      return (
        <bdi dir={answerDirection(kind) === 'ltr' ? 'ltr' : 'auto'}>
          <Lines text={String(value)} />
        </bdi>
      );
  }
}

/** Text with its line breaks kept (an address over two lines stays on two lines). */
function Lines({ text }: { text: string }) {
  const lines = text.split(/\r\n?|\n/);
  return (
    <>
      {lines.map((line, index) => (
        <span key={index}>
          {index > 0 ? <br /> : null}
          {line}
        </span>
      ))}
    </>
  );
}

/** A string, or a finite number as text; null for anything else (an object, an array, a boolean). */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
}

/** The files of a document answer, when it has a list of them. */
function filesOf(value: unknown): Partial<KycDocument['files'][number]>[] {
  const files = typeof value === 'object' && value !== null ? (value as { files?: unknown }).files : undefined;
  return Array.isArray(files) ? files.filter((file) => typeof file === 'object' && file !== null) : [];
}

function ReferenceAnswer({ attributeKey, value }: { attributeKey: string; value: string }) {
  const { client } = useKyc();
  const { data } = useQuery(definitionsQuery(client, attributeKey));
  return <>{data?.find((definition) => definition.value === value)?.title ?? value}</>;
}

/**
 * A stored number in the locale's format, every digit kept; a number the server sent as plain text
 * ("48000.5") too, when it converts exactly. Anything else is shown as it is.
 */
function numberText(value: unknown, locale: string): string {
  if (typeof value === 'number' && Number.isFinite(value)) return formatNumberInput(value, locale);
  const read = typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? parseNumberInput(value, 'en') : null;
  return read?.kind === 'number' ? formatNumberInput(read.value, locale) : String(value);
}

function formatDate(iso: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
