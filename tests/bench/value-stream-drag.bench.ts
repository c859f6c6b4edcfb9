// Frame time while dragging a step card on a 60-step value stream in real Chromium, against a bare Konva stage
// holding the same shapes (a clone of the app's layer, no React, no app handlers) in the same run.
// Frame time = main-thread work per animation frame during the drag: the pointer-move handling (Konva's drag) plus
// the layer redraw, measured in the page. Budget: 95th percentile within 16.7 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { ensureRendererBuilt } from '../../scripts/lib/renderer-build.mjs';
import { call, dragFrames, installMeter, p95, startHost } from './konva-drag-lib';
import { blankStep } from '../../shared/boards/value-stream/model';
import { TIME_UNITS } from '../../shared/analysis/value-stream/units';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { chromiumExecutable } from '../../scripts/lib/tools.mjs';
import { overBudget, size } from './harness';

const STEPS = size(60, 6);
const ROUNDS = size(3, 1);


ensureRendererBuilt();
const dataDir = mkdtempSync(join(tmpdir(), 'lapimurto-bench-vs-'));
const host = await startHost(dataDir);
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
  const board = await call<{ id: string }>(host.origin, 'boards.create', { workshopId: ws.id, teamId: team.id, kind: 'value-stream', name: 'Arvovirta', init });

  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'fi-FI' });
  // tsx keeps function names with a `__name` helper that the page does not have.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.goto(`${host.origin}/#/w/${ws.id}/board/${board.id}`);
  await page.waitForFunction((n) => {
    const s = (window as unknown as { __studioStage?: { find(sel: string): unknown[] } }).__studioStage;
    return !!s && s.find('.vs-card').length === n;
  }, STEPS);
  // Whole stream in view, so every shape is drawn each frame.
  await page.getByRole('button', { name: 'Näytä koko arvovirta' }).click();
  await page.waitForTimeout(500);
  const shapes = await page.evaluate(() => (window as unknown as { __studioStage: { find(sel: string): unknown[] } }).__studioStage.find('Shape').length);
  const start = await page.evaluate(() => {
    const stage = (window as unknown as { __studioStage: { container(): HTMLElement; find(sel: string): { getClientRect(): { x: number; y: number; width: number; height: number } }[] } }).__studioStage;
    const box = stage.container().getBoundingClientRect();
    const r = stage.find('.vs-card')[0]!.getClientRect();
    return { x: box.left + r.x + r.width / 2, y: box.top + r.y + r.height / 2 };
  });

  await installMeter(page, 'window.__studioStage');
  const app: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    app.push(...(await dragFrames(page, start.x, start.y, 240)));
    // Undo the reorder so every round drags the same card over the same shapes.
    await page.waitForTimeout(300);
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(300);
  }

  // The anchor: a bare Konva stage with a clone of the same layer, same place, same transform, the card draggable.
  await page.evaluate(() => {
    type KStage = {
      constructor: new (cfg: object) => KStage;
      container(): HTMLElement;
      getLayers(): { clone(): unknown }[];
      add(l: unknown): void;
      width(): number;
      height(): number;
      x(): number;
      y(): number;
      scaleX(): number;
      find(sel: string): { draggable(v: boolean): void; dragBoundFunc(f: unknown): void }[];
    };
    const app = (window as unknown as { __studioStage: KStage }).__studioStage;
    const host = app.container().parentElement!;
    const div = document.createElement('div');
    div.style.cssText = 'position:absolute;inset:0;z-index:10;background:#fff';
    host.appendChild(div);
    const bare = new app.constructor({ container: div, width: app.width(), height: app.height(), x: app.x(), y: app.y(), scaleX: app.scaleX(), scaleY: app.scaleX() });
    bare.add(app.getLayers()[0]!.clone());
    for (const g of bare.find('.vs-step')) g.draggable(true);
    (window as unknown as { __bare: KStage }).__bare = bare;
  });
  await installMeter(page, 'window.__bare');
  const bare: number[] = [];
  for (let round = 0; round < ROUNDS; round++) bare.push(...(await dragFrames(page, start.x, start.y, 240)));
  await browser.close();

  const appP95 = p95(app);
  const bareP95 = p95(bare);
  console.error(`value-stream drag: ${shapes} shapes, ${app.length} app frames, ${bare.length} bare frames`);
  console.log(`bench value-stream-drag-frame-p95: ${appP95.toFixed(3)} ms, ratio ${(appP95 / bareP95).toFixed(2)} vs bare-konva-same-shapes`);
  if (!(appP95 <= 16.7)) overBudget(`p95 frame time ${appP95.toFixed(2)} ms is over 16.7 ms`);
} finally {
  host.child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
