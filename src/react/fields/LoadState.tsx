/**
 * What a field shows while its server data loads, and when loading failed: a polite status, or an
 * alert with a retry. `block` keeps each field's class names (`kyc-select`, `kyc-legal`).
 */
import type { UseQueryResult } from '@tanstack/react-query';

export interface LoadStateProps {
  query: Pick<UseQueryResult, 'isPending' | 'isError' | 'isFetching' | 'refetch'>;
  /** Whether usable data is on screen anyway (an error then stays quiet). */
  hasData: boolean;
  block: string;
  loading: string;
  failed: string;
  retry: string;
}

export function LoadState({ query, hasData, block, loading, failed, retry }: LoadStateProps) {
  if (query.isPending) {
    return (
      <p className={`${block}__message`} role="status">
        {loading}
      </p>
    );
  }
  if (!query.isError || hasData) return null;
  return (
    <div className={`${block}__message`} data-state="error">
      <p role="alert">{failed}</p>
      <button
        type="button"
        className={`kyc-button ${block}__retry`}
        onClick={() => void query.refetch()}
        disabled={query.isFetching}
      >
        {retry}
      </button>
    </div>
  );
}
