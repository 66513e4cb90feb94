/**
 * Where a document question stands on its step (`core/documentChoice.ts`): whether it asks which
 * identity document the customer has, whether its upload shows, whether it is required. It reads its
 * step's other answers from the application the widget already holds (never fetching it) and what the
 * customer said on screen from the document session of its `<KycProvider>` (memory only).
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import type { KycClient } from '../../core/client';
import {
  choiceKeyOf,
  documentKindOf,
  documentPlacement,
  isIdentityKind,
  isOneSided,
  isRequiredInStep,
  keysOfKind,
  type DocumentPlacement,
  type IdentityKind,
} from '../../core/documentChoice';
import { createDocumentSession, type DocumentSession } from '../../core/documentSession';
import { clientNoteOf } from '../../core/flow';
import type { Application, Question } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { applicationQuery } from '../queries';

/** One document session per API client, so per `<KycProvider>`; it goes when the provider goes. */
const sessions = new WeakMap<KycClient, DocumentSession>();

/** The document session of the surrounding `<KycProvider>`. */
function useDocumentSession(): DocumentSession {
  const { client } = useKyc();
  let session = sessions.get(client);
  if (!session) {
    session = createDocumentSession();
    sessions.set(client, session);
  }
  useSyncExternalStore(session.subscribe, session.getVersion, session.getVersion);
  return session;
}

export interface UseDocumentStepOptions {
  question: Question;
  applicationUuid: string;
  /** The question's current answer. */
  value: unknown;
  /** The current answer of its back side, when the flow gives it (front-side keys). */
  pairedValue?: unknown;
}

export interface UseDocumentStepResult extends DocumentPlacement {
  /** Whether this question must be answered, identity documents being alternatives. */
  required: boolean;
  /** Whether the step needs an identity document at all (the choice's required marker). */
  choiceRequired: boolean;
  /** Picks the identity kind (on the question that asks). */
  pick: (kind: IdentityKind) => void;
  /** Whether the kind is given as one side (true for one-page kinds). */
  oneSided: boolean;
  /** Says whether the kind has one side (on its front question). */
  sayOneSided: (oneSided: boolean) => void;
  session: DocumentSession;
}

const stepQuestionsOf = (key: string) => (application: Application) =>
  application.kyc_steps.find((step) => step.questions.some((q) => q.attribute.key === key))?.questions ?? [];

export function useDocumentStep(options: UseDocumentStepOptions): UseDocumentStepResult {
  const { question, applicationUuid, value, pairedValue } = options;
  const { client } = useKyc();
  const session = useDocumentSession();
  const key = question.attribute.key;
  const { data: stepQuestions = [] } = useQuery({
    ...applicationQuery(client, applicationUuid),
    enabled: false,
    select: stepQuestionsOf(key),
  });
  const kind = documentKindOf(key);
  const keys = kind ? keysOfKind(kind) : null;
  const valueOf = (other: string) => {
    if (other === key) return value;
    if (other === keys?.back && pairedValue !== undefined) return pairedValue;
    return stepQuestions.find((q) => q.attribute.key === other)?.attribute.value ?? null;
  };
  const choiceKey = choiceKeyOf(stepQuestions);
  const picked = choiceKey ? session.picked(applicationUuid, choiceKey) : undefined;
  const saidOneSided = keys ? session.saidOneSided(applicationUuid, keys.front) : undefined;
  const placement = documentPlacement(key, stepQuestions, {
    valueOf,
    picked,
    saidOneSided,
    needsCorrection: clientNoteOf(question.attribute) !== undefined,
  });
  const inStep = stepQuestions.some((q) => q.attribute.key === key);
  const identity = stepQuestions.filter((q) => isIdentityKind(documentKindOf(q.attribute.key)));

  const pick = useCallback(
    (next: IdentityKind) => {
      if (choiceKey) session.pick(applicationUuid, choiceKey, next);
    },
    [session, applicationUuid, choiceKey],
  );
  const front = keys?.front;
  const sayOneSided = useCallback(
    (next: boolean) => {
      if (front) session.sayOneSided(applicationUuid, front, next);
    },
    [session, applicationUuid, front],
  );
  return {
    ...placement,
    required: inStep ? isRequiredInStep(question, stepQuestions, valueOf, picked) : question.is_required,
    choiceRequired: identity.some((q) => q.is_required),
    pick,
    oneSided: kind ? isOneSided(kind, valueOf, saidOneSided) : true,
    sayOneSided,
    session,
  };
}
