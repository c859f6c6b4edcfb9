// Dragging a cause note on a 6-bone, 300-cause fishbone in real Chromium: main-thread CPU time per pointer move
// (CDP thread time, idle frames subtracted) and long animation frames, against a bare Konva stage rebuilt from the
// app stage's own JSON (same shapes and texts, no React, no app handlers) on its own page at the same place, in the
// same run, rounds interleaved. Goal: ≤ 1.5× and no frame over 50 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { ensureRendererBuilt, repoRoot } from '../../scripts/lib/renderer-build.mjs';
import { call, startHost } from './bench-host';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { chromiumExecutable } from '../../scripts/lib/tools.mjs';
import { median, overBudget, size } from './harness';
import { LOAF_PROBE, meter, pointerMoves } from './main-thread';
import { buildAndServe } from './vite-page';

const CAUSES = size(300, 12);
const ROUNDS = size(5, 1);
const MOVES = size(40, 5);
const GOAL = 1.5;

type KStage = {
  container(): HTMLElement;
  findOne(sel: string): { getClientRect(): { x: number; y: number; width: number; height: number } };
  find(sel: string): unknown[];
  toJSON(): string;
};

ensureRendererBuilt();
const dataDir = mkdtempSync(join(tmpdir(), 'lapimurto-bench-fb-'));
const host = await startHost(dataDir);
const bare = await buildAndServe(join(repoRoot, 'tests/bench/konva-bare'), 'lapimurto-bare-konva-');
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
try {
  const ws = await call<{ id: string }>(host.origin, 'library.create', { title: 'Bench' });
  const team = await call<{ id: string }>(host.origin, 'teams.create', { workshopId: ws.id, team: { name: 'T' } });
  const init: object[] = [{ type: 'setEffect', text: 'Nuori odottaa ensikäyntiä 9 viikkoa' }];
  const tops: Record<string, string[]> = {};
  for (let i = 0; i < CAUSES; i++) {
    const boneId = `bone-${(i % 6) + 1}`;
    const list = (tops[boneId] ??= []);
    const parentId = i % 3 === 2 && list.length > 0 ? list[list.length - 1]! : null;
    init.push({
      type: 'addCause',
      cause: { id: `c${i}`, boneId, parentId, text: `Syy ${i}: ${'tieto ei kulje '.repeat(1 + (i % 3))}` },
      afterId: null,
    });
    if (!parentId) list.push(`c${i}`);
  }
  const board = await call<{ id: string }>(host.origin, 'boards.create', {
    workshopId: ws.id,
    teamId: team.id,
    kind: 'fishbone',
    name: 'Kalanruoto',
    init,
  });

  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'fi-FI' });
  page.on('pageerror', (e) => console.error(`app page error: ${e.message}`));
  await page.addInitScript({ content: `window.__name = (f) => f;${LOAF_PROBE}` });
  await page.goto(`${host.origin}/#/w/${ws.id}/board/${board.id}`);
  await page.waitForFunction((n) => {
    const s = (window as unknown as { __studioStage?: KStage }).__studioStage;
    return !!s && s.find('.cause').length === n;
  }, CAUSES);
  await page.waitForTimeout(800);
  // A top-level cause near the start of the first bone: dragging it sweeps across its own and the next bones.
  const { start, box, json, shapes } = await page.evaluate(() => {
    const stage = (window as unknown as { __studioStage: KStage }).__studioStage;
    const b = stage.container().getBoundingClientRect();
    const r = stage.findOne('#c0').getClientRect();
    return {
      start: { x: b.left + r.x + r.width / 2, y: b.top + r.y + r.height / 2 },
      box: { x: b.left, y: b.top, width: b.width, height: b.height },
      json: stage.toJSON(),
      shapes: stage.find('Shape').length,
    };
  });

  const barePage = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await barePage.addInitScript({ content: `window.__name = (f) => f;${LOAF_PROBE}` });
  await barePage.addInitScript({ content: `window.__STAGE = ${JSON.stringify({ json, box, draggable: '.cause' })};` });
  await barePage.goto(bare.url);
  await barePage.waitForFunction(() => (window as unknown as { __bareReady?: boolean }).__bareReady === true);
  const bareShapes = await barePage.evaluate(
    () => (window as unknown as { __bareStage: KStage }).__bareStage.find('Shape').length,
  );

  const sides = [
    { name: 'app', page, m: await meter(page) },
    { name: 'bare', page: barePage, m: await meter(barePage) },
  ];
  const per: Record<string, number[]> = { app: [], bare: [] };
  const long: Record<string, number[]> = { app: [], bare: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const s of round % 2 ? [...sides].reverse() : sides) {
      await s.page.bringToFront();
      const c = await pointerMoves(s.m, start.x, start.y, 240, MOVES, 400);
      per[s.name]!.push(c.perMove);
      long[s.name]!.push(...c.longFrames);
      if (s.name === 'app') {
        await page.keyboard.press('Control+z');
        await page.waitForTimeout(300);
      } else {
        // Back where it started, as the app's undo puts it.
        await barePage.evaluate(() => {
          const st = (
            window as unknown as { __bareStage: { findOne(s: string): { position(p?: object): object }; draw(): void } }
          ).__bareStage;
          const n = st.findOne('#c0') as unknown as { x(v?: number): number; attrs: { x: number } };
          n.x(n.x() - 240 / (st as unknown as { scaleX(): number }).scaleX());
          st.draw();
        });
      }
    }
  }
  const a = median(per.app!);
  const b = median(per.bare!);
  console.error(
    `fishbone drag: ${shapes} shapes in the app, ${bareShapes} in the bare stage; per move app ${per.app!.map((x) => x.toFixed(2)).join(', ')} ms, bare ${per.bare!.map((x) => x.toFixed(2)).join(', ')} ms; long frames app [${long.app!.map((x) => x.toFixed(0)).join(', ')}] bare [${long.bare!.map((x) => x.toFixed(0)).join(', ')}]`,
  );
  console.log(`bench fishbone-drag: ${a.toFixed(3)} ms/move, ratio ${(a / b).toFixed(2)} vs bare-konva-same-shapes`);
  if (!(a / b <= GOAL))
    overBudget(`fishbone drag: ${(a / b).toFixed(2)}× bare Konva per pointer move, over the ${GOAL}× goal`);
  if (long.app!.length > 0) overBudget(`fishbone drag: ${long.app!.length} frame(s) over 50 ms in the app`);
} finally {
  await browser.close();
  bare.stop();
  host.child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
