// Writing fixture files under test/fixtures/hosts/<host>/<path> (served as https://<host>/<path>),
// for the generators that make-fixtures.mjs runs beside its own cases.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A writer into `hostsDir`: `write('host.example/a/b.json', body)` writes the file and returns its
 * https URL; `files` lists every file written, so that make-fixtures.mjs keeps them from its
 * stale-file cleanup. A JWS (a string body) whose header and payload did not change is kept as it is:
 * ES256 signatures differ on every run, and re-running must rewrite nothing.
 */
export function fixtureWriter(hostsDir) {
  const files = new Set();
  const signedPart = (t) => t.split('.').slice(0, 2).join('.');
  function write(rel, body) {
    const file = join(hostsDir, rel);
    files.add(file);
    mkdirSync(dirname(file), { recursive: true });
    const text = typeof body === 'string' ? body : JSON.stringify(body, null, 2) + '\n';
    if (typeof body === 'string' && existsSync(file) && signedPart(readFileSync(file, 'utf8')) === signedPart(text)) return `https://${rel}`;
    writeFileSync(file, text);
    return `https://${rel}`;
  }
  return { write, files };
}
