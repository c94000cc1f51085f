// Every UI string of the library, in one catalogue, and the locale helpers that pick a language
// for an element. Remote strings (badge names, messages from core) are never translated here;
// credential translations (Badge.translations) are picked by `localizedBadge()`.
//
// Language resolution for an element, most specific first:
//   its own `lang` attribute → the closest ancestor with `lang` (crossing shadow roots, so a card
//   inside a French <badge-wall lang="fr"> is French) → configure({locale}) → <html lang> →
//   navigator.language → English.

import type { Badge, CheckId, Outcome } from '../../core/model.js';

const en = {
  'status.loading': 'Checking this badge…',
  'status.valid': 'Verified',
  'status.validBy': 'Verified: issued by {issuer}',
  'status.invalid': 'Not valid',
  'status.indeterminate': 'Could not check',
  'status.error': 'Could not load this badge',
  'status.showReport': 'Show the verification report',
  'status.hideReport': 'Hide the verification report',

  'failed.format': 'it is not a well-formed badge',
  'failed.proof': 'it was changed after it was issued (tampered)',
  'failed.issuer': 'it was not signed with the issuer’s key (wrong issuer key)',
  'failed.not-before': 'it is not valid yet',
  'failed.expiry': 'it has expired',
  'failed.revocation': 'the issuer revoked it',
  'failed.suspension': 'the issuer suspended it',
  'failed.hosted': 'the issuer’s hosted copy does not match',
  'failed.children': 'a credential inside it is not valid',
  'failed.jwt-claims': 'the token’s claims contradict the credential',
  'failed.trusted-issuer': 'the issuer is not on this page’s trusted list',
  'failed.other': 'the “{check}” check failed',

  'unknown.cors': 'the issuer’s server does not let this page check it (CORS)',
  'unknown.proof': 'the issuer’s key is unknown, so the signature could not be checked',
  'unknown.issuer': 'the issuer’s key is unknown',
  'unknown.revocation': 'the status list is unreachable, so revocation is unknown',
  'unknown.suspension': 'the status list is unreachable, so suspension is unknown',
  'unknown.not-before': 'the start date could not be read',
  'unknown.expiry': 'the expiry date could not be read',
  'unknown.children': 'a credential inside it could not be checked',
  'unknown.other': 'the “{check}” check could not be completed',

  'error.fetch-failed': 'The badge could not be downloaded (network error).',
  'error.http-status': 'The server answered with an error.',
  'error.timeout': 'The server took too long to answer.',
  'error.too-large': 'The file is too large to be a badge.',
  'error.cors-blocked': 'The badge’s server does not allow this page to read it (CORS).',
  'error.redirect-loop': 'The address redirects in a loop.',
  'error.not-a-credential': 'This is not a badge or credential.',
  'error.malformed': 'The badge is damaged or unreadable.',
  'error.unsupported': 'This kind of credential is not supported.',
  'error.aborted': 'Checking was cancelled.',
  'error.other': 'Something went wrong.',
  'error.retry': 'Try again',

  'outcome.passed': 'Passed',
  'outcome.failed': 'Failed',
  'outcome.warning': 'Warning',
  'outcome.skipped': 'Skipped',
  'outcome.unknown': 'Could not check',

  'check.format': 'Format',
  'check.proof': 'Signature',
  'check.issuer': 'Issuer key',
  'check.not-before': 'Start of validity',
  'check.expiry': 'Expiry',
  'check.revocation': 'Revocation',
  'check.suspension': 'Suspension',
  'check.hosted': 'Hosted copy',
  'check.children': 'Nested credentials',
  'check.jwt-claims': 'Token claims',
  'check.trusted-issuer': 'Trusted issuer',

  'explain.format': 'We read the file and recognised a badge in a known format with every required field.',
  'explain.proof': 'A digital signature seals the badge: if a single character changes, the signature breaks.',
  'explain.issuer': 'The key that made the signature must belong to the organisation named as issuer.',
  'explain.not-before': 'A badge can be issued to start counting later; before that date it is not valid.',
  'explain.expiry': 'Some badges expire; after that date the holder needs to renew them.',
  'explain.revocation': 'Issuers publish a list of badges they withdrew; we looked this one up.',
  'explain.suspension': 'Issuers can suspend a badge for a while; we looked this one up.',
  'explain.hosted': 'Open Badges 2.0 badges live on the issuer’s website; the copy there must match and come from the issuer’s domain.',
  'explain.children': 'This credential contains other credentials; each one was checked on its own.',
  'explain.jwt-claims': 'A badge sent as a token repeats some facts outside the badge; both must agree.',
  'explain.trusted-issuer': 'This page lists the issuers it vouches for; we checked whether this issuer is one of them.',
  'explain.other': 'An additional check run by the verifier.',

  'meaning.passed': 'You can rely on this.',
  'meaning.failed': 'Do not trust this badge for this reason.',
  'meaning.warning': 'Not a failure, but worth knowing.',
  'meaning.skipped': 'Not checked: it did not apply or was turned off.',
  'meaning.unknown': 'Not confirmed either way: treat the badge with care.',

  'label.issuer': 'Issued by',
  'label.recipient': 'Awarded to',
  'label.description': 'Description',
  'label.criteria': 'Criteria',
  'label.criteriaLink': 'Full criteria',
  'label.skills': 'Skills',
  'label.type': 'Type',
  'label.evidence': 'Evidence',
  'label.endorsements': 'Endorsements',
  'label.endorsedBy': 'Endorsed by {name}',
  'label.format': 'Format',
  'label.checks': 'Checks',
  'label.checkedAt': 'Checked {date}',
  'label.badgeImage': 'Badge image: {name}',
  'label.unnamed': 'Untitled badge',
  'label.hashedRecipient': 'a recipient identified privately',

  'date.issued': 'Issued {date}',
  'date.validFrom': 'Valid from {date}',
  'date.expiresIn': 'Expires {relative}',
  'date.expiresOn': 'Expires on {date}',
  'date.expired': 'Expired on {date}: renewal needed',

  'share.button': 'Share',
  'share.menu': 'Share this badge',
  'share.addToLinkedIn': 'Add to LinkedIn profile',
  'share.linkedin': 'Post on LinkedIn',
  'share.x': 'Post on X',
  'share.facebook': 'Post on Facebook',
  'share.copy': 'Copy link',
  'share.copied': 'Link copied',
  'share.native': 'Share…',
  'share.downloadCredential': 'Download credential',
  'share.downloadImage': 'Download badge image',
  'share.text': 'I earned “{name}” from {issuer}.',

  'verify.title': 'Check a badge',
  'verify.intro': 'Paste a link, paste the badge itself (JSON or a JWT), or choose a badge image. Nothing is uploaded: the check runs in your browser.',
  'verify.url': 'Badge link (URL)',
  'verify.text': 'Badge JSON or JWT',
  'verify.file': 'Badge image (PNG or SVG) or file',
  'verify.drop': 'Drop a badge file here, or choose one',
  'verify.chosen': 'Chosen: {name}',
  'verify.submit': 'Check',
  'verify.clear': 'Clear',
  'verify.empty': 'Give a link, paste a badge or choose a file first.',
  'verify.result': 'Result',
  'verify.steps': 'Step by step',
  'verify.meaning': 'What it means',
} as const;

/** A message key of the catalogue. */
export type MessageKey = keyof typeof en;
type Catalogue = Record<MessageKey, string>;

const es: Catalogue = {
  'status.loading': 'Comprobando esta insignia…',
  'status.valid': 'Verificada',
  'status.validBy': 'Verificada: emitida por {issuer}',
  'status.invalid': 'No válida',
  'status.indeterminate': 'No se pudo comprobar',
  'status.error': 'No se pudo cargar esta insignia',
  'status.showReport': 'Mostrar el informe de verificación',
  'status.hideReport': 'Ocultar el informe de verificación',
  'failed.format': 'no es una insignia bien formada',
  'failed.proof': 'se modificó después de emitirse (manipulada)',
  'failed.issuer': 'no la firmó la clave del emisor (clave incorrecta)',
  'failed.not-before': 'todavía no es válida',
  'failed.expiry': 'ha caducado',
  'failed.revocation': 'el emisor la revocó',
  'failed.suspension': 'el emisor la suspendió',
  'failed.hosted': 'la copia alojada por el emisor no coincide',
  'failed.children': 'una credencial que contiene no es válida',
  'failed.jwt-claims': 'los datos del token contradicen la credencial',
  'failed.trusted-issuer': 'el emisor no está en la lista de confianza de esta página',
  'failed.other': 'falló la comprobación «{check}»',
  'unknown.cors': 'el servidor del emisor no permite a esta página comprobarla (CORS)',
  'unknown.proof': 'la clave del emisor es desconocida, así que no se pudo comprobar la firma',
  'unknown.issuer': 'la clave del emisor es desconocida',
  'unknown.revocation': 'la lista de estado no está disponible, así que se desconoce si fue revocada',
  'unknown.suspension': 'la lista de estado no está disponible, así que se desconoce si fue suspendida',
  'unknown.not-before': 'no se pudo leer la fecha de inicio',
  'unknown.expiry': 'no se pudo leer la fecha de caducidad',
  'unknown.children': 'no se pudo comprobar una credencial que contiene',
  'unknown.other': 'no se pudo completar la comprobación «{check}»',
  'error.fetch-failed': 'No se pudo descargar la insignia (error de red).',
  'error.http-status': 'El servidor respondió con un error.',
  'error.timeout': 'El servidor tardó demasiado en responder.',
  'error.too-large': 'El archivo es demasiado grande para ser una insignia.',
  'error.cors-blocked': 'El servidor de la insignia no permite que esta página la lea (CORS).',
  'error.redirect-loop': 'La dirección redirige en bucle.',
  'error.not-a-credential': 'Esto no es una insignia ni una credencial.',
  'error.malformed': 'La insignia está dañada o es ilegible.',
  'error.unsupported': 'Este tipo de credencial no es compatible.',
  'error.aborted': 'Se canceló la comprobación.',
  'error.other': 'Algo salió mal.',
  'error.retry': 'Reintentar',
  'outcome.passed': 'Correcto',
  'outcome.failed': 'Fallido',
  'outcome.warning': 'Aviso',
  'outcome.skipped': 'Omitido',
  'outcome.unknown': 'No comprobado',
  'check.format': 'Formato',
  'check.proof': 'Firma',
  'check.issuer': 'Clave del emisor',
  'check.not-before': 'Inicio de validez',
  'check.expiry': 'Caducidad',
  'check.revocation': 'Revocación',
  'check.suspension': 'Suspensión',
  'check.hosted': 'Copia alojada',
  'check.children': 'Credenciales incluidas',
  'check.jwt-claims': 'Datos del token',
  'check.trusted-issuer': 'Emisor de confianza',
  'explain.format': 'Leímos el archivo y reconocimos una insignia en un formato conocido con todos los campos obligatorios.',
  'explain.proof': 'Una firma digital sella la insignia: si cambia un solo carácter, la firma se rompe.',
  'explain.issuer': 'La clave que firmó debe pertenecer a la organización que figura como emisora.',
  'explain.not-before': 'Una insignia puede empezar a valer más tarde; antes de esa fecha no es válida.',
  'explain.expiry': 'Algunas insignias caducan; después de esa fecha hay que renovarlas.',
  'explain.revocation': 'Los emisores publican una lista de insignias retiradas; buscamos esta en ella.',
  'explain.suspension': 'Los emisores pueden suspender una insignia temporalmente; buscamos esta.',
  'explain.hosted': 'Las insignias Open Badges 2.0 se alojan en la web del emisor; esa copia debe coincidir y venir de su dominio.',
  'explain.children': 'Esta credencial contiene otras; cada una se comprobó por separado.',
  'explain.jwt-claims': 'Una insignia enviada como token repite algunos datos fuera de la insignia; deben coincidir.',
  'explain.trusted-issuer': 'Esta página enumera los emisores que respalda; comprobamos si este es uno de ellos.',
  'explain.other': 'Una comprobación adicional del verificador.',
  'meaning.passed': 'Puede confiar en esto.',
  'meaning.failed': 'No confíe en esta insignia por este motivo.',
  'meaning.warning': 'No es un fallo, pero conviene saberlo.',
  'meaning.skipped': 'No comprobado: no se aplicaba o estaba desactivado.',
  'meaning.unknown': 'Sin confirmar: trate la insignia con precaución.',
  'label.issuer': 'Emitida por',
  'label.recipient': 'Otorgada a',
  'label.description': 'Descripción',
  'label.criteria': 'Criterios',
  'label.criteriaLink': 'Criterios completos',
  'label.skills': 'Competencias',
  'label.type': 'Tipo',
  'label.evidence': 'Evidencias',
  'label.endorsements': 'Respaldos',
  'label.endorsedBy': 'Respaldada por {name}',
  'label.format': 'Formato',
  'label.checks': 'Comprobaciones',
  'label.checkedAt': 'Comprobada el {date}',
  'label.badgeImage': 'Imagen de la insignia: {name}',
  'label.unnamed': 'Insignia sin título',
  'label.hashedRecipient': 'un destinatario identificado de forma privada',
  'date.issued': 'Emitida el {date}',
  'date.validFrom': 'Válida desde el {date}',
  'date.expiresIn': 'Caduca {relative}',
  'date.expiresOn': 'Caduca el {date}',
  'date.expired': 'Caducó el {date}: hay que renovarla',
  'share.button': 'Compartir',
  'share.menu': 'Compartir esta insignia',
  'share.addToLinkedIn': 'Añadir al perfil de LinkedIn',
  'share.linkedin': 'Publicar en LinkedIn',
  'share.x': 'Publicar en X',
  'share.facebook': 'Publicar en Facebook',
  'share.copy': 'Copiar enlace',
  'share.copied': 'Enlace copiado',
  'share.native': 'Compartir…',
  'share.downloadCredential': 'Descargar la credencial',
  'share.downloadImage': 'Descargar la imagen de la insignia',
  'share.text': 'He obtenido «{name}» de {issuer}.',
  'verify.title': 'Comprobar una insignia',
  'verify.intro': 'Pegue un enlace, pegue la insignia (JSON o JWT) o elija una imagen de insignia. No se sube nada: la comprobación se hace en su navegador.',
  'verify.url': 'Enlace de la insignia (URL)',
  'verify.text': 'JSON o JWT de la insignia',
  'verify.file': 'Imagen de la insignia (PNG o SVG) o archivo',
  'verify.drop': 'Suelte aquí un archivo de insignia o elija uno',
  'verify.chosen': 'Elegido: {name}',
  'verify.submit': 'Comprobar',
  'verify.clear': 'Borrar',
  'verify.empty': 'Primero indique un enlace, pegue una insignia o elija un archivo.',
  'verify.result': 'Resultado',
  'verify.steps': 'Paso a paso',
  'verify.meaning': 'Qué significa',
};

const fr: Catalogue = {
  'status.loading': 'Vérification du badge…',
  'status.valid': 'Vérifié',
  'status.validBy': 'Vérifié : délivré par {issuer}',
  'status.invalid': 'Non valide',
  'status.indeterminate': 'Vérification impossible',
  'status.error': 'Impossible de charger ce badge',
  'status.showReport': 'Afficher le rapport de vérification',
  'status.hideReport': 'Masquer le rapport de vérification',
  'failed.format': 'ce n’est pas un badge bien formé',
  'failed.proof': 'il a été modifié après sa délivrance (falsifié)',
  'failed.issuer': 'il n’a pas été signé avec la clé de l’émetteur (mauvaise clé)',
  'failed.not-before': 'il n’est pas encore valide',
  'failed.expiry': 'il a expiré',
  'failed.revocation': 'l’émetteur l’a révoqué',
  'failed.suspension': 'l’émetteur l’a suspendu',
  'failed.hosted': 'la copie hébergée par l’émetteur ne correspond pas',
  'failed.children': 'une attestation qu’il contient n’est pas valide',
  'failed.jwt-claims': 'les données du jeton contredisent l’attestation',
  'failed.trusted-issuer': 'l’émetteur ne figure pas sur la liste de confiance de cette page',
  'failed.other': 'la vérification « {check} » a échoué',
  'unknown.cors': 'le serveur de l’émetteur ne permet pas à cette page de le vérifier (CORS)',
  'unknown.proof': 'la clé de l’émetteur est inconnue, la signature n’a pas pu être vérifiée',
  'unknown.issuer': 'la clé de l’émetteur est inconnue',
  'unknown.revocation': 'la liste de statut est injoignable : révocation inconnue',
  'unknown.suspension': 'la liste de statut est injoignable : suspension inconnue',
  'unknown.not-before': 'la date de début est illisible',
  'unknown.expiry': 'la date d’expiration est illisible',
  'unknown.children': 'une attestation qu’il contient n’a pas pu être vérifiée',
  'unknown.other': 'la vérification « {check} » n’a pas pu aboutir',
  'error.fetch-failed': 'Le badge n’a pas pu être téléchargé (erreur réseau).',
  'error.http-status': 'Le serveur a répondu par une erreur.',
  'error.timeout': 'Le serveur a mis trop de temps à répondre.',
  'error.too-large': 'Le fichier est trop volumineux pour être un badge.',
  'error.cors-blocked': 'Le serveur du badge ne permet pas à cette page de le lire (CORS).',
  'error.redirect-loop': 'L’adresse redirige en boucle.',
  'error.not-a-credential': 'Ce n’est ni un badge ni une attestation.',
  'error.malformed': 'Le badge est endommagé ou illisible.',
  'error.unsupported': 'Ce type d’attestation n’est pas pris en charge.',
  'error.aborted': 'La vérification a été annulée.',
  'error.other': 'Un problème est survenu.',
  'error.retry': 'Réessayer',
  'outcome.passed': 'Réussi',
  'outcome.failed': 'Échoué',
  'outcome.warning': 'Avertissement',
  'outcome.skipped': 'Ignoré',
  'outcome.unknown': 'Non vérifié',
  'check.format': 'Format',
  'check.proof': 'Signature',
  'check.issuer': 'Clé de l’émetteur',
  'check.not-before': 'Début de validité',
  'check.expiry': 'Expiration',
  'check.revocation': 'Révocation',
  'check.suspension': 'Suspension',
  'check.hosted': 'Copie hébergée',
  'check.children': 'Attestations incluses',
  'check.jwt-claims': 'Données du jeton',
  'check.trusted-issuer': 'Émetteur de confiance',
  'explain.format': 'Nous avons lu le fichier et reconnu un badge dans un format connu, avec tous les champs requis.',
  'explain.proof': 'Une signature numérique scelle le badge : si un seul caractère change, la signature ne correspond plus.',
  'explain.issuer': 'La clé qui a signé doit appartenir à l’organisation indiquée comme émetteur.',
  'explain.not-before': 'Un badge peut ne prendre effet que plus tard ; avant cette date il n’est pas valide.',
  'explain.expiry': 'Certains badges expirent ; après cette date il faut les renouveler.',
  'explain.revocation': 'Les émetteurs publient la liste des badges retirés ; nous y avons cherché celui-ci.',
  'explain.suspension': 'Les émetteurs peuvent suspendre un badge temporairement ; nous avons vérifié celui-ci.',
  'explain.hosted': 'Les badges Open Badges 2.0 sont hébergés sur le site de l’émetteur ; cette copie doit correspondre et venir de son domaine.',
  'explain.children': 'Cette attestation en contient d’autres ; chacune a été vérifiée séparément.',
  'explain.jwt-claims': 'Un badge envoyé sous forme de jeton répète certaines informations ; elles doivent concorder.',
  'explain.trusted-issuer': 'Cette page liste les émetteurs qu’elle reconnaît ; nous avons vérifié si celui-ci en fait partie.',
  'explain.other': 'Une vérification supplémentaire du vérificateur.',
  'meaning.passed': 'Vous pouvez vous y fier.',
  'meaning.failed': 'Ne vous fiez pas à ce badge pour cette raison.',
  'meaning.warning': 'Pas un échec, mais bon à savoir.',
  'meaning.skipped': 'Non vérifié : sans objet ou désactivé.',
  'meaning.unknown': 'Ni confirmé ni infirmé : prudence.',
  'label.issuer': 'Délivré par',
  'label.recipient': 'Décerné à',
  'label.description': 'Description',
  'label.criteria': 'Critères',
  'label.criteriaLink': 'Critères complets',
  'label.skills': 'Compétences',
  'label.type': 'Type',
  'label.evidence': 'Preuves',
  'label.endorsements': 'Recommandations',
  'label.endorsedBy': 'Recommandé par {name}',
  'label.format': 'Format',
  'label.checks': 'Vérifications',
  'label.checkedAt': 'Vérifié le {date}',
  'label.badgeImage': 'Image du badge : {name}',
  'label.unnamed': 'Badge sans titre',
  'label.hashedRecipient': 'un titulaire identifié de façon confidentielle',
  'date.issued': 'Délivré le {date}',
  'date.validFrom': 'Valide à partir du {date}',
  'date.expiresIn': 'Expire {relative}',
  'date.expiresOn': 'Expire le {date}',
  'date.expired': 'Expiré le {date} : à renouveler',
  'share.button': 'Partager',
  'share.menu': 'Partager ce badge',
  'share.addToLinkedIn': 'Ajouter au profil LinkedIn',
  'share.linkedin': 'Publier sur LinkedIn',
  'share.x': 'Publier sur X',
  'share.facebook': 'Publier sur Facebook',
  'share.copy': 'Copier le lien',
  'share.copied': 'Lien copié',
  'share.native': 'Partager…',
  'share.downloadCredential': 'Télécharger l’attestation',
  'share.downloadImage': 'Télécharger l’image du badge',
  'share.text': 'J’ai obtenu « {name} » de {issuer}.',
  'verify.title': 'Vérifier un badge',
  'verify.intro': 'Collez un lien, collez le badge lui-même (JSON ou JWT) ou choisissez une image de badge. Rien n’est envoyé : la vérification se fait dans votre navigateur.',
  'verify.url': 'Lien du badge (URL)',
  'verify.text': 'JSON ou JWT du badge',
  'verify.file': 'Image du badge (PNG ou SVG) ou fichier',
  'verify.drop': 'Déposez un fichier de badge ici ou choisissez-en un',
  'verify.chosen': 'Choisi : {name}',
  'verify.submit': 'Vérifier',
  'verify.clear': 'Effacer',
  'verify.empty': 'Indiquez d’abord un lien, collez un badge ou choisissez un fichier.',
  'verify.result': 'Résultat',
  'verify.steps': 'Étape par étape',
  'verify.meaning': 'Ce que cela signifie',
};

const de: Catalogue = {
  'status.loading': 'Badge wird geprüft…',
  'status.valid': 'Verifiziert',
  'status.validBy': 'Verifiziert: ausgestellt von {issuer}',
  'status.invalid': 'Nicht gültig',
  'status.indeterminate': 'Prüfung nicht möglich',
  'status.error': 'Badge konnte nicht geladen werden',
  'status.showReport': 'Prüfbericht anzeigen',
  'status.hideReport': 'Prüfbericht ausblenden',
  'failed.format': 'es ist kein gültig aufgebautes Badge',
  'failed.proof': 'es wurde nach der Ausstellung verändert (manipuliert)',
  'failed.issuer': 'es wurde nicht mit dem Schlüssel des Ausstellers signiert (falscher Schlüssel)',
  'failed.not-before': 'es ist noch nicht gültig',
  'failed.expiry': 'es ist abgelaufen',
  'failed.revocation': 'der Aussteller hat es widerrufen',
  'failed.suspension': 'der Aussteller hat es ausgesetzt',
  'failed.hosted': 'die beim Aussteller gehostete Kopie stimmt nicht überein',
  'failed.children': 'ein enthaltener Nachweis ist nicht gültig',
  'failed.jwt-claims': 'die Token-Angaben widersprechen dem Nachweis',
  'failed.trusted-issuer': 'der Aussteller steht nicht auf der Vertrauensliste dieser Seite',
  'failed.other': 'die Prüfung „{check}“ ist fehlgeschlagen',
  'unknown.cors': 'der Server des Ausstellers erlaubt dieser Seite die Prüfung nicht (CORS)',
  'unknown.proof': 'der Schlüssel des Ausstellers ist unbekannt, die Signatur konnte nicht geprüft werden',
  'unknown.issuer': 'der Schlüssel des Ausstellers ist unbekannt',
  'unknown.revocation': 'die Statusliste ist nicht erreichbar, ein Widerruf ist unbekannt',
  'unknown.suspension': 'die Statusliste ist nicht erreichbar, eine Aussetzung ist unbekannt',
  'unknown.not-before': 'das Anfangsdatum ist nicht lesbar',
  'unknown.expiry': 'das Ablaufdatum ist nicht lesbar',
  'unknown.children': 'ein enthaltener Nachweis konnte nicht geprüft werden',
  'unknown.other': 'die Prüfung „{check}“ konnte nicht abgeschlossen werden',
  'error.fetch-failed': 'Das Badge konnte nicht heruntergeladen werden (Netzwerkfehler).',
  'error.http-status': 'Der Server hat mit einem Fehler geantwortet.',
  'error.timeout': 'Der Server hat zu lange nicht geantwortet.',
  'error.too-large': 'Die Datei ist zu groß für ein Badge.',
  'error.cors-blocked': 'Der Server des Badges erlaubt dieser Seite nicht, es zu lesen (CORS).',
  'error.redirect-loop': 'Die Adresse leitet endlos weiter.',
  'error.not-a-credential': 'Das ist weder ein Badge noch ein Nachweis.',
  'error.malformed': 'Das Badge ist beschädigt oder unlesbar.',
  'error.unsupported': 'Diese Art von Nachweis wird nicht unterstützt.',
  'error.aborted': 'Die Prüfung wurde abgebrochen.',
  'error.other': 'Etwas ist schiefgegangen.',
  'error.retry': 'Erneut versuchen',
  'outcome.passed': 'Bestanden',
  'outcome.failed': 'Fehlgeschlagen',
  'outcome.warning': 'Hinweis',
  'outcome.skipped': 'Übersprungen',
  'outcome.unknown': 'Nicht geprüft',
  'check.format': 'Format',
  'check.proof': 'Signatur',
  'check.issuer': 'Schlüssel des Ausstellers',
  'check.not-before': 'Gültigkeitsbeginn',
  'check.expiry': 'Ablauf',
  'check.revocation': 'Widerruf',
  'check.suspension': 'Aussetzung',
  'check.hosted': 'Gehostete Kopie',
  'check.children': 'Enthaltene Nachweise',
  'check.jwt-claims': 'Token-Angaben',
  'check.trusted-issuer': 'Vertrauenswürdiger Aussteller',
  'explain.format': 'Wir haben die Datei gelesen und ein Badge in einem bekannten Format mit allen Pflichtfeldern erkannt.',
  'explain.proof': 'Eine digitale Signatur versiegelt das Badge: Ändert sich ein einziges Zeichen, passt die Signatur nicht mehr.',
  'explain.issuer': 'Der signierende Schlüssel muss der Organisation gehören, die als Aussteller genannt ist.',
  'explain.not-before': 'Ein Badge kann erst später gelten; vor diesem Datum ist es nicht gültig.',
  'explain.expiry': 'Manche Badges laufen ab; danach müssen sie erneuert werden.',
  'explain.revocation': 'Aussteller veröffentlichen eine Liste zurückgezogener Badges; wir haben dieses nachgeschlagen.',
  'explain.suspension': 'Aussteller können ein Badge vorübergehend aussetzen; wir haben dieses nachgeschlagen.',
  'explain.hosted': 'Open-Badges-2.0-Badges liegen auf der Website des Ausstellers; diese Kopie muss übereinstimmen und von seiner Domain kommen.',
  'explain.children': 'Dieser Nachweis enthält weitere Nachweise; jeder wurde einzeln geprüft.',
  'explain.jwt-claims': 'Ein als Token gesendetes Badge wiederholt einige Angaben; beide müssen übereinstimmen.',
  'explain.trusted-issuer': 'Diese Seite nennt Aussteller, denen sie vertraut; wir haben geprüft, ob dieser dazugehört.',
  'explain.other': 'Eine zusätzliche Prüfung des Prüfprogramms.',
  'meaning.passed': 'Darauf können Sie sich verlassen.',
  'meaning.failed': 'Vertrauen Sie diesem Badge aus diesem Grund nicht.',
  'meaning.warning': 'Kein Fehler, aber gut zu wissen.',
  'meaning.skipped': 'Nicht geprüft: nicht zutreffend oder abgeschaltet.',
  'meaning.unknown': 'Weder bestätigt noch widerlegt: mit Vorsicht behandeln.',
  'label.issuer': 'Ausgestellt von',
  'label.recipient': 'Verliehen an',
  'label.description': 'Beschreibung',
  'label.criteria': 'Kriterien',
  'label.criteriaLink': 'Alle Kriterien',
  'label.skills': 'Kompetenzen',
  'label.type': 'Art',
  'label.evidence': 'Nachweise',
  'label.endorsements': 'Empfehlungen',
  'label.endorsedBy': 'Empfohlen von {name}',
  'label.format': 'Format',
  'label.checks': 'Prüfungen',
  'label.checkedAt': 'Geprüft am {date}',
  'label.badgeImage': 'Badge-Bild: {name}',
  'label.unnamed': 'Badge ohne Titel',
  'label.hashedRecipient': 'eine vertraulich identifizierte Person',
  'date.issued': 'Ausgestellt am {date}',
  'date.validFrom': 'Gültig ab {date}',
  'date.expiresIn': 'Läuft {relative} ab',
  'date.expiresOn': 'Läuft am {date} ab',
  'date.expired': 'Abgelaufen am {date}: Erneuerung nötig',
  'share.button': 'Teilen',
  'share.menu': 'Dieses Badge teilen',
  'share.addToLinkedIn': 'Zum LinkedIn-Profil hinzufügen',
  'share.linkedin': 'Auf LinkedIn posten',
  'share.x': 'Auf X posten',
  'share.facebook': 'Auf Facebook posten',
  'share.copy': 'Link kopieren',
  'share.copied': 'Link kopiert',
  'share.native': 'Teilen…',
  'share.downloadCredential': 'Nachweis herunterladen',
  'share.downloadImage': 'Badge-Bild herunterladen',
  'share.text': 'Ich habe „{name}“ von {issuer} erhalten.',
  'verify.title': 'Badge prüfen',
  'verify.intro': 'Fügen Sie einen Link oder das Badge selbst (JSON oder JWT) ein oder wählen Sie ein Badge-Bild. Nichts wird hochgeladen: Die Prüfung läuft in Ihrem Browser.',
  'verify.url': 'Link zum Badge (URL)',
  'verify.text': 'Badge als JSON oder JWT',
  'verify.file': 'Badge-Bild (PNG oder SVG) oder Datei',
  'verify.drop': 'Badge-Datei hier ablegen oder auswählen',
  'verify.chosen': 'Ausgewählt: {name}',
  'verify.submit': 'Prüfen',
  'verify.clear': 'Leeren',
  'verify.empty': 'Geben Sie zuerst einen Link an, fügen Sie ein Badge ein oder wählen Sie eine Datei.',
  'verify.result': 'Ergebnis',
  'verify.steps': 'Schritt für Schritt',
  'verify.meaning': 'Was das bedeutet',
};

const ar: Catalogue = {
  'status.loading': 'جارٍ التحقق من هذه الشارة…',
  'status.valid': 'تم التحقق',
  'status.validBy': 'تم التحقق: صادرة عن {issuer}',
  'status.invalid': 'غير صالحة',
  'status.indeterminate': 'تعذّر التحقق',
  'status.error': 'تعذّر تحميل هذه الشارة',
  'status.showReport': 'عرض تقرير التحقق',
  'status.hideReport': 'إخفاء تقرير التحقق',
  'failed.format': 'ليست شارة سليمة البنية',
  'failed.proof': 'عُدّلت بعد إصدارها (تلاعب)',
  'failed.issuer': 'لم تُوقَّع بمفتاح الجهة المُصدِرة (مفتاح خاطئ)',
  'failed.not-before': 'لم تصبح صالحة بعد',
  'failed.expiry': 'انتهت صلاحيتها',
  'failed.revocation': 'ألغتها الجهة المُصدِرة',
  'failed.suspension': 'علّقتها الجهة المُصدِرة',
  'failed.hosted': 'النسخة المستضافة لدى الجهة المُصدِرة غير مطابقة',
  'failed.children': 'إحدى الشهادات التي تتضمنها غير صالحة',
  'failed.jwt-claims': 'بيانات الرمز تناقض الشهادة',
  'failed.trusted-issuer': 'الجهة المُصدِرة ليست في قائمة الثقة لهذه الصفحة',
  'failed.other': 'فشل فحص «{check}»',
  'unknown.cors': 'خادم الجهة المُصدِرة لا يسمح لهذه الصفحة بالتحقق (CORS)',
  'unknown.proof': 'مفتاح الجهة المُصدِرة غير معروف، لذا تعذّر فحص التوقيع',
  'unknown.issuer': 'مفتاح الجهة المُصدِرة غير معروف',
  'unknown.revocation': 'تعذّر الوصول إلى قائمة الحالة، لذا الإلغاء غير معروف',
  'unknown.suspension': 'تعذّر الوصول إلى قائمة الحالة، لذا التعليق غير معروف',
  'unknown.not-before': 'تعذّرت قراءة تاريخ البدء',
  'unknown.expiry': 'تعذّرت قراءة تاريخ الانتهاء',
  'unknown.children': 'تعذّر التحقق من إحدى الشهادات التي تتضمنها',
  'unknown.other': 'تعذّر إكمال فحص «{check}»',
  'error.fetch-failed': 'تعذّر تنزيل الشارة (خطأ في الشبكة).',
  'error.http-status': 'ردّ الخادم بخطأ.',
  'error.timeout': 'استغرق الخادم وقتًا طويلًا للرد.',
  'error.too-large': 'الملف أكبر من أن يكون شارة.',
  'error.cors-blocked': 'خادم الشارة لا يسمح لهذه الصفحة بقراءتها (CORS).',
  'error.redirect-loop': 'العنوان يعيد التوجيه في حلقة.',
  'error.not-a-credential': 'هذه ليست شارة ولا شهادة.',
  'error.malformed': 'الشارة تالفة أو غير مقروءة.',
  'error.unsupported': 'هذا النوع من الشهادات غير مدعوم.',
  'error.aborted': 'أُلغي التحقق.',
  'error.other': 'حدث خطأ ما.',
  'error.retry': 'أعد المحاولة',
  'outcome.passed': 'ناجح',
  'outcome.failed': 'فاشل',
  'outcome.warning': 'تنبيه',
  'outcome.skipped': 'متخطّى',
  'outcome.unknown': 'لم يُتحقق منه',
  'check.format': 'الصيغة',
  'check.proof': 'التوقيع',
  'check.issuer': 'مفتاح الجهة المُصدِرة',
  'check.not-before': 'بداية الصلاحية',
  'check.expiry': 'انتهاء الصلاحية',
  'check.revocation': 'الإلغاء',
  'check.suspension': 'التعليق',
  'check.hosted': 'النسخة المستضافة',
  'check.children': 'الشهادات المتضمنة',
  'check.jwt-claims': 'بيانات الرمز',
  'check.trusted-issuer': 'جهة مُصدِرة موثوقة',
  'explain.format': 'قرأنا الملف وتعرّفنا على شارة بصيغة معروفة تحتوي على كل الحقول المطلوبة.',
  'explain.proof': 'يختم التوقيع الرقمي الشارة: إذا تغيّر حرف واحد يبطل التوقيع.',
  'explain.issuer': 'يجب أن يعود مفتاح التوقيع إلى الجهة المذكورة بوصفها المُصدِرة.',
  'explain.not-before': 'قد تبدأ صلاحية الشارة لاحقًا؛ وقبل ذلك التاريخ لا تكون صالحة.',
  'explain.expiry': 'تنتهي صلاحية بعض الشارات؛ وبعد ذلك التاريخ يجب تجديدها.',
  'explain.revocation': 'تنشر الجهات المُصدِرة قائمة بالشارات المسحوبة؛ وقد بحثنا عن هذه الشارة فيها.',
  'explain.suspension': 'يمكن للجهة المُصدِرة تعليق الشارة مؤقتًا؛ وقد تحققنا من ذلك.',
  'explain.hosted': 'تُستضاف شارات Open Badges 2.0 على موقع الجهة المُصدِرة؛ ويجب أن تطابقها تلك النسخة وأن تأتي من نطاقها.',
  'explain.children': 'تتضمن هذه الشهادة شهادات أخرى؛ وقد فُحصت كل واحدة منها على حدة.',
  'explain.jwt-claims': 'الشارة المرسلة كرمز تكرر بعض البيانات خارجها؛ ويجب أن تتطابق.',
  'explain.trusted-issuer': 'تذكر هذه الصفحة الجهات التي تثق بها؛ وقد تحققنا مما إذا كانت هذه الجهة منها.',
  'explain.other': 'فحص إضافي يجريه المُتحقِّق.',
  'meaning.passed': 'يمكنك الاعتماد على هذا.',
  'meaning.failed': 'لا تثق بهذه الشارة لهذا السبب.',
  'meaning.warning': 'ليس إخفاقًا، لكن من المفيد معرفته.',
  'meaning.skipped': 'لم يُفحص: لا ينطبق أو معطّل.',
  'meaning.unknown': 'لم يتأكد في أي اتجاه: تعامل مع الشارة بحذر.',
  'label.issuer': 'صادرة عن',
  'label.recipient': 'ممنوحة إلى',
  'label.description': 'الوصف',
  'label.criteria': 'المعايير',
  'label.criteriaLink': 'المعايير كاملة',
  'label.skills': 'المهارات',
  'label.type': 'النوع',
  'label.evidence': 'الأدلة',
  'label.endorsements': 'التزكيات',
  'label.endorsedBy': 'زكّاها {name}',
  'label.format': 'الصيغة',
  'label.checks': 'الفحوص',
  'label.checkedAt': 'فُحصت في {date}',
  'label.badgeImage': 'صورة الشارة: {name}',
  'label.unnamed': 'شارة بلا عنوان',
  'label.hashedRecipient': 'مستلم معرّف بشكل خاص',
  'date.issued': 'صدرت في {date}',
  'date.validFrom': 'صالحة من {date}',
  'date.expiresIn': 'تنتهي صلاحيتها {relative}',
  'date.expiresOn': 'تنتهي صلاحيتها في {date}',
  'date.expired': 'انتهت صلاحيتها في {date}: يلزم التجديد',
  'share.button': 'مشاركة',
  'share.menu': 'مشاركة هذه الشارة',
  'share.addToLinkedIn': 'إضافة إلى ملف LinkedIn',
  'share.linkedin': 'النشر على LinkedIn',
  'share.x': 'النشر على X',
  'share.facebook': 'النشر على Facebook',
  'share.copy': 'نسخ الرابط',
  'share.copied': 'تم نسخ الرابط',
  'share.native': 'مشاركة…',
  'share.downloadCredential': 'تنزيل الشهادة',
  'share.downloadImage': 'تنزيل صورة الشارة',
  'share.text': 'حصلت على «{name}» من {issuer}.',
  'verify.title': 'التحقق من شارة',
  'verify.intro': 'الصق رابطًا، أو الصق الشارة نفسها (JSON أو JWT)، أو اختر صورة شارة. لا يُرفع شيء: يجري التحقق في متصفحك.',
  'verify.url': 'رابط الشارة (URL)',
  'verify.text': 'الشارة بصيغة JSON أو JWT',
  'verify.file': 'صورة الشارة (PNG أو SVG) أو ملف',
  'verify.drop': 'أفلت ملف الشارة هنا أو اختر ملفًا',
  'verify.chosen': 'المختار: {name}',
  'verify.submit': 'تحقّق',
  'verify.clear': 'مسح',
  'verify.empty': 'أدخل رابطًا أو الصق شارة أو اختر ملفًا أولًا.',
  'verify.result': 'النتيجة',
  'verify.steps': 'خطوة بخطوة',
  'verify.meaning': 'ماذا يعني ذلك',
};

/** Every UI language shipped, by primary language subtag. */
export const catalogues: Readonly<Record<string, Catalogue>> = { en, es, fr, de, ar };

/** The shipped UI languages. */
export const supportedLanguages = Object.keys(catalogues);

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** `rtl` for right-to-left scripts (Arabic, Hebrew, Persian, Urdu, …), else `ltr`. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL.has(primary(lang)) ? 'rtl' : 'ltr';
}

function primary(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The language an element should speak, most specific first: its own `lang` attribute, the
 * closest ancestor with `lang` (crossing shadow roots), the page-wide `configure({locale})`,
 * `<html lang>`, `navigator.language`, then `en`.
 */
export function resolveLang(el: Element, configured?: string): string {
  const own = el.getAttribute('lang');
  if (own) return own;
  let node: Element | null = parentAcrossShadow(el);
  while (node && node !== document.documentElement) {
    const v = node.getAttribute('lang');
    if (v) return v;
    node = parentAcrossShadow(node);
  }
  return configured || document.documentElement.lang || (typeof navigator !== 'undefined' ? navigator.language : '') || 'en';
}

function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Everything an element needs to speak one language. */
export interface Translator {
  /** The BCP 47 tag asked for (used for Intl and credential translations). */
  readonly lang: string;
  /** The catalogue actually used (`en` when the language is not shipped). */
  readonly uiLang: string;
  readonly dir: 'ltr' | 'rtl';
  /** A UI string with `{name}` placeholders filled (values are plain text). */
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** "3 May 2025" (long date in the language). Undefined for unreadable dates. */
  date(iso: string | undefined): string | undefined;
  /** "in 12 days", "3 months ago", relative to `now`. */
  relative(iso: string, now: Date): string | undefined;
}

const translators = new Map<string, Translator>();

/**
 * A translator for `lang` (any BCP 47 tag; falls back by primary language, then to English).
 * Cached per tag: Intl formatters are costly to build and a wall renders many cards.
 */
export function translator(lang: string): Translator {
  let t = translators.get(lang);
  if (!t) {
    t = createTranslator(lang);
    if (translators.size > 50) translators.clear();
    translators.set(lang, t);
  }
  return t;
}

function createTranslator(lang: string): Translator {
  const tag = safeTag(lang);
  const uiLang = catalogues[tag.toLowerCase()] ? tag.toLowerCase() : catalogues[primary(tag)] ? primary(tag) : 'en';
  const cat = catalogues[uiLang]!;
  const dateFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'long' });
  const rtf = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
  return {
    lang: tag,
    uiLang,
    dir: directionOf(uiLang === 'en' ? tag : uiLang),
    t(key, vars) {
      const text = cat[key] ?? en[key] ?? key;
      return vars ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : text;
    },
    date(iso) {
      const d = parseDate(iso);
      return d ? dateFormat.format(d) : undefined;
    },
    relative(iso, now) {
      const d = parseDate(iso);
      if (!d) return undefined;
      const days = (d.getTime() - now.getTime()) / 86_400_000;
      const abs = Math.abs(days);
      if (abs < 1) return rtf.format(Math.round(days * 24), 'hour');
      if (abs < 45) return rtf.format(Math.round(days), 'day');
      if (abs < 365) return rtf.format(Math.round(days / 30.44), 'month');
      return rtf.format(Math.round(days / 365.25), 'year');
    },
  };
}

/** A tag Intl accepts: invalid tags (`lang="x y"`) become `en`. */
function safeTag(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang || 'en')[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function parseDate(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** A check's display name ("Signature"), its plain-words explanation and failure/unknown reason. */
export function checkTitle(t: Translator, id: CheckId): string {
  return hasKey(`check.${id}`) ? t.t(`check.${id}` as MessageKey) : id;
}

export function checkExplanation(t: Translator, id: CheckId): string {
  return t.t(hasKey(`explain.${id}`) ? (`explain.${id}` as MessageKey) : 'explain.other');
}

export function outcomeLabel(t: Translator, outcome: Outcome): string {
  return t.t(`outcome.${outcome}` as MessageKey);
}

export function outcomeMeaning(t: Translator, outcome: Outcome): string {
  return t.t(`meaning.${outcome}` as MessageKey);
}

/** True when the catalogue has this key. */
export function hasKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/**
 * The credential's own fields in the page language, when it carries translations
 * (OB 2.0 @language maps, VC 2.0 language value objects): exact tag, then primary language,
 * then the credential's main language.
 */
export function localizedBadge(badge: Badge, lang: string): { name: string; description?: string; criteria?: string; lang?: string } {
  const base = { name: badge.name, description: badge.description, criteria: badge.criteria?.narrative, lang: badge.language };
  const tr = badge.translations;
  if (!tr) return base;
  const want = lang.toLowerCase();
  const key =
    Object.keys(tr).find((k) => k.toLowerCase() === want) ?? Object.keys(tr).find((k) => primary(k) === primary(want));
  if (!key) return base;
  const found = tr[key]!;
  return {
    name: found.name ?? base.name,
    description: found.description ?? base.description,
    criteria: found.criteria ?? base.criteria,
    lang: key,
  };
}
