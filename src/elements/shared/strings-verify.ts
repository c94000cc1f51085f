// The English strings only <badge-verify> shows: its form, and the plain-language explanation and
// meaning of every check (renderChecks with `explain`). Kept out of ./i18n.ts so the file a page with
// only <badge-card>s loads does not carry them (0.8 KB of its gzip size, issue 7); <badge-verify> adds them
// to the English catalogue when its module is evaluated (addEnglish). The other languages' modules
// carry every key, these included.

export const enVerify = {
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
  'explain.identity':
    'A valid signature proves which key made the badge, not whose key it is. We looked for something other than the badge that ties the key to a name: a domain the issuer controls, or an issuer registry.',
  'explain.other': 'An additional check run by the verifier.',
  'meaning.passed': 'You can rely on this.',
  'meaning.failed': 'Do not trust this badge for this reason.',
  'meaning.warning': 'Not a failure, but worth knowing.',
  'meaning.skipped': 'Not checked: it did not apply or was turned off.',
  'meaning.unknown': 'Not confirmed either way: treat the badge with care.',
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
