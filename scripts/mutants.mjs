#!/usr/bin/env node
// `npm run test:mutants`: breaks the verification rules on purpose, one line at a time, and checks
// that a test notices. Each mutation below names a rule (a check id of the engine, or an OB 2.0 /
// baked-image rule), the exact text it changes in src/core (which must occur once), and the test
// files that guard it; only those run, so the whole list takes minutes, not hours.
//
// Everything happens in a private copy of the repository (by default HEAD, via `git archive`; with
// --working-tree, the files as they are now), in a temp folder with node_modules linked in. The
// checkout this script lives in is never written to, so it is safe while others edit and test it.
// The mutated file is restored after each run (finally), and the copy is deleted at the end, also
// on Ctrl-C or a crash.
//
//   npm run test:mutants                       every mutation, from HEAD
//   node scripts/mutants.mjs --working-tree    from the files as they are (uncommitted changes too)
//   node scripts/mutants.mjs --only=expiry-boundary,baked-crc
//   node scripts/mutants.mjs --list            the table of mutations, without running them
//   node scripts/mutants.mjs --keep            keep the temp copy (its path is printed)
//
// A mutant is caught when its test run fails. It SURVIVES when every test still passes: then no test
// guards that rule, and the exit code is 1. A baseline run (no mutation) must pass first.

import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const only = (args.find((a) => a.startsWith('--only=')) ?? '').slice(7).split(',').filter(Boolean);

const T = {
  dates: 'test/core/date-boundaries.test.ts',
  vc: 'test/core/vc.test.ts',
  vcJwt: 'test/core/vc-jwt.test.ts',
  fast: 'test/core/fast-paths.test.ts',
  di: 'test/core/data-integrity.test.ts',
  status: 'test/core/status.test.ts',
  ob2: 'test/core/ob2.test.ts',
  ob2Rules: 'test/core/ob2-rules.test.ts',
  baked: 'test/core/baked.test.ts',
  forgery: 'test/security/forgery.test.ts',
};

/**
 * id, the rule it breaks, the file, the exact text and its replacement, the tests that must notice.
 * `env`: extra environment for the test run (TZ for the rules about dates without a zone).
 */
const MUTATIONS = [
  // The engine's check ids (src/core/formats/vc.ts and the proof, key and status modules).
  { id: 'expiry-boundary', check: 'expiry', file: 'src/core/formats/vc.ts', from: 'end <= nowMs', to: 'end < nowMs', tests: [T.dates] },
  { id: 'expiry-off', check: 'expiry', file: 'src/core/formats/vc.ts', from: 'end <= nowMs', to: 'false', tests: [T.dates, T.vc] },
  { id: 'not-before-boundary', check: 'not-before', file: 'src/core/formats/vc.ts', from: 'start > nowMs', to: 'start >= nowMs', tests: [T.dates] },
  { id: 'not-before-off', check: 'not-before', file: 'src/core/formats/vc.ts', from: 'start > nowMs', to: 'false', tests: [T.dates, T.vc] },
  {
    id: 'jwt-exp-ignored',
    check: 'expiry',
    file: 'src/core/formats/vc.ts',
    from: 'notAfter: [doc.validUntil ?? doc.expirationDate, isJwt ? payload.exp : undefined]',
    to: 'notAfter: [doc.validUntil ?? doc.expirationDate]',
    tests: [T.dates],
  },
  {
    id: 'jwt-nbf-ignored',
    check: 'not-before',
    file: 'src/core/formats/vc.ts',
    from: 'notBefore: [doc.validFrom ?? doc.issuanceDate, isJwt ? payload.nbf : undefined]',
    to: 'notBefore: [doc.validFrom ?? doc.issuanceDate]',
    tests: [T.dates],
  },
  {
    id: 'vc11-expirationDate-ignored',
    check: 'expiry',
    file: 'src/core/formats/vc.ts',
    from: 'notAfter: [doc.validUntil ?? doc.expirationDate,',
    to: 'notAfter: [doc.validUntil,',
    tests: [T.dates],
  },
  {
    id: 'vc-date-local-zone',
    check: 'expiry',
    file: 'src/core/formats/vc.ts',
    from: 'Date.parse(/T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$/.test(v) ? `${v}Z` : v)',
    to: 'Date.parse(v)',
    tests: [T.dates],
    env: { TZ: 'America/New_York' },
  },
  { id: 'format-off', check: 'format', file: 'src/core/formats/vc.ts', from: 'if (shape.problems.length > 0) {', to: 'if (false) {', tests: [T.vc, T.forgery] },
  {
    id: 'proof-jws-off',
    check: 'proof',
    file: 'src/core/proofs/jws.ts',
    from: "if (!ok) throw new BadSignature('The signature does not match.');",
    to: 'void ok;',
    tests: [T.vcJwt, T.fast],
  },
  {
    id: 'proof-eddsa-off',
    check: 'proof',
    file: 'src/core/proofs/data-integrity.ts',
    from: 'if (!(await ed25519Verify(publicKey, signature, data))) {',
    to: 'if (false) {',
    tests: [T.di],
  },
  {
    id: 'issuer-controller',
    check: 'issuer',
    file: 'src/core/keys/index.ts',
    from: 'if (vm.controller !== expectedIssuer) {',
    to: 'if (false) {',
    tests: [T.forgery],
  },
  {
    id: 'issuer-relationship',
    check: 'issuer',
    file: 'src/core/keys/index.ts',
    from: 'if (!vm.relationships.includes(purpose)) {',
    to: 'if (false) {',
    tests: [T.forgery],
  },
  { id: 'revocation-bit', check: 'revocation', file: 'src/core/status/bitstring.ts', from: 'if (value !== 0) {', to: 'if (false) {', tests: [T.status] },
  {
    id: 'status-list-unverified-trusted',
    check: 'revocation',
    file: 'src/core/status/bitstring.ts',
    from: "if (report.status !== 'valid') {",
    to: 'if (false) {',
    tests: [T.status, T.forgery],
  },
  {
    id: 'status-list-other-issuer',
    check: 'revocation',
    file: 'src/core/status/bitstring.ts',
    from: 'if (opts.issuerId && listIssuer !== opts.issuerId) {',
    to: 'if (false) {',
    tests: [T.status, T.forgery],
  },
  {
    id: 'suspension-as-revocation',
    check: 'suspension',
    file: 'src/core/status/bitstring.ts',
    from: "const id = purpose === 'suspension' ? 'suspension' : 'revocation';",
    to: "const id = 'revocation';",
    tests: [T.status],
  },
  {
    id: 'hosted-scope-off',
    check: 'hosted',
    file: 'src/core/formats/ob2.ts',
    from: 'hostedCheck = scopeCheck(hostedUrl!, issuer, issuerId);',
    to: "hostedCheck = { id: 'hosted', outcome: 'passed', message: '' };",
    tests: [T.ob2Rules],
  },
  {
    id: 'children-off',
    check: 'children',
    file: 'src/core/formats/vc.ts',
    from: "if (invalid > 0) return { id: 'children', outcome: 'failed'",
    to: "if (false) return { id: 'children', outcome: 'failed'",
    tests: [T.vc],
  },
  {
    id: 'jwt-claims-off',
    check: 'jwt-claims',
    file: 'src/core/proofs/vc-jwt.ts',
    from: "if (problems.length)\n    return {\n      id: 'jwt-claims',",
    to: "if (false)\n    return {\n      id: 'jwt-claims',",
    tests: [T.forgery],
  },
  {
    id: 'trusted-issuer-any',
    check: 'trusted-issuer',
    file: 'src/core/formats/vc.ts',
    from: 'issuerId && trusted.includes(issuerId)',
    to: 'issuerId',
    tests: [T.vc],
  },
  // Open Badges 2.0 (src/core/formats/ob2.ts, proofs/ob2-jws.ts, status/ob2-revocation.ts, recipient.ts).
  {
    id: 'ob2-key-owner',
    check: 'issuer',
    file: 'src/core/proofs/ob2-jws.ts',
    from: 'if (attempt.ok && owner !== issuerId) {',
    to: 'if (false) {',
    tests: [T.ob2Rules],
  },
  {
    id: 'ob2-key-owner-no-creator',
    check: 'issuer',
    file: 'src/core/proofs/ob2-jws.ts',
    from: 'if (owner !== undefined && owner !== issuerId) {',
    to: 'if (false) {',
    tests: [T.ob2Rules],
  },
  {
    id: 'ob2-foreign-unlisted-key',
    check: 'issuer',
    file: 'src/core/proofs/ob2-jws.ts',
    from: 'if (!listedIds.includes(creator)) {',
    to: 'if (false) {',
    tests: [T.ob2Rules],
  },
  {
    id: 'ob2-revocation-unreachable',
    check: 'revocation',
    file: 'src/core/status/ob2-revocation.ts',
    from: "      outcome: 'unknown',\n      message: 'The issuer’s revocation list could not be fetched",
    to: "      outcome: 'passed',\n      message: 'The issuer’s revocation list could not be fetched",
    tests: [T.ob2Rules],
  },
  {
    id: 'ob2-revocation-listed',
    check: 'revocation',
    file: 'src/core/status/ob2-revocation.ts',
    from: 'if ((id !== undefined && entryId === id) ||',
    to: 'if (false && (id !== undefined && entryId === id) ||',
    tests: [T.ob2Rules],
  },
  {
    id: 'ob2-revocation-malformed',
    check: 'revocation',
    file: 'src/core/status/ob2-revocation.ts',
    from: 'if (entries !== undefined && !Array.isArray(entries)) {',
    to: 'if (false) {',
    tests: [T.ob2Rules],
  },
  {
    id: 'ob2-revocation-not-a-list',
    check: 'revocation',
    file: 'src/core/status/ob2-revocation.ts',
    from: 'if (!types.some(',
    to: 'if (false && !types.some(',
    tests: [T.ob2Rules],
  },
  {
    id: 'ob2-expires-boundary',
    check: 'expiry',
    file: 'src/core/formats/ob2.ts',
    from: 'expires.getTime() <= now.getTime()',
    to: 'expires.getTime() < now.getTime()',
    tests: [T.ob2Rules],
  },
  {
    id: 'ob2-expires-off',
    check: 'expiry',
    file: 'src/core/formats/ob2.ts',
    from: 'expires.getTime() <= now.getTime()',
    to: 'false',
    tests: [T.ob2Rules, T.ob2],
  },
  { id: 'ob2-issuedOn-off', check: 'not-before', file: 'src/core/formats/ob2.ts', from: 'issued.getTime() > now.getTime()', to: 'false', tests: [T.ob2Rules] },
  {
    id: 'ob2-date-local-zone',
    check: 'expiry',
    file: 'src/core/formats/normalize-ob2.ts',
    from: ": `${s.replace(' ', 'T')}Z`",
    to: ': s',
    tests: [T.ob2Rules],
    env: { TZ: 'America/New_York' },
  },
  {
    id: 'ob2-allowedOrigins-off',
    check: 'hosted',
    file: 'src/core/formats/ob2.ts',
    from: 'if (allowed.length > 0 && !(host && (allowed.includes(host)',
    to: 'if (false && (host && (allowed.includes(host)',
    tests: [T.ob2Rules],
  },
  {
    id: 'ob2-hosted-issuer-host',
    check: 'hosted',
    file: 'src/core/formats/ob2.ts',
    from: 'return host && host === issuerHost',
    to: 'return host',
    tests: [T.ob2Rules],
  },
  {
    id: 'recipient-hash-any',
    check: 'recipient',
    file: 'src/core/recipient.ts',
    from: 'if ((await hexDigest(algorithm, c + salt)) === want) return true;',
    to: 'return true;',
    tests: [T.ob2Rules],
  },
  {
    id: 'recipient-hash-unsalted',
    check: 'recipient',
    file: 'src/core/recipient.ts',
    from: 'hexDigest(algorithm, c + salt)',
    to: 'hexDigest(algorithm, c)',
    tests: [T.ob2Rules],
  },
  // Baked images.
  {
    id: 'baked-crc-off',
    check: 'format',
    file: 'src/core/formats/baked-png.ts',
    from: 'if (crc32(bytes, at + 4, dataEnd) !== view.getUint32(dataEnd)) {',
    to: 'if (false) {',
    tests: [T.baked],
  },
];

/** The folder holding vectors/ for the copy (the copy has no ../shared of its own). */
function sharedDir() {
  if (process.env.BADGE_SHARED_DIR) return process.env.BADGE_SHARED_DIR;
  return resolve(ROOT, '..', 'shared'); // where this checkout's tests find them (test/server/routes.mjs)
}

function lineOf(text, needle) {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

function pad(s, n) {
  s = String(s);
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

if (flag('list')) {
  for (const m of MUTATIONS)
    console.log(`${pad(m.id, 30)} ${pad(m.check, 14)} ${m.file}: ${JSON.stringify(m.from)} → ${JSON.stringify(m.to)}  [${m.tests.join(' ')}]`);
  process.exit(0);
}

const chosen = only.length ? MUTATIONS.filter((m) => only.includes(m.id)) : MUTATIONS;
if (only.length && chosen.length !== only.length) {
  console.error(`unknown mutation id(s): ${only.filter((id) => !MUTATIONS.some((m) => m.id === id)).join(', ')}`);
  process.exit(2);
}

// ---- the private copy ------------------------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'badge-mutants-'));
let child;
let cleaned = false;
function cleanup() {
  if (cleaned) return;
  cleaned = true;
  if (child && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM'); // its own process group: wtr and its browser
    } catch {
      // already gone
    }
  }
  if (flag('keep')) console.log(`(kept ${work})`);
  else rmSync(work, { recursive: true, force: true });
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    console.error(`\n${sig}: stopping; the private copy is removed (${ROOT} was never changed).`);
    cleanup();
    process.exit(130);
  });
}
process.on('exit', cleanup);

if (flag('working-tree')) {
  for (const entry of ['src', 'test', 'scripts', 'web-test-runner.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, entry), join(work, entry), { recursive: true });
  }
} else {
  execFileSync('sh', [
    '-c',
    `git -C "${ROOT}" archive --format=tar HEAD src test scripts web-test-runner.config.mjs tsconfig.json package.json | tar -x -C "${work}"`,
  ]);
}
symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
const WTR = join(ROOT, 'node_modules', '.bin', 'web-test-runner');
const env = { ...process.env, BADGE_SHARED_DIR: sharedDir() };

/** Runs wtr on `files` in the copy; resolves with its exit code and the tail of its output. */
function runTests(files, extraEnv = {}) {
  return new Promise((done) => {
    let out = '';
    child = spawn(WTR, files, { cwd: work, env: { ...env, ...extraEnv }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => done({ code: code ?? 1, out }));
  });
}

const started = performance.now();
console.log(`mutants: ${chosen.length} mutation(s) in a private copy of ${flag('working-tree') ? 'the working tree' : 'HEAD'} (${work})`);

// Each mutation must apply exactly once, to the text as it is in the copy.
const problems = [];
for (const m of chosen) {
  const text = readFileSync(join(work, m.file), 'utf8');
  const n = text.split(m.from).length - 1;
  if (n !== 1) problems.push(`${m.id}: ${JSON.stringify(m.from)} occurs ${n} times in ${m.file}`);
}
if (problems.length) {
  console.error(`Mutations that no longer apply (update the list in scripts/mutants.mjs):\n  ${problems.join('\n  ')}`);
  process.exit(2);
}

const allFiles = [...new Set(chosen.flatMap((m) => m.tests))];
const base = await runTests(allFiles);
if (base.code !== 0) {
  console.error(`The baseline run (no mutation) fails, so a mutant's failure would prove nothing:\n${base.out.split('\n').slice(-40).join('\n')}`);
  process.exit(2);
}
console.log(`baseline: ${allFiles.length} test file(s) pass unmutated (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);

const rows = [];
for (const m of chosen) {
  const path = join(work, m.file);
  const original = readFileSync(path, 'utf8');
  const t0 = performance.now();
  let result;
  try {
    writeFileSync(path, original.replace(m.from, m.to));
    result = await runTests(m.tests, m.env);
  } finally {
    writeFileSync(path, original);
  }
  const caught = result.code !== 0;
  const summary = /(\d+) passed, (\d+) failed, (\d+) skipped/.exec(result.out);
  rows.push({ m, caught, line: lineOf(original, m.from), secs: (performance.now() - t0) / 1000, failed: summary ? Number(summary[2]) : undefined });
  const r = rows.at(-1);
  console.log(
    `${caught ? 'caught  ' : 'SURVIVED'} ${pad(m.id, 30)} ${pad(m.check, 14)} ${pad(`${m.file}:${r.line}`, 40)} ${pad(r.failed ?? '?', 4)} failing  ${r.secs.toFixed(0)} s`,
  );
}

const survived = rows.filter((r) => !r.caught);
console.log(`\n| mutation | rule (check id) | where | caught by | failing tests |`);
console.log(`|---|---|---|---|---|`);
for (const r of rows) {
  console.log(
    `| \`${r.m.id}\` | ${r.m.check} | ${r.m.file}:${r.line} | ${r.caught ? r.m.tests.map((t) => t.replace(/^test\//, '')).join(', ') : '**SURVIVED**'} | ${r.failed ?? '?'} |`,
  );
}
console.log(
  `\n${rows.length - survived.length} of ${rows.length} mutants caught${survived.length ? `; SURVIVED: ${survived.map((r) => r.m.id).join(', ')}` : ''} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
);
process.exit(survived.length ? 1 : 0);
