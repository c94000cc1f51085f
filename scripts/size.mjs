// Builds (unless --no-build) and prints the gzip and brotli size of every shipped file and chunk,
// then fails when a budget in size-budget.json is exceeded.
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
if (failed) {
  console.error(`\n${failed} file(s) over their gzip budget (size-budget.json)`);
  process.exit(1);
}
console.log('\nall size budgets met');
