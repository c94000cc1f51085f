/** Why `report` does not match the exact expectation `expect`, or '' when it does (see verdict.mjs). */
export declare function verdictMismatch(
  expect: string,
  report: { status: string; checks: ReadonlyArray<{ id: string; outcome: string }>; error?: { code?: string } },
): string;
