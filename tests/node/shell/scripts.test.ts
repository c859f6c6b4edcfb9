import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { repoRoot } from '../../../scripts/lib/renderer-build.mjs';
import { summarizePlaywright, summarizeVitest, summaryLine } from '../../../scripts/lib/test-summary.mjs';
import { parseHostArgs } from '../../../electron/backend/host/cli';

describe('npm test summary', () => {
  it('adds up a normal run and prints skipped only when there are some', () => {
    const v = summarizeVitest(
      { numPassedTests: 10, numFailedTests: 1, numPendingTests: 2, numTodoTests: 0, testResults: [] },
      1,
    );
    const p = summarizePlaywright({ stats: { expected: 3, unexpected: 0, flaky: 1, skipped: 0 }, errors: [] }, 0);
    expect(v).toMatchObject({ passed: 10, failed: 1, skipped: 2 });
    expect(p).toMatchObject({ passed: 4, failed: 0, skipped: 0 });
    expect(summaryLine({ passed: 14, failed: 1, skipped: 2 })).toBe('tests: 14 passed, 1 failed, 2 skipped');
    expect(summaryLine({ passed: 14, failed: 0, skipped: 0 })).toBe('tests: 14 passed, 0 failed');
  });

  it('counts a crashed runner as a failure, never as zero tests', () => {
    expect(summarizeVitest(undefined, 'SIGKILL').failed).toBe(1);
    expect(summarizePlaywright(undefined, 1).failed).toBe(1);
    expect(summarizePlaywright({}, 1).failed).toBe(1);
    // Exit code says failed, report says nothing failed (unhandled error, global setup error).
    expect(summarizeVitest({ numPassedTests: 5, numFailedTests: 0, testResults: [] }, 1).failed).toBe(1);
    expect(
      summarizePlaywright({ stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 }, errors: [{}, {}] }, 1).failed,
    ).toBe(2);
  });

  it('counts files that failed to load and empty runs as failures', () => {
    const v = summarizeVitest(
      { numPassedTests: 3, numFailedTests: 0, testResults: [{ status: 'failed', assertionResults: [] }] },
      1,
    );
    expect(v.failed).toBe(1);
    expect(summarizeVitest({ numPassedTests: 0, numFailedTests: 0, testResults: [] }, 0).failed).toBe(1);
    expect(summarizePlaywright({ stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 3 } }, 0).failed).toBe(1);
  });
});

describe('host command line', () => {
  it('parses flags, resolves paths against the caller, defaults to a free port', () => {
    const a = parseHostArgs(['--port', '5174', '--data', 'lib', '--open=demo.lapimurto'], '/home/u');
    expect(a).toMatchObject({ port: 5174, dataDir: '/home/u/lib', open: '/home/u/demo.lapimurto' });
    // The build folder: out/ by default, LAPIMURTO_OUT when set (parallel builds).
    expect(a.rendererDir).toBe(
      join(process.env.LAPIMURTO_OUT ? resolve(process.env.LAPIMURTO_OUT) : join(repoRoot, 'out'), 'renderer'),
    );
    expect(parseHostArgs(['--data', '/d'], '/x').port).toBe(0);
    expect(() => parseHostArgs(['--port', 'abc'])).toThrow(/port/);
    expect(() => parseHostArgs(['--what'])).toThrow(/unknown/);
    expect(() => parseHostArgs(['--data'])).toThrow(/needs a value/);
    // Test-only: presentation time N times faster; absent unless asked, 1 means off, nonsense refused.
    expect(a.timeScale).toBeUndefined();
    expect(parseHostArgs(['--time-scale', '10']).timeScale).toBe(10);
    expect(parseHostArgs(['--time-scale=1']).timeScale).toBeUndefined();
    for (const bad of ['0', '2.5', '5000', 'fast'])
      expect(() => parseHostArgs(['--time-scale', bad])).toThrow(/time-scale/);
  });
});
