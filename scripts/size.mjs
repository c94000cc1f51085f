// Builds (unless --no-build) and prints the gzip and brotli size of every shipped file and chunk,
// then fails when a budget in size-budget.json is exceeded.
// `--why[=cdn/chunks/x.js]` also prints what the file (default cdn/badge-elements.js) is made of, by
// source module and by area (lit, the verification core, the elements), read from its source map: each
// module's minified bytes, and its share of the file's gzip size (gzip of the whole file split by raw bytes).
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
if (!process.argv.includes('--no-build')) execSync('npm run -s build', { cwd: root, stdio: 'inherit' });

const budget = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8'));
const walk = (dir) =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((f) => {
        const p = join(dir, f);
        return statSync(p).isDirectory() ? walk(p) : p.endsWith('.js') ? [p] : [];
      })
    : [];
const glob = (pattern) => new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);

const rows = [];
let failed = 0;
for (const file of [...walk(join(root, 'cdn')), ...walk(join(root, 'dist')).filter((f) => !f.includes('/types/'))]) {
  const rel = relative(root, file);
  const buf = readFileSync(file);
  const gz = gzipSync(buf, { level: 9 }).length;
  const br = brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  let limit;
  for (const [pattern, bytes] of Object.entries(budget.files)) if (glob(pattern).test(rel)) limit = bytes;
  if (limit === undefined && rel.startsWith('cdn/chunks/')) limit = budget.anyChunk;
  const over = limit !== undefined && gz > limit;
  if (over) failed++;
  rows.push({ file: rel, bytes: buf.length, gzip: gz, brotli: br, budget: limit ?? '', ok: limit === undefined ? '' : over ? 'OVER' : 'ok' });
}
const kb = (n) => (typeof n === 'number' ? `${(n / 1024).toFixed(1)} KB` : n);
const w = [44, 10, 10, 10, 10, 4];
const line = (cols) => cols.map((c, i) => String(c).padEnd(w[i])).join(' ');
console.log(line(['file', 'raw', 'gzip', 'brotli', 'budget', '']));
for (const r of rows) console.log(line([r.file, kb(r.bytes), kb(r.gzip), kb(r.brotli), kb(r.budget), r.ok]));
const whyArg = process.argv.find((a) => a === '--why' || a.startsWith('--why='));
if (whyArg) why(whyArg.includes('=') ? whyArg.split('=')[1] : 'cdn/badge-elements.js');
if (failed) {
  console.error(`\n${failed} file(s) over their gzip budget (size-budget.json)`);
  process.exit(1);
}
console.log('\nall size budgets met');

/** Minified bytes per source module of `rel`, from its source map (mappings decoded here: base64 VLQ). */
function why(rel) {
  const code = readFileSync(join(root, rel), 'utf8');
  const map = JSON.parse(readFileSync(join(root, rel + '.map'), 'utf8'));
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const bytes = new Map();
  const lines = code.split('\n');
  let src = 0;
  map.mappings.split(';').forEach((line, li) => {
    let col = 0;
    const segs = [];
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const vals = [];
      for (let i = 0, v = 0, shift = 0; i < seg.length; i++) {
        const d = B64.indexOf(seg[i]);
        v += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          vals.push(v & 1 ? -(v >>> 1) : v >>> 1);
          v = 0;
          shift = 0;
        }
      }
      col += vals[0];
      if (vals.length > 1) src += vals[1];
      segs.push([col, vals.length > 1 ? src : -1]);
    }
    const text = lines[li] ?? '';
    segs.forEach(([c, s], i) => {
      const end = i + 1 < segs.length ? segs[i + 1][0] : text.length;
      const name = s < 0 ? '(generated)' : map.sources[s].replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');
      bytes.set(name, (bytes.get(name) ?? 0) + (end - c));
    });
  });
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  const gz = gzipSync(Buffer.from(code), { level: 9 }).length;
  const share = (n) => `${(((n / total) * gz) / 1024).toFixed(1)} KB`.padStart(8);
  const areaOf = (name) =>
    /node_modules\/(lit|@lit|lit-html|lit-element)/.test(name)
      ? 'lit'
      : name.startsWith('src/core/')
        ? 'src/core (verification)'
        : name.startsWith('src/elements/')
          ? 'src/elements (rendering)'
          : name.startsWith('node_modules/')
            ? 'other dependencies'
            : 'other';
  const areas = new Map();
  for (const [name, n] of bytes) areas.set(areaOf(name), (areas.get(areaOf(name)) ?? 0) + n);
  console.log(`\n${rel}: ${(total / 1024).toFixed(1)} KB minified, ${(gz / 1024).toFixed(1)} KB gzip. By area (minified, share of gzip):`);
  for (const [a, n] of [...areas].sort((x, y) => y[1] - x[1])) console.log(`  ${a.padEnd(28)} ${`${(n / 1024).toFixed(1)} KB`.padStart(8)} ${share(n)}`);
  const top = Number(process.argv.find((a) => a.startsWith('--top='))?.split('=')[1] ?? 25);
  console.log(`By module (largest ${top}):`);
  for (const [name, n] of [...bytes].sort((x, y) => y[1] - x[1]).slice(0, top))
    console.log(`  ${name.padEnd(52)} ${`${(n / 1024).toFixed(1)} KB`.padStart(8)} ${share(n)}`);
}
