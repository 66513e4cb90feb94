/**
 * Signature rules of the guide: an attribute with `sign_providers` needs a code when it changes; one
 * code per provider covers every such attribute of one PATCH; the code request carries a `destination`
 * when the client first enters or changes the phone number (sms) or e-mail (email).
 */
import type { Application, Attribute, AttributeChange, SignProvider } from './schemas';
import { SIGN_PROVIDERS } from './schemas';

/** The attribute that holds the destination of each provider's codes. */
const DESTINATION_KEYS: Readonly<Record<SignProvider, string>> = { sms: 'phone', email: 'email' };

/** One verification code to request before saving a set of changes. */
export interface SignatureRequest {
  provider: SignProvider;
  /** Send as `destination` in `POST /v1/verification-codes/`: the new phone number or e-mail. */
  destination?: string;
  /** The keys of the changed attributes this code signs (none for the review's own code). */
  keys: string[];
  /** The code goes with the send to review: it confirms sending the application, not answers. */
  review?: true;
}

/** When codes are asked for (see `codePlan`). */
export type CodeMoment =
  /** Continue from one step to another: the step's signed answers are confirmed now (a wrong number shows at once). */
  | 'leave_step'
  /** Continue into the summary: nothing is asked now; Send asks for these codes together with the review's. */
  | 'enter_summary'
  /** The customer asked to confirm now (the save status' Confirm). */
  | 'confirm'
  /** Send for review: the signed answers still waiting, then the review's own codes. */
  | 'send';

/**
 * The codes one moment asks for, in rounds (each round: one code per provider, `sms` first). One prompt
 * shows the rounds one after the other: the first round's codes are sent when the prompt opens, a later
 * round's as soon as the call before it succeeded, so the customer never opens a second prompt.
 *
 * A code is used up by the call that accepts it (the sandbox's rule, and what one-time codes do), so a
 * provider that both the answers and the review need takes two codes in two rounds; when the review
 * needs only other providers, its codes share the answers' round. What the review needs is known only
 * once the server said so (`reviewProviders`, from an earlier refusal); until then the send asks for the
 * answers' codes and the review's round follows the server's refusal, in the same prompt.
 *
 * @example codePlan({ moment: 'send', changes: [{ key: 'terms', value: uuid }], app, reviewProviders: ['sms'] })
 * // [[{ provider: 'sms', keys: ['terms'] }], [{ provider: 'sms', keys: [], review: true }]]
 */
export function codePlan(input: {
  moment: CodeMoment;
  changes: readonly AttributeChange[];
  app: Application;
  reviewProviders?: readonly SignProvider[] | undefined;
}): SignatureRequest[][] {
  if (input.moment === 'enter_summary') return [];
  const answers = planSignature(input.changes, input.app);
  const review = input.moment === 'send' ? reviewRequests(input.reviewProviders ?? []) : [];
  if (answers.length === 0) return review.length ? [review] : [];
  if (review.length === 0) return [answers];
  const shared = review.some((request) => answers.some((answer) => answer.provider === request.provider));
  if (shared) return [answers, review];
  return [[...answers, ...review].sort((a, b) => providerOrder(a.provider) - providerOrder(b.provider))];
}

/** The review's own codes: one per provider, confirming no answer but the send itself. */
export function reviewRequests(providers: readonly SignProvider[]): SignatureRequest[] {
  return SIGN_PROVIDERS.filter((provider) => providers.includes(provider)).map((provider) => ({
    provider,
    keys: [],
    review: true,
  }));
}

const providerOrder = (provider: SignProvider) => SIGN_PROVIDERS.indexOf(provider);

/**
 * The known sign providers of an attribute (`sms`, `email`), without duplicates, in a stable order.
 * Providers the widget does not know are left out: it cannot collect their codes.
 */
export function signProvidersOf(attribute: Pick<Attribute, 'sign_providers'>): SignProvider[] {
  const listed = attribute.sign_providers ?? [];
  return SIGN_PROVIDERS.filter((provider) => listed.includes(provider));
}

/**
 * The `destination` for a code of `provider`, given the current and the new value of the attribute that
 * holds it (`phone` for sms, `email` for email): the new value when it is set for the first time or
 * changed, otherwise undefined (the server already knows where to send the code).
 *
 * @example signatureRequest('sms', { currentValue: null, newValue: '+4915112345678' })
 * // { provider: 'sms', destination: '+4915112345678' }
 * @internal Exported for its tests; not part of the package.
 */
export function signatureRequest(
  provider: SignProvider,
  values: { currentValue: unknown; newValue: unknown },
): { provider: SignProvider; destination?: string } {
  const next = asContact(values.newValue);
  if (next === undefined || next === asContact(values.currentValue)) return { provider };
  return { provider, destination: next };
}

/**
 * The verification codes needed to save `changes` to `app`, one per provider, each with the keys it
 * signs and, when the phone (sms) or e-mail (email) is among the changes and differs from the saved
 * value, that new value as `destination`. Changes to unknown keys or to attributes without sign
 * providers need nothing. Order: sms, then email.
 *
 * The destination attribute is the one keyed `phone` / `email`; when the application has no such key,
 * the only attribute of type `phone` / `email` is used (none when there are several).
 * @internal Exported for its tests; not part of the package.
 */
export function planSignature(changes: readonly AttributeChange[], app: Application): SignatureRequest[] {
  const attributes = attributesByKey(app);
  const keysByProvider = new Map<SignProvider, string[]>();
  for (const change of changes) {
    const attribute = attributes.get(change.key);
    if (!attribute) continue;
    for (const provider of signProvidersOf(attribute)) {
      const keys = keysByProvider.get(provider) ?? [];
      if (!keys.includes(change.key)) keys.push(change.key);
      keysByProvider.set(provider, keys);
    }
  }

  const requests: SignatureRequest[] = [];
  for (const provider of SIGN_PROVIDERS) {
    const keys = keysByProvider.get(provider);
    if (!keys) continue;
    const holder = destinationAttribute(app, provider);
    const change = holder ? lastChangeOf(changes, holder.key) : undefined;
    const request = change
      ? signatureRequest(provider, { currentValue: holder?.value, newValue: change.value })
      : { provider };
    requests.push({ ...request, keys });
  }
  return requests;
}

/** The attribute whose value is where `provider` sends codes, if the application has one. */
export function destinationAttribute(app: Application, provider: SignProvider): Attribute | undefined {
  const key = DESTINATION_KEYS[provider];
  const all = [...attributesByKey(app).values()];
  const byKey = all.find((attribute) => attribute.key === key);
  if (byKey) return byKey;
  const byType = all.filter((attribute) => attribute.type === key);
  return byType.length === 1 ? byType[0] : undefined;
}

function attributesByKey(app: Application): Map<string, Attribute> {
  const map = new Map<string, Attribute>();
  for (const step of app.kyc_steps)
    for (const question of step.questions) map.set(question.attribute.key, question.attribute);
  return map;
}

function lastChangeOf(changes: readonly AttributeChange[], key: string): AttributeChange | undefined {
  for (let index = changes.length - 1; index >= 0; index -= 1) {
    const change = changes[index];
    if (change?.key === key) return change;
  }
  return undefined;
}

/** A phone number or e-mail as a comparable string, or undefined when empty or not a string. */
function asContact(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
