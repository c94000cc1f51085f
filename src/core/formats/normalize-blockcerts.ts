// Blockcerts: shown, never verified here (MerkleProof2019 needs blockchain lookups).

import type { Badge } from '../model.js';
import type { Detected, JsonObject } from '../options.js';
import { asArray, isObj } from '../json.js';
import { attachSource, dateString, imageUrl, normalizeIssuer, normalizeRecipient, str, text, type VcFormatInfo } from './normalize-vc.js';

type Obj = JsonObject;

export /** Blockcerts v2 keeps the display data under `badge`; v3 is a VC with name/description/display. */
function normalizeBlockcerts(doc: Obj, d: Detected, info: VcFormatInfo): Badge {
  const badgeObj = isObj(doc.badge) ? doc.badge : undefined;
  const source = badgeObj ?? doc;
  const subject = asArray(doc.credentialSubject)[0];
  const recipientProfile = isObj(doc.recipientProfile) ? doc.recipientProfile : isObj(subject) ? subject : undefined;
  const issued = dateString(doc.issuedOn ?? doc.validFrom ?? doc.issuanceDate);
  const badge: Badge = {
    name: text(source.name) ?? 'Blockcerts certificate',
    alignments: [],
    tags: [],
    issuer: normalizeIssuer(badgeObj?.issuer ?? doc.issuer),
    evidence: [],
    results: [],
    endorsements: [],
    format: info.format,
    formatLabel: info.formatLabel,
    credential: doc,
  };
  const description = text(source.description);
  const image = imageUrl(source.image);
  const recipient = normalizeRecipient(recipientProfile as Obj | undefined);
  if (str(doc.id)) badge.id = str(doc.id);
  if (description) badge.description = description;
  if (image) badge.image = image;
  if (recipient) badge.recipient = recipient;
  if (issued) badge.issued = badge.validFrom = issued;
  attachSource(badge, d);
  return badge;
}
