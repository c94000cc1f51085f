// The one clock for every date-dependent test and check (browser tests, scripts/node-core-check.mjs,
// scripts/make-fixtures.mjs). Tests pass it as verify()'s `now` or through configure({now}); nothing
// in test/ reads the machine's clock for a verdict, so the suite gives the same answers in any year.
//
// Why 2030-01-01: after every fixture's validFrom (2019-2026), before every "not yet valid" one (2099),
// and years away from both, so a one-day slip in a date rule cannot flip a fixture by accident.
// Fixtures that must be "valid today" but expire (`valid-expires-soon-*`) are generated relative
// to it (make-fixtures.mjs), not to a calendar year.
//
// `npm run test:future` runs the suite with the machine's clock moved five years ahead (see
// test/helpers/future-clock.mjs); it must pass unchanged.

/** The suite's "today", as an ISO string. */
export const TEST_NOW_ISO = '2030-01-01T00:00:00Z';

/** The suite's "today" in milliseconds. */
export const TEST_NOW_MS = Date.parse(TEST_NOW_ISO);

/** Five years (of 365.25 days) after the test clock: the horizon nothing long-lived may expire before. */
export const FIVE_YEARS_MS = Math.round(5 * 365.25 * 86_400_000);

/** A fresh Date at the test clock, for verify()'s and configure()'s `now` option. */
export function testNow() {
  return new Date(TEST_NOW_MS);
}
