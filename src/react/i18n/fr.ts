/** The French message catalogue: every key of `en`, the same `{placeholders}`. */
import type { Messages } from './en';

export const fr: Messages = {
  // --- flow ---
  'flow.title': 'Vérification d’identité',
  'flow.loading': 'Chargement…',
  'flow.error.title': 'Une erreur est survenue',
  'flow.error.load': 'Impossible de charger votre vérification. Vérifiez votre connexion et réessayez.',
  'flow.error.invalidResponse':
    'Le service de vérification a envoyé une réponse incompréhensible. Veuillez réessayer plus tard.',
  'flow.error.unauthorized': 'Votre session a expiré. Veuillez vous reconnecter.',
  'flow.error.notFound': 'Cette vérification est introuvable.',
  'flow.retry': 'Réessayer',
  'flow.unsavedWarning': 'Certaines de vos réponses ne sont pas encore enregistrées.',

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
  'field.invalid.number': 'Veuillez saisir un nombre.',
  'field.invalid.date': 'Veuillez saisir une date valide qui ne soit pas dans le futur.',
  'field.invalid.email': 'Veuillez saisir une adresse e-mail comme nom@example.com.',
  'field.invalid.phone': 'Veuillez saisir le numéro de téléphone au format international, par exemple +33612345678.',
  'field.number.format': 'Saisissez le nombre ainsi : {example}.',
  'field.number.tooLong': 'Ce nombre a trop de chiffres. Saisissez-en 15 au maximum.',
  'field.invalid.reference': 'Veuillez choisir une option dans la liste.',
  'field.boolean.yes': 'Oui',
  'field.boolean.no': 'Non',
  'field.unknown':
    'Cette question ne peut pas encore recevoir de réponse ici. Vous pouvez continuer avec les autres questions.',
  'field.readOnly': 'Cette réponse ne peut pas être modifiée.',

  // --- reference select ---
  'reference.placeholder': 'Sélectionner…',
  'reference.search': 'Rechercher',
  'reference.noMatches': 'Aucun résultat',
  'reference.loading': 'Chargement des options…',
  'reference.loadError': 'Impossible de charger les options.',
  'reference.count': '{count} options',
  'reference.countOne': '1 option',
  'reference.truncated': '{shown} options affichées sur {count}. Continuez à saisir pour affiner la liste.',
  'reference.toggle': 'Afficher les options',
  'reference.retry': 'Réessayer',

  // --- legal document ---
  'legal.accept': 'J’ai lu et j’accepte « {title} »',
  'legal.open': 'Lire « {title} » (s’ouvre dans un nouvel onglet)',
  'legal.loading': 'Chargement du document…',
  'legal.loadError': 'Impossible de charger le document.',
  'legal.version': 'Version {version}',
  'legal.retry': 'Réessayer',
  'legal.newVersion':
    'Ce document a changé depuis que vous l’avez accepté. Veuillez lire la nouvelle version et l’accepter à nouveau.',
  'legal.updated':
    'Ce document a été mis à jour le {date}. Votre acceptation précédente ne couvre pas la nouvelle version. Veuillez la lire et l’accepter.',
  'legal.unavailable': 'Ce document ne peut pas être affiché ici. Veuillez contacter le support.',

  // --- document upload ---
  'document.drop': 'Faites glisser un fichier ici, ou',
  'document.choose': 'Choisir un fichier',
  'document.camera': 'Prendre une photo',
  'document.hint': 'JPEG, PNG, WebP, HEIC ou PDF, jusqu’à 10 Mo.',
  'document.front': 'Recto',
  'document.back': 'Verso',
  'document.singleSided': 'Mon document n’a qu’une seule face',
  'document.uploading': 'Envoi de {name}… {percent} %',
  'document.uploaded': 'Envoyé : {name}',
  'document.cancel': 'Annuler l’envoi',
  'document.retry': 'Réessayer',
  'document.replace': 'Remplacer le fichier',
  'document.remove': 'Supprimer',
  'document.failed': 'L’envoi de {name} a échoué.',
  'document.note': 'Remarque de l’examinateur : {note}',
  'field.reviewerNote': 'Remarque de l’examinateur : {note}',
  'document.file.empty': '« {name} » est vide.',
  'document.file.tooLarge': '« {name} » pèse {size} ; la limite est de 10 Mo.',
  'document.file.unsupported': '« {name} » n’est ni une image ni un PDF.',
  'document.file.mismatch': '« {name} » ne contient pas ce qu’indique son nom.',

  // --- liveness ---
  'liveness.title': 'Contrôle du vivant',
  'liveness.intro': 'Nous allons vous demander d’activer votre caméra et de prendre quelques photos.',
  'liveness.start': 'Commencer le contrôle du vivant',
  'liveness.loading': 'Chargement du contrôle du vivant…',
  'liveness.frameTitle': 'Contrôle du vivant SumSub',
  'liveness.done': 'Contrôle du vivant terminé.',
  'liveness.tokenError': 'Impossible de démarrer le contrôle du vivant.',
  'liveness.refreshError': 'Impossible de prolonger la session du contrôle du vivant.',
  'liveness.retry': 'Réessayer',
  'liveness.openLink': 'Ouvrir le contrôle du vivant (nouvel onglet)',
  'liveness.waiting': 'En attente de la fin du contrôle du vivant…',
  'liveness.unsafeLink':
    'Le lien du contrôle du vivant ne peut pas être ouvert en toute sécurité. Veuillez contacter le support.',

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

  // --- summary and review ---
  'summary.title': 'Vérifiez vos réponses',
  'summary.edit': 'Modifier',
  'summary.empty': 'Sans réponse',
  'summary.missing': 'Certaines questions obligatoires n’ont pas encore de réponse.',
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
};
