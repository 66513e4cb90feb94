/** Reading the SumSub WebSDK's messages: when the applicant is done, and its errors as `Error`s. */

/** Whether an `idCheck.*` message says the applicant submitted, or the check is completed. */
export function isLivenessDone(type: string, payload: unknown): boolean {
  return (
    type === 'idCheck.onApplicantSubmitted' ||
    (type === 'idCheck.onApplicantStatusChanged' && field(payload, 'reviewStatus') === 'completed')
  );
}

/**
 * An `idCheck.onError` message as an `Error` for `onError`. Its message holds only SumSub's error code
 * (no applicant data); the whole message is its `cause`.
 */
export function sumsubError(payload: unknown): Error {
  const code = field(payload, 'code');
  return new Error(`The SumSub WebSDK reported an error (${typeof code === 'string' ? code : 'no code'}).`, {
    cause: payload,
  });
}

function field(payload: unknown, name: string): unknown {
  return typeof payload === 'object' && payload !== null && name in payload
    ? (payload as Record<string, unknown>)[name]
    : undefined;
}
