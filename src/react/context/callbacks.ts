import type { ConsentDetails } from '../../core/consent';
import type { KycError } from '../../core/errors';
import type { KycStatus } from '../../core/status';

/** `onStatusChange`: the application's status as the widget first read it, or as it changed since. */
export interface StatusChangeDetails {
  applicationUuid: string;
  /** One of the contract's five statuses, or `unknown` for anything else (see `rawStatus`). */
  status: KycStatus;
  /** The status exactly as the API sent it. */
  rawStatus: string;
  /** The status before this change; `undefined` on the first read. */
  previousStatus: KycStatus | undefined;
}

/** `onStepChange`: which part of the questionnaire is on screen now. */
export interface StepChangeDetails {
  applicationUuid: string;
  /** 0-based index of the step, or `total` for the review summary. */
  index: number;
  total: number;
  /** `corrections`: the reviewer's notes before the client fixes them. */
  view: 'form' | 'summary' | 'corrections';
}

/** `onComplete`: the application reached a final decision (once per application). */
export interface CompleteDetails {
  applicationUuid: string;
  /** The final decision: `approved` or `rejected`. */
  status: 'approved' | 'rejected';
}

/** What the widget was doing when something failed. */
export type ErrorDuring = 'load' | 'create' | 'save' | 'send_to_review' | 'upload' | 'liveness' | 'watch';

/** Every `ErrorDuring` value, for exhaustive checks. @internal */
export const ERROR_DURING: readonly ErrorDuring[] = [
  'load',
  'create',
  'save',
  'send_to_review',
  'upload',
  'liveness',
  'watch',
];

/** `onError`'s second argument: where and during what a failure the customer sees happened. */
export interface ErrorDetails {
  /** The endpoint that failed, as `METHOD /path/`, when the error came from the API. */
  endpoint: string | undefined;
  /** What the widget was doing. */
  during: ErrorDuring;
}

/**
 * The partner's way out of the widget, offered as a button on the result screens (approved, in review,
 * rejected): for example "Back to my account".
 */
export interface ExitAction {
  /** The button's text, in the widget's language (the partner's own words). */
  label: string;
  /** Called when the customer presses the button. The latest function is called. */
  onSelect: () => void;
}

/** The flow's callbacks (props of `<KycFlow>` and `<KycProvider>`). */
export interface FlowCallbacks {
  /** The application's status changed (also on first load). */
  onStatusChange?: ((details: StatusChangeDetails) => void) | undefined;
  /** Another step, the summary or the status screen opened. */
  onStepChange?: ((details: StepChangeDetails) => void) | undefined;
  /** The application reached a final decision. Fires once per application. */
  onComplete?: ((details: CompleteDetails) => void) | undefined;
  /** A call failed in a way the client sees (load, save, send …). */
  onError?: ((error: KycError | Error, details: ErrorDetails) => void) | undefined;
  /**
   * The client accepted or withdrew a legal document, and the answer is saved: which document, which
   * version, the locale, the time and a SHA-256 of the text shown, for the partner's own consent records
   * (see docs/consent.md). No personal data.
   */
  onConsent?: ((details: ConsentDetails) => void) | undefined;
  /** Tuning of the answer saving. */
  autosave?: AutosaveSettings | undefined;
  /**
   * The next step the partner offers once a result is shown, as a button on the approved, in-review and
   * rejected screens (beside "Start a new application" where that is offered). Without it those screens
   * say the page can be closed.
   *
   * @example exitAction={{ label: 'Back to my account', onSelect: () => router.push('/account') }}
   */
  exitAction?: ExitAction | undefined;
}

/**
 * The one channel from the components to the partner's callbacks (in the context as `report`). Each
 * method calls the partner's latest callback, so components never hold or thread callbacks themselves.
 */
export interface FlowReporter {
  statusChanged(details: StatusChangeDetails): void;
  stepChanged(details: StepChangeDetails): void;
  completed(details: CompleteDetails): void;
  /** A failure the client sees: emits the `error` event and calls `onError`, both from here only. */
  failed(error: unknown, during: ErrorDuring): void;
  /** A saved consent: emits `legal_document_accepted` / `_withdrawn` and calls `onConsent`, both from here only. */
  consented(details: ConsentDetails): void;
}

/** Tuning of the answer saving (props of `<KycFlow>`); read when an application opens. */
export interface AutosaveSettings {
  /** Quiet time after the last keystroke before saving, in ms. Default 600. */
  debounceMs?: number;
  /** Longest wait while the client keeps typing, in ms. Default 3000. */
  maxWaitMs?: number;
  /** Automatic retries of transient failures. Defaults: 4 attempts, 1 s first delay, 30 s at most. */
  retry?: { attempts?: number; baseDelayMs?: number; maxDelayMs?: number };
}
