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
  // Something other than a RevocationList at the list's address (an error page, another document) says
  // nothing about this badge: revocation is unknown, never passed.
  const types = Array.isArray(list.type) ? list.type : [list.type];
  if (!types.some((t) => typeof t === 'string' && /(^|[:#/])RevocationList$/.test(t))) {
    return {
      id: 'revocation',
      outcome: 'unknown',
      message: 'The document at the issuer’s revocation list address is not a revocation list.',
      detail: { revocationList: listUrl },
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
