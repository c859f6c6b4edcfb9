#!/usr/bin/env node
// `npm test`: vitest (node + dom), then Playwright e2e against the Node host. Streams both runners' output and ends
// with exactly one line `tests: N passed, M failed[, K skipped]`. A runner that crashes or reports nothing counts as a
// failure, never as zero tests.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureRendererBuilt, repoRoot } from './lib/renderer-build.mjs';

const resultsDir = join(repoRoot, 'test-results');
const vitestJson = join(resultsDir, 'vitest.json');
const playwrightJson = join(resultsDir, 'playwright.json');
mkdirSync(resultsDir, { recursive: true });
rmSync(vitestJson, { force: true });
rmSync(playwrightJson, { force: true });

const bin = (name) => join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'], shell: process.platform === 'win32' });
    child.on('error', (err) => {
      console.error(`[test] could not start ${cmd}: ${err.message}`);
      resolve({ code: 1, signal: null });
    });
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const notes = [];

// 1. vitest
{
  const { code, signal } = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
  const report = readJson(vitestJson);
  if (!report) {
    totals.failed += 1;
    notes.push(`vitest produced no report (exit ${code ?? signal}): counted as 1 failure`);
  } else {
    const passed = report.numPassedTests ?? 0;
    const failed = report.numFailedTests ?? 0;
    const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    totals.passed += passed;
    totals.failed += failed;
    totals.skipped += skipped;
    // Suites that fail to load (import errors) have no tests but fail the run.
    const brokenSuites = (report.testResults ?? []).filter((s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0).length;
    totals.failed += brokenSuites;
    if (brokenSuites) notes.push(`vitest: ${brokenSuites} test file(s) failed to load`);
    if (code !== 0 && failed + brokenSuites === 0) {
      totals.failed += 1;
      notes.push(`vitest exited ${code ?? signal} without a failing test (unhandled error?): counted as 1 failure`);
    }
    if (passed + failed + brokenSuites === 0) {
      totals.failed += 1;
      notes.push('vitest ran no test: counted as 1 failure');
    }
  }
}

// 2. Playwright (needs the built renderer)
{
  if (!ensureRendererBuilt()) {
    totals.failed += 1;
    notes.push('renderer build failed; e2e not run: counted as 1 failure');
  } else {
    const { code, signal } = await run(bin('playwright'), ['test']);
    const report = readJson(playwrightJson);
    if (!report || !report.stats) {
      totals.failed += 1;
      notes.push(`playwright produced no report (exit ${code ?? signal}): counted as 1 failure`);
    } else {
      const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
      totals.passed += expected + flaky;
      totals.failed += unexpected;
      totals.skipped += skipped;
      const errors = (report.errors ?? []).length;
      if (code !== 0 && unexpected === 0) {
        totals.failed += Math.max(1, errors);
        notes.push(`playwright exited ${code ?? signal} without a failing test (${errors} global error(s)): counted as failure`);
      }
      if (expected + unexpected + flaky === 0 && code === 0) {
        totals.failed += 1;
        notes.push('playwright ran no test: counted as 1 failure');
      }
    }
  }
}

for (const n of notes) console.log(`[test] ${n}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped > 0 ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
