// Turns runner reports into counts for `npm test`'s last line. A missing report, a crash or an empty run is a failure.

/** @returns {{passed:number, failed:number, skipped:number, notes:string[]}} */
export function summarizeVitest(report, exit) {
  const notes = [];
  if (!report)
    return {
      passed: 0,
      failed: 1,
      skipped: 0,
      notes: [`vitest produced no report (exit ${exit}): counted as 1 failure`],
    };
  const passed = report.numPassedTests ?? 0;
  let failed = report.numFailedTests ?? 0;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A test file that fails to load has no tests but fails the run.
  const broken = (report.testResults ?? []).filter(
    (s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0,
  ).length;
  if (broken) notes.push(`vitest: ${broken} test file(s) failed to load`);
  failed += broken;
  if (exit !== 0 && failed === 0) {
    failed += 1;
    notes.push(`vitest exited ${exit} without a failing test (unhandled error?): counted as 1 failure`);
  }
  if (passed + failed === 0) {
    failed += 1;
    notes.push('vitest ran no test: counted as 1 failure');
  }
  return { passed, failed, skipped, notes };
}

/** @returns {{passed:number, failed:number, skipped:number, notes:string[]}} */
export function summarizePlaywright(report, exit) {
  if (!report || !report.stats)
    return {
      passed: 0,
      failed: 1,
      skipped: 0,
      notes: [`playwright produced no report (exit ${exit}): counted as 1 failure`],
    };
  const notes = [];
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  let failed = unexpected;
  const errors = (report.errors ?? []).length;
  if (exit !== 0 && failed === 0) {
    failed += Math.max(1, errors);
    notes.push(`playwright exited ${exit} without a failing test (${errors} global error(s)): counted as failure`);
  }
  if (expected + flaky + failed === 0) {
    failed += 1;
    notes.push('playwright ran no test: counted as 1 failure');
  }
  return { passed: expected + flaky, failed, skipped, notes };
}

export function summaryLine({ passed, failed, skipped }) {
  return `tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}
