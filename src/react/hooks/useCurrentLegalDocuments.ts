/**
 * Which version of each legal document of an application is published now, as the widget knows it:
 * the documents the legal-document fields read (the query cache), and, with `load`, read here too (the
 * summary, whose Send must know them though no field is on screen). The questionnaire's rules take it
 * (`CurrentLegalDocuments`): an acceptance of an earlier version counts as no answer there. Unknown until
 * read; the getter changes only when a document's uuid does.
 */
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { CurrentLegalDocuments } from '../../core/answerRules';
import { fieldKind } from '../../core/attributes';
import { allQuestions } from '../../core/flow';
import type { Application } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { legalDocumentQuery } from '../queries';

export function useCurrentLegalDocuments(application: Application, load: boolean): CurrentLegalDocuments {
  const { client, clientType } = useKyc();
  // Keys and uuids travel as JSON text, which changes only when they do (any key, even one with a line break).
  const keyList = JSON.stringify(
    allQuestions(application)
      .filter(({ question }) => fieldKind(question.attribute) === 'legal_document')
      .map(({ question }) => question.attribute.key),
  );
  const keys = useMemo(() => JSON.parse(keyList) as string[], [keyList]);
  const uuids = useQueries({
    queries: keys.map((key) => ({ ...legalDocumentQuery(client, key, clientType), enabled: load })),
    combine: (results) => JSON.stringify(results.map((result) => result.data?.uuid ?? null)),
  });
  return useMemo(() => {
    const list = JSON.parse(uuids) as (string | null)[];
    const byKey = new Map(keys.map((key, index) => [key, list[index] ?? undefined]));
    return (key) => byKey.get(key);
  }, [keys, uuids]);
}
