// Opening a 300-step / 400-edge / 8-lane process map: from the route change to the board (the board is
// fetched from the workshop file, validated, laid out into lanes and mounted) to its first painted frame with the
// steps in place. Anchor: mounting a bare React Flow page with the same graph, measured in the same run.
import { chromium } from '@playwright/test';
import { rmSync } from 'node:fs';
import { ensureRendererBuilt } from '../../scripts/lib/renderer-build.mjs';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { bareGraph, benchMap, seedBoard, startBarePage, startHost, tempDir } from './process-map-lib';
import { median, size, SMOKE } from './harness';
import { chromiumExecutable } from '../../scripts/lib/tools.mjs';

const ROUNDS = size(5, 1);

ensureRendererBuilt();
const doc = benchMap();
const dataDir = tempDir();
const host = await startHost(dataDir);
const bare = await startBarePage();
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
try {
  const ids = await seedBoard(host.origin, doc);
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'fi-FI' });
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  const teamHash = `#/w/${ids.workshopId}/team/${ids.teamId}`;
  const boardHash = `#/w/${ids.workshopId}/board/${ids.boardId}`;
  await page.goto(`${host.origin}/${teamHash}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const app: number[] = [];
  for (let i = 0; i <= ROUNDS; i++) {
    await page.evaluate((h) => (location.hash = h), teamHash);
    await page.waitForSelector('.react-flow', { state: 'detached' });
    await page.waitForTimeout(300);
    const ms = await page.evaluate(
      (h) =>
        new Promise<number>((resolve) => {
          const t0 = performance.now();
          location.hash = h;
          const check = () => {
            if (
              document.querySelectorAll('.react-flow__node-pm').length > 0 &&
              document.querySelector('.react-flow__viewport')
            ) {
              // The frame with the steps in it has been produced once the next frame starts.
              requestAnimationFrame(() => resolve(performance.now() - t0));
            } else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
      boardHash,
    );
    if (i > 0) app.push(ms); // the first open warms the code paths up
  }

  const barePage = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await barePage.addInitScript({ content: 'window.__name = (f) => f;' });
  await barePage.addInitScript({
    content: `window.__GRAPH = ${JSON.stringify(bareGraph(doc, { x: 0, y: 0, zoom: 0.55 }))};`,
  });
  const bareMs: number[] = [];
  for (let i = 0; i <= ROUNDS; i++) {
    await barePage.goto(bare.url);
    await barePage.waitForFunction(() => (window as unknown as { __bareReady?: boolean }).__bareReady === true);
    const ms = await barePage.evaluate(
      () =>
        new Promise<number>((r) =>
          requestAnimationFrame(() => r((window as unknown as { __bareMountMs: number }).__bareMountMs)),
        ),
    );
    if (i > 0) bareMs.push(ms);
  }
  const a = median(app);
  const b = median(bareMs);
  console.error(
    `process-map open: app ${app.map((x) => x.toFixed(0)).join(', ')} ms; bare mount ${bareMs.map((x) => x.toFixed(0)).join(', ')} ms`,
  );
  console.log(
    `bench process-map-open: ${a.toFixed(3)} ms, ratio ${(a / b).toFixed(2)} vs bare-react-flow-mount-same-graph`,
  );
  if (!(a < 300) && !SMOKE) console.error(`opening took ${a.toFixed(0)} ms, over the 300 ms budget`);
} finally {
  await browser.close();
  bare.stop();
  host.child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
