// The second half of verify() (the first is read.ts): the checks of a credential already read, by
// family. A chunk of its own in the script-tag file. Never throws (except for programming errors in
// options): anything thrown becomes an `error` report.

import type { VerificationReport } from './model.js';
import type { VerifyContext } from './options.js';
import { errorReport, read, type CredentialInput, type ReadCredential } from './read.js';
import { verifyOb2 } from './formats/ob2.js';
import { verifyVc } from './formats/vc.js';

/** Reads and checks `input` with `ctx` (verify(), and nested credentials: CLR children, endorsements, status lists). */
export async function run(input: CredentialInput, ctx: VerifyContext): Promise<VerificationReport> {
  try {
    return await checkRead(await read(input, ctx), ctx);
  } catch (e) {
    return errorReport(e, ctx);
  }
}

/** The checks of a credential read by read() with the same context. */
export async function verifyRead(r: ReadCredential, ctx: VerifyContext): Promise<VerificationReport> {
  try {
    return await checkRead(r, ctx);
  } catch (e) {
    return errorReport(e, ctx);
  }
}

async function checkRead({ found, detected }: ReadCredential, ctx: VerifyContext): Promise<VerificationReport> {
  if (found.verdict || !detected) return found.verdict!;
  const report = detected.family === 'ob2' ? await verifyOb2(detected, ctx) : await verifyVc(detected, ctx);
  ctx.signal?.throwIfAborted();
  found.finish?.(report);
  return report;
}
