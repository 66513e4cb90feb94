/**
 * A save whose answer was lost (timeout, dropped connection, gateway error) may still have gone through.
 * For a signed save that matters: a code is used up once accepted, so sending it again fails although the
 * answers are saved. Reading the application tells which it was.
 */
import { KycTransportError } from './errors';
import { allQuestions } from './flow';
import type { Application, AttributeChange } from './schemas';

/** True when every change's attribute holds exactly the changed value (compared as JSON). */
function holdsChanges(application: Application, changes: readonly AttributeChange[]): boolean {
  const stored = new Map(allQuestions(application).map(({ question }) => [question.attribute.key, question.attribute]));
  return changes.every((change) => {
    const attribute = stored.get(change.key);
    return attribute !== undefined && JSON.stringify(attribute.value ?? null) === JSON.stringify(change.value ?? null);
  });
}

/**
 * The save's answer; when it is lost, the application as `read` again if it holds the changes, otherwise
 * the save's own failure.
 */
export async function savedDespiteLostAnswer(
  save: Promise<Application>,
  changes: readonly AttributeChange[],
  read: () => Promise<Application>,
  signal?: AbortSignal,
): Promise<Application> {
  try {
    return await save;
  } catch (error) {
    if (!(error instanceof KycTransportError) || !error.outcomeUnknown || signal?.aborted) throw error;
    const current = await read().catch(() => undefined);
    if (current && holdsChanges(current, changes)) return current;
    throw error;
  }
}
