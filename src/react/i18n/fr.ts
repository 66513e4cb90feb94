/** The French message catalogue: every key of `en`, the same `{placeholders}`. */
import { frDocuments } from './frDocuments';
import type { Messages } from './en';

export const fr: Messages = {
  // --- flow ---
  'flow.title': 'Vérification d’identité',
  'flow.loading': 'Chargement…',
  'flow.error.title': 'Une erreur est survenue',
  'flow.error.load': 'Impossible de charger votre vérification. Vérifiez votre connexion et réessayez.',
  'flow.retry': 'Réessayer',

  // --- level choice ---
  'levels.title': 'Choisissez un niveau de vérification',
  'levels.description':
    'Choisissez le niveau dont vous avez besoin. Vous pourrez passer à un niveau supérieur plus tard.',
  'levels.start': 'Commencer la vérification',
  'levels.starting': 'Démarrage…',
  'levels.current': 'Votre niveau actuel : {level}',
  'levels.none': 'Aucun niveau de vérification ne vous est proposé pour le moment.',
  'levels.notAllowed': 'Vous ne pouvez pas commencer une nouvelle vérification pour le moment.',
  'levels.createError': 'Impossible de commencer votre vérification. Vérifiez votre connexion et réessayez.',

  // --- steps ---
  'steps.progress': 'Étape {current} sur {total}',
  'steps.back': 'Retour',
  'steps.next': 'Continuer',
  'steps.review': 'Vérifier les réponses',
  'steps.required': 'Obligatoire',
  'steps.optional': 'Facultatif',
  'steps.errorSummary.title': 'Veuillez vérifier {count} réponses',
  'steps.errorSummary.titleOne': 'Veuillez vérifier 1 réponse',

  // --- autosave ---
  'save.saving': 'Enregistrement…',
  'save.saved': 'Toutes les modifications sont enregistrées',
  'save.pending': 'Modifications non enregistrées',
  'save.error': 'Non enregistré',
  'save.retry': 'Réessayer l’enregistrement',
  'save.signatureNeeded': 'Confirmez avec un code pour enregistrer',
  'save.offline': 'Vous êtes hors ligne : vos réponses sont conservées et seront enregistrées dès votre retour.',

  // --- field checks ---
  'field.required': 'Veuillez répondre à cette question.',
  'field.required.liveness': 'Veuillez terminer cette vérification pour continuer.',
  'field.signatureRefused':
    'Cette modification n’est pas enregistrée : le code n’a pas été accepté. Confirmez-la avec un nouveau code.',
  'field.invalid.string': 'Veuillez utiliser 255 caractères au maximum.',
  'field.invalid.text': 'Veuillez utiliser 2000 caractères au maximum.',
  'field.invalid.date': 'Veuillez saisir une date valide qui ne soit pas dans le futur.',
  'field.invalid.email': 'Veuillez saisir une adresse e-mail comme nom@example.com.',
  'field.invalid.phone': 'Veuillez saisir le numéro de téléphone au format international, par exemple +33612345678.',
  'field.number.format': 'Saisissez le nombre ainsi : {example}.',
  'field.number.tooLong': 'Ce nombre a trop de chiffres. Saisissez-en 15 au maximum.',
  'field.date.hint': 'Par exemple {example}',
  'field.date.format': 'Saisissez la date ainsi : {example}.',
  'field.invalid.reference': 'Veuillez choisir une option dans la liste.',
  'field.boolean.yes': 'Oui',
  'field.boolean.no': 'Non',
  'field.unknown':
    'Cette question ne peut pas encore recevoir de réponse ici. Vous pouvez continuer avec les autres questions.',
  'field.readOnly': 'Cette réponse ne peut pas être modifiée.',

  // --- reference select ---
  'reference.placeholder': 'Sélectionner…',
  'reference.noMatches': 'Aucun résultat',
  'reference.loading': 'Chargement des options…',
  'reference.loadError': 'Impossible de charger les options.',
  'reference.count': '{count} options',
  'reference.countOne': '1 option',
  'reference.truncated': '{shown} options affichées sur {count}. Continuez à saisir pour affiner la liste.',
  'reference.toggle': 'Afficher les options',
  'reference.retry': 'Réessayer',

  // --- legal document ---
  'legal.acceptThis': 'J’ai lu ce document et je l’accepte',
  'legal.openFull': 'Lire le texte intégral (s’ouvre dans un nouvel onglet)',
  'legal.loading': 'Chargement du document…',
  'legal.loadError': 'Impossible de charger le document.',
  'legal.version': 'Version {version}',
  'legal.retry': 'Réessayer',
  'legal.newVersion':
    'Ce document a changé depuis que vous l’avez accepté. Veuillez lire la nouvelle version et l’accepter à nouveau.',
  'legal.updated':
    'Ce document a été mis à jour le {date}. Votre acceptation précédente ne couvre pas la nouvelle version. Veuillez la lire et l’accepter.',
  'legal.unavailable': 'Ce document ne peut pas être affiché ici. Veuillez contacter le support.',

  // --- document upload (frDocuments.ts) ---
  ...frDocuments,
  // --- liveness ---
  'liveness.tokenError': 'Impossible de démarrer le contrôle du vivant.',
  'liveness.retry': 'Réessayer',
  'liveness.unsafeLink':
    'Le lien du contrôle du vivant ne peut pas être ouvert en toute sécurité. Veuillez contacter le support.',
  'liveness.heading': 'Prenez un selfie vidéo',
  'liveness.lead': 'Nous allons prendre un court selfie vidéo pour vérifier qu’il s’agit bien de vous.',
  'liveness.prepare':
    'Installez-vous dans un endroit bien éclairé et autorisez l’accès à la caméra lorsque votre navigateur le demande.',
  'liveness.startButton': 'Commencer',
  'liveness.starting': 'Démarrage de la vérification…',
  'liveness.frameName': 'Vérification par selfie vidéo',
  'liveness.complete': 'Votre vérification par selfie vidéo est terminée.',
  'liveness.interrupted': 'La vérification s’est arrêtée avant la fin. Veuillez réessayer.',
  'liveness.stalled': 'La vérification met trop de temps à se charger. Vérifiez votre connexion et réessayez.',
  'liveness.openCheck': 'Ouvrir la vérification',
  'liveness.orOpenInTab': 'Ouvrir plutôt la vérification dans un nouvel onglet',
  'liveness.newTabHint': 'S’ouvre dans un nouvel onglet.',
  'liveness.continueInTab':
    'Terminez la vérification dans le nouvel onglet. Cette page se met à jour une fois que vous avez terminé.',
  'liveness.openAgain': 'Rouvrir la vérification',
  'liveness.linkFailed': 'Impossible d’ouvrir la vérification. Veuillez réessayer.',

  // --- signature ---
  'signature.title': 'Confirmer avec un code',
  'signature.description.sms': 'Nous allons vous envoyer un code par SMS pour confirmer ces modifications.',
  'signature.description.email': 'Nous allons vous envoyer un code par e-mail pour confirmer ces modifications.',
  'signature.sentTo.sms': 'Nous avons envoyé un code par SMS au {destination}.',
  'signature.sentTo.email': 'Nous avons envoyé un code par e-mail à {destination}.',
  'signature.sent.sms': 'Nous avons envoyé un code par SMS.',
  'signature.sent.email': 'Nous avons envoyé un code par e-mail.',
  'signature.send': 'Envoyer le code',
  'signature.sending': 'Envoi…',
  'signature.code': 'Code',
  'signature.code.sms': 'Code SMS',
  'signature.code.email': 'Code reçu par e-mail',
  'signature.confirm': 'Confirmer',
  'signature.confirming': 'Confirmation…',
  'signature.resend': 'Envoyer un nouveau code',
  'signature.resendIn': 'Envoyer un nouveau code dans {seconds} s',
  'signature.cancel': 'Annuler',
  'signature.invalid': 'Ce code n’est pas valide. Vérifiez-le ou demandez-en un nouveau.',
  'signature.sendError': 'Impossible d’envoyer le code.',
  'signature.confirmError': 'Impossible de vérifier le code. Vérifiez votre connexion et réessayez.',
  'signature.sendingCode.sms': 'Envoi d’un code par SMS…',
  'signature.sendingCode.email': 'Envoi d’un code par e-mail…',
  'signature.confirms': 'Il confirme : {answers}.',
  'signature.confirmsReview': 'Il confirme l’envoi de votre demande pour vérification.',
  'signature.answersSaved': 'Vos réponses sont enregistrées. Un autre code confirme l’envoi de votre demande.',

  // --- summary and review ---
  'summary.title': 'Vérifiez vos réponses',
  'summary.edit': 'Modifier',
  'summary.empty': 'Sans réponse',
  'summary.missing': 'Certaines questions obligatoires n’ont pas encore de réponse.',
  'summary.changedElsewhere':
    'Certaines réponses ont été modifiées dans une autre fenêtre ou sur un autre appareil ; nous affichons maintenant les plus récentes : {answers}. Vérifiez-les avant d’envoyer.',
  'summary.sendError': 'Votre demande n’a pas pu être envoyée. Vérifiez votre connexion et réessayez.',
  'summary.unsaved':
    'Certaines réponses ne sont pas encore enregistrées. Consultez les messages sur vos réponses, puis réessayez.',
  'summary.submit': 'Envoyer pour examen',
  'summary.submitting': 'Envoi…',
  'summary.document': 'Document envoyé ({count} fichiers)',
  'summary.livenessDone': 'Terminé',
  'summary.accepted': 'Accepté',

  // --- status ---
  'status.in_review.title': 'Votre vérification est en cours d’examen',
  'status.in_review.body':
    'Cela prend généralement quelques minutes. Vous pouvez quitter cette page ; votre progression est conservée.',
  'status.approved.title': 'Votre identité est vérifiée',
  'status.approved.body': 'Votre niveau de vérification : {level}.',
  'status.rejected.title': 'Nous n’avons pas pu vérifier votre identité',
  'status.rejected.body': 'Votre demande a été refusée.',
  'status.rejected.newApplication': 'Commencer une nouvelle demande',
  'status.rejected.final':
    'Une nouvelle demande n’est pas possible pour le moment. Contactez notre assistance pour savoir quoi faire.',
  'status.pending.title': 'Certaines réponses demandent votre attention',
  'status.pending.body': 'Veuillez corriger les réponses ci-dessous et renvoyer votre demande.',
  'status.pending.comment': 'Commentaire de l’examinateur',
  'status.pending.fix': 'Corriger les réponses',
  'status.pending.fixStep': 'Corriger « {step} »',
  'status.unknown.title': 'Nous traitons votre demande',
  'status.unknown.body': 'Nous afficherons le résultat ici dès qu’il sera prêt. Vous pouvez quitter cette page.',
  'status.checking': 'Recherche de mises à jour…',
  'status.approved.next': 'Vous pouvez maintenant fermer cette page.',
  'status.rejected.retry': 'Vous pouvez commencer une nouvelle demande et réessayer.',
  'kept.body':
    'Nous avons repris ces réponses de votre demande précédente. Vérifiez-les avant d’envoyer votre demande.',
  'kept.show': 'Afficher les réponses reprises',
  'kept.dismiss': 'J’ai compris',
  // --- failures the customer can act on (core/failure.ts) ---
  'failure.offline': 'La connexion a été interrompue. Vérifiez que vous êtes en ligne, puis réessayez.',
  'failure.timeout': 'Le service a mis trop de temps à répondre. Veuillez réessayer.',
  'failure.sessionExpired': 'Votre session a expiré. Reconnectez-vous, puis réessayez ; vos réponses sont conservées.',
  'failure.forbidden':
    'Vous n’êtes pas autorisé à effectuer cette action. Contactez le support si vous pensez qu’il s’agit d’une erreur.',
  'failure.notFound': 'Cette demande n’existe plus. Vous pouvez en commencer une nouvelle.',
  'failure.conflict': 'Cette demande a été modifiée entre-temps. Réessayez pour continuer avec son état actuel.',
  'failure.tooLarge': 'Ce fichier est trop volumineux. Veuillez en choisir un plus petit.',
  'failure.rateLimited': 'Trop de demandes en ce moment. Veuillez patienter {seconds} secondes, puis réessayer.',
  'failure.server': 'Notre service rencontre un problème. Veuillez réessayer dans un instant.',
  'failure.invalidResponse':
    'Le service de vérification a envoyé une réponse incompréhensible. Veuillez réessayer plus tard.',
  'failure.refused': 'Cela n’a pas été accepté. Vérifiez vos réponses, puis réessayez.',
  'failure.unknown': 'Une erreur est survenue. Veuillez réessayer.',
  'flow.startNew': 'Commencer une nouvelle demande',
  'flow.retrying': 'Nouvelle tentative…',
  // --- continue on a phone ---
  'handoff.offer': 'Continuer sur votre téléphone',
  'handoff.title': 'Continuer sur votre téléphone',
  'handoff.scan':
    "Scannez ce code avec l'appareil photo de votre téléphone, ou copiez le lien et ouvrez-le sur votre téléphone. Ce que vous y ajoutez s'affiche ici.",
  'handoff.qr': 'QR code qui ouvre cette étape sur votre téléphone',
  'handoff.link': 'Lien pour votre téléphone',
  'handoff.copy': 'Copier le lien',
  'handoff.copied': 'Lien copié',
  'handoff.making': 'Création de votre lien…',
  'handoff.waiting': 'En attente de votre téléphone…',
  'handoff.done': 'Terminé sur votre téléphone. Vous pouvez continuer ici.',
  'handoff.expired': 'Ce lien a expiré.',
  'handoff.newLink': 'Obtenir un nouveau lien',
  'handoff.failed': "Nous n'avons pas pu créer de lien pour votre téléphone. Veuillez réessayer.",
  'handoff.close': 'Fermer',
  'handoff.phoneDoneTitle': 'Terminé sur votre téléphone',
  'handoff.phoneDone': 'Vous pouvez retourner sur votre ordinateur.',
  'handoff.phoneRefusedTitle': 'Ce lien ne fonctionne plus',
  'handoff.phoneRefused':
    'Il a expiré ou concerne une autre vérification. Sur votre ordinateur, choisissez à nouveau « Continuer sur votre téléphone » pour obtenir un nouveau lien.',
  'handoff.phoneUnsent':
    'Il a expiré : ce que vous avez choisi sur ce téléphone n’a donc pas été envoyé. Sur votre ordinateur, choisissez à nouveau « Continuer sur votre téléphone » pour obtenir un nouveau lien.',
};
