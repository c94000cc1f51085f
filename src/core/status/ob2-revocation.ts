// Open Badges 2.0 RevocationList (OB2 §RevocationList, §SignedBadge step 5): the issuer Profile's
// `revocationList` is a document whose `revokedAssertions` lists revoked assertions, each either an
// id string or an object {id | uid, revocationReason}.

import type { Check } from '../model.js';
import type { JsonObject, VerifyContext } from '../options.js';
import { isBadgeError } from '../errors.js';
import { isObj } from '../json.js';

/** The `revocation` check for a signed OB 2.0 assertion against its issuer's list. */
export async function checkOb2Revocation(listUrl: string, assertion: JsonObject, ctx: VerifyContext): Promise<Check> {
  const id = typeof assertion.id === 'string' ? assertion.id : undefined;
  const uid = typeof assertion.uid === 'string' ? assertion.uid : undefined;
  let list: JsonObject;
  try {
    list = await ctx.loadJson(listUrl);
  } catch (e) {
    const code = isBadgeError(e) ? e.code : 'fetch-failed';
    return {
      id: 'revocation',
      outcome: 'unknown',
      message: 'The issuer’s revocation list could not be fetched, so revocation could not be checked.',
      detail: { revocationList: listUrl, code, ...(isBadgeError(e) && e.status ? { status: e.status } : {}) },
    };
  }
  const entries = list.revokedAssertions;
  if (entries !== undefined && !Array.isArray(entries)) {
    return { id: 'revocation', outcome: 'unknown', message: 'The issuer’s revocation list is not readable.', detail: { revocationList: listUrl } };
  }
  for (const entry of entries ?? []) {
    const entryId = typeof entry === 'string' ? entry : isObj(entry) ? entry.id : undefined;
    const entryUid = isObj(entry) ? entry.uid : undefined;
    if ((id !== undefined && entryId === id) || (uid !== undefined && (entryUid === uid || entryId === uid))) {
      const reason = isObj(entry) && typeof entry.revocationReason === 'string' ? entry.revocationReason : undefined;
      return {
        id: 'revocation',
        outcome: 'failed',
        message: reason ? `The issuer has revoked this badge: ${reason}` : 'The issuer has revoked this badge.',
        detail: { revocationList: listUrl, ...(reason ? { reason } : {}) },
      };
    }
  }
  return { id: 'revocation', outcome: 'passed', message: 'Not on the issuer’s revocation list.', detail: { revocationList: listUrl } };
}
