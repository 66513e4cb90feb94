/**
 * Which screen the flow shows: the one home of that decision. Every React file asks `screenFor`
 * (and `needsLevelInfo`) instead of comparing statuses itself, so a status is read the same way
 * everywhere: trimmed and lower-cased (`"Pending"` is `pending`), an unknown one never opens the form.
 */
import { correctionsFor, firstIncompleteStepIndex, normalisedStatus, type ValueOverrides } from './flow';
import type { Application, LevelInfo } from './schemas';

/** The screens of the flow, each with what it needs to know. */
export type Screen =
  /** Nothing to show yet. */
  | { name: 'loading' }
  /** The level info or the application could not be read (a retry is offered). */
  | { name: 'error'; failed: 'level_info' | 'application' }
  /** No application yet: pick a level and create one. */
  | { name: 'level_choice' }
  /** A draft with a question left: open this step. */
  | { name: 'questionnaire'; step: number }
  /** A draft with every question answered: the answers, and "Send for review". */
  | { name: 'summary' }
  /** The reviewer asked for corrections (`pending`): what to fix, then the questionnaire. */
  | { name: 'corrections'; firstStep: number }
  | { name: 'in_review' }
  | { name: 'approved' }
  /**
   * A final rejection. `canStartNew`: the level info allows a new application; `undefined` while the
   * level info is not known yet (offer nothing until it is).
   */
  | { name: 'rejected'; canStartNew: boolean | undefined }
  /** A status the widget does not know: a neutral screen, never the form (editing may not be allowed). */
  | { name: 'unknown'; status: string };

/** The screens on which the questionnaire (react-hook-form, autosave) is mounted. */
export type FormScreen = Extract<Screen, { name: 'questionnaire' | 'summary' | 'corrections' }>;

/** The screens that show a result (no questionnaire). */
export type ResultScreen = Extract<Screen, { name: 'in_review' | 'approved' | 'rejected' | 'unknown' }>;

export function isFormScreen(screen: Screen): screen is FormScreen {
  return screen.name === 'questionnaire' || screen.name === 'summary' || screen.name === 'corrections';
}

export interface ScreenInput {
  /** The client's level info, when read. */
  levelInfo?: LevelInfo | undefined;
  levelInfoFailed?: boolean | undefined;
  /** The application on screen (given, chosen or the client's last one), when read. */
  application?: Application | undefined;
  applicationFailed?: boolean | undefined;
  /** Whether an application is to be shown at all (see `applicationToShow`). */
  hasApplication: boolean;
  /** Unsaved answers, for where a draft opens. */
  overrides?: ValueOverrides | undefined;
}

/**
 * The screen for what is known.
 *
 * @example screenFor({ hasApplication: true, application: { ...app, status: 'Pending' } })
 * // { name: 'corrections', firstStep: 0 }
 */
export function screenFor(input: ScreenInput): Screen {
  const { application, levelInfo } = input;
  if (!input.hasApplication) {
    if (levelInfo) return { name: 'level_choice' };
    return input.levelInfoFailed ? { name: 'error', failed: 'level_info' } : { name: 'loading' };
  }
  if (!application) return input.applicationFailed ? { name: 'error', failed: 'application' } : { name: 'loading' };
  const status = normalisedStatus(application.status);
  switch (status) {
    case 'draft': {
      const step = firstIncompleteStepIndex(application, input.overrides);
      return step >= application.kyc_steps.length ? { name: 'summary' } : { name: 'questionnaire', step };
    }
    case 'pending':
      return { name: 'corrections', firstStep: correctionsFor(application).firstStepIndex ?? 0 };
    case 'in_review':
    case 'approved':
      return { name: status };
    case 'rejected':
      return { name: 'rejected', canStartNew: levelInfo ? levelInfo.allowed_to_create_kyc_application : undefined };
    default:
      return { name: 'unknown', status: String(application.status) };
  }
}

/**
 * Which application to show: the one the client just created or chose, else (unless the client asked
 * to start a new one) the partner's `applicationUuid`, else the client's last one from the level info.
 */
export function applicationToShow(input: {
  given: string | undefined;
  chosen: string | undefined;
  startingNew: boolean;
  levelInfo: LevelInfo | undefined;
}): string | undefined {
  if (input.chosen) return input.chosen;
  if (input.startingNew) return undefined;
  return input.given ?? input.levelInfo?.last_kyc_application_uuid ?? undefined;
}

/**
 * Whether the level info must be read: to find the application (none given, or starting a new one), or
 * to know whether a rejected client may start again. A given draft needs no level info call.
 */
export function needsLevelInfo(input: {
  given: string | undefined;
  startingNew: boolean;
  application: Pick<Application, 'status'> | undefined;
}): boolean {
  if (!input.given || input.startingNew) return true;
  return input.application !== undefined && normalisedStatus(input.application.status) === 'rejected';
}

/** Whether the status waits for a decision (the flow watches it). */
export function isAwaitingDecision(application: Pick<Application, 'status'> | undefined): boolean {
  return application !== undefined && normalisedStatus(application.status) === 'in_review';
}

/** The final decision of a status, if it is one. */
export function decisionOf(application: Pick<Application, 'status'>): 'approved' | 'rejected' | undefined {
  const status = normalisedStatus(application.status);
  return status === 'approved' || status === 'rejected' ? status : undefined;
}
