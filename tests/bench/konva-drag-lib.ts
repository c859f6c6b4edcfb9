// Shared by the Konva drag benchmarks: the app stage's shapes cloned into a bare Konva page (tests/bench/konva-bare),
// and the interleaved comparison of main-thread time per pointer move (CDP thread time, see main-thread.ts).
import type { Browser, Page } from '@playwright/test';
import { median } from './harness';
import { LOAF_PROBE, meter, pointerMoves } from './main-thread';

type KStage = {
  container(): HTMLElement;
  findOne(sel: string): { getClientRect(): { x: number; y: number; width: number; height: number } };
  find(sel: string): unknown[];
  toJSON(): string;
};

export interface BareStage {
  page: Page;
  /** Centre of the dragged item, in page coordinates (the same on both pages). */
  start: { x: number; y: number };
  appShapes: number;
  bareShapes: number;
}

/**
 * Opens the bare page with a clone of the app's stage (same shapes, texts, place and size) and `draggable` items
 * draggable; `handle` is the item both sides drag.
 */
export async function openBareStage(
  browser: Browser,
  bareUrl: string,
  app: Page,
  draggable: string,
  handle: string,
): Promise<BareStage> {
  const { start, box, json, shapes } = await app.evaluate((sel) => {
    const stage = (window as unknown as { __studioStage: KStage }).__studioStage;
    const b = stage.container().getBoundingClientRect();
    const r = stage.findOne(sel).getClientRect();
    return {
      start: { x: b.left + r.x + r.width / 2, y: b.top + r.y + r.height / 2 },
      box: { x: b.left, y: b.top, width: b.width, height: b.height },
      json: stage.toJSON(),
      shapes: stage.find('Shape').length,
    };
  }, handle);
  const page = await browser.newPage({ viewport: app.viewportSize() ?? { width: 1280, height: 720 } });
  await page.addInitScript({ content: `window.__name = (f) => f;${LOAF_PROBE}` });
  await page.addInitScript({ content: `window.__STAGE = ${JSON.stringify({ json, box, draggable })};` });
  await page.goto(bareUrl);
  await page.waitForFunction(() => (window as unknown as { __bareReady?: boolean }).__bareReady === true);
  const bareShapes = await page.evaluate(
    () => (window as unknown as { __bareStage: KStage }).__bareStage.find('Shape').length,
  );
  return { page, start, appShapes: shapes, bareShapes };
}

/** Puts every draggable item of the bare stage back where it was when this was called (after a bare round). */
export async function bareRestorer(page: Page, draggable: string): Promise<() => Promise<void>> {
  await page.evaluate((sel) => {
    type N = { x(v?: number): number; y(v?: number): number };
    const st = (window as unknown as { __bareStage: { find(s: string): N[] } }).__bareStage;
    (window as unknown as { __home: [N, number, number][] }).__home = st.find(sel).map((n) => [n, n.x(), n.y()]);
  }, draggable);
  return async () => {
    await page.evaluate(() => {
      const w = window as unknown as {
        __home: [{ x(v: number): void; y(v: number): void }, number, number][];
        __bareStage: { draw(): void };
      };
      for (const [n, x, y] of w.__home) {
        n.x(x);
        n.y(y);
      }
      w.__bareStage.draw();
    });
  };
}

export interface DragComparison {
  app: number[];
  bare: number[];
  appLong: number[];
  bareLong: number[];
}

/**
 * Drags the same item `dx` px over `moves` pointer moves on both pages, `rounds` times in alternating order, each
 * page brought to front for its turn; `undoApp` and `resetBare` put the item back after a round.
 */
export async function compareDrags(opts: {
  app: Page;
  bare: Page;
  start: { x: number; y: number };
  dx: number;
  moves: number;
  rounds: number;
  undoApp: () => Promise<void>;
  resetBare: () => Promise<void>;
}): Promise<DragComparison> {
  const sides = [
    { name: 'app' as const, page: opts.app, m: await meter(opts.app), reset: opts.undoApp },
    { name: 'bare' as const, page: opts.bare, m: await meter(opts.bare), reset: opts.resetBare },
  ];
  const out: DragComparison = { app: [], bare: [], appLong: [], bareLong: [] };
  for (let round = 0; round < opts.rounds; round++) {
    for (const s of round % 2 ? [...sides].reverse() : sides) {
      await s.page.bringToFront();
      const c = await pointerMoves(s.m, opts.start.x, opts.start.y, opts.dx, opts.moves, 400);
      out[s.name].push(c.perMove);
      (s.name === 'app' ? out.appLong : out.bareLong).push(...c.longFrames);
      await s.reset();
    }
  }
  return out;
}

/** One line of the per-round figures, for the bench's stderr. */
export function describe(name: string, c: DragComparison): string {
  const ms = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(', ');
  const fr = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  return (
    `${name}: per move app ${ms(c.app)} ms (median ${median(c.app).toFixed(2)}), bare ${ms(c.bare)} ms ` +
    `(median ${median(c.bare).toFixed(2)}); long frames app [${fr(c.appLong)}] bare [${fr(c.bareLong)}]`
  );
}
