/**
 * The English message catalogue: every string the widget shows, and the list of keys every other
 * catalogue (`de`, `fr`, `ar`, typed `Messages`) must have. `catalogueFor(locale)` picks one; the
 * `messages` prop overrides keys on top. `{name}` placeholders are filled by `formatMessage`.
 */
export const en = {
  // --- flow ---
  'flow.title': 'Identity verification',
  'flow.loading': 'Loading…',
  'flow.error.title': 'Something went wrong',
  'flow.error.load': 'We could not load your verification. Check your connection and try again.',
  'flow.error.invalidResponse':
    'The verification service sent an answer we could not understand. Please try again later.',
  'flow.error.unauthorized': 'Your session has expired. Please sign in again.',
  'flow.error.notFound': 'This verification could not be found.',
  'flow.retry': 'Try again',
  'flow.unsavedWarning': 'Some of your answers are not saved yet.',

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
  'field.invalid.number': 'Please enter a number.',
  'field.invalid.date': 'Please enter a valid date that is not in the future.',
  'field.invalid.email': 'Please enter an e-mail address like name@example.com.',
  'field.invalid.phone': 'Please enter the phone number in international format, like +4915123456789.',
  'field.number.format': 'Enter the number like {example}.',
  'field.number.tooLong': 'This number has too many digits. Enter at most 15.',
  'field.invalid.reference': 'Please choose an option from the list.',
  'field.boolean.yes': 'Yes',
  'field.boolean.no': 'No',
  'field.unknown': 'This question cannot be answered here yet. You can continue with the other questions.',
  'field.readOnly': 'This answer cannot be changed.',

  // --- reference select ---
  'reference.placeholder': 'Select…',
  'reference.search': 'Search',
  'reference.noMatches': 'No matches',
  'reference.loading': 'Loading options…',
  'reference.loadError': 'The options could not be loaded.',
  'reference.count': '{count} options',
  'reference.countOne': '1 option',
  'reference.truncated': 'Showing {shown} of {count} options. Keep typing to narrow the list.',
  'reference.toggle': 'Show options',
  'reference.retry': 'Try again',

  // --- legal document ---
  'legal.accept': 'I have read and accept “{title}”',
  'legal.open': 'Read “{title}” (opens in a new tab)',
  'legal.loading': 'Loading document…',
  'legal.loadError': 'The document could not be loaded.',
  'legal.version': 'Version {version}',
  'legal.retry': 'Try again',
  'legal.newVersion':
    'This document has changed since you accepted it. Please read the new version and accept it again.',
  'legal.updated':
    'This document was updated on {date}. Your earlier acceptance does not cover the new version: please read it and accept it.',
  'legal.unavailable': 'This document cannot be shown here. Please contact support.',

  // --- document upload ---
  'document.drop': 'Drag a file here, or',
  'document.choose': 'Choose a file',
  'document.camera': 'Take a photo',
  'document.hint': 'JPEG, PNG, WebP, HEIC or PDF, up to 10 MB.',
  'document.front': 'Front side',
  'document.back': 'Back side',
  'document.singleSided': 'My document has one side only',
  'document.uploading': 'Uploading {name}… {percent}%',
  'document.uploaded': 'Uploaded: {name}',
  'document.cancel': 'Cancel upload',
  'document.retry': 'Try again',
  'document.replace': 'Replace file',
  'document.remove': 'Remove',
  'document.failed': 'The upload of {name} failed.',
  'document.note': 'Note from the reviewer: {note}',
  'field.reviewerNote': 'Note from the reviewer: {note}',
  'document.file.empty': '“{name}” is empty.',
  'document.file.tooLarge': '“{name}” is {size}; the limit is 10 MB.',
  'document.file.unsupported': '“{name}” is not a picture or a PDF.',
  'document.file.mismatch': '“{name}” does not contain what its name says.',

  // --- liveness ---
  'liveness.title': 'Liveness check',
  'liveness.intro': 'We will ask you to turn on your camera and take a few photos.',
  'liveness.start': 'Start the liveness check',
  'liveness.loading': 'Loading the liveness check…',
  'liveness.frameTitle': 'SumSub liveness check',
  'liveness.done': 'Liveness check completed.',
  'liveness.tokenError': 'The liveness check could not be started.',
  'liveness.refreshError': 'The liveness check session could not be renewed.',
  'liveness.retry': 'Try again',
  'liveness.openLink': 'Open the liveness check (new tab)',
  'liveness.waiting': 'Waiting for the liveness check to finish…',
  'liveness.unsafeLink': 'The liveness check link is not safe to open. Please contact support.',

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

  // --- summary and review ---
  'summary.title': 'Check your answers',
  'summary.edit': 'Change',
  'summary.empty': 'Not answered',
  'summary.missing': 'Some required questions are not answered yet.',
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
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
