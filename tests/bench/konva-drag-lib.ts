// Shared by the Konva drag benchmarks: the host (from bench-host) and a per-frame meter measured in the page
// (pointer handling plus layer draws per animation frame).
import type { Page } from '@playwright/test';

export { call, startHost } from './bench-host';

/** Installs the per-frame meter on `stage`: pointer handling (window capture → bubble) plus layer draws, per rAF frame. */
export async function installMeter(page: Page, stageExpr: string): Promise<void> {
  await page.evaluate((expr) => {
    type W = Window & { __meter?: { frames: number[]; cur: number; on: boolean }; __stage2?: unknown; __studioStage?: unknown };
    const w = window as W;
    const stage = (0, eval)(expr) as { getLayers(): { on(ev: string, fn: () => void): void; off(ev: string): void }[] };
    const m = { frames: [] as number[], cur: 0, on: false };
    w.__meter = m;
    let t0 = 0;
    let d0 = 0;
    window.addEventListener('mousemove', () => (t0 = performance.now()), { capture: true });
    window.addEventListener('mousemove', () => (m.cur += performance.now() - t0));
    for (const layer of stage.getLayers()) {
      layer.off('beforeDraw.meter');
      layer.off('draw.meter');
      layer.on('beforeDraw.meter', () => (d0 = performance.now()));
      layer.on('draw.meter', () => (m.cur += performance.now() - d0));
    }
    const tick = () => {
      if (m.on && m.cur > 0) m.frames.push(m.cur);
      m.cur = 0;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, stageExpr);
}

/** Drags from (x, y) to the right in small mouse steps, a frame apart; returns the per-frame costs. */
export async function dragFrames(page: Page, x: number, y: number, distance: number): Promise<number[]> {
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.evaluate(() => ((window as unknown as { __meter: { on: boolean; frames: number[] } }).__meter.on = true));
  const steps = 120;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(x + (distance * i) / steps, y + (i % 2));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  }
  const frames = await page.evaluate(() => {
    const m = (window as unknown as { __meter: { on: boolean; frames: number[] } }).__meter;
    m.on = false;
    return m.frames.splice(0);
  });
  await page.mouse.up();
  return frames;
}

export const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(0.95 * s.length))] ?? NaN;
};
