// `npm run bench`: verification speed of our core against @digitalcredentials/verifier-core (the fastest peer),
// side by side in the same headless Chromium page on the same credentials, plus Node 20 numbers for our core,
// then the badge-wall benchmark (scripts/bench-wall.mjs) when it exists, then one card over a throttled network
// (scripts/bench-network.mjs, on the built cdn/). Prints one combined table.
//
//   node scripts/bench.mjs [--quick] [--runs=7] [--rounds=10] [--profile] [--json=out.json] [--no-wall] [--no-node] [--no-network]
//                          [--cases=vc-jwt,ob2-rs256]   (only these cases; the first-verification runs need rdfc-dm2.0 / ed2020-dm1.1)
//
// Everything is served locally (scripts/bench/server.mjs + a Playwright route for every other URL): no network.
// No timing is asserted anywhere; this prints numbers against the targets of the performance issue.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOurs, buildOursProof, buildPeer, coreReady, sizes } from './bench/build.mjs';
import { firstVerification, launch, openPage, profile, warm } from './bench/browser.mjs';
import { prepareCredentials } from './bench/prep.mjs';
import { root, setOutDir } from './bench/remote.mjs';
import { startServer } from './bench/server.mjs';

const flag = (name, def) => {
  const a = process.argv.find((x) => x === `--${name}` || x.startsWith(`--${name}=`));
  return a === undefined ? def : a.includes('=') ? a.split('=')[1] : true;
};
const quick = flag('quick', false);
const RUNS = Number(flag('runs', quick ? 3 : 7));
const ROUNDS = Number(flag('rounds', quick ? 4 : 10));
const out = join(root, 'node_modules/.cache/badge-bench');
const logs = [];
const log = (s) => {
  if (!logs.includes(s)) logs.push(s);
};
const say = (s) => process.stderr.write(`bench: ${s}\n`);

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
}
const f = (ms, d = 2) => (Number.isFinite(ms) ? ms.toFixed(ms >= 100 ? 0 : ms >= 10 ? 1 : d) : '–');
const rate = (ms) => (Number.isFinite(ms) ? Math.round(1000 / ms).toLocaleString('en-US') : '–');
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

// ---- prepare --------------------------------------------------------------------------------------------------
setOutDir(out);
say('signing credentials');
const cases = await prepareCredentials(out);
addVectorCases(cases);
if (typeof flag('cases', false) === 'string') {
  const only = String(flag('cases')).split(',');
  cases.splice(0, cases.length, ...cases.filter((c) => only.includes(c.id)));
  if (!cases.length) throw new Error(`--cases: none of ${only.join(', ')} is a case`);
}
const hasCase = (id) => cases.some((c) => c.id === id);
say('bundling verifier-core');
await buildPeer(out);
let ours = coreReady();
let oursNote = ours ? '' : 'src/core is not complete yet (load/detect/formats missing)';
if (ours) {
  try {
    say('bundling our core');
    await buildOurs(out);
  } catch (e) {
    ours = false;
    oursNote = `our core does not build: ${String(e.message).split('\n').slice(0, 3).join(' ')}`;
  }
}
let oursProof = true;
try {
  say('bundling our proof-only path');
  await buildOursProof(out);
} catch (e) {
  oursProof = false;
  say(`proof-only path does not build: ${String(e.message).split('\n')[0]}`);
}
const impls = ['peer', ...(ours ? ['ours'] : []), ...(oursProof ? ['oursProof'] : []), 'webcrypto'];
const NAMES = { peer: 'verifier-core', ours: 'ours verify()', oursProof: 'ours proof only', webcrypto: 'Web Crypto alone' };
/**
 * Which verifiers run a case: the peer only on what it can verify, the proof-only path only on Data Integrity,
 * "Web Crypto alone" (the platform's floor: split, decode, crypto.subtle.verify) only on compact JWS cases.
 */
const whoFor = (c) => impls.filter((i) => (i === 'peer' ? c.peer : i === 'oursProof' ? c.kind === 'di' : i === 'webcrypto' ? Boolean(c.floor) : true));
writeFileSync(join(out, 'credentials.json'), JSON.stringify(cases, null, 1));

const server = await startServer(out);
const browser = await launch();
const result = {
  date: new Date().toISOString(),
  chromium: browser.version(),
  node: process.version,
  runs: RUNS,
  rounds: ROUNDS,
  sizes: {},
  sanity: {},
  first: {},
  warm: {},
  node20: {},
  profile: {},
};
result.sizes.peer = sizes(join(out, 'peer'));
if (ours) result.sizes.ours = sizes(join(out, 'ours'));
if (oursProof) result.sizes.oursProof = sizes(join(out, 'ours-proof'));

try {
  // ---- sanity: each verifier, each case, once; the tampered twin must fail ------------------------------------
  say('sanity pass');
  {
    const p = await openPage(browser, server.origin, cases, log);
    for (const c of cases) {
      for (const impl of whoFor(c)) {
        result.sanity[`${c.id}/${impl}`] = await p.page.evaluate(([i, id]) => window.bench.batch(i, id, 1), [impl, c.id]);
      }
    }
    await p.close();
  }

  // ---- first verification on a fresh page -----------------------------------------------------------------------
  for (const id of ['rdfc-dm2.0', 'ed2020-dm1.1'].filter(hasCase)) {
    say(`first verification ${id} × ${RUNS}`);
    result.first[id] = await firstVerification(browser, server.origin, cases, id, whoFor(cases.find((c) => c.id === id)), RUNS, log);
  }

  // ---- warm, side by side ---------------------------------------------------------------------------------------
  {
    const p = await openPage(browser, server.origin, cases, log);
    for (const c of cases) {
      const who = whoFor(c);
      if (!who.length) continue;
      say(`warm ${c.id} (${who.join(' vs ')})`);
      result.warm[c.id] = await warm(p.page, c.id, who, ROUNDS, c.kind === 'di' ? 50 : 200);
    }
    if (ours && flag('profile', false)) {
      await p.page.evaluate(() => window.bench.setUrl('ours', '/ours-prof/index.js'));
      for (const id of ['rdfc-dm2.0', 'ed2020-dm1.1', 'vc-jwt', 'ob2-rs256'].filter(hasCase)) {
        say(`profile ${id}`);
        result.profile[id] = await profile(p.page, 'ours', id, cases.find((c) => c.id === id).kind === 'di' ? 300 : 1000, Number(flag('top', 15)));
      }
    } else if (oursProof && flag('profile', false)) {
      await p.page.evaluate(() => window.bench.setUrl('oursProof', '/ours-proof-prof/proof.js'));
      for (const id of ['rdfc-dm2.0', 'ed2020-dm1.1'].filter(hasCase)) {
        say(`profile ${id} (proof only)`);
        result.profile[id] = await profile(p.page, 'oursProof', id, 300);
      }
    }
    await p.close();
  }
} finally {
  await browser.close();
  server.close();
}

// ---- Node 20 --------------------------------------------------------------------------------------------------
if (!flag('no-node', false)) {
  const node = (args) => JSON.parse(execFileSync(process.execPath, [join(root, 'scripts/bench/node.mjs'), out, ...args], { encoding: 'utf8' }));
  for (const [impl, on, ids] of [
    ['ours', ours, cases.map((c) => c.id)],
    ['oursProof', oursProof, cases.filter((c) => c.kind === 'di').map((c) => c.id)],
  ]) {
    if (!on) continue;
    say(`node ${impl}`);
    result.node20[impl] = {
      first: Array.from({ length: RUNS }, () => node([impl, 'first', 'rdfc-dm2.0'])),
      warm: node([impl, 'warm', String(ROUNDS), ...ids]),
    };
  }
}

// ---- report ---------------------------------------------------------------------------------------------------
const lines = [];
const p = (s = '') => lines.push(s);
p(`badge-elements benchmark — Chromium ${result.chromium}, Node ${process.version}, ${RUNS} fresh-page runs, ${ROUNDS} alternating warm rounds`);
if (!ours) p(`OUR FULL verify() NOT MEASURED: ${oursNote}${oursProof ? ' — the proof-only path (verifyEmbeddedProofs) is measured instead' : ''}`);
const gz = (list) => list.map((x) => `${x.file} ${kb(x.gzip)}`).join(', ');
for (const [k, v] of Object.entries(result.sizes)) p(`bundle (gzip) ${NAMES[k]}: ${gz(v)}`);
p();
p('Sanity (one verification each; the tampered twin must fail):');
for (const [k, v] of Object.entries(result.sanity))
  p(`  ${k.padEnd(26)} ${v.failed ? 'PROOF FAILED' : 'proof ok'}, tampered ${v.tamperedFails ? 'fails' : 'PASSES (bad)'} — ${v.sample.slice(0, 140)}`);
/** Our best measured side: the full verify() when it exists, else the proof-only path. */
const oursOf = (byImpl) => (byImpl.ours ? ['ours', byImpl.ours] : byImpl.oursProof ? ['oursProof', byImpl.oursProof] : [undefined, undefined]);
p();
p('First verification on a fresh page (module import + first verify, lazy chunk included), ms median / p90:');
p(
  `  ${'case'.padEnd(12)} ${'verifier'.padEnd(16)} ${'import'.padStart(13)} ${'first verify'.padStart(13)} ${'total'.padStart(13)}   target: total ≤ ⅓ of verifier-core's`,
);
for (const [id, byImpl] of Object.entries(result.first)) {
  for (const [impl, runs] of Object.entries(byImpl)) {
    const col = (k) =>
      `${f(median(runs.map((r) => r[k])), 1)} / ${f(
        quantile(
          runs.map((r) => r[k]),
          0.9,
        ),
        1,
      )}`.padStart(13);
    let target = '';
    if (impl !== 'peer' && byImpl.peer) {
      const ratio = median(byImpl.peer.map((r) => r.total)) / median(runs.map((r) => r.total));
      target = `verifier-core/ours = ${ratio.toFixed(2)}× ${ratio >= 3 ? 'MET' : 'NOT MET'}`;
    }
    const bad = runs.some((r) => !r.ok) ? ` [proof not ok: ${runs.find((r) => !r.ok).summary.slice(0, 100)}]` : '';
    p(`  ${id.padEnd(12)} ${NAMES[impl].padEnd(16)} ${col('load')} ${col('first')} ${col('total')}   ${target}${bad}`);
    const lazy = runs.flatMap((r) => r.lazy);
    if (lazy.length)
      p(`  ${''.padEnd(29)} lazy chunks: ${[...new Set(lazy.map((l) => l.file))].join(', ')}; fetched in ${f(median(lazy.map((l) => l.ms)), 1)} ms median`);
  }
}
p();
p('Warm, side by side in one page, order alternating per round — ms per verification median / p90 (rate at the median):');
const shown = impls;
p(`  ${'case'.padEnd(12)} ${shown.map((i) => NAMES[i].padStart(27)).join(' ')}   target`);
const targets = { 'vc-jwt': 5000, 'ob2-rs256': 2000 };
for (const c of cases) {
  const w = result.warm[c.id];
  if (!w) continue;
  const col = (o) => (o ? `${f(median(o.ms), 3)} / ${f(quantile(o.ms, 0.9), 3)} (${rate(median(o.ms))}/s)` : '–').padStart(27);
  let target = '';
  const [oi, o] = oursOf(w);
  if (o && w.peer && c.id.match(/^(rdfc|ed2020)-/)) {
    const ratio = median(w.peer.ms) / median(o.ms);
    target = `${NAMES[oi]} rate / verifier-core rate = ${ratio.toFixed(2)}× (≥ 2×) ${ratio >= 2 ? 'MET' : 'NOT MET'}`;
  } else if (o && w.peer) {
    target = `ratio ${(median(w.peer.ms) / median(o.ms)).toFixed(2)}× (info)`;
  } else if (w.ours && targets[c.id]) {
    const r = 1000 / median(w.ours.ms);
    target = `≥ ${targets[c.id].toLocaleString('en-US')}/s ${r >= targets[c.id] ? 'MET' : 'NOT MET'}`;
    if (w.webcrypto) {
      const fl = 1000 / median(w.webcrypto.ms);
      target += ` (Web Crypto alone: ${Math.round(fl).toLocaleString('en-US')}/s here${fl < targets[c.id] ? ', below the target itself' : ''}; ours = ${Math.round((100 * r) / fl)}% of it)`;
    }
  }
  const warn = Object.entries(w)
    .filter(([, x]) => x.failed || !x.tamperedFails)
    .map(([i, x]) => ` [${NAMES[i]}: ${x.failed} proofs failed${x.tamperedFails ? '' : ', TAMPERED PASSED'}${x.failed ? ': ' + x.sample.slice(0, 80) : ''}]`)
    .join('');
  p(`  ${c.id.padEnd(12)} ${shown.map((i) => col(w[i])).join(' ')}   ${target}${warn}`);
}
p('  cases: ' + cases.map((c) => `${c.id} = ${c.label}`).join('; '));
for (const [impl, res] of Object.entries(result.node20)) {
  p();
  const fr = res.first;
  p(`Node ${process.version}, ${NAMES[impl]} (esbuild bundle), ms median / p90:`);
  p(
    `  first verification rdfc-dm2.0 (fresh process): import ${f(median(fr.map((r) => r.load)), 1)} / ${f(
      quantile(
        fr.map((r) => r.load),
        0.9,
      ),
      1,
    )}, first verify ${f(median(fr.map((r) => r.first)), 1)} / ${f(
      quantile(
        fr.map((r) => r.first),
        0.9,
      ),
      1,
    )}${fr.some((r) => !r.ok) ? ' [proof not ok: ' + fr[0].summary.slice(0, 100) + ']' : ''}`,
  );
  for (const [id, o] of Object.entries(res.warm)) {
    p(
      `  warm ${id.padEnd(12)} ${f(median(o.ms), 3)} / ${f(quantile(o.ms, 0.9), 3)} ms (${rate(median(o.ms))}/s)${o.failed ? ` [${o.failed} proofs failed: ${o.sample?.slice(0, 80)}]` : ''}${o.tamperedFails ? '' : ' [TAMPERED PASSED]'}`,
    );
  }
}
for (const [id, prof] of Object.entries(result.profile)) {
  p();
  p(`CPU profile, ${ours ? 'ours verify()' : 'ours proof only'}, ${id} (${f(prof.perOp, 3)} ms/verification while profiled), top self time:`);
  for (const t of prof.top) p(`  ${t.pct.toFixed(1).padStart(5)}%  ${f(t.ms, 1).padStart(7)} ms  ${t.fn}`);
  p(`  … and with what each calls (inclusive), µs per verification:`);
  for (const t of prof.inclusive ?? []) p(`  ${t.pct.toFixed(1).padStart(5)}%  ${f((1000 * t.ms) / prof.n, 1).padStart(7)} µs  ${t.fn}`);
}
if (logs.length) {
  p();
  p('Notes from the pages (requests answered 404, console errors):');
  for (const l of logs.slice(0, 20)) p(`  ${l}`);
}
console.log(lines.join('\n'));
if (flag('json', false)) writeFileSync(flag('json'), JSON.stringify(result, null, 1));

// ---- the wall -------------------------------------------------------------------------------------------------
const wall = join(root, 'scripts/bench-wall.mjs');
if (existsSync(wall) && !flag('no-wall', false)) {
  // The page a script-tag user has (cdn/badge-elements.js + the lazy wall chunk) when it is built.
  const cdn = existsSync(join(root, 'cdn/badge-elements.js'));
  console.log(`\nBadge wall (scripts/bench-wall.mjs${cdn ? ' --cdn' : ''}):`);
  const r = spawnSync(process.execPath, [wall, ...(quick ? ['--quick'] : []), ...(cdn ? ['--cdn'] : [])], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status) process.exitCode = r.status;
}

// ---- one card over a throttled network ------------------------------------------------------------------------
const network = join(root, 'scripts/bench-network.mjs');
if (existsSync(network) && !flag('no-network', false)) {
  // It measures what a script-tag page loads, so it needs the CDN build.
  if (!existsSync(join(root, 'cdn/badge-elements.js')))
    console.log('\nOne card over a throttled network: skipped (no cdn/badge-elements.js: `npm run build` first)');
  else {
    console.log('\nOne card over a throttled network (scripts/bench-network.mjs):');
    const r = spawnSync(process.execPath, [network, ...(quick ? ['--quick'] : [])], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status) process.exitCode = r.status;
  }
}

/** The W3C vc-di-eddsa vectors (did:key; their issuer is not the key's controller, so our verdict is not valid — the proof work is the same). */
function addVectorCases(list) {
  const dir = ['/work/shared/vectors', join(root, '../shared/vectors')].find((d) => existsSync(join(d, 'vc-di-eddsa')));
  if (!dir) return;
  for (const [id, file, label] of [
    ['w3c-rdfc', 'vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json', 'W3C vc-di-eddsa B.1 eddsa-rdfc-2022, VC DM 2.0'],
    ['w3c-ed2020', 'vc-di-eddsa/Ed25519Signature2020/signedEdSig.json', 'W3C vc-di-eddsa B.4 Ed25519Signature2020, VC DM 2.0'],
  ]) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const credential = JSON.parse(readFileSync(path, 'utf8'));
    const tampered = structuredClone(credential);
    const subject = tampered.credentialSubject;
    const k = Object.keys(subject).find((x) => typeof subject[x] === 'string' && x !== 'id' && x !== 'type');
    if (k) subject[k] += 'x';
    else tampered.validFrom = '2000-01-01T00:00:00Z';
    // verifier-core rejects these (its CredentialIssuancePurpose requires issuer === controller), so they are ours-only.
    list.push({ id, label, kind: 'di', peer: false, credential, tampered });
  }
}
