/** `POST /v1/kyc/{uuid}/send-to-review/` and the sandbox actions `approve/`, `reject/`, `send-to-clarify/`. */
import type { AttributeError } from '../drf';
import type { RouteHandler } from '../router';
import type { SignatureNeeds } from '../signatures';
import type { ApplicationRecord, EngineContext } from '../state';
import { isAnswered } from '../../../core/answerRules';
import { isRequiredInStep } from '../../../core/documentChoice';
import { findApplication, requireOwnApplication } from '../access';
import { currentLegalDocument } from '../legalDocuments';
import { approve, DEFAULT_REVIEW_COMMENT, defaultClientNotes, reject, sendToClarify } from '../decisions';
import { attributeErrors, conflict, isRecord, json, readObject } from '../drf';
import { findQuestion, levelTemplate } from '../questionnaire';
import { parseVolatile, renderApplication, renderAttribute } from '../render';
import { checkSignatures } from '../signatures';

export const sendToReview: RouteHandler = ({ ctx, url, params }) => {
  const access = requireOwnApplication(ctx, url, params.uuid ?? '');
  if (!access.ok) return access.response;
  const { app, client } = access.value;
  if (app.status !== 'draft' && app.status !== 'pending') {
    return conflict(`The application cannot be sent to review in status "${app.status}".`);
  }
  const volatile = parseVolatile(url);
  if (!volatile.ok) return volatile.response;
  const template = levelTemplate(app.levelUuid);
  const missing: AttributeError[] = [];
  // An acceptance of an earlier version of a legal document is no answer: the client accepts the current one.
  const current = (key: string) => currentLegalDocument(ctx, client.legalEntityUuid, key)?.uuid;
  for (const step of template?.steps ?? []) {
    // The same rule as the widget: identity documents are alternatives, the chosen one's sides count.
    const questions = step.questions.map((question) => ({
      ...question,
      attribute: renderAttribute(ctx, app, question, { empty: true }),
    }));
    const valueOf = (key: string) => questions.find((question) => question.attribute.key === key)?.attribute.value;
    for (const question of questions) {
      if (!isRequiredInStep(question, questions, valueOf) || isAnswered(question.attribute, current)) continue;
      missing.push({ key: question.attribute.key, errors: ['This question is required.'] });
    }
  }
  if (missing.length > 0) return attributeErrors(missing);
  const needs: SignatureNeeds = new Map((template?.reviewSignature ?? []).map((provider) => [provider, null]));
  const signatures = checkSignatures(ctx, app, url, needs);
  if (!signatures.ok) return signatures.response;
  signatures.consume();

  const now = ctx.now();
  app.status = 'in_review';
  app.reviewComment = null;
  app.sendToReviewCount += 1;
  app.updatedAt = now;
  const auto = ctx.options.autoDecision;
  app.decideAt = auto ? now + auto.afterMs : null;
  return json(200, renderApplication(ctx, app, volatile.volatile));
};

/** What a decision works with. */
interface Decision {
  ctx: EngineContext;
  app: ApplicationRecord;
  /** The request's body object (`{}` when it has none); read only for decisions that take one. */
  body: Record<string, unknown>;
  /** The answer once decided: the application as it is now. */
  answer: () => Response;
}

/**
 * A sandbox decision on an application in review, whichever client it belongs to: finds it, reads the
 * `volatile` query, refuses an application not in review, reads the body when the decision takes one,
 * then lets `decide` check the body and apply the decision.
 */
function decisionAction(takesBody: boolean, decide: (decision: Decision) => Response): RouteHandler {
  return async ({ ctx, request, url, params }) => {
    const found = findApplication(ctx, params.uuid ?? '');
    if (!found.ok) return found.response;
    const volatile = parseVolatile(url);
    if (!volatile.ok) return volatile.response;
    const app = found.value;
    if (app.status !== 'in_review') return notInReview(app.status);
    const body = takesBody ? await readObject(request, { optional: true }) : { ok: true as const, body: {} };
    if (!body.ok) return body.response;
    return decide({
      ctx,
      app,
      body: body.body,
      answer: () => json(200, renderApplication(ctx, app, volatile.volatile)),
    });
  };
}

export const approveAction = decisionAction(false, ({ ctx, app, answer }) => {
  approve(ctx, app);
  return answer();
});

export const rejectAction = decisionAction(true, ({ ctx, app, body, answer }) => {
  const allow = body.allow_new_application ?? true;
  if (typeof allow !== 'boolean') return json(400, { allow_new_application: ['Must be a valid boolean.'] });
  reject(ctx, app, allow);
  return answer();
});

export const sendToClarifyAction = decisionAction(true, ({ ctx, app, body, answer }) => {
  const comment = body.review_comment ?? DEFAULT_REVIEW_COMMENT;
  if (typeof comment !== 'string') return json(400, { review_comment: ['Not a valid string.'] });
  const notes = body.client_notes ?? defaultClientNotes(app);
  if (!isRecord(notes) || Object.values(notes).some((note) => typeof note !== 'string')) {
    return json(400, { client_notes: ['Expected an object of attribute keys to strings.'] });
  }
  const template = levelTemplate(app.levelUuid);
  const unknown = Object.keys(notes).filter((key) => !template || !findQuestion(template, key));
  if (unknown.length > 0) return json(400, { client_notes: [`Unknown attribute "${unknown.join('", "')}".`] });
  sendToClarify(ctx, app, comment, notes as Record<string, string>);
  return answer();
});

function notInReview(status: string): Response {
  return conflict(`Only an application in review can be decided; this one is "${status}".`);
}
