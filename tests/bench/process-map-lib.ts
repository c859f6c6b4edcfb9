// Shared by the process-map benchmarks: a 300-step / 400-edge / 8-lane map, the app host with that board, the bare
// React Flow anchor page built with Vite, and an in-page pointer driver that measures real frame intervals.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { repoRoot } from '../../scripts/lib/renderer-build.mjs';
import { call, startHost } from './bench-host';
import { buildAndServe } from './vite-page';
import { SMOKE, size } from './harness';
import { autoLayout } from '../../shared/boards/process-map/layout';
import { GRID, LANE, laneBands } from '../../shared/boards/process-map/geometry';
import { stepHeight } from '../../shared/boards/process-map/step-text';
import { NODE_SIZE, type ProcessMapCommand, type ProcessMapDoc } from '../../shared/boards/process-map/model';
import { mapBounds } from '../../renderer/src/boards/process-map/viewport';

export const SIZE = SMOKE ? { steps: 20, edges: 24, lanes: 3 } : { steps: 300, edges: 400, lanes: 8 };

/**
 * Deterministic map: a chain through all steps plus forward links, steps spread over the lanes. Laid out by the app's
 * auto-layout, or with `perColumn` in a plain grid of that many steps per column (a 2,000-step chain laid out in
 * flow order would be wider than a board may be).
 */
export function benchMap(
  dims: { steps: number; edges: number; lanes: number } = SIZE,
  perColumn?: number,
): ProcessMapDoc {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const lanes = Array.from({ length: dims.lanes }, (_, i) => ({
    id: `L${i}`,
    type: 'other' as const,
    name: `Toimija ${i + 1}`,
    collapsed: false,
  }));
  const nodes = Array.from({ length: dims.steps }, (_, i) => ({
    id: `n${i}`,
    kind: (i === 0
      ? 'start'
      : i === dims.steps - 1
        ? 'end'
        : i % 11 === 5
          ? 'decision'
          : i % 7 === 3
            ? 'wait'
            : 'step') as ProcessMapDoc['nodes'][number]['kind'],
    text: `Vaihe ${i + 1}: asiakkaan asia etenee`,
    laneId: `L${Math.floor(rnd() * dims.lanes)}`,
    x: 0,
    y: 30,
    processTime: { value: 30, unit: 'minutes' as const },
    waitTime: i % 3 ? { value: 2, unit: 'days' as const } : null,
    performer: 'Sairaanhoitaja',
  }));
  const edges: ProcessMapDoc['edges'] = [];
  const seen = new Set<string>();
  for (let i = 0; i < dims.steps - 1; i++) {
    edges.push({ id: `e${i}`, source: `n${i}`, target: `n${i + 1}`, label: '', branch: null });
    seen.add(`n${i}>n${i + 1}`);
  }
  while (edges.length < dims.edges) {
    const a = Math.floor(rnd() * (dims.steps - 6));
    const b = a + 2 + Math.floor(rnd() * 4);
    if (seen.has(`n${a}>n${b}`)) continue;
    seen.add(`n${a}>n${b}`);
    edges.push({ id: `e${edges.length}`, source: `n${a}`, target: `n${b}`, label: '', branch: null });
  }
  const markers = Array.from({ length: Math.min(30, dims.steps / 10) }, (_, i) => ({
    id: `m${i}`,
    kind: 'delay' as const,
    note: '',
    target: { type: 'node' as const, id: `n${i * 10}` },
    links: [],
  }));
  const doc: ProcessMapDoc = { lanes, nodes, edges, markers };
  if (perColumn) {
    const bottom = new Map<string, number>();
    doc.nodes.forEach((n, i) => {
      const col = Math.floor(i / perColumn);
      const key = `${n.laneId}:${col}`;
      n.x = LANE.originX + col * (NODE_SIZE.width + LANE.gapX);
      n.y = bottom.get(key) ?? LANE.pad;
      bottom.set(key, n.y + Math.ceil((stepHeight(n) + LANE.gapY) / GRID) * GRID);
    });
    return doc;
  }
  const pos = new Map(autoLayout(doc).map((p) => [p.id, p]));
  for (const n of doc.nodes) Object.assign(n, { x: pos.get(n.id)!.x, y: pos.get(n.id)!.y });
  return doc;
}

/**
 * The same graph in absolute coordinates for the bare page: steps, lane bands (as the app draws them), edges, the
 * viewport, and the app canvas's box and culling so the bare page mounts the same nodes.
 */
export function bareGraph(
  doc: ProcessMapDoc,
  viewport: { x: number; y: number; zoom: number },
  box: { x: number; y: number; width: number; height: number } | null = null,
) {
  const bands = laneBands(doc);
  const top = new Map(bands.map((b) => [b.lane.id, b.top]));
  const bounds = mapBounds(doc);
  return {
    nodes: doc.nodes.map((n) => ({ id: n.id, x: n.x, y: (top.get(n.laneId) ?? 0) + n.y, label: n.text })),
    lanes: bands.map((b) => ({ id: b.lane.id, x: bounds.x, y: b.top, width: bounds.width, height: b.height })),
    edges: doc.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
    node: NODE_SIZE,
    viewport,
    box,
    cull: doc.nodes.length > 120,
  };
}

export function initCommands(doc: ProcessMapDoc): ProcessMapCommand[] {
  return [
    ...doc.lanes.slice(1).map((lane): ProcessMapCommand => ({ type: 'addLane', lane })),
    { type: 'updateLane', id: 'lane-client', patch: { name: doc.lanes[0]!.name, type: 'other' } },
    ...doc.nodes.map((n): ProcessMapCommand => ({
      type: 'addNode',
      node: { ...n, laneId: n.laneId === 'L0' ? 'lane-client' : n.laneId },
    })),
    ...doc.edges.map((edge): ProcessMapCommand => ({ type: 'addEdge', edge })),
    ...doc.markers.map((marker): ProcessMapCommand => ({ type: 'addMarker', marker })),
  ];
}

/** Board creation takes at most 2,000 commands: a bigger map comes as one batch (up to MAX_BATCH). */
function seedInit(doc: ProcessMapDoc): ProcessMapCommand[] {
  const commands = initCommands(doc);
  return commands.length <= 2000 ? commands : [{ type: 'batch', label: 'paste', commands } as ProcessMapCommand];
}

export { call, startHost } from './bench-host';

/** Creates a workshop with one team and the bench map; returns the ids. */
export async function seedBoard(
  origin: string,
  doc: ProcessMapDoc,
): Promise<{ workshopId: string; teamId: string; boardId: string }> {
  const ws = await call<{ id: string }>(origin, 'library.create', { title: 'Bench' });
  const team = await call<{ id: string }>(origin, 'teams.create', { workshopId: ws.id, team: { name: 'Tiimi' } });
  const board = await call<{ id: string }>(origin, 'boards.create', {
    workshopId: ws.id,
    teamId: team.id,
    kind: 'process-map',
    name: 'Iso kaavio',
    init: seedInit(doc),
  });
  return { workshopId: ws.id, teamId: team.id, boardId: board.id };
}

/** Builds the bare page with Vite into a temp folder and serves it; returns its URL and a stop function. */
export function startBarePage(): Promise<{ url: string; stop: () => void }> {
  return buildAndServe(join(repoRoot, 'tests/bench/process-map-bare'), 'lapimurto-bare-rf-');
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'lapimurto-bench-pm-'));
}

type Vp = { x: number; y: number; zoom: number };
type Box = { x: number; y: number; width: number; height: number };
type FlowWindow = {
  __studioFlow?: { setViewport(v: Vp): void; getViewport(): Vp };
  __bareFlow?: { setViewport(v: Vp): void };
};

/** Where to press in a page: a step fully in view (drag) or an empty spot of a lane band (pan), in page px. */
function findTarget(page: Page, mode: 'drag' | 'pan', box: Box): Promise<{ x: number; y: number; id: string } | null> {
  return page.evaluate(
    ({ mode, box }) => {
      const inner = {
        l: box.x + box.width * 0.25,
        r: box.x + box.width * 0.6,
        t: box.y + 30,
        b: box.y + box.height - 30,
      };
      if (mode === 'drag') {
        for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node-pm')) {
          const r = el.getBoundingClientRect();
          const x = r.left + r.width / 2;
          const y = r.top + r.height / 2;
          if (
            x > inner.l &&
            x < inner.r &&
            y > inner.t &&
            y < inner.b &&
            document.elementFromPoint(x, y)?.closest('.react-flow__node-pm') === el
          )
            return { x, y, id: el.dataset.id ?? '' };
        }
        return null;
      }
      for (let yy = inner.t; yy < inner.b; yy += 7) {
        for (let xx = inner.l; xx < inner.r; xx += 7) {
          const el = document.elementFromPoint(xx, yy);
          if (
            el?.closest('.react-flow__node-lane') &&
            !el.closest(
              '.pm-lane-head, .react-flow__node-pm, .react-flow__edge, .pm-edge-label, .react-flow__panel, .pm-problem-legend',
            )
          )
            return { x: xx, y: yy, id: '' };
        }
      }
      return null;
    },
    { mode, box },
  );
}

async function centreOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const r = (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

const mounted = (page: Page) =>
  page.evaluate(() => ({
    steps: document.querySelectorAll('.react-flow__node:not(.react-flow__node-lane):not([data-id^="lane:"])').length,
    all: document.querySelectorAll('.react-flow__node').length,
    edges: document.querySelectorAll('.react-flow__edge').length,
  }));

/**
 * Main-thread time per pointer move while dragging a step ('drag') or panning ('pan') the 300-step map, in the app
 * and in bare React Flow with the same nodes mounted (same graph, box, viewport and culling), at the map's opening
 * zoom and with the whole map fitted. App and anchor rounds are interleaved. Goal: ≤ 1.5× and no frame over 50 ms.
 */
export async function pointerBench(mode: 'drag' | 'pan'): Promise<void> {
  const { chromium } = await import('@playwright/test');
  const { ensureRendererBuilt } = await import('../../scripts/lib/renderer-build.mjs');
  const { CHROMIUM_ARGS } = await import('../../playwright.config');
  const { chromiumExecutable } = await import('../../scripts/lib/tools.mjs');
  const { meter, pointerMoves, LOAF_PROBE } = await import('./main-thread');
  const { median, overBudget } = await import('./harness');
  const { fitViewport } = await import('../../renderer/src/boards/process-map/viewport');
  const GOAL = 1.5;
  const ROUNDS = size(5, 1);
  const MOVES = size(40, 5);
  ensureRendererBuilt();
  const doc = benchMap();
  const dataDir = tempDir();
  const host = await startHost(dataDir);
  const bare = await startBarePage();
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const ids = await seedBoard(host.origin, doc);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'fi-FI' });
    page.on('pageerror', (e) => console.error(`app page error: ${e.message}`));
    await page.addInitScript({ content: `window.__name = (f) => f;${LOAF_PROBE}` });
    // A deliberately slowed app (the harness's own test): every pointer move busy-waits this long.
    const slow = Number(process.env.LAPIMURTO_BENCH_SLOW_APP_MS ?? 0);
    if (slow > 0)
      await page.addInitScript({
        content: `window.addEventListener('mousemove', () => { const t = performance.now(); while (performance.now() - t < ${slow}); }, true);`,
      });
    await page.goto(`${host.origin}/#/w/${ids.workshopId}/board/${ids.boardId}`);
    await page.waitForSelector('.react-flow__node-pm');
    await page.waitForTimeout(800);
    const box = (await page.locator('.pm-canvas .react-flow').boundingBox())!;
    const opening = await page.evaluate(() => (window as unknown as FlowWindow).__studioFlow!.getViewport());
    const views: { name: string; vp: Vp }[] = [
      { name: 'default', vp: opening },
      { name: 'fit', vp: fitViewport(mapBounds(doc), box.width, box.height) },
    ];

    const barePage = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await barePage.addInitScript({ content: `window.__name = (f) => f;${LOAF_PROBE}` });
    await barePage.addInitScript({ content: `window.__GRAPH = ${JSON.stringify(bareGraph(doc, opening, box))};` });
    await barePage.goto(bare.url);
    await barePage.waitForFunction(() => (window as unknown as { __bareReady?: boolean }).__bareReady === true);
    const sides = [
      {
        name: 'app',
        page,
        m: await meter(page),
        set: (v: Vp) => page.evaluate((v) => (window as unknown as FlowWindow).__studioFlow!.setViewport(v), v),
      },
      {
        name: 'bare',
        page: barePage,
        m: await meter(barePage),
        set: (v: Vp) => barePage.evaluate((v) => (window as unknown as FlowWindow).__bareFlow!.setViewport(v), v),
      },
    ];

    let failed = false;
    for (const view of views) {
      const counts: Record<string, string> = {};
      for (const s of sides) {
        await s.page.bringToFront();
        await s.set(view.vp);
        await s.page.waitForTimeout(500);
        const c = await mounted(s.page);
        counts[s.name] = `${c.steps} steps + ${c.all - c.steps} lanes, ${c.edges} edges`;
      }
      await page.bringToFront();
      const target = await findTarget(page, mode, box);
      if (!target) throw new Error(`no ${mode} target in view (${view.name})`);
      const per: Record<string, number[]> = { app: [], bare: [] };
      const release: Record<string, number[]> = { app: [], bare: [] };
      const long: Record<string, number[]> = { app: [], bare: [] };
      for (let round = 0; round < ROUNDS; round++) {
        for (const s of round % 2 ? [...sides].reverse() : sides) {
          await s.page.bringToFront();
          if (mode === 'pan') {
            await s.set(view.vp);
            await s.page.waitForTimeout(150);
          }
          const at = mode === 'drag' ? await centreOf(s.page, target.id) : target;
          const cost = await pointerMoves(s.m, at.x, at.y, round % 2 ? -160 : 160, MOVES);
          per[s.name]!.push(cost.perMove);
          release[s.name]!.push(cost.release);
          long[s.name]!.push(...cost.longFrames);
        }
      }
      const a = median(per.app!);
      const b = median(per.bare!);
      console.error(
        `process-map ${mode} (${view.name}, zoom ${view.vp.zoom.toFixed(3)}): app mounts ${counts.app}; bare mounts ${counts.bare}; per move app ${per.app!.map((x) => x.toFixed(2)).join(', ')} ms, bare ${per.bare!.map((x) => x.toFixed(2)).join(', ')} ms; long frames app [${long.app!.map((x) => x.toFixed(0)).join(', ')}] bare [${long.bare!.map((x) => x.toFixed(0)).join(', ')}]`,
      );
      console.log(
        `bench process-map-${mode}-${view.name}: ${a.toFixed(3)} ms/move, ratio ${(a / b).toFixed(2)} vs bare-react-flow-same-nodes`,
      );
      if (mode === 'drag') {
        const ra = median(release.app!);
        const rb = median(release.bare!);
        console.log(
          `bench process-map-drop-${view.name}: ${ra.toFixed(3)} ms, ratio ${(ra / rb).toFixed(2)} vs bare-react-flow-same-nodes`,
        );
      }
      if (!(a / b <= GOAL)) {
        failed = true;
        overBudget(
          `process-map ${mode} (${view.name}): ${(a / b).toFixed(2)}× bare React Flow per pointer move, over the ${GOAL}× goal`,
        );
      }
      if (long.app!.length > 0) {
        failed = true;
        overBudget(`process-map ${mode} (${view.name}): ${long.app!.length} frame(s) over 50 ms in the app`);
      }
    }
    if (failed) console.error(`process-map ${mode}: over its goal`);
  } finally {
    await browser.close();
    bare.stop();
    host.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}
