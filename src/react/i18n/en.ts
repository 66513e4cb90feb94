/**
 * The English message catalogue: every string the widget shows, and the list of keys every other
 * catalogue (`de`, `fr`, `ar`, typed `Messages`) must have. `loadMessages(locale)` loads one; the
 * `messages` prop overrides keys on top. `{name}` placeholders are filled by `formatMessage`.
 */
import { enDocuments } from './enDocuments';

export const en = {
  // --- flow ---
  'flow.title': 'Identity verification',
  'flow.loading': 'Loading…',
  'flow.error.title': 'Something went wrong',
  'flow.error.load': 'We could not load your verification. Check your connection and try again.',
  'flow.retry': 'Try again',

  // --- level choice ---
  'levels.title': 'Choose a verification level',
  'levels.description': 'Pick the level you need. You can upgrade later.',
  'levels.start': 'Start verification',
  'levels.starting': 'Starting…',
  'levels.current': 'Your current level: {level}',
  'levels.none': 'There is no verification level available to you right now.',
  'levels.notAllowed': 'You cannot start a new verification at the moment.',
  'levels.createError': 'We could not start your verification. Check your connection and try again.',

  // --- steps ---
  'steps.progress': 'Step {current} of {total}',
  'steps.back': 'Back',
  'steps.next': 'Continue',
  'steps.review': 'Review answers',
  'steps.required': 'Required',
  'steps.optional': 'Optional',
  'steps.errorSummary.title': 'Please check {count} answers',
  'steps.errorSummary.titleOne': 'Please check 1 answer',

  // --- autosave ---
  'save.saving': 'Saving…',
  'save.saved': 'All changes saved',
  'save.pending': 'Unsaved changes',
  'save.error': 'Not saved',
  'save.retry': 'Retry saving',
  'save.signatureNeeded': 'Confirm with a code to save',
  'save.offline': 'You’re offline — your answers are kept and will be saved when you’re back.',

  // --- field checks ---
  'field.required': 'Please answer this question.',
  'field.required.liveness': 'Please complete this check to continue.',
  'field.signatureRefused': 'This change is not saved: the code was not accepted. Confirm it with a new code.',
  'field.invalid.string': 'Please use at most 255 characters.',
  'field.invalid.text': 'Please use at most 2000 characters.',
  'field.invalid.date': 'Please enter a valid date that is not in the future.',
  'field.invalid.email': 'Please enter an e-mail address like name@example.com.',
  'field.invalid.phone': 'Please enter the phone number in international format, like +4915123456789.',
  'field.number.format': 'Enter the number like {example}.',
  'field.number.tooLong': 'This number has too many digits. Enter at most 15.',
  'field.date.hint': 'For example {example}',
  'field.date.format': 'Enter the date like {example}.',
  'field.invalid.reference': 'Please choose an option from the list.',
  'field.boolean.yes': 'Yes',
  'field.boolean.no': 'No',
  'field.unknown': 'This question cannot be answered here yet. You can continue with the other questions.',
  'field.readOnly': 'This answer cannot be changed.',

  // --- reference select ---
  'reference.placeholder': 'Select…',
  'reference.noMatches': 'No matches',
  'reference.loading': 'Loading options…',
  'reference.loadError': 'The options could not be loaded.',
  'reference.count': '{count} options',
  'reference.countOne': '1 option',
  'reference.truncated': 'Showing {shown} of {count} options. Keep typing to narrow the list.',
  'reference.toggle': 'Show options',
  'reference.retry': 'Try again',

  // --- legal document ---
  'legal.acceptThis': 'I have read and accept this document',
  'legal.openFull': 'Read the full text (opens in a new tab)',
  'legal.loading': 'Loading document…',
  'legal.loadError': 'The document could not be loaded.',
  'legal.version': 'Version {version}',
  'legal.retry': 'Try again',
  'legal.newVersion':
    'This document has changed since you accepted it. Please read the new version and accept it again.',
  'legal.updated':
    'This document was updated on {date}. Your earlier acceptance does not cover the new version: please read it and accept it.',
  'legal.unavailable': 'This document cannot be shown here. Please contact support.',

  // --- document upload (enDocuments.ts) ---
  ...enDocuments,
  // --- liveness ---
  'liveness.tokenError': 'The liveness check could not be started.',
  'liveness.retry': 'Try again',
  'liveness.unsafeLink': 'The liveness check link is not safe to open. Please contact support.',
  'liveness.heading': 'Take a video selfie',
  'liveness.lead': "We'll take a short video selfie to check it's really you.",
  'liveness.prepare': 'Find a place with good light, and allow camera access when your browser asks.',
  'liveness.startButton': 'Start',
  'liveness.starting': 'Starting the check…',
  'liveness.frameName': 'Video selfie check',
  'liveness.complete': 'Your video selfie check is complete.',
  'liveness.interrupted': 'The check stopped before it was finished. Please try again.',
  'liveness.stalled': 'The check is taking too long to load. Check your connection and try again.',
  'liveness.openCheck': 'Open the check',
  'liveness.orOpenInTab': 'Open the check in a new tab instead',
  'liveness.newTabHint': 'Opens in a new tab.',
  'liveness.continueInTab': "Finish the check in the new tab. This page updates when you're done.",
  'liveness.openAgain': 'Open the check again',
  'liveness.linkFailed': 'The check could not be opened. Please try again.',

  // --- signature ---
  'signature.title': 'Confirm with a code',
  'signature.description.sms': 'We will send a code by SMS to confirm these changes.',
  'signature.description.email': 'We will send a code by e-mail to confirm these changes.',
  'signature.sentTo.sms': 'We sent a code by SMS to {destination}.',
  'signature.sentTo.email': 'We sent a code by e-mail to {destination}.',
  'signature.sent.sms': 'We sent a code by SMS.',
  'signature.sent.email': 'We sent a code by e-mail.',
  'signature.send': 'Send code',
  'signature.sending': 'Sending…',
  'signature.code': 'Code',
  'signature.code.sms': 'SMS code',
  'signature.code.email': 'E-mail code',
  'signature.confirm': 'Confirm',
  'signature.confirming': 'Confirming…',
  'signature.resend': 'Send a new code',
  'signature.resendIn': 'Send a new code in {seconds} s',
  'signature.cancel': 'Cancel',
  'signature.invalid': 'This code is not valid. Check it or ask for a new one.',
  'signature.sendError': 'The code could not be sent.',
  'signature.confirmError': 'We could not check the code. Check your connection and try again.',
  'signature.sendingCode.sms': 'Sending a code by SMS…',
  'signature.sendingCode.email': 'Sending a code by e-mail…',
  'signature.confirms': 'It confirms: {answers}.',
  'signature.confirmsReview': 'It confirms sending your application for review.',
  'signature.answersSaved': 'Your answers are saved. One more code confirms sending your application.',

  // --- summary and review ---
  'summary.title': 'Check your answers',
  'summary.edit': 'Change',
  'summary.empty': 'Not answered',
  'summary.missing': 'Some required questions are not answered yet.',
  'summary.changedElsewhere':
    'Some answers were changed in another window or on another device, so we now show the latest: {answers}. Please check them before you send.',
  'summary.sendError': 'Your application could not be sent. Check your connection and try again.',
  'summary.unsaved': 'Some answers are not saved yet. Check the messages on your answers, then try again.',
  'summary.submit': 'Send for review',
  'summary.submitting': 'Sending…',
  'summary.document': 'Document uploaded ({count} files)',
  'summary.livenessDone': 'Completed',
  'summary.accepted': 'Accepted',

  // --- status ---
  'status.in_review.title': 'Your verification is being reviewed',
  'status.in_review.body': 'This usually takes a few minutes. You can leave this page; we will keep your place.',
  'status.approved.title': 'You are verified',
  'status.approved.body': 'Your verification level: {level}.',
  'status.rejected.title': 'We could not verify you',
  'status.rejected.body': 'Your application was rejected.',
  'status.rejected.newApplication': 'Start a new application',
  'status.rejected.final':
    'A new application is not possible for now. Please contact our support to find out what to do next.',
  'status.pending.title': 'Some answers need your attention',
  'status.pending.body': 'Please correct the answers below and send your application again.',
  'status.pending.comment': 'Comment from the reviewer',
  'status.pending.fix': 'Correct answers',
  'status.pending.fixStep': 'Correct “{step}”',
  'status.unknown.title': 'We are processing your application',
  'status.unknown.body': 'We will show the result here as soon as it is ready. You can leave this page.',
  'status.checking': 'Checking for updates…',
  'status.approved.next': 'You can close this page now.',
  'status.rejected.retry': 'You can start a new application and try again.',
  'kept.body': 'We kept these answers from your earlier application. Please check them before you send it.',
  'kept.show': 'Show the answers we kept',
  'kept.dismiss': 'Got it',
  // --- failures the customer can act on (core/failure.ts) ---
  'failure.offline': 'The connection was lost. Check that you are online, then try again.',
  'failure.timeout': 'The service took too long to answer. Please try again.',
  'failure.sessionExpired': 'Your session has expired. Sign in again, then try again; your answers are kept.',
  'failure.forbidden': 'You are not allowed to do this. Please contact support if you think this is wrong.',
  'failure.notFound': 'This application no longer exists. You can start a new one.',
  'failure.conflict': 'This application was changed in the meantime. Try again to continue with its current state.',
  'failure.tooLarge': 'This file is too large. Please choose a smaller one.',
  'failure.rateLimited': 'Too many requests right now. Please wait {seconds} seconds, then try again.',
  'failure.server': 'Our service is having trouble. Please try again in a moment.',
  'failure.invalidResponse': 'The verification service sent an answer we could not understand. Please try again later.',
  'failure.refused': 'This was not accepted. Check your answers, then try again.',
  'failure.unknown': 'Something went wrong. Please try again.',
  'flow.startNew': 'Start a new application',
  'flow.retrying': 'Trying again…',
  // --- continue on a phone ---
  'handoff.offer': 'Continue on your phone',
  'handoff.title': 'Continue on your phone',
  'handoff.scan':
    "Scan this code with your phone's camera, or copy the link and open it on your phone. What you add there shows here.",
  'handoff.qr': 'QR code that opens this step on your phone',
  'handoff.link': 'Link for your phone',
  'handoff.copy': 'Copy link',
  'handoff.copied': 'Link copied',
  'handoff.making': 'Making your link…',
  'handoff.waiting': 'Waiting for your phone…',
  'handoff.done': 'Done on your phone. You can carry on here.',
  'handoff.expired': 'This link has expired.',
  'handoff.newLink': 'Get a new link',
  'handoff.failed': 'We could not make a link for your phone. Please try again.',
  'handoff.close': 'Close',
  'handoff.phoneDoneTitle': 'Done on your phone',
  'handoff.phoneDone': 'You can go back to your computer.',
  'handoff.phoneRefusedTitle': 'This link no longer works',
  'handoff.phoneRefused':
    'It has expired or is for another verification. On your computer, choose “Continue on your phone” again for a new link.',
  'handoff.phoneUnsent':
    'It has expired, so what you chose on this phone was not sent. On your computer, choose “Continue on your phone” again for a new link.',
} as const;

/** A key of the message catalogue (`'flow.title'`, `'steps.next'` …); `messagesEn` lists them all. */
export type MessageKey = keyof typeof en;
/**
 * A whole message catalogue: every key with its text. The `messages` prop takes a part of one
 * (`Partial<Messages>`), merged over the locale's built-in catalogue key by key.
 */
export type Messages = Record<MessageKey, string>;
