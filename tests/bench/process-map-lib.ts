// Shared by the process-map benchmarks: a 300-step / 400-edge / 8-lane map, the app host with that board, the bare
// React Flow anchor page built with Vite, and an in-page pointer driver that measures real frame intervals.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { repoRoot } from '../../scripts/lib/renderer-build.mjs';
import { call, startHost } from './bench-host';
import { SMOKE, size } from './harness';
import { autoLayout } from '../../shared/boards/process-map/layout';
import { laneBands } from '../../shared/boards/process-map/geometry';
import type { ProcessMapCommand, ProcessMapDoc } from '../../shared/boards/process-map/model';

export const SIZE = SMOKE ? { steps: 20, edges: 24, lanes: 3 } : { steps: 300, edges: 400, lanes: 8 };

/** Deterministic map: a chain through all steps plus forward links, steps spread over the lanes. */
export function benchMap(): ProcessMapDoc {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const lanes = Array.from({ length: SIZE.lanes }, (_, i) => ({ id: `L${i}`, type: 'other' as const, name: `Toimija ${i + 1}`, collapsed: false }));
  const nodes = Array.from({ length: SIZE.steps }, (_, i) => ({
    id: `n${i}`,
    kind: (i === 0 ? 'start' : i === SIZE.steps - 1 ? 'end' : i % 11 === 5 ? 'decision' : i % 7 === 3 ? 'wait' : 'step') as ProcessMapDoc['nodes'][number]['kind'],
    text: `Vaihe ${i + 1}: asiakkaan asia etenee`,
    laneId: `L${Math.floor(rnd() * SIZE.lanes)}`,
    x: 0,
    y: 30,
    processTime: { value: 30, unit: 'minutes' as const },
    waitTime: i % 3 ? { value: 2, unit: 'days' as const } : null,
    performer: 'Sairaanhoitaja',
  }));
  const edges: ProcessMapDoc['edges'] = [];
  const seen = new Set<string>();
  for (let i = 0; i < SIZE.steps - 1; i++) {
    edges.push({ id: `e${i}`, source: `n${i}`, target: `n${i + 1}`, label: '', branch: null });
    seen.add(`n${i}>n${i + 1}`);
  }
  while (edges.length < SIZE.edges) {
    const a = Math.floor(rnd() * (SIZE.steps - 6));
    const b = a + 2 + Math.floor(rnd() * 4);
    if (seen.has(`n${a}>n${b}`)) continue;
    seen.add(`n${a}>n${b}`);
    edges.push({ id: `e${edges.length}`, source: `n${a}`, target: `n${b}`, label: '', branch: null });
  }
  const markers = Array.from({ length: Math.min(30, SIZE.steps / 10) }, (_, i) => ({ id: `m${i}`, kind: 'delay' as const, note: '', target: { type: 'node' as const, id: `n${i * 10}` }, links: [] }));
  const doc: ProcessMapDoc = { lanes, nodes, edges, markers };
  const pos = new Map(autoLayout(doc).map((p) => [p.id, p]));
  for (const n of doc.nodes) Object.assign(n, { x: pos.get(n.id)!.x, y: pos.get(n.id)!.y });
  return doc;
}

/** The same graph in absolute coordinates for the bare page. */
export function bareGraph(doc: ProcessMapDoc) {
  const bands = laneBands(doc);
  const top = new Map(bands.map((b) => [b.lane.id, b.top]));
  return {
    nodes: doc.nodes.map((n) => ({ id: n.id, x: n.x, y: (top.get(n.laneId) ?? 0) + n.y, label: n.text })),
    edges: doc.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
  };
}

export function initCommands(doc: ProcessMapDoc): ProcessMapCommand[] {
  return [
    ...doc.lanes.slice(1).map((lane): ProcessMapCommand => ({ type: 'addLane', lane })),
    { type: 'updateLane', id: 'lane-client', patch: { name: doc.lanes[0]!.name, type: 'other' } },
    ...doc.nodes.map((n): ProcessMapCommand => ({ type: 'addNode', node: { ...n, laneId: n.laneId === 'L0' ? 'lane-client' : n.laneId } })),
    ...doc.edges.map((edge): ProcessMapCommand => ({ type: 'addEdge', edge })),
    ...doc.markers.map((marker): ProcessMapCommand => ({ type: 'addMarker', marker })),
  ];
}

export { call, startHost } from './bench-host';

/** Creates a workshop with one team and the bench map; returns the ids. */
export async function seedBoard(origin: string, doc: ProcessMapDoc): Promise<{ workshopId: string; teamId: string; boardId: string }> {
  const ws = await call<{ id: string }>(origin, 'library.create', { title: 'Bench' });
  const team = await call<{ id: string }>(origin, 'teams.create', { workshopId: ws.id, team: { name: 'Tiimi' } });
  const board = await call<{ id: string }>(origin, 'boards.create', { workshopId: ws.id, teamId: team.id, kind: 'process-map', name: 'Iso kaavio', init: initCommands(doc) });
  return { workshopId: ws.id, teamId: team.id, boardId: board.id };
}

const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** Builds the bare page with Vite into a temp folder and serves it; returns its URL and a stop function. */
export async function startBarePage(): Promise<{ url: string; stop: () => void }> {
  const { build } = await import('vite');
  const react = (await import('@vitejs/plugin-react')).default;
  const outDir = mkdtempSync(join(tmpdir(), 'lapimurto-bare-rf-'));
  await build({ root: join(repoRoot, 'tests/bench/process-map-bare'), configFile: false, base: './', plugins: [react()], logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server: Server = createServer((req, res) => {
    const path = join(outDir, decodeURIComponent((req.url ?? '/').split('?')[0]!).replace(/^\/+/, '') || 'index.html');
    if (!path.startsWith(outDir) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${addr.port}/index.html`,
    stop: () => {
      server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/**
 * Presses the mouse at (x, y) on whatever element is there and moves it `dx` px to the right over `frames` frames,
 * one synthetic move per animation frame, in the page (no CDP round trips). Returns the intervals between
 * consecutive frames during the move: a frame that does not fit 16.7 ms shows as a longer interval.
 */
export async function dragInPage(page: Page, x: number, y: number, dx: number, frames: number, tail = 20): Promise<number[]> {
  return page.evaluate(
    ({ x, y, dx, frames, tail }) =>
      new Promise<number[]>((resolve) => {
        const target = document.elementFromPoint(x, y)!;
        const opts = (cx: number) => ({ bubbles: true, cancelable: true, clientX: cx, clientY: y, button: 0, buttons: 1, view: window });
        target.dispatchEvent(new MouseEvent('mousedown', opts(x)));
        const deltas: number[] = [];
        let last = 0;
        let i = 0;
        const step = (ts: number) => {
          if (last) deltas.push(ts - last);
          last = ts;
          i++;
          // After the release, keep measuring: the drag-end command and its autosave must not drop frames either.
          if (i === frames + 1) window.dispatchEvent(new MouseEvent('mouseup', opts(x + dx)));
          if (i > frames + tail) {
            resolve(deltas);
            return;
          }
          if (i <= frames) target.dispatchEvent(new MouseEvent('mousemove', opts(x + (dx * i) / frames)));
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    { x, y, dx, frames, tail },
  );
}

export const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(0.95 * s.length))] ?? NaN;
};

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'lapimurto-bench-pm-'));
}

/**
 * Frame-time benchmark for dragging a step ('drag') or panning the board ('pan') on the 300-step map, in the app and
 * on the bare React Flow page with the same graph and viewport, in the same run. Prints one bench line.
 */
export async function frameBench(mode: 'drag' | 'pan'): Promise<void> {
  const { chromium } = await import('@playwright/test');
  const { ensureRendererBuilt } = await import('../../scripts/lib/renderer-build.mjs');
  const { CHROMIUM_ARGS } = await import('../../playwright.config');
  const { chromiumExecutable } = await import('../../scripts/lib/tools.mjs');
  ensureRendererBuilt();
  const doc = benchMap();
  const dataDir = tempDir();
  const host = await startHost(dataDir);
  const bare = await startBarePage();
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const ids = await seedBoard(host.origin, doc);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'fi-FI' });
    page.on('crash', () => console.error('app page crashed'));
    page.on('pageerror', (e) => console.error(`app page error: ${e.message}`));
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.goto(`${host.origin}/#/w/${ids.workshopId}/board/${ids.boardId}`);
    await page.waitForSelector('.react-flow__node-pm');
    // Zoomed out so every lane and a good stretch of the flow are on screen (many nodes and edges drawn per frame).
    await page.evaluate(() => (window as unknown as { __studioFlow: { setViewport(v: object): void } }).__studioFlow.setViewport({ x: 70, y: 10, zoom: 0.3 }));
    await page.waitForTimeout(800);
    const viewport = await page.evaluate(() => (window as unknown as { __studioFlow: { getViewport(): { x: number; y: number; zoom: number } } }).__studioFlow.getViewport());
    const canvasBox = (await page.locator('.pm-canvas').boundingBox())!;
    // The target: a step fully in view (drag), or an empty spot of a lane (pan), in page coordinates.
    const target = await page.evaluate(
      ({ mode, box }) => {
        if (mode === 'drag') {
          for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node-pm')) {
            const r = el.getBoundingClientRect();
            if (r.left > box.x + 40 && r.right < box.x + box.width - 240 && r.top > box.y + 40 && r.bottom < box.y + box.height - 40) return { x: r.left + r.width / 2, y: r.top + r.height / 2, id: el.dataset.id ?? '' };
          }
          return null;
        }
        for (let yy = box.y + 20; yy < box.y + box.height - 20; yy += 10) {
          for (let xx = box.x + 240; xx < box.x + box.width - 260; xx += 10) {
            const el = document.elementFromPoint(xx, yy);
            if (el && !el.closest('.react-flow__node-pm, .react-flow__edge, .pm-edge-label, .react-flow__minimap, .pm-problem-legend')) return { x: xx, y: yy, id: '' };
          }
        }
        return null;
      },
      { mode, box: canvasBox },
    );
    if (!target) throw new Error('no target in view');
    const app: number[] = [];
    for (let round = 0; round < size(4, 1); round++) {
      const at = mode === 'drag' ? await centreOf(page, target.id) : target;
      app.push(...(await dragInPage(page, at.x, at.y, round % 2 ? -240 : 240, 90)));
      await page.waitForTimeout(400);
    }
    const shown = await page.locator('.react-flow__node-pm').count();

    const barePage = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'fi-FI' });
    await barePage.addInitScript({ content: 'window.__name = (f) => f;' });
    const graph = { ...bareGraph(doc), viewport: { ...viewport, x: viewport.x + canvasBox.x, y: viewport.y + canvasBox.y } };
    await barePage.addInitScript({ content: `window.__GRAPH = ${JSON.stringify(graph)};` });
    await barePage.goto(bare.url);
    await barePage.waitForFunction(() => (window as unknown as { __bareReady?: boolean }).__bareReady === true);
    await barePage.waitForTimeout(800);
    const bareFrames: number[] = [];
    for (let round = 0; round < size(4, 1); round++) {
      const at = mode === 'drag' ? await centreOf(barePage, target.id) : target;
      bareFrames.push(...(await dragInPage(barePage, at.x, at.y, round % 2 ? -240 : 240, 90)));
      await barePage.waitForTimeout(400);
    }
    const a = p95(app);
    const b = p95(bareFrames);
    console.error(`process-map ${mode}: ${SIZE.steps} steps, ${SIZE.edges} edges, ${SIZE.lanes} lanes; ${shown} step nodes mounted in the app; ${app.length} app frames, ${bareFrames.length} bare frames; app median ${median(app).toFixed(1)} ms, bare median ${median(bareFrames).toFixed(1)} ms`);
    console.log(`bench process-map-${mode}-frame-p95: ${a.toFixed(3)} ms, ratio ${(a / b).toFixed(2)} vs bare-react-flow-same-graph`);
    if (!(a <= 16.7 * 1.1) && !SMOKE) console.error(`p95 frame time ${a.toFixed(2)} ms is over the 16.7 ms budget`);
  } finally {
    await browser.close();
    bare.stop();
    host.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function centreOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const r = (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? NaN;
}
