// Dragging a step card on a 60-step value stream (whole stream fitted, so every shape is drawn) in real Chromium:
// main-thread CPU time per pointer move (CDP thread time, idle frames subtracted) and long animation frames, against
// a bare Konva stage rebuilt from the app stage's own JSON (same shapes and texts, no React, no app handlers) on its
// own page at the same place, in the same run, rounds interleaved. Goal: ≤ 1.5× and no frame over 50 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { ensureRendererBuilt, repoRoot } from '../../scripts/lib/renderer-build.mjs';
import { call, startHost } from './bench-host';
import { blankStep } from '../../shared/boards/value-stream/model';
import { TIME_UNITS } from '../../shared/analysis/value-stream/units';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { chromiumExecutable } from '../../scripts/lib/tools.mjs';
import { median, overBudget, size } from './harness';
import { LOAF_PROBE } from './main-thread';
import { bareRestorer, compareDrags, describe, openBareStage } from './konva-drag-lib';
import { buildAndServe } from './vite-page';

const STEPS = size(60, 6);
const ROUNDS = size(5, 1);
const MOVES = size(40, 5);
const GOAL = 1.5;

ensureRendererBuilt();
const dataDir = mkdtempSync(join(tmpdir(), 'lapimurto-bench-vs-'));
const host = await startHost(dataDir);
const bareSite = await buildAndServe(join(repoRoot, 'tests/bench/konva-bare'), 'lapimurto-bare-konva-');
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
try {
  const ws = await call<{ id: string }>(host.origin, 'library.create', { title: 'Bench' });
  const team = await call<{ id: string }>(host.origin, 'teams.create', { workshopId: ws.id, team: { name: 'T' } });
  const init = Array.from({ length: STEPS }, (_, i) => ({
    type: 'addStep',
    step: {
      ...blankStep(`s${i}`, `Vaihe ${i + 1}: asiakkaan asia etenee`),
      performer: 'Terveydenhoitaja',
      organisation: i % 3 ? 'Koulu' : 'Kouluterveydenhuolto',
      wait: { value: (i % 9) + 1, min: null, max: null, unit: TIME_UNITS[i % 5] },
      process: { value: 30, min: null, max: null, unit: 'min' },
      complete: 90,
    },
  }));
  const board = await call<{ id: string }>(host.origin, 'boards.create', {
    workshopId: ws.id,
    teamId: team.id,
    kind: 'value-stream',
    name: 'Arvovirta',
    init,
  });

  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'fi-FI' });
  page.on('pageerror', (e) => console.error(`app page error: ${e.message}`));
  // tsx keeps function names with a `__name` helper that the page does not have.
  await page.addInitScript({ content: `window.__name = (f) => f;${LOAF_PROBE}` });
  await page.goto(`${host.origin}/#/w/${ws.id}/board/${board.id}`);
  await page.waitForFunction((n) => {
    const s = (window as unknown as { __studioStage?: { find(sel: string): unknown[] } }).__studioStage;
    return !!s && s.find('.vs-card').length === n;
  }, STEPS);
  // Whole stream in view, so every shape is drawn each frame.
  await page.getByRole('button', { name: 'Näytä koko arvovirta' }).click();
  await page.waitForTimeout(800);

  const bare = await openBareStage(browser, bareSite.url, page, '.vs-step', '.vs-card');
  const resetBare = await bareRestorer(bare.page, '.vs-step');
  const c = await compareDrags({
    app: page,
    bare: bare.page,
    start: bare.start,
    dx: 240,
    moves: MOVES,
    rounds: ROUNDS,
    // Undo the reorder so every round drags the same card over the same shapes.
    undoApp: async () => {
      await page.keyboard.press('Control+z');
      await page.waitForTimeout(300);
    },
    resetBare,
  });
  const a = median(c.app);
  const b = median(c.bare);
  console.error(describe(`value-stream drag (${bare.appShapes} shapes in the app, ${bare.bareShapes} bare)`, c));
  console.log(
    `bench value-stream-drag: ${a.toFixed(3)} ms/move, ratio ${(a / b).toFixed(2)} vs bare-konva-same-shapes`,
  );
  if (!(a / b <= GOAL))
    overBudget(`value-stream drag: ${(a / b).toFixed(2)}× bare Konva per pointer move, over the ${GOAL}× goal`);
  if (c.appLong.length > 0) overBudget(`value-stream drag: ${c.appLong.length} frame(s) over 50 ms in the app`);
} finally {
  await browser.close();
  bareSite.stop();
  host.child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
