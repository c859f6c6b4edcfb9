/**
 * A rasteriser thread of the picture pool (raster-pool.ts): SVG → PNG with resvg, the PNG encoding included, so
 * neither the drawing nor `asPng()` (most of a picture's time) runs on the backend's thread. One job at a time.
 */
import { parentPort } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

export interface RasterJob {
  id: number;
  svg: string;
  options: ResvgRenderOptions;
}

export type RasterReply =
  { id: number; ok: true; png: Uint8Array; width: number; height: number } | { id: number; ok: false; message: string };

type ResvgModule = typeof import('@resvg/resvg-js');

const port = parentPort;
if (port) {
  let resvg: ResvgModule | undefined;
  port.on('message', async (job: RasterJob) => {
    let reply: RasterReply;
    try {
      if (!resvg) {
        const mod = await import('@resvg/resvg-js');
        resvg = (mod as unknown as { default?: ResvgModule }).default ?? mod;
      }
      const image = new resvg.Resvg(job.svg, job.options).render();
      const png = image.asPng();
      reply = { id: job.id, ok: true, png, width: image.width, height: image.height };
    } catch (e) {
      reply = { id: job.id, ok: false, message: e instanceof Error ? e.message : String(e) };
    }
    // Copied, not transferred: resvg's buffer is native memory, which V8 cannot always hand over (a PNG is ~300 KB).
    port.postMessage(reply);
  });
}
