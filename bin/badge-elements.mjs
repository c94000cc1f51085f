#!/usr/bin/env node
// npx badge-elements verify <link | file | -> [--json] [--proxy URL] [--now ISO] [--registries FILE|none]
// npx badge-elements proxy [--port 8787] [--host 127.0.0.1] [--allow host,*.host] [--any-host]
//
// `verify` is how an issuer checks what it publishes and how a résumé site checks its badges in CI:
// it prints the verdict, each check, who vouches for the issuer, and the URL actually verified, and
// exits 0 valid, 1 invalid, 2 indeterminate, 3 error (could not load or understand it, or bad usage).
// `proxy` runs badge-elements/proxy locally (the CORS proxy a page needs for Credly, Badgr, …).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';

const EXIT = { valid: 0, invalid: 1, indeterminate: 2, error: 3 };
const USAGE = `usage:
  badge-elements verify <link | file | -> [--json] [--proxy URL] [--now ISO-DATE] [--registries FILE.json | none]
  badge-elements proxy [--port 8787] [--host 127.0.0.1] [--allow host,*.host] [--any-host]`;

function parseArgs(argv) {
  const args = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json' || a === '--any-host' || a === '--help' || a === '-h') args[a.replace(/^-+/, '')] = true;
    else if (a.startsWith('--')) {
      const [k, inline] = a.slice(2).split(/=(.*)/s);
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      args[k] = v;
    } else args._.push(a);
  }
  return args;
}

async function readStdin() {
  const parts = [];
  for await (const c of process.stdin) parts.push(c);
  return Buffer.concat(parts);
}

/** A link stays a string; a file or stdin is text when it reads as JSON, a JWT or SVG, else bytes (a baked PNG). */
function asInput(bytes) {
  const text = bytes.toString('utf8').trim();
  if (/^[{<]/.test(text) || /^[\w-]+\.[\w-]+\.[\w-]*$/.test(text)) return text;
  return new Uint8Array(bytes);
}

const mark = { passed: '✓', failed: '✗', warning: '!', skipped: '-', unknown: '?' };

function describeIdentity(id) {
  if (!id) return 'not established';
  if (id.anchor === 'registry')
    return `listed by ${id.registry?.name ?? 'a registry'} as "${id.name ?? id.claimedName ?? '?'}"${id.nameDiffers ? ` (the badge says "${id.claimedName}")` : ''}`;
  if (id.anchor === 'domain') return `tied to the domain ${id.domain}${id.claimedName ? ` (the badge says "${id.claimedName}")` : ''}`;
  if (id.anchor === 'none') return `only claimed by the badge${id.claimedName ? `: "${id.claimedName}"` : ''} (nothing vouches for the name)`;
  return 'unknown (a registry that would decide could not be asked)';
}

function print(report, input) {
  const out = [];
  const b = report.badge;
  out.push(`${report.status.toUpperCase()}${b ? `  ${b.name}${b.issuer?.name ? ` — ${b.issuer.name}` : ''}` : ''}`);
  if (report.error) out.push(`  error: ${report.error.code}: ${report.error.message}${report.error.hint ? `\n  hint: ${report.error.hint}` : ''}`);
  const verified = report.link?.verified ?? (typeof input === 'string' && /^https?:/i.test(input) ? input : undefined);
  if (verified) out.push(`  verified: ${verified}`);
  if (report.link) out.push(`  from: ${report.link.platform} link ${report.link.given}`);
  if (b?.formatLabel) out.push(`  format: ${b.formatLabel}`);
  out.push(`  issuer identity: ${describeIdentity(report.identity)}`);
  for (const c of report.checks) out.push(`  ${mark[c.outcome] ?? '?'} ${c.id}: ${c.message}`);
  return out.join('\n');
}

async function verifyCommand(args) {
  const target = args._[1];
  if (!target || args._.length > 2) throw new Error('verify takes one link, file or -');
  const { verify } = await import('../dist/core.js');
  const options = {};
  if (args.proxy) options.proxy = args.proxy;
  if (args.now) {
    const d = new Date(args.now);
    if (Number.isNaN(d.getTime())) throw new Error(`--now ${args.now} is not a date`);
    options.now = () => new Date(d);
  }
  if (args.registries) options.registries = args.registries === 'none' ? [] : JSON.parse(await readFile(args.registries, 'utf8'));
  const input = /^https?:\/\//i.test(target) ? target : asInput(target === '-' ? await readStdin() : await readFile(target));
  const report = await verify(input, options);
  const replacer = (_k, v) => (v instanceof Uint8Array ? `<${v.byteLength} bytes>` : v);
  process.stdout.write((args.json ? JSON.stringify(report, replacer, 2) : print(report, input)) + '\n');
  return EXIT[report.status] ?? 3;
}

async function proxyCommand(args) {
  const { createNodeProxy } = await import('../dist/proxy-node.js');
  const port = Number(args.port ?? 8787);
  const host = args.host ?? '127.0.0.1';
  const allowHosts = args.allow
    ? String(args.allow)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
  const server = createServer(createNodeProxy({ allowHosts, allowAnyHost: !!args['any-host'] }));
  await new Promise((ok) => server.listen(port, host, ok));
  const { port: actual } = server.address();
  process.stdout.write(`badge-elements proxy on http://${host}:${actual}/?url=  (set proxy: 'http://${host}:${actual}/?url=')\n`);
  return undefined; // keeps running
}

try {
  const args = parseArgs(process.argv.slice(2));
  const command = args._[0];
  if (args.help || !command) {
    process.stdout.write(USAGE + '\n');
    process.exitCode = command || args.help ? 0 : 3;
  } else if (command === 'verify') process.exitCode = await verifyCommand(args);
  else if (command === 'proxy') await proxyCommand(args);
  else throw new Error(`unknown command ${command}`);
} catch (e) {
  process.stderr.write(`badge-elements: ${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`);
  process.exitCode = 3;
}
