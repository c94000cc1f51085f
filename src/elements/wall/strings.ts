// The wall's UI strings. Kept beside the wall (the shared catalogue in ../shared/i18n.ts belongs to
// the card and the verifier); same rules: `{name}` placeholders, plain text only, English as the
// fallback for every language without its own table.

const en = {
  badges: '{count} badges',
  badgesOne: '1 badge',
  confirmed: '{count} verified, issuer confirmed',
  unconfirmed: '{count} signature valid, issuer not confirmed',
  notConfirmed: 'Not confirmed: {name}',
  invalid: '{count} not valid',
  indeterminate: '{count} could not be checked',
  error: '{count} could not be loaded',
  progress: 'Verifying {done} of {total}',
  allChecked: 'All {total} checked',
  notChecked: '{count} not checked yet',
  issuers: 'Issuers',
  skills: 'Skills',
  skillsSummary: 'What {owner} can do',
  skillsSummaryAnon: 'Skills across these badges',
  filters: 'Filter and sort',
  search: 'Search badges',
  skill: 'Skill',
  issuer: 'Issuer',
  year: 'Year',
  status: 'Status',
  any: 'Any',
  sort: 'Sort by',
  group: 'Group by',
  layout: 'Layout',
  'sort.date': 'Newest first',
  'sort.date-asc': 'Oldest first',
  'sort.name': 'Name',
  'sort.source': 'As listed',
  'group.none': 'No grouping',
  'group.issuer': 'Issuer',
  'group.year': 'Year',
  'group.skill': 'Skill',
  'layout.grid': 'Grid',
  'layout.list': 'List',
  'layout.compact': 'Compact',
  'status.valid': 'Verified',
  'status.invalid': 'Not valid',
  'status.indeterminate': 'Could not check',
  'status.error': 'Could not load',
  'status.pending': 'Not checked yet',
  showing: 'Showing {shown} of {total}',
  clear: 'Clear filters',
  empty: 'No badge matches these filters.',
  none: 'No badges yet.',
  unknownGroup: 'Not checked yet',
  open: 'Open {name}',
  close: 'Close',
  verifyAll: 'Verify all now',
  loadError: 'The badge list could not be loaded',
  printUrl: 'Verify at',
  printIssued: 'issued {date}',
  untitled: 'Untitled badge',
  loading: 'Checking…',
} as const;

export type WallMessageKey = keyof typeof en;
type Catalogue = Partial<Record<WallMessageKey, string>>;

const fr: Catalogue = {
  badges: '{count} badges',
  badgesOne: '1 badge',
  confirmed: '{count} vérifiés, émetteur confirmé',
  unconfirmed: '{count} à signature valide, émetteur non confirmé',
  notConfirmed: 'Non confirmé : {name}',
  invalid: '{count} non valides',
  indeterminate: '{count} non vérifiables',
  error: '{count} impossibles à charger',
  progress: 'Vérification : {done} sur {total}',
  allChecked: 'Les {total} badges sont vérifiés',
  issuers: 'Émetteurs',
  skills: 'Compétences',
  search: 'Rechercher',
  sort: 'Trier par',
  group: 'Regrouper par',
  clear: 'Effacer les filtres',
  empty: 'Aucun badge ne correspond à ces filtres.',
};

// German, Spanish and Arabic: the identity strings of issue 15 so far (the rest falls back to English).
const de: Catalogue = {
  confirmed: '{count} verifiziert, Aussteller bestätigt',
  unconfirmed: '{count} mit gültiger Signatur, Aussteller nicht bestätigt',
  notConfirmed: 'Nicht bestätigt: {name}',
};

const es: Catalogue = {
  confirmed: '{count} verificadas, emisor confirmado',
  unconfirmed: '{count} con firma válida, emisor no confirmado',
  notConfirmed: 'Sin confirmar: {name}',
};

const ar: Catalogue = {
  confirmed: '{count} تم التحقق منها، الجهة المُصدِرة مؤكَّدة',
  unconfirmed: '{count} توقيعها صالح، الجهة المُصدِرة غير مؤكَّدة',
  notConfirmed: 'غير مؤكَّد: {name}',
};

const catalogues: Record<string, Catalogue> = { en, fr, de, es, ar };

export type WallT = (key: WallMessageKey, vars?: Record<string, string | number>) => string;

/** A translate function for `lang` (primary subtag; English fallback per key). */
export function wallStrings(lang: string): WallT {
  const cat = catalogues[lang.toLowerCase().split(/[-_]/)[0] ?? 'en'] ?? en;
  return (key, vars) => {
    const text = cat[key] ?? en[key];
    return vars ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : text;
  };
}
