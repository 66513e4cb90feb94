/**
 * The options of a reference question: its attribute's definitions, loaded through the query cache (one
 * request per attribute key), and a search over them (case- and diacritic-insensitive, prefix matches first).
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Definition } from '../../core/schemas';
import { createOptionFilter } from '../../core/filterOptions';
import { useKyc } from '../context/KycContext';
import { definitionsQuery } from '../queries';

const EMPTY: readonly Definition[] = [];

export function useReferenceOptions(attributeKey: string) {
  const { client } = useKyc();
  const definitions = useQuery(definitionsQuery(client, attributeKey));
  const options = definitions.data ?? EMPTY;
  const search = useMemo(() => createOptionFilter(options), [options]);
  return { definitions, options, search };
}
