#!/usr/bin/env node
// `npm test`: vitest (node + dom), then Playwright e2e against the Node host. Streams both runners' output and ends
// with exactly one line `tests: N passed, M failed[, K skipped]`. A runner that crashes or reports nothing counts as a
// failure, never as zero tests. First it finds Chromium, LibreOffice and poppler (scripts/lib/tools.mjs) and stops
// with one message naming whatever is missing, and builds the renderer when it is missing or stale.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ensureRendererBuilt, repoRoot } from './lib/renderer-build.mjs';
import { summarizePlaywright, summarizeVitest, summaryLine } from './lib/test-summary.mjs';
import { checkTools } from './lib/tools.mjs';

// 0. Preflight: every outside program, then the renderer (e2e and the host tests in vitest serve it).
const tools = checkTools();
if (tools.message) {
  console.error(`[test] ${tools.message}\n\nNothing was run.`);
  process.exit(1);
}
// The runners and the app host launch what was found here.
process.env.CHROMIUM_PATH = tools.found.chromium.path;
process.env.SOFFICE_PATH = tools.found.libreoffice.path;
if (tools.found.poppler.dir) process.env.PATH = `${tools.found.poppler.dir}${delimiter}${process.env.PATH ?? ''}`;
const rendererBuilt = ensureRendererBuilt();

const resultsDir = join(repoRoot, 'test-results');
const vitestJson = join(resultsDir, 'vitest.json');
const playwrightJson = join(resultsDir, 'playwright.json');
mkdirSync(resultsDir, { recursive: true });
rmSync(vitestJson, { force: true });
rmSync(playwrightJson, { force: true });

const bin = (name) => join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: repoRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
      shell: process.platform === 'win32',
    });
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
const add = (c) => {
  totals.passed += c.passed;
  totals.failed += c.failed;
  totals.skipped += c.skipped;
  notes.push(...c.notes);
};

// 1. vitest
{
  const { code, signal } = await run(bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${vitestJson}`,
  ]);
  add(summarizeVitest(readJson(vitestJson), code ?? signal));
}

// 2. Playwright (needs the built renderer)
if (!rendererBuilt) {
  add({ passed: 0, failed: 1, skipped: 0, notes: ['renderer build failed; e2e not run: counted as 1 failure'] });
} else {
  const { code, signal } = await run(bin('playwright'), ['test']);
  add(summarizePlaywright(readJson(playwrightJson), code ?? signal));
}

for (const n of notes) console.log(`[test] ${n}`);
console.log(summaryLine(totals));
process.exit(totals.failed > 0 ? 1 : 0);
