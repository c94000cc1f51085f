// 1EdTech Revocation List (OB 3.0 / CLR 2.0, VCRL-10): GET credentialStatus.id; the answer lists
// revoked credentials. An entry whose `id` is this credential's id and whose `revoked` is true or
// absent means revoked. A list we cannot fetch is `unknown`: never read it as "not revoked".

import type { Check } from '../model.js';
import type { JsonObject, VerifyContext } from '../options.js';

export async function check1EdTechRevocation(entry: JsonObject, credentialId: string | undefined, ctx: VerifyContext): Promise<Check> {
  const url = typeof entry.id === 'string' ? entry.id : undefined;
  const detail: Record<string, unknown> = { type: '1EdTechRevocationList', url };
  if (!url) return { id: 'revocation', outcome: 'unknown', message: 'The revocation list entry has no URL.', detail };
  if (!credentialId) {
    return { id: 'revocation', outcome: 'unknown', message: 'The credential has no id, so the revocation list cannot name it.', detail };
  }
  let list: JsonObject;
  try {
    list = await ctx.loadJson(url);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { id: 'revocation', outcome: 'unknown', message: `The revocation list could not be fetched: ${message}`, detail };
  }
  // The 1EdTech validator reads `revokedCredential`; its comment (and some issuers) say `revokedCredentials`.
  const entries = [list.revokedCredential, list.revokedCredentials].flatMap((v) => (Array.isArray(v) ? v : v ? [v] : []));
  for (const item of entries) {
    if (!item || typeof item !== 'object') continue;
    const it = item as JsonObject;
    if (it.id === credentialId && (it.revoked === undefined || it.revoked === true || it.revoked === 'true')) {
      const reason = typeof it.revocationReason === 'string' ? it.revocationReason : undefined;
      return {
        id: 'revocation',
        outcome: 'failed',
        message: reason ? `The issuer has revoked this credential: ${reason}` : 'The issuer has revoked this credential.',
        detail: { ...detail, ...(reason ? { reason } : {}) },
      };
    }
  }
  return { id: 'revocation', outcome: 'passed', message: "Not revoked (checked the issuer's revocation list).", detail };
}
