// Start-up: from navigation until the library screen is interactive, for the app's built renderer served by the Node
// host (empty library: the first route is the library). Anchor, built the same way and measured in the same run,
// interleaved: a bare Vite + React "hello" page. Interactive means the page's main button is in the DOM and the main
// thread has been free of long tasks (> 50 ms) for QUIET_MS: the later of the button's arrival and the end of the
// last long task. Every load is cold (a fresh browser context: no HTTP or code cache). Goal: ≤ 2× the anchor.
import { chromium, type Browser } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureRendererBuilt, repoRoot } from '../../scripts/lib/renderer-build.mjs';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { chromiumExecutable } from '../../scripts/lib/tools.mjs';
import { startHost } from './bench-host';
import { median, overBudget, report, size } from './harness';
import { buildAndServe } from './vite-page';

const ROUNDS = size(9, 1);
const GOAL = 2;
const QUIET_MS = 500;
/** The library's main button (open a workshop file), and the hello page's only button. */
const APP_BUTTON = 'main.library .page-head button';
const HELLO_BUTTON = 'main button';

type Start = { interactive: number; button: number; firstPaint: number; blocking: number };

// Runs before any of the page's own scripts: records long tasks and the moment the button first exists.
const PROBE = (selector: string) => `
  window.__name = (f) => f;
  window.__start = { button: -1, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__start.longTasks.push([e.startTime, e.startTime + e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const seen = new MutationObserver(() => {
    if (document.querySelector(${JSON.stringify(selector)})) {
      window.__start.button = performance.now();
      seen.disconnect();
    }
  });
  seen.observe(document, { childList: true, subtree: true });
`;

async function measure(browser: Browser, url: string, selector: string): Promise<Start> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: PROBE(selector) });
    await page.goto(url);
    return await page.evaluate(
      ({ quiet }) =>
        new Promise<Start>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('the page never became interactive')), 30_000);
          const w = window as unknown as { __start: { button: number; longTasks: [number, number][] } };
          const check = () => {
            const { button, longTasks } = w.__start;
            const lastTask = longTasks.reduce((end, [, e]) => Math.max(end, e), 0);
            const interactive = Math.max(button, lastTask);
            if (button >= 0 && performance.now() - interactive >= quiet) {
              clearTimeout(timer);
              const paint = performance.getEntriesByName('first-contentful-paint')[0];
              const blocking = longTasks.reduce((sum, [s, e]) => sum + Math.max(0, e - s - 50), 0);
              resolve({ interactive, button, firstPaint: paint ? paint.startTime : NaN, blocking });
            } else setTimeout(check, 100);
          };
          check();
        }),
      { quiet: QUIET_MS },
    );
  } finally {
    await context.close();
  }
}

if (!ensureRendererBuilt()) process.exit(1);
const dataDir = mkdtempSync(join(tmpdir(), 'lapimurto-bench-start-'));
const host = await startHost(dataDir);
const hello = await buildAndServe(join(repoRoot, 'tests/bench/react-hello-bare'), 'lapimurto-bare-hello-');
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
try {
  const appUrl = `${host.origin}/`;
  const app: Start[] = [];
  const bare: Start[] = [];
  // One warm-up load each (the host's first file reads, Chromium's first process), then interleaved rounds in
  // alternating order so neither side always runs right after the other.
  await measure(browser, appUrl, APP_BUTTON);
  await measure(browser, hello.url, HELLO_BUTTON);
  for (let i = 0; i < ROUNDS; i++) {
    if (i % 2) {
      bare.push(await measure(browser, hello.url, HELLO_BUTTON));
      app.push(await measure(browser, appUrl, APP_BUTTON));
    } else {
      app.push(await measure(browser, appUrl, APP_BUTTON));
      bare.push(await measure(browser, hello.url, HELLO_BUTTON));
    }
  }
  const med = (xs: Start[], key: keyof Start) => median(xs.map((x) => x[key]));
  const a = med(app, 'interactive');
  const b = med(bare, 'interactive');
  console.error(
    `renderer start (medians of ${ROUNDS}): app interactive ${a.toFixed(0)} ms (button ${med(app, 'button').toFixed(0)}, first paint ${med(app, 'firstPaint').toFixed(0)}, blocking ${med(app, 'blocking').toFixed(0)} ms); ` +
      `hello interactive ${b.toFixed(0)} ms (button ${med(bare, 'button').toFixed(0)}, first paint ${med(bare, 'firstPaint').toFixed(0)}, blocking ${med(bare, 'blocking').toFixed(0)} ms)`,
  );
  report('renderer-start', a, 'ms', b, 'bare-vite-react-hello');
  if (!(a <= GOAL * b))
    overBudget(`renderer start ${a.toFixed(0)} ms is ${(a / b).toFixed(2)}× the bare page, over the ${GOAL}× goal`);
} finally {
  await browser.close();
  hello.stop();
  host.child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
