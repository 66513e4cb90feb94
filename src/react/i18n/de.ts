/** The German message catalogue: every key of `en`, the same `{placeholders}`. */
import { deDocuments } from './deDocuments';
import type { Messages } from './en';

export const de: Messages = {
  // --- flow ---
  'flow.title': 'Identitätsprüfung',
  'flow.loading': 'Wird geladen…',
  'flow.error.title': 'Etwas ist schiefgelaufen',
  'flow.error.load':
    'Ihre Prüfung konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'flow.retry': 'Erneut versuchen',

  // --- level choice ---
  'levels.title': 'Prüfstufe wählen',
  'levels.description': 'Wählen Sie die Stufe, die Sie benötigen. Sie können später eine höhere wählen.',
  'levels.start': 'Prüfung starten',
  'levels.starting': 'Wird gestartet…',
  'levels.current': 'Ihre aktuelle Stufe: {level}',
  'levels.none': 'Derzeit steht Ihnen keine Prüfstufe zur Verfügung.',
  'levels.notAllowed': 'Sie können im Moment keine neue Prüfung starten.',
  'levels.createError':
    'Wir konnten Ihre Prüfung nicht starten. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',

  // --- steps ---
  'steps.progress': 'Schritt {current} von {total}',
  'steps.back': 'Zurück',
  'steps.next': 'Weiter',
  'steps.review': 'Antworten prüfen',
  'steps.required': 'Pflichtangabe',
  'steps.optional': 'Optional',
  'steps.errorSummary.title': 'Bitte prüfen Sie {count} Antworten',
  'steps.errorSummary.titleOne': 'Bitte prüfen Sie 1 Antwort',

  // --- autosave ---
  'save.saving': 'Wird gespeichert…',
  'save.saved': 'Alle Änderungen gespeichert',
  'save.pending': 'Nicht gespeicherte Änderungen',
  'save.error': 'Nicht gespeichert',
  'save.retry': 'Erneut speichern',
  'save.signatureNeeded': 'Zum Speichern mit einem Code bestätigen',
  'save.offline':
    'Sie sind offline – Ihre Antworten bleiben erhalten und werden gespeichert, sobald Sie wieder verbunden sind.',

  // --- field checks ---
  'field.required': 'Bitte beantworten Sie diese Frage.',
  'field.required.liveness': 'Bitte schließen Sie diese Prüfung ab, um fortzufahren.',
  'field.signatureRefused':
    'Diese Änderung ist nicht gespeichert: Der Code wurde nicht akzeptiert. Bestätigen Sie sie mit einem neuen Code.',
  'field.invalid.string': 'Bitte verwenden Sie höchstens 255 Zeichen.',
  'field.invalid.text': 'Bitte verwenden Sie höchstens 2000 Zeichen.',
  'field.invalid.date': 'Bitte geben Sie ein gültiges Datum ein, das nicht in der Zukunft liegt.',
  'field.invalid.email': 'Bitte geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  'field.invalid.phone': 'Bitte geben Sie die Telefonnummer im internationalen Format ein, z. B. +4915123456789.',
  'field.number.format': 'Geben Sie die Zahl so ein: {example}.',
  'field.number.tooLong': 'Diese Zahl hat zu viele Ziffern. Geben Sie höchstens 15 ein.',
  'field.date.hint': 'Zum Beispiel {example}',
  'field.date.format': 'Geben Sie das Datum so ein: {example}.',
  'field.invalid.reference': 'Bitte wählen Sie eine Option aus der Liste.',
  'field.boolean.yes': 'Ja',
  'field.boolean.no': 'Nein',
  'field.unknown': 'Diese Frage kann hier noch nicht beantwortet werden. Sie können mit den anderen Fragen fortfahren.',
  'field.readOnly': 'Diese Antwort kann nicht geändert werden.',

  // --- reference select ---
  'reference.placeholder': 'Auswählen…',
  'reference.noMatches': 'Keine Treffer',
  'reference.loading': 'Optionen werden geladen…',
  'reference.loadError': 'Die Optionen konnten nicht geladen werden.',
  'reference.count': '{count} Optionen',
  'reference.countOne': '1 Option',
  'reference.truncated': '{shown} von {count} Optionen werden angezeigt. Tippen Sie weiter, um die Liste einzugrenzen.',
  'reference.toggle': 'Optionen anzeigen',
  'reference.retry': 'Erneut versuchen',

  // --- legal document ---
  'legal.acceptThis': 'Ich habe dieses Dokument gelesen und akzeptiere es',
  'legal.openFull': 'Den vollständigen Text lesen (öffnet in einem neuen Tab)',
  'legal.loading': 'Dokument wird geladen…',
  'legal.loadError': 'Das Dokument konnte nicht geladen werden.',
  'legal.version': 'Version {version}',
  'legal.retry': 'Erneut versuchen',
  'legal.newVersion':
    'Dieses Dokument hat sich geändert, seit Sie es akzeptiert haben. Bitte lesen Sie die neue Fassung und akzeptieren Sie sie erneut.',
  'legal.updated':
    'Dieses Dokument wurde am {date} aktualisiert. Ihre frühere Zustimmung gilt nicht für die neue Fassung: Bitte lesen und akzeptieren Sie sie.',
  'legal.unavailable': 'Dieses Dokument kann hier nicht angezeigt werden. Bitte wenden Sie sich an den Support.',

  // --- document upload (deDocuments.ts) ---
  ...deDocuments,
  // --- liveness ---
  'liveness.tokenError': 'Die Lebenderkennung konnte nicht gestartet werden.',
  'liveness.retry': 'Erneut versuchen',
  'liveness.unsafeLink':
    'Der Link zur Lebenderkennung kann nicht sicher geöffnet werden. Bitte wenden Sie sich an den Support.',
  'liveness.heading': 'Video-Selfie aufnehmen',
  'liveness.lead': 'Wir nehmen ein kurzes Video-Selfie auf, um zu prüfen, dass wirklich Sie es sind.',
  'liveness.prepare':
    'Suchen Sie sich einen hellen Ort und erlauben Sie den Kamerazugriff, wenn Ihr Browser danach fragt.',
  'liveness.startButton': 'Starten',
  'liveness.starting': 'Die Prüfung wird gestartet…',
  'liveness.frameName': 'Video-Selfie-Prüfung',
  'liveness.complete': 'Ihre Video-Selfie-Prüfung ist abgeschlossen.',
  'liveness.interrupted': 'Die Prüfung wurde vor dem Abschluss unterbrochen. Bitte versuchen Sie es erneut.',
  'liveness.stalled': 'Die Prüfung lädt zu lange. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'liveness.openCheck': 'Prüfung öffnen',
  'liveness.orOpenInTab': 'Stattdessen die Prüfung in einem neuen Tab öffnen',
  'liveness.newTabHint': 'Öffnet sich in einem neuen Tab.',
  'liveness.continueInTab':
    'Schließen Sie die Prüfung im neuen Tab ab. Diese Seite aktualisiert sich, sobald Sie fertig sind.',
  'liveness.openAgain': 'Prüfung erneut öffnen',
  'liveness.linkFailed': 'Die Prüfung konnte nicht geöffnet werden. Bitte versuchen Sie es erneut.',

  // --- signature ---
  'signature.title': 'Mit einem Code bestätigen',
  'signature.description.sms': 'Wir senden Ihnen einen Code per SMS, um diese Änderungen zu bestätigen.',
  'signature.description.email': 'Wir senden Ihnen einen Code per E-Mail, um diese Änderungen zu bestätigen.',
  'signature.sentTo.sms': 'Wir haben einen Code per SMS an {destination} gesendet.',
  'signature.sentTo.email': 'Wir haben einen Code per E-Mail an {destination} gesendet.',
  'signature.sent.sms': 'Wir haben einen Code per SMS gesendet.',
  'signature.sent.email': 'Wir haben einen Code per E-Mail gesendet.',
  'signature.send': 'Code senden',
  'signature.sending': 'Wird gesendet…',
  'signature.code': 'Code',
  'signature.code.sms': 'SMS-Code',
  'signature.code.email': 'E-Mail-Code',
  'signature.confirm': 'Bestätigen',
  'signature.confirming': 'Wird bestätigt…',
  'signature.resend': 'Neuen Code senden',
  'signature.resendIn': 'Neuen Code senden in {seconds} s',
  'signature.cancel': 'Abbrechen',
  'signature.invalid': 'Dieser Code ist ungültig. Prüfen Sie ihn oder fordern Sie einen neuen an.',
  'signature.sendError': 'Der Code konnte nicht gesendet werden.',
  'signature.confirmError':
    'Wir konnten den Code nicht prüfen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'signature.sendingCode.sms': 'Wir senden einen Code per SMS …',
  'signature.sendingCode.email': 'Wir senden einen Code per E-Mail …',
  'signature.confirms': 'Er bestätigt: {answers}.',
  'signature.confirmsReview': 'Er bestätigt, dass Sie Ihren Antrag zur Prüfung senden.',
  'signature.answersSaved': 'Ihre Antworten sind gespeichert. Ein weiterer Code bestätigt das Senden Ihres Antrags.',

  // --- summary and review ---
  'summary.title': 'Antworten prüfen',
  'summary.edit': 'Ändern',
  'summary.empty': 'Nicht beantwortet',
  'summary.missing': 'Einige Pflichtfragen sind noch nicht beantwortet.',
  'summary.changedElsewhere':
    'Einige Antworten wurden in einem anderen Fenster oder auf einem anderen Gerät geändert. Wir zeigen jetzt die neuesten: {answers}. Bitte prüfen Sie sie vor dem Senden.',
  'summary.sendError':
    'Ihr Antrag konnte nicht gesendet werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'summary.unsaved':
    'Einige Antworten sind noch nicht gespeichert. Prüfen Sie die Hinweise bei Ihren Antworten und versuchen Sie es erneut.',
  'summary.submit': 'Zur Prüfung senden',
  'summary.submitting': 'Wird gesendet…',
  'summary.document': 'Dokument hochgeladen ({count} Dateien)',
  'summary.livenessDone': 'Abgeschlossen',
  'summary.accepted': 'Akzeptiert',

  // --- status ---
  'status.in_review.title': 'Ihre Prüfung wird bearbeitet',
  'status.in_review.body':
    'Das dauert meist nur wenige Minuten. Sie können diese Seite verlassen; Ihr Fortschritt bleibt erhalten.',
  'status.approved.title': 'Sie sind verifiziert',
  'status.approved.body': 'Ihre Prüfstufe: {level}.',
  'status.rejected.title': 'Wir konnten Sie nicht verifizieren',
  'status.rejected.body': 'Ihr Antrag wurde abgelehnt.',
  'status.rejected.newApplication': 'Neuen Antrag starten',
  'status.rejected.final':
    'Ein neuer Antrag ist derzeit nicht möglich. Bitte wenden Sie sich an unseren Support, um zu erfahren, wie es weitergeht.',
  'status.pending.title': 'Einige Antworten müssen überarbeitet werden',
  'status.pending.body': 'Bitte korrigieren Sie die Antworten unten und senden Sie Ihren Antrag erneut.',
  'status.pending.comment': 'Kommentar der Prüferin oder des Prüfers',
  'status.pending.fix': 'Antworten korrigieren',
  'status.pending.fixStep': '„{step}“ korrigieren',
  'status.unknown.title': 'Wir bearbeiten Ihren Antrag',
  'status.unknown.body': 'Wir zeigen das Ergebnis hier an, sobald es vorliegt. Sie können diese Seite verlassen.',
  'status.checking': 'Suche nach Neuigkeiten…',
  'status.approved.next': 'Sie können diese Seite jetzt schließen.',
  'status.rejected.retry': 'Sie können einen neuen Antrag starten und es noch einmal versuchen.',
  'kept.body':
    'Wir haben diese Antworten aus Ihrem früheren Antrag übernommen. Bitte prüfen Sie sie, bevor Sie den Antrag senden.',
  'kept.show': 'Übernommene Antworten anzeigen',
  'kept.dismiss': 'Verstanden',
  // --- failures the customer can act on (core/failure.ts) ---
  'failure.offline':
    'Die Verbindung ist unterbrochen. Prüfen Sie, ob Sie online sind, und versuchen Sie es dann erneut.',
  'failure.timeout': 'Der Dienst hat zu lange nicht geantwortet. Bitte versuchen Sie es erneut.',
  'failure.sessionExpired':
    'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an und versuchen Sie es dann noch einmal; Ihre Antworten bleiben erhalten.',
  'failure.forbidden':
    'Dazu sind Sie nicht berechtigt. Wenden Sie sich an den Support, wenn Sie das für einen Fehler halten.',
  'failure.notFound': 'Diesen Antrag gibt es nicht mehr. Sie können einen neuen beginnen.',
  'failure.conflict':
    'Dieser Antrag wurde inzwischen geändert. Versuchen Sie es erneut, um mit dem aktuellen Stand fortzufahren.',
  'failure.tooLarge': 'Diese Datei ist zu groß. Bitte wählen Sie eine kleinere.',
  'failure.rateLimited':
    'Gerade gibt es zu viele Anfragen. Bitte warten Sie {seconds} Sekunden und versuchen Sie es dann erneut.',
  'failure.server': 'Unser Dienst hat gerade Probleme. Bitte versuchen Sie es gleich noch einmal.',
  'failure.invalidResponse':
    'Der Prüfdienst hat eine unverständliche Antwort gesendet. Bitte versuchen Sie es später erneut.',
  'failure.refused': 'Das wurde nicht angenommen. Prüfen Sie Ihre Angaben und versuchen Sie es erneut.',
  'failure.unknown': 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  'flow.startNew': 'Neuen Antrag beginnen',
  'flow.retrying': 'Neuer Versuch…',
  // --- continue on a phone ---
  'handoff.offer': 'Auf dem Smartphone fortfahren',
  'handoff.title': 'Auf dem Smartphone fortfahren',
  'handoff.scan':
    'Scannen Sie diesen Code mit der Kamera Ihres Smartphones oder kopieren Sie den Link und öffnen Sie ihn dort. Was Sie dort hinzufügen, erscheint hier.',
  'handoff.qr': 'QR-Code, der diesen Schritt auf Ihrem Smartphone öffnet',
  'handoff.link': 'Link für Ihr Smartphone',
  'handoff.copy': 'Link kopieren',
  'handoff.copied': 'Link kopiert',
  'handoff.making': 'Ihr Link wird erstellt…',
  'handoff.waiting': 'Warten auf Ihr Smartphone…',
  'handoff.done': 'Auf dem Smartphone erledigt. Sie können hier weitermachen.',
  'handoff.expired': 'Dieser Link ist abgelaufen.',
  'handoff.newLink': 'Neuen Link erstellen',
  'handoff.failed': 'Wir konnten keinen Link für Ihr Smartphone erstellen. Bitte versuchen Sie es erneut.',
  'handoff.close': 'Schließen',
  'handoff.phoneDoneTitle': 'Auf dem Smartphone erledigt',
  'handoff.phoneDone': 'Sie können zu Ihrem Computer zurückkehren.',
  'handoff.phoneRefusedTitle': 'Dieser Link funktioniert nicht mehr',
  'handoff.phoneRefused':
    'Er ist abgelaufen oder gehört zu einer anderen Verifizierung. Wählen Sie auf Ihrem Computer erneut „Auf dem Smartphone fortfahren“, um einen neuen Link zu erhalten.',
  'handoff.phoneUnsent':
    'Er ist abgelaufen, daher wurde Ihre Auswahl auf diesem Smartphone nicht gesendet. Wählen Sie auf Ihrem Computer erneut „Auf dem Smartphone fortfahren“, um einen neuen Link zu erhalten.',
};
