// Frame time while dragging a cause note on a 6-bone, 300-cause fishbone in real Chromium, against a bare Konva
// stage holding the same shapes (clones of the app's layers, no React, no app handlers) in the same run.
// Frame time = main-thread work per animation frame during the drag: pointer-move handling (Konva's drag and the
// app's drop-target check) plus layer redraws, measured in the page. Budget: 95th percentile within 16.7 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { ensureRendererBuilt } from '../../scripts/lib/renderer-build.mjs';
import { call, dragFrames, installMeter, p95, startHost } from './konva-drag-lib';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { chromiumExecutable } from '../../scripts/lib/tools.mjs';
import { overBudget, size } from './harness';

const CAUSES = size(300, 12);
const ROUNDS = size(3, 1);



ensureRendererBuilt();
const dataDir = mkdtempSync(join(tmpdir(), 'lapimurto-bench-fb-'));
const host = await startHost(dataDir);
try {
  const ws = await call<{ id: string }>(host.origin, 'library.create', { title: 'Bench' });
  const team = await call<{ id: string }>(host.origin, 'teams.create', { workshopId: ws.id, team: { name: 'T' } });
  const init: object[] = [{ type: 'setEffect', text: 'Nuori odottaa ensikäyntiä 9 viikkoa' }];
  const tops: Record<string, string[]> = {};
  for (let i = 0; i < CAUSES; i++) {
    const boneId = `bone-${(i % 6) + 1}`;
    const list = (tops[boneId] ??= []);
    const parentId = i % 3 === 2 && list.length > 0 ? list[list.length - 1]! : null;
    init.push({ type: 'addCause', cause: { id: `c${i}`, boneId, parentId, text: `Syy ${i}: ${'tieto ei kulje '.repeat(1 + (i % 3))}` }, afterId: null });
    if (!parentId) list.push(`c${i}`);
  }
  const board = await call<{ id: string }>(host.origin, 'boards.create', { workshopId: ws.id, teamId: team.id, kind: 'fishbone', name: 'Kalanruoto', init });

  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'fi-FI' });
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.goto(`${host.origin}/#/w/${ws.id}/board/${board.id}`);
  await page.waitForFunction((n) => {
    const s = (window as unknown as { __studioStage?: { find(sel: string): unknown[] } }).__studioStage;
    return !!s && s.find('.cause').length === n;
  }, CAUSES);
  await page.waitForTimeout(800);
  const shapes = await page.evaluate(() => (window as unknown as { __studioStage: { find(sel: string): unknown[] } }).__studioStage.find('Shape').length);
  // A top-level cause near the start of the first bone: dragging it sweeps across its own and the next bones.
  const start = await page.evaluate(() => {
    const stage = (window as unknown as { __studioStage: { container(): HTMLElement; findOne(sel: string): { getClientRect(): { x: number; y: number; width: number; height: number } } } }).__studioStage;
    const box = stage.container().getBoundingClientRect();
    const r = stage.findOne('#c0').getClientRect();
    return { x: box.left + r.x + r.width / 2, y: box.top + r.y + r.height / 2 };
  });

  await installMeter(page, 'window.__studioStage');
  const app: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    app.push(...(await dragFrames(page, start.x, start.y, 240)));
    await page.waitForTimeout(400);
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(400);
  }

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
      find(sel: string): { draggable(v: boolean): void }[];
    };
    const app = (window as unknown as { __studioStage: KStage }).__studioStage;
    const host = app.container().parentElement!;
    const div = document.createElement('div');
    div.style.cssText = 'position:absolute;inset:0;z-index:10;background:#fff';
    host.appendChild(div);
    const bare = new app.constructor({ container: div, width: app.width(), height: app.height(), x: app.x(), y: app.y(), scaleX: app.scaleX(), scaleY: app.scaleX() });
    for (const layer of app.getLayers()) bare.add(layer.clone());
    for (const g of bare.find('.cause')) g.draggable(true);
    (window as unknown as { __bare: KStage }).__bare = bare;
  });
  await installMeter(page, 'window.__bare');
  const bare: number[] = [];
  for (let round = 0; round < ROUNDS; round++) bare.push(...(await dragFrames(page, start.x, start.y, 240)));
  await browser.close();

  const appP95 = p95(app);
  const bareP95 = p95(bare);
  console.error(`fishbone drag: ${shapes} shapes, ${app.length} app frames, ${bare.length} bare frames, bare p95 ${bareP95.toFixed(3)} ms`);
  console.log(`bench fishbone-drag-frame-p95: ${appP95.toFixed(3)} ms, ratio ${(appP95 / bareP95).toFixed(2)} vs bare-konva-same-shapes`);
  if (!(appP95 <= 16.7)) overBudget(`p95 frame time ${appP95.toFixed(2)} ms is over 16.7 ms`);
} finally {
  host.child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
