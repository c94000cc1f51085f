// credentialStatus dispatcher (VC DM 2.0 §4.10): one entry or an array of them, one file per kind.
// Returns at most one `revocation` and one `suspension` check; no status entry → no check.

import type { Check, Outcome } from '../model.js';
import type { JsonObject, VerifyContext } from '../options.js';
import { checkBitstringEntry } from './bitstring.js';
import { check1EdTechRevocation } from './revocation-list-1edtech.js';

export { checkBitstringEntry, decodeEncodedList, gunzip, readStatus, loadStatusList, MIN_STATUS_LIST_ENTRIES } from './bitstring.js';
export { check1EdTechRevocation } from './revocation-list-1edtech.js';

export interface StatusOptions {
  /** The credential id (1EdTech revocation lists name credentials by id). */
  credentialId?: string;
  /** The credential issuer: a status list must be signed by the same issuer. */
  issuerId?: string;
}

const RANK: Record<Outcome, number> = { failed: 4, unknown: 3, warning: 2, passed: 1, skipped: 0 };

function types(v: unknown): string[] {
  return (Array.isArray(v) ? v : [v]).filter((t): t is string => typeof t === 'string');
}

async function checkEntry(entry: JsonObject, ctx: VerifyContext, opts: StatusOptions): Promise<Check | undefined> {
  const t = types(entry.type);
  if (t.includes('BitstringStatusListEntry') || t.includes('StatusList2021Entry')) {
    const purpose = entry.statusPurpose;
    // `refresh` and `message` purposes say nothing about validity.
    if (purpose !== undefined && purpose !== 'revocation' && purpose !== 'suspension') return undefined;
    const normalized = { ...entry, type: t.includes('BitstringStatusListEntry') ? 'BitstringStatusListEntry' : 'StatusList2021Entry' };
    return checkBitstringEntry(normalized, ctx, { issuerId: opts.issuerId });
  }
  if (t.includes('1EdTechRevocationList')) return check1EdTechRevocation(entry, opts.credentialId, ctx);
  return {
    id: 'revocation',
    outcome: 'unknown',
    message: `The credential uses a status method this verifier does not know (${t.join(', ') || 'no type'}), so revocation could not be checked.`,
    detail: { type: t },
  };
}

/** Runs every status entry of `credential` and merges them per purpose (the worst outcome wins). */
export async function checkCredentialStatus(credential: JsonObject, ctx: VerifyContext, opts: StatusOptions = {}): Promise<Check[]> {
  const raw = credential.credentialStatus;
  const entries = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((e): e is JsonObject => !!e && typeof e === 'object');
  if (entries.length === 0) return [];
  if (ctx.options.checkStatus === false) {
    return [{ id: 'revocation', outcome: 'skipped', message: 'Revocation was not checked (checkStatus is off).' }];
  }
  // A status list that lists itself would wait on its own verification forever.
  if (types(credential.type).some((t) => t === 'BitstringStatusListCredential' || t === 'StatusList2021Credential')) return [];
  const results = (await Promise.all(entries.map((e) => checkEntry(e, ctx, opts)))).filter((c): c is Check => !!c);
  const merged = new Map<string, Check>();
  for (const c of results) {
    const prev = merged.get(c.id);
    if (!prev || RANK[c.outcome] > RANK[prev.outcome]) merged.set(c.id, c);
  }
  return ['revocation', 'suspension'].flatMap((id) => (merged.has(id) ? [merged.get(id)!] : []));
}
