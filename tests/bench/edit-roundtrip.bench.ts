// A keypress edit on the process map (Shift+→ nudges the selected step: one boards.apply) from the keydown to the
// moment the app has the backend's answer, against a bare API round trip: the same command, with the same answer
// size, posted with fetch from a page of the same host that runs no app (on a copy of the map in another workshop,
// so the app page never hears of it). App and anchor rounds are interleaved; medians. Two maps: the demo's and a
// 300-step one. Goal (issue 17): at most 2x the bare round trip.
import { chromium, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { ensureRendererBuilt } from '../../scripts/lib/renderer-build.mjs';
import { chromiumExecutable } from '../../scripts/lib/tools.mjs';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { benchMap, seedBoard, startHost, tempDir, SIZE } from './process-map-lib';
import { median, overBudget, size, SMOKE } from './harness';
import { processMapDemo } from '../../shared/demo/boards/process-map';
import type { ProcessMapDoc } from '../../shared/boards/process-map/model';

const PRESSES = size(24, 3);
const GOAL = 2;

/** The demo team's current-state map, with its first lane as the board's built-in client lane (as `seedBoard` expects). */
function demoMap(): ProcessMapDoc {
  let n = 0;
  const doc = processMapDemo({ team: 'pirkanmaa', lang: 'fi', nextId: () => `d${n++}`, teamBoards: [] })[0]!
    .doc as ProcessMapDoc;
  const first = doc.lanes[0]!.id;
  return {
    ...doc,
    lanes: doc.lanes.map((l) => (l.id === first ? { ...l, id: 'L0' } : l)),
    nodes: doc.nodes.map((x) => (x.laneId === first ? { ...x, laneId: 'L0' } : x)),
  };
}

/** In the app page: the keydown's time, and when each boards.apply answer has arrived (body read), page clock. */
const PROBE = `
  window.__keyAt = 0; window.__acks = []; window.__applies = [];
  window.addEventListener('keydown', () => { window.__keyAt = performance.now(); }, true);
  const orig = window.fetch;
  window.fetch = async function (input, init) {
    const url = typeof input === 'string' ? input : input.url;
    const r = await orig.call(this, input, init);
    if (url.endsWith('/api/boards.apply')) {
      window.__applies.push(init && init.body);
      r.clone().arrayBuffer().then(() => window.__acks.push(performance.now()));
    }
    return r;
  };
`;

type Seeded = Awaited<ReturnType<typeof seedBoard>>;

async function measureMap(
  name: string,
  doc: ProcessMapDoc,
  ids: Seeded,
  copy: Seeded,
  origin: string,
  app: Page,
  anchor: Page,
): Promise<{ app: number; bare: number }> {
  await app.goto(`${origin}/#/w/${ids.workshopId}/board/${ids.boardId}`);
  await app.waitForSelector('.react-flow__node-pm');
  await app.waitForTimeout(800);
  const canvas = app.getByRole('application', { name: /^Prosessikaavio:/ });
  await canvas.focus();
  // Tab: the first point of the flow; the second Tab: the first step (a movable one).
  await app.keyboard.press('Tab');
  await app.keyboard.press('Tab');
  await app.waitForTimeout(300);

  const appMs: number[] = [];
  const bareMs: number[] = [];
  for (let i = 0; i < PRESSES + 1; i++) {
    await app.evaluate(() => {
      (window as unknown as { __acks: number[] }).__acks = [];
    });
    await app.keyboard.press(i % 2 ? 'Shift+ArrowLeft' : 'Shift+ArrowRight');
    await app.waitForFunction(() => (window as unknown as { __acks: number[] }).__acks.length > 0, null, {
      timeout: 10_000,
    });
    const ms = await app.evaluate(() => {
      const w = window as unknown as { __acks: number[]; __keyAt: number };
      return w.__acks[0]! - w.__keyAt;
    });
    // The app's own command, replayed on the copy: the same work for the backend and the same answer size.
    const body = await app.evaluate(() => (window as unknown as { __applies: string[] }).__applies.at(-1)!);
    const sent = JSON.parse(body) as { command: { type: string } };
    const bare = await anchor.evaluate(
      async ({ input }) => {
        const t0 = performance.now();
        const r = await fetch('/api/boards.apply', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input),
        });
        await r.arrayBuffer();
        return performance.now() - t0;
      },
      { input: { workshopId: copy.workshopId, id: copy.boardId, command: sent.command } },
    );
    // The first round warms both up.
    if (i > 0) {
      appMs.push(ms);
      bareMs.push(bare);
    }
    await app.waitForTimeout(250);
  }
  const a = median(appMs);
  const b = median(bareMs);
  console.error(
    `edit-roundtrip ${name}: ${doc.nodes.length} points; app ${appMs.map((x) => x.toFixed(1)).join(', ')} ms; bare ${bareMs.map((x) => x.toFixed(1)).join(', ')} ms`,
  );
  return { app: a, bare: b };
}

ensureRendererBuilt();
const dataDir = tempDir();
const host = await startHost(dataDir);
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
try {
  const appContext = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'fi-FI' });
  const app = await appContext.newPage();
  await app.addInitScript({ content: `window.__name = (f) => f;${PROBE}` });
  app.on('pageerror', (e) => console.error(`app page error: ${e.message}`));
  // The anchor page: a static file of the same host (same origin for the API), no app code running.
  const anchorContext = await browser.newContext();
  const anchor = await anchorContext.newPage();
  const asset = await (
    await fetch(`${host.origin}/`)
  )
    .text()
    .then((html) => /href="\.?\/?(assets\/[^"]+\.css)"/.exec(html)?.[1]);
  if (!asset) throw new Error('no stylesheet in index.html to host the anchor page');
  await anchor.goto(`${host.origin}/${asset}`);

  const maps: [string, ProcessMapDoc][] = [
    ['demo map', demoMap()],
    [`${SIZE.steps}-step map`, benchMap()],
  ];
  // Every board first (the app's and the anchor's copy in its own workshop), then the measurements.
  const seeded: [Seeded, Seeded][] = [];
  for (const [, doc] of maps) seeded.push([await seedBoard(host.origin, doc), await seedBoard(host.origin, doc)]);
  for (const [i, [name, doc]] of maps.entries()) {
    const r = await measureMap(name, doc, seeded[i]![0], seeded[i]![1], host.origin, app, anchor);
    const ratio = r.app / r.bare;
    console.log(
      `bench edit-roundtrip: ${r.app.toFixed(3)} ms, ratio ${ratio.toFixed(2)} vs bare-api-roundtrip (${name})`,
    );
    if (!SMOKE && !(ratio <= GOAL))
      overBudget(`edit round trip on the ${name}: ${ratio.toFixed(2)}x the bare API round trip (goal ${GOAL}x)`);
  }
} finally {
  await browser.close();
  host.child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
