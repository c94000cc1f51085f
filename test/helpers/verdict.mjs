// One reading of a fixture's expected verdict, for scripts/node-core-check.mjs and the browser suites
// (forgery, mutation, portfolio). An expectation is exact:
//   valid | indeterminate            that status
//   invalid:<id>[+<id>…]             status invalid, and exactly those checks failed (no more, no fewer)
//   error:<code>                     status error with that error code
//   <one>|<other>                    either of two exact verdicts (a forgery a verifier may reject two ways)
// Any other word is a mistake in the manifest and never matches.

/**
 * Why `report` does not match `expect`, or '' when it does.
 * @param {string} expect
 * @param {{status: string, checks: Array<{id: string, outcome: string}>, error?: {code?: string}}} report
 * @returns {string}
 */
export function verdictMismatch(expect, report) {
  const alternatives = expect.split('|');
  if (alternatives.length > 1) {
    const whys = alternatives.map((a) => verdictMismatch(a, report));
    return whys.some((w) => w === '') ? '' : whys.join(' / ');
  }
  const failed = report.checks
    .filter((c) => c.outcome === 'failed')
    .map((c) => c.id)
    .sort()
    .join('+');
  const got = `got ${report.status}${failed ? ` (failed: ${failed})` : ''}${report.error?.code ? ` error ${report.error.code}` : ''}`;
  if (expect === 'valid' || expect === 'indeterminate') return report.status === expect ? '' : `expected ${expect}, ${got}`;
  if (expect.startsWith('invalid:') && expect.length > 8) {
    const want = expect.slice(8).split('+').sort().join('+');
    return report.status === 'invalid' && failed === want ? '' : `expected ${expect}, ${got}`;
  }
  if (expect.startsWith('error:') && expect.length > 6) {
    return report.status === 'error' && report.error?.code === expect.slice(6) ? '' : `expected ${expect}, ${got}`;
  }
  return `unknown expectation "${expect}" (valid, indeterminate, invalid:<check ids>, error:<code>, a|b)`;
}
