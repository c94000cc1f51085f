// Every CSS part of <badge-card>, written once. badge-card.ts documents each one (@csspart, for the
// manifest and the README); <badge-wall> forwards each as `card__<part>` (exportparts), derived from
// this list; test/elements/card-parts.test.ts fails when the card renders a part missing here.

export const CARD_PARTS = [
  'card',
  'image',
  'name',
  'issuer',
  'issuer-logo',
  'identity',
  'issuer-domain',
  'claimed',
  'recipient',
  'dates',
  'type',
  'description',
  'criteria',
  'skills',
  'skill',
  'evidence',
  'endorsements',
  'format',
  'status',
  'details',
  'share',
  'share-button',
  'share-menu',
  'error',
  'retry',
  'announcer',
] as const;

export type CardPart = (typeof CARD_PARTS)[number];

/** The `exportparts` value that forwards every card part through a host as `<prefix><part>`. */
export function cardExportParts(prefix = 'card__'): string {
  return CARD_PARTS.map((p) => `${p}:${prefix}${p}`).join(', ');
}
