// The chain of round trips a credential makes necessary, read from its data, not from what our code happened
// to fetch: the floor of the throttled-network benchmark (scripts/bench-network.mjs) counts its length.
//
// Level 0 is the credential. Each next level holds the documents that the previous level's documents name and
// that are needed to verify them, which no earlier level already fetched:
//   a VC (JSON or the `vc` of a JWT)   its proofs' key documents (did:web → its did.json, an https
//                                      verificationMethod or kid → that URL; did:key / did:jwk → none)
//                                      and its status lists (credentialStatus[].statusListCredential)
//   a status list credential           its proofs' key documents (often already fetched one level up)
//   an OB 2.0 assertion                its BadgeClass (when `badge` is a URL); a SignedBadge's creator key
//   an OB 2.0 BadgeClass               its Issuer profile (when `issuer` is a URL)
//   DID documents, controller documents, key documents and profiles: nothing further.
// Contexts are not levels (our code bundles the ones it knows); nor are issuer registries, which depend on
// the page's configuration, not on the credential.

const asArray = (x) => (x === undefined || x === null ? [] : Array.isArray(x) ? x : [x]);

/** The document a key reference is fetched from, or undefined when the key is in the identifier itself. */
export function keyDocument(ref) {
  if (typeof ref !== 'string') return undefined;
  const id = ref.split('#')[0];
  if (id.startsWith('did:web:')) {
    const [host, ...path] = id.slice('did:web:'.length).split(':');
    const origin = `https://${decodeURIComponent(host)}`;
    return path.length ? `${origin}/${path.map(decodeURIComponent).join('/')}/did.json` : `${origin}/.well-known/did.json`;
  }
  if (/^https?:\/\//.test(id)) return id;
  return undefined; // did:key, did:jwk: the key is the identifier
}

function decodeJwt(text) {
  if (!/^[\w-]+\.[\w-]+\.[\w-]*$/.test(text.trim())) return undefined;
  const parts = text.trim().split('.');
  try {
    const [header, payload] = parts.slice(0, 2).map((p) => JSON.parse(Buffer.from(p, 'base64url').toString('utf8')));
    return { header, payload };
  } catch {
    return undefined;
  }
}

/** The URLs a document names that its verification needs (the next level). */
export function referencesOf(text) {
  const jwt = decodeJwt(text);
  if (jwt) {
    const { header, payload } = jwt;
    const vc = payload.vc ?? payload;
    // An OB 2.0 SignedBadge: the assertion is the payload, its key the verification's creator.
    if (payload.verification?.type === 'SignedBadge' || payload.verification?.type === 'signed')
      return [...asArray(payload.verification.creator), ...(typeof payload.badge === 'string' ? [payload.badge] : [])];
    return [keyDocument(header.kid ?? payload.iss), ...statusLists(vc)].filter(Boolean);
  }
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return [];
  }
  const types = asArray(doc.type);
  if (types.includes('Assertion') || (doc.recipient && doc.badge)) {
    const refs = typeof doc.badge === 'string' ? [doc.badge] : [];
    if (doc.verification?.type === 'SignedBadge' && doc.verification.creator) refs.push(doc.verification.creator);
    return refs;
  }
  if (types.includes('BadgeClass')) return typeof doc.issuer === 'string' ? [doc.issuer] : [];
  if (doc.proof) return [...asArray(doc.proof).map((p) => keyDocument(p.verificationMethod)), ...statusLists(doc)].filter(Boolean);
  return [];
}

function statusLists(vc) {
  return asArray(vc?.credentialStatus)
    .map((s) => s?.statusListCredential)
    .filter((u) => typeof u === 'string');
}

/** Levels of URLs from the credential outwards: [[credentialUrl], [key, status…], …]. `read(url)` gives a document's text. */
export function roundTripChain(credentialUrl, read) {
  const seen = new Set([credentialUrl]);
  const levels = [[credentialUrl]];
  for (;;) {
    const next = [];
    for (const url of levels[levels.length - 1]) {
      const text = read(url);
      if (text === undefined) continue;
      for (const ref of referencesOf(text)) {
        if (seen.has(ref)) continue;
        seen.add(ref);
        next.push(ref);
      }
    }
    if (!next.length) return levels;
    levels.push(next);
  }
}

/** The issuer id a credential names (a VC's `issuer` or `issuer.id`, a JWT's `iss`), or undefined. */
export function issuerOf(text) {
  const jwt = decodeJwt(text);
  let doc = jwt ? (jwt.payload.vc ?? jwt.payload) : undefined;
  if (!doc) {
    try {
      doc = JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  const issuer = typeof doc.issuer === 'string' ? doc.issuer : doc.issuer?.id;
  return issuer ?? jwt?.payload.iss;
}

/** The document that holds the badge's name: an OB 2.0 assertion's BadgeClass when `badge` is a URL, else the credential. */
export function nameSource(credentialUrl, read) {
  try {
    const doc = JSON.parse(read(credentialUrl) ?? '');
    if (asArray(doc.type).includes('Assertion') && typeof doc.badge === 'string') return doc.badge;
  } catch {
    // a JWT or another non-JSON credential: its name is inside it
  }
  return credentialUrl;
}
