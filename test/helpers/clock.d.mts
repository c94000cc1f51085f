/** The suite's "today", as an ISO string (see clock.mjs). */
export declare const TEST_NOW_ISO: string;
/** The suite's "today" in milliseconds. */
export declare const TEST_NOW_MS: number;
/** Five years after the test clock, in milliseconds. */
export declare const FIVE_YEARS_MS: number;
/** A fresh Date at the test clock, for verify()'s and configure()'s `now` option. */
export declare function testNow(): Date;
