// W3C Bitstring Status List v1.0 (BitstringStatusListEntry) and the older CCG
// StatusList2021Entry: the same bit mechanics, different type names and list encodings.
// The list is itself a credential: it is verified with the same context, once per URL.

import { BadgeError } from '../errors.js';
import { inflateCapped } from '../inflate.js';
import type { Check, VerificationReport } from '../model.js';
import type { JsonObject, VerifyContext } from '../options.js';
import { asArray, idOf } from '../json.js';
import { base64UrlDecode as decodeBase64Url } from '../keys/multibase.js';

/** Bitstring Status List v1.0 §3.2: a list shorter than this (in entries) is a STATUS_LIST_LENGTH_ERROR. */
export const MIN_STATUS_LIST_ENTRIES = 131_072;

/** Output cap for the decompressed list: a 16 KB gzip can inflate to gigabytes. */
export const MAX_STATUS_LIST_BYTES = 16 * 1024 * 1024;

const LIST_TYPES: Record<string, string> = {
  BitstringStatusListEntry: 'BitstringStatusListCredential',
  StatusList2021Entry: 'StatusList2021Credential',
};

/** RFC 4648 §5 base64url (padding and standard-alphabet characters tolerated). */
export function base64UrlDecode(text: string): Uint8Array {
  try {
    return decodeBase64Url(text.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
  } catch {
    throw new BadgeError('malformed', 'The status list is not valid base64url.');
  }
}

/** GZIP-decompresses, refusing to produce more than `maxBytes` (a decompression bomb stops early). */
export function gunzip(bytes: Uint8Array, maxBytes = MAX_STATUS_LIST_BYTES): Promise<Uint8Array> {
  return inflateCapped(bytes, 'gzip', maxBytes, {
    tooLarge: `The status list inflates to more than ${maxBytes} bytes.`,
    malformed: 'The status list is not valid GZIP data.',
  });
}

/**
 * Expands an `encodedList`: Bitstring Status List uses multibase base64url (`u` prefix),
 * StatusList2021 plain base64url. GZIP always starts `H4sI` in base64, so a leading `u` is
 * unambiguous and both spellings are accepted for both types.
 */
export async function decodeEncodedList(encodedList: string, maxBytes = MAX_STATUS_LIST_BYTES): Promise<Uint8Array> {
  let text = encodedList.trim();
  if (text.startsWith('u')) text = text.slice(1);
  else if (!text.startsWith('H4sI')) {
    throw new BadgeError('unsupported', `The status list uses an unsupported encoding (multibase "${text.charAt(0)}").`);
  }
  return gunzip(base64UrlDecode(text), maxBytes);
}

/** The status value at `index`: `statusSize` bits starting at bit index×statusSize, bit 0 = MSB of byte 0 (§3.4). */
export function readStatus(bits: Uint8Array, index: number, statusSize = 1): number | undefined {
  const start = index * statusSize;
  if (!Number.isSafeInteger(start) || start < 0 || start + statusSize > bits.length * 8) return undefined;
  let value = 0;
  for (let i = start; i < start + statusSize; i++) {
    value = value * 2 + ((bits[i >> 3]! >> (7 - (i & 7))) & 1);
  }
  return value;
}

function parseNonNegativeInt(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
  if (typeof v === 'string' && /^\d{1,15}$/.test(v.trim())) return Number(v.trim());
  return undefined;
}

/** Verifies a status list credential once per URL and cache (a wall of 50 badges shares one list). */
export function loadStatusList(url: string, ctx: VerifyContext): Promise<VerificationReport> {
  const key = `statuslist:${url}`;
  let p = ctx.cache.get(key) as Promise<VerificationReport> | undefined;
  if (!p) {
    p = ctx.verifyNested(url);
    ctx.cache.set(key, p);
    // An error report (network down) is not kept: a later verification may succeed.
    p.then(
      (r) => r.status === 'error' && ctx.cache.delete(key),
      () => ctx.cache.delete(key),
    );
  }
  return p;
}

async function listBits(url: string, encodedList: string, ctx: VerifyContext): Promise<Uint8Array> {
  const key = `statusbits:${url}`;
  let p = ctx.cache.get(key) as Promise<Uint8Array> | undefined;
  if (!p) {
    p = decodeEncodedList(encodedList);
    ctx.cache.set(key, p);
    p.catch(() => ctx.cache.delete(key));
  }
  return p;
}

function reasonOf(report: VerificationReport): string {
  if (report.error) return report.error.message;
  const bad = report.checks.find((c) => c.outcome === 'failed') ?? report.checks.find((c) => c.outcome === 'unknown');
  return bad ? bad.message : report.status;
}

export interface StatusEntryOptions {
  /** The issuer of the credential being checked: the list must be signed by the same issuer. */
  issuerId?: string;
}

/**
 * Checks one BitstringStatusListEntry / StatusList2021Entry. The check id is the entry's purpose
 * (`revocation` or `suspension`). Anything that stops us from reading the bit is `unknown`, never `passed`.
 */
export async function checkBitstringEntry(entry: JsonObject, ctx: VerifyContext, opts: StatusEntryOptions = {}): Promise<Check> {
  const type = String(entry.type);
  const purpose = typeof entry.statusPurpose === 'string' ? entry.statusPurpose : 'revocation';
  const id = purpose === 'suspension' ? 'suspension' : 'revocation';
  const verb = id === 'suspension' ? 'suspended' : 'revoked';
  const url = typeof entry.statusListCredential === 'string' ? entry.statusListCredential : undefined;
  const index = parseNonNegativeInt(entry.statusListIndex);
  const statusSize = entry.statusSize === undefined ? 1 : parseNonNegativeInt(entry.statusSize);
  const detail: Record<string, unknown> = { type, statusPurpose: purpose, statusListCredential: url, statusListIndex: entry.statusListIndex };
  const unknown = (message: string, extra: Record<string, unknown> = {}): Check => ({ id, outcome: 'unknown', message, detail: { ...detail, ...extra } });

  if (!url || index === undefined || !statusSize || statusSize > 32) {
    return unknown(`The ${id} status entry is malformed (needs statusListCredential, a decimal statusListIndex and a sane statusSize).`);
  }

  const report = await loadStatusList(url, ctx);
  if (report.status !== 'valid') {
    return unknown(`The status list could not be verified, so ${id} is unknown: ${reasonOf(report)}`, { listStatus: report.status });
  }
  const found = report.badge?.credential as JsonObject | undefined;
  if (!found || typeof found !== 'object') return unknown(`The status list at ${url} could not be read.`);
  // A VC-JWT 1.1 list carries the credential in its `vc` claim, the issuer in `iss`.
  const list: JsonObject = found.vc && typeof found.vc === 'object' ? { issuer: found.iss, ...(found.vc as JsonObject) } : found;

  const expectedType = LIST_TYPES[type] ?? 'BitstringStatusListCredential';
  if (!asArray(list.type).includes(expectedType)) {
    return unknown(`The document at ${url} is not a ${expectedType}.`);
  }
  const otherList = typeof list.id === 'string' && /^https?:\/\//i.test(list.id) && list.id.split('#')[0] !== url.split('#')[0] ? list.id : undefined;
  // Trust in a list signed by someone else is use-case dependent (Bitstring Status List §5);
  // we do not guess: the answer is "unknown", with the reason.
  const listIssuer = idOf(list.issuer);
  if (opts.issuerId && listIssuer !== opts.issuerId) {
    return unknown(`The status list is signed by someone else (${listIssuer ?? 'no issuer'}), not by the credential's issuer.`, { listIssuer });
  }
  const subject = asArray(list.credentialSubject)[0] as JsonObject | undefined;
  if (!subject || typeof subject !== 'object') return unknown('The status list has no credentialSubject.');
  if (!asArray(subject.statusPurpose).includes(purpose)) {
    return unknown(`The status list is for "${String(subject.statusPurpose)}", not "${purpose}".`);
  }
  if (typeof subject.encodedList !== 'string') return unknown('The status list has no encodedList.');

  let bits: Uint8Array;
  try {
    bits = await listBits(url, subject.encodedList, ctx);
  } catch (e) {
    return unknown(`The status list could not be decoded: ${e instanceof Error ? e.message : String(e)}`);
  }
  const value = readStatus(bits, index, statusSize);
  const entries = Math.floor((bits.length * 8) / statusSize);
  if (value === undefined) {
    return unknown(`The status index ${index} is outside the status list (${entries} entries).`, { entries });
  }
  if (value !== 0) {
    return { id, outcome: 'failed', message: `The issuer has ${verb} this credential.`, detail: { ...detail, value } };
  }
  // A list fetched from one address that names another web address (a copy of a different list,
  // served by a hostile or confused server) cannot clear this entry; a set bit still counts (failing
  // closed; the 1EdTech validator's own test list is served away from its id). A `urn:uuid:` id
  // names no address and is common: only an http(s) id that differs is a mismatch.
  if (otherList)
    return unknown(`The document at ${url} is a different status list (${otherList}), so it cannot say this credential is not ${verb}.`, { listId: otherList });
  if (entries < MIN_STATUS_LIST_ENTRIES) {
    return {
      id,
      outcome: 'warning',
      message: `Not ${verb}, but the status list has only ${entries} entries (the spec asks for at least ${MIN_STATUS_LIST_ENTRIES}, for privacy).`,
      detail: { ...detail, entries },
    };
  }
  return { id, outcome: 'passed', message: `Not ${verb} (checked the issuer's status list).`, detail };
}
