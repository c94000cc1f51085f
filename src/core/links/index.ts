// The link resolver: a share link people have (a Credly or Badgr page, a credential.net link,
// LinkedIn's "add to profile" link) → the credential behind it. Table-driven: one module per
// platform states the exact URL shapes it accepts and the request that fetches the credential;
// this file picks the rule and does the fetching through the one careful loader (so the proxy,
// the timeout and the size cap apply as to any other fetch). A link no rule knows is loaded as
// is: the loader's Accept header, then the `<link rel="alternate">` discovery of load.ts.
//
// A chunk: load.ts imports it only for a link on one of the hosts in ./hosts.ts.

import { BadgeError, isBadgeError } from '../errors.js';
import type { Found } from '../load.js';
import type { VerificationReport } from '../model.js';
import type { JsonObject, LoadedResource, VerifyContext } from '../options.js';
import { accredible } from './accredible.js';
import { badgr } from './badgr.js';
import { credly } from './credly.js';
import { linkedin } from './linkedin.js';
import { obf } from './obf.js';
import { VALIDATOR_ACCEPT, type LinkPlan, type LinkRule } from './rule.js';
import { verifierPlus } from './verifierplus.js';

export type { LinkPlan, LinkRule } from './rule.js';

/** Every rule, tried in order; the first whose plan() answers wins. */
export const RULES: readonly LinkRule[] = [credly, badgr, accredible, obf, verifierPlus, linkedin];

/** The rule and plan for `link`, or undefined when no platform rule knows its shape. */
export function planFor(link: string): { platform: string; plan: LinkPlan } | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  for (const rule of RULES) {
    const plan = rule.plan(url);
    if (plan) return { platform: rule.platform, plan };
  }
  return undefined;
}

/** LinkedIn wraps a link once; a wrapper of a wrapper of … is not a badge. */
const MAX_UNWRAPS = 2;

/**
 * Loads the credential a platform link stands for, or resolves undefined when no rule knows the
 * link (then load it as is). `loadUrl` is load.ts's plain URL loader (HTML discovery included).
 * Throws BadgeError: a 404 in the platform's own words, `not-a-credential` for a record that
 * points at no credential. A platform's "410 Gone" comes back as `revoked`, a result, not an error.
 */
export async function resolveLink(given: string, ctx: VerifyContext, loadUrl: (url: string) => Promise<Found>): Promise<Found | undefined> {
  let link = given;
  for (let unwraps = 0; ; unwraps++) {
    const match = planFor(link);
    if (!match) return unwraps ? tag(await loadUrl(link), given, link, 'LinkedIn') : undefined;
    const { platform, plan } = match;
    if (plan.unwrap) {
      if (unwraps >= MAX_UNWRAPS) throw new BadgeError('not-a-credential', `${given} wraps a link in a link in a link; no badge does.`, { url: given });
      link = plan.unwrap;
      continue;
    }
    let res: LoadedResource;
    try {
      res = await ctx.load(plan.url, plan.accept ?? VALIDATOR_ACCEPT);
    } catch (e) {
      if (isBadgeError(e) && e.code === 'http-status' && e.status === 410 && plan.goneMeansRevoked) return revoked(ctx, given, platform, plan.url);
      if (isBadgeError(e) && e.code === 'http-status' && e.status === 404 && plan.notFound) {
        throw new BadgeError('http-status', plan.notFound, { url: given, status: 404 });
      }
      throw e;
    }
    if (!plan.extract) return tag(await loadUrl(plan.url), given, link, platform); // the answer is cached: no second fetch
    const extracted = plan.extract(parseRecord(res, platform));
    if (!extracted)
      throw new BadgeError('not-a-credential', `${platform} answered for ${link}, but its record holds no Open Badge or credential.`, { url: plan.url });
    if ('url' in extracted) return tag(await loadUrl(extracted.url), given, link, platform);
    return tag({ ...extracted, url: plan.url }, given, link, platform);
  }
}

function parseRecord(res: LoadedResource, platform: string): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(res.bytes));
  } catch (e) {
    throw new BadgeError('malformed', `${platform} did not answer JSON at ${res.url}.`, { url: res.url, cause: e });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new BadgeError('malformed', `${platform} did not answer a JSON object at ${res.url}.`, { url: res.url });
  return value as JsonObject;
}

/**
 * Records the link given and the URL verified in the report; "view on the issuer's site" and
 * sharing keep the platform's page people know (`page`: the link, or the one a LinkedIn link wraps),
 * not its API address.
 */
function tag(found: Found, given: string, page: string, platform: string): Found {
  return {
    ...found,
    finish(report) {
      report.link = { given, platform, ...(found.url ? { verified: found.url } : {}) };
      if (report.badge) report.badge.url = page;
    },
  };
}

/**
 * A platform that says "revoked" (Credly's and Badgr's 410 `{"revoked": true}`) serves nothing else:
 * the verdict is invalid, with the platform's word as the failed revocation check (OB 2.0: a hosted
 * assertion's 410 Gone means revoked), and as the card's message, since there is no badge to show.
 */
function revoked(ctx: VerifyContext, given: string, platform: string, url: string): Found {
  const message = `${platform} says this badge was revoked: its address answers 410 Gone.`;
  const verdict: VerificationReport = {
    status: 'invalid',
    checks: [{ id: 'revocation', outcome: 'failed', message, detail: { url, status: 410 } }],
    error: { code: 'http-status', message, url },
    link: { given, platform, verified: url },
    verifiedAt: ctx.now().toISOString(),
  };
  return { url, verdict };
}
