/**
 * The one typed event stream of the widget (`onEvent`). Payloads carry keys, counts and kinds —
 * never answers, names, numbers, tokens or file contents — so partners can send them to analytics.
 */
import type { CaptureAnalysis, CaptureKind } from '../../core/captureChecks';
import type { ConsentEvent } from '../../core/consent';
import type { KycErrorKind } from '../../core/errors';
import type { KycStatus } from '../../core/status';
import type { ErrorDuring } from './callbacks';

/**
 * One event of the `onEvent` stream (and of `<kyc-flow>`'s `kyc-event`), told apart by `type`. Safe to
 * send to analytics as it is: no answers, names, numbers, tokens or file contents.
 *
 * @example
 * <KycFlow apiBaseUrl="/kyc" onEvent={(event) => analytics.track(`kyc_${event.type}`, event)} />
 */
export type KycEvent =
  | { type: 'level_info_loaded'; hasApplication: boolean; levels: number }
  | { type: 'application_created'; applicationUuid: string; levelUuid: string }
  /** `status`: one of the contract's five or `unknown`; `rawStatus`: as the API sent it. */
  | { type: 'application_loaded'; applicationUuid: string; status: KycStatus; rawStatus: string }
  | { type: 'step_changed'; index: number; total: number }
  | { type: 'answers_saved'; keys: string[] }
  /**
   * Once per save failure the client sees, not per request: saving stopped after the automatic retries
   * (`keys`: the last batch), or the server refused values (`keys`: those, `errorKind: 'validation'`).
   */
  | { type: 'save_failed'; keys: string[]; errorKind: KycErrorKind | 'unknown' }
  | { type: 'signature_requested'; provider: 'sms' | 'email' }
  | { type: 'signature_confirmed'; provider: 'sms' | 'email' }
  | { type: 'signature_refused'; provider: 'sms' | 'email' }
  | { type: 'document_uploaded'; attributeKey: string; files: number }
  /** `reason`: `file_<problem>` when the browser's check refused the file (no `error` event), else `<stage>_<kind>`. */
  | { type: 'upload_failed'; attributeKey: string; reason: string }
  | { type: 'liveness_token_refreshed'; attributeKey: string }
  /** The widget learned the check is done: the SDK's frame said so, or (link mode) the server reports it. */
  | { type: 'liveness_completed'; attributeKey: string }
  /** The client pressed Start (`frame`: the embedded check) or opened the check in a new tab (`link`). */
  | { type: 'liveness_started'; attributeKey: string; way: 'frame' | 'link' }
  | { type: 'sent_to_review'; applicationUuid: string }
  | { type: 'status_changed'; applicationUuid: string; status: KycStatus; rawStatus: string }
  | { type: 'error'; kind: KycErrorKind | 'unknown'; during: ErrorDuring; endpoint?: string | undefined }
  /**
   * A call was still refused with 401 after fresh headers: the partner's session has expired. Sent once per
   * expiry (the failed calls also reach `onError`); typed answers stay on screen and are saved once calls
   * succeed again, so sign the customer in again (fresh `getHeaders`) and they can carry on.
   */
  | { type: 'session_expired'; endpoint: string | undefined }
  /**
   * A document photo was checked in the browser before upload (picked file or camera capture): its
   * figures and verdict, never the picture. `fail` shows the retake screen (or, live, keeps waiting).
   */
  | ({ type: 'capture_checked'; attributeKey: string; kind: CaptureKind; source: 'file' | 'camera' } & CaptureAnalysis)
  /**
   * The live camera of a document side could not be used, so the customer was shown the file picker with
   * one sentence: `denied` (blocked by the customer, the browser or the page's permissions policy),
   * `missing` (no camera), `in_use` (another app holds it), `failed` (anything else, or it stopped).
   */
  | { type: 'camera_failed'; attributeKey: string; reason: 'denied' | 'missing' | 'in_use' | 'failed' }
  /** The customer opened "Continue on your phone" (the link and QR code are shown). */
  | { type: 'handoff_opened'; applicationUuid: string }
  /** What the step needs from the phone (its documents, its liveness check) arrived on the desktop. */
  | { type: 'handoff_completed'; applicationUuid: string; keys: string[] }
  /** The hand-off link expired while the panel was open (the customer can get a new one). */
  | { type: 'handoff_expired'; applicationUuid: string }
  /** `legal_document_accepted` / `legal_document_withdrawn`, once the answer is saved (see `ConsentDetails`). */
  | ConsentEvent;

/** The `type` of every event of the stream. */
export type KycEventType = KycEvent['type'];
