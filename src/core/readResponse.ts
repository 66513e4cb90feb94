/** Turns the server's answer into the validated body, or a typed `KycError` for anything else. */
import type { GenericSchema } from 'valibot';
import { toKycError } from './errorMapping';
import { KycTransportError } from './errors';
import type { RequestSpec } from './http';
import { parseWith } from './schemas';

export async function readResponse<S extends GenericSchema | undefined>(
  response: Response,
  spec: RequestSpec<S>,
  callerSignal: AbortSignal | undefined,
  timeoutSignal: AbortSignal,
): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    throw abortReasonOr(callerSignal, timeoutSignal, spec.endpoint, cause);
  }
  if (!response.ok) {
    const retryAfter = response.headers.get('retry-after');
    throw toKycError(response.status, text, spec.endpoint, spec.sentSignProviders ?? [], retryAfter);
  }
  if (spec.schema === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new KycTransportError(
      'unreadable',
      `The server's answer to ${spec.endpoint} could not be read.`,
      spec.endpoint,
      response.status,
      { cause },
    );
  }
  const parsed = parseWith(spec.schema, data);
  if (!parsed.ok) {
    throw new KycTransportError(
      'invalid_response',
      `The server's answer to ${spec.endpoint} is not in the expected shape: ${parsed.message}`,
      spec.endpoint,
      response.status,
    );
  }
  return parsed.value;
}

/** The caller's abort reason, or a timeout, or a network fault: why a call got no answer. */
export function abortReasonOr(
  callerSignal: AbortSignal | undefined,
  timeoutSignal: AbortSignal,
  endpoint: string,
  cause: unknown,
): unknown {
  if (callerSignal?.aborted) return callerSignal.reason;
  if (timeoutSignal.aborted)
    return new KycTransportError('timeout', `${endpoint} did not answer in time.`, endpoint, undefined, { cause });
  return new KycTransportError('network', `${endpoint} could not be reached.`, endpoint, undefined, { cause });
}
