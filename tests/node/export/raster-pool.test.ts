import { afterEach, describe, expect, it } from 'vitest';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createDemoWorkshop } from '../../../shared/demo';
import { drawBoard } from '../../../shared/boards/pictures';
import { RasterPool, defaultPoolSize } from '../../../electron/backend/export/raster-pool';
import { pictureCache, rasterPool, svgToPng } from '../../../electron/backend/export/rasterize';
import { PROJECTOR } from '../pictures/helpers';

const standIn = { url: new URL('./fixtures/crash-worker.mjs', import.meta.url), ts: false };
const pools: RasterPool[] = [];
const pool = (size: number, script?: typeof standIn) => {
  const p = new RasterPool(size, script);
  pools.push(p);
  return p;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('the rasteriser thread pool', () => {
  it('is min(2, cores − 1) threads, at least one', () => {
    expect(defaultPoolSize()).toBeGreaterThanOrEqual(1);
    expect(defaultPoolSize()).toBeLessThanOrEqual(2);
  });

  it('runs jobs on at most `size` threads, queueing the rest, and answers each its own', async () => {
    const p = pool(2, standIn);
    const all = await Promise.all(['slow', 'a', 'slow', 'b', 'c'].map((svg) => p.render(svg, {})));
    expect(all.map((r) => [...r.png])).toEqual(Array(5).fill([1, 2, 3]));
    expect(p.started).toBe(2);
  });

  it('a thread that dies fails only its own job and is replaced', async () => {
    const p = pool(1, standIn);
    const [crashed, after] = await Promise.allSettled([p.render('crash', {}), p.render('fine', {})]);
    expect(crashed.status).toBe('rejected');
    expect((crashed as PromiseRejectedResult).reason.message).toMatch(/thread ended/);
    expect(after.status).toBe('fulfilled');
    expect(p.started).toBe(2);
  });

  it('draws a board with resvg off the calling thread: the event loop stays free while it encodes', async () => {
    const board = createDemoWorkshop({ lang: 'fi' }).boards.find((b) => b.kind === 'process-map')!;
    const svg = drawBoard(board.kind, board.doc, board, { ...PROJECTOR, width: 1600, height: 900, minFontPx: 20 })!;
    pictureCache.clear();
    await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>'); // thread started, resvg loaded
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const t0 = performance.now();
    const images = await Promise.all([1, 2].map((scale) => svgToPng(svg, { scale })));
    const took = performance.now() - t0;
    delay.disable();
    expect(images.map((i) => i.width)).toEqual([1600, 3200]);
    // Synchronous rendering would hold the loop for the whole of it; here no single stall comes near.
    expect(delay.max / 1e6).toBeLessThan(took / 2);
  });

  it('an unchanged picture is never rasterised twice (the cache answers without a thread)', async () => {
    pictureCache.clear();
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>';
    const first = await svgToPng(svg, { scale: 2 });
    const started = rasterPool.started;
    const threads = rasterPool.threads;
    const again = await svgToPng(svg, { scale: 2 });
    expect(again.png).toBe(first.png);
    expect([rasterPool.started, rasterPool.threads]).toEqual([started, threads]);
  });
});
