// @ts-check
// `npm run test:future`: the whole browser suite with the machine's clock, as the page sees it, moved
// BADGE_CLOCK_SHIFT_YEARS (default 5) years ahead (test/helpers/future-clock.mjs runs before the test
// framework on every test page). Every verdict is reached on the explicit test clock, so the suite must
// pass unchanged; a test or a code path that reads the real clock for a verdict fails here first.
import base from '../../web-test-runner.config.mjs';

const years = Number(process.env.BADGE_CLOCK_SHIFT_YEARS ?? 5);

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  ...base,
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <body>
    <script type="module">
      import { shiftClock } from '/test/helpers/future-clock.mjs';
      shiftClock(${years});
      console.log('[future-clock] the page clock reads ' + new Date().toISOString());
    </script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
