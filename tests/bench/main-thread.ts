// Main-thread cost of pointer moves in a page, the same way for the app and its anchor: CPU time of the renderer's
// main thread from CDP (`Performance.getMetrics` TaskDuration with thread ticks, so a busy machine does not inflate
// it), and Long Animation Frames (every frame over 50 ms). Frame intervals are not used: vsync quantises them.
import type { CDPSession, Page } from '@playwright/test';

/** Installed before the page's own scripts: collects every long animation frame (the API only reports > 50 ms). */
export const LOAF_PROBE = `
  window.__loaf = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__loaf.push(e.duration);
    }).observe({ type: 'long-animation-frame', buffered: false });
  } catch {}
`;

export interface Meter {
  page: Page;
  /** Main-thread CPU time of the page so far, in ms. */
  taskMs(): Promise<number>;
  /** Long animation frames (ms) since the last call. */
  takeLongFrames(): Promise<number[]>;
}

export async function meter(page: Page): Promise<Meter> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return {
    page,
    async taskMs() {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
    },
    takeLongFrames: () => page.evaluate(() => (window as unknown as { __loaf: number[] }).__loaf.splice(0)),
  };
}

/** Waits for the next two animation frames: what a move started has been rendered. */
export const frames2 = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));

export interface MoveCost {
  /** Main-thread ms per pointer move, idle frames subtracted. */
  perMove: number;
  /** Main-thread ms from the release until the page is quiet again (the drop: command, save, re-render). */
  release: number;
  longFrames: number[];
}

/**
 * Presses at (x, y), moves `dx` px over `moves` real input events (CDP, one per rendered frame), releases. The idle
 * cost of as many frame waits without input, and of a settle period, is measured first and subtracted.
 */
export async function pointerMoves(
  m: Meter,
  x: number,
  y: number,
  dx: number,
  moves: number,
  settleMs = 700,
): Promise<MoveCost> {
  const { page } = m;
  const i0 = await m.taskMs();
  for (let i = 0; i < moves; i++) await frames2(page);
  const idle = (await m.taskMs()) - i0;
  // The page's own background work over a settle period (timers, a clock): not part of the drop.
  const s0 = await m.taskMs();
  await page.waitForTimeout(settleMs);
  const idleSettle = (await m.taskMs()) - s0;
  await page.mouse.move(x, y);
  await page.mouse.down();
  // The first moves start the drag (threshold, listeners); they are not what the user feels per move.
  await page.mouse.move(x + Math.sign(dx) * 2, y);
  await page.mouse.move(x + Math.sign(dx) * 4, y);
  await frames2(page);
  await m.takeLongFrames();
  const t0 = await m.taskMs();
  for (let i = 1; i <= moves; i++) {
    await page.mouse.move(x + Math.sign(dx) * 4 + ((dx - Math.sign(dx) * 4) * i) / moves, y + (i % 2));
    await frames2(page);
  }
  const t1 = await m.taskMs();
  await page.mouse.up();
  await page.waitForTimeout(settleMs);
  const t2 = await m.taskMs();
  const longFrames = await m.takeLongFrames();
  return { perMove: Math.max(0, t1 - t0 - idle) / moves, release: Math.max(0, t2 - t1 - idleSettle), longFrames };
}
