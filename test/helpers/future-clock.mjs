// Moves the machine's clock, as the code under test sees it, BADGE_CLOCK_SHIFT_YEARS (default 5)
// years ahead: `npm run test:future` loads this before the browser tests (web-test-runner.future.config.mjs)
// and before scripts/node-core-check.mjs (`node --import`). Every verdict in the suite is reached on
// the explicit test clock (clock.mjs), so the suite must pass unchanged; a test or a code path that
// reads the real clock for a verdict fails here instead of on some future morning.
//
// This is the one place that replaces the global Date, on purpose: it stands in for the calendar,
// not for our code (tests themselves never patch Date; they pass `now`).

/** @param {number} years */
export function shiftClock(years) {
  const Real = globalThis.Date;
  if (Real.__shiftedYears) return;
  const shift = Math.round(years * 365.25 * 86_400_000);
  class ShiftedDate extends Real {
    /** @param {any[]} args */
    constructor(...args) {
      if (args.length === 0) super(Real.now() + shift);
      else super(...args);
    }
    static now() {
      return Real.now() + shift;
    }
  }
  Object.defineProperty(ShiftedDate, '__shiftedYears', { value: years });
  globalThis.Date = ShiftedDate;
}

// Under Node (`node --import test/helpers/future-clock.mjs …`) the shift applies on import.
if (typeof process !== 'undefined' && process.versions?.node) shiftClock(Number(process.env.BADGE_CLOCK_SHIFT_YEARS ?? 5));
