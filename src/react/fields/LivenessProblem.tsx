/** A liveness failure the client can act on: what went wrong, a button to try again, and any other way on. */
import type { ReactNode } from 'react';

export function LivenessProblem({
  message,
  retry,
  onRetry,
  children,
}: {
  message: string;
  retry: string;
  onRetry: () => void;
  /** Another way to go on (the check in a new tab), shown after Retry. */
  children?: ReactNode;
}) {
  return (
    <div className="kyc-liveness__problem" role="alert">
      <p>{message}</p>
      <div className="kyc-liveness__actions">
        <button type="button" className="kyc-button kyc-button--secondary" onClick={onRetry}>
          {retry}
        </button>
        {children}
      </div>
    </div>
  );
}
