/** A liveness failure the client can act on: what went wrong and a button to try again. */
export function LivenessProblem({ message, retry, onRetry }: { message: string; retry: string; onRetry: () => void }) {
  return (
    <div className="kyc-liveness__problem" role="alert">
      <p>{message}</p>
      <button type="button" className="kyc-button kyc-button--secondary" onClick={onRetry}>
        {retry}
      </button>
    </div>
  );
}
