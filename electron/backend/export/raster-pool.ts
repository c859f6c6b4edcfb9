import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import type { RasterJob, RasterReply } from './raster-worker';

/**
 * A small pool of rasteriser threads (raster-worker.ts), min(2, cores − 1) of them: the backend runs inside
 * Electron's main process, so resvg's drawing and PNG encoding (~30 ms a 1600x900 picture) must not run on its
 * thread. Jobs queue when every thread is busy; a thread that dies (a picture resvg crashes on) fails only its own
 * job and is replaced. Idle threads end after a while, so the pool costs nothing between exports.
 */

export interface RasterResult {
  png: Buffer;
  width: number;
  height: number;
}

/** A thread with no job for this long is ended (the next export starts a new one in ~50 ms). */
const IDLE_MS = 15_000;

/** The worker script: the bundled `.js` beside this module in a build, the `.ts` source under tsx and vitest. */
function workerScript(): { url: URL; ts: boolean } {
  const js = new URL('./raster-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return { url: js, ts: false };
  return { url: new URL('./raster-worker.ts', import.meta.url), ts: true };
}

/**
 * The source form's thread: a loader-free bootstrap that imports the `.ts` through tsx's API (Node 20 does not
 * apply an `--import` loader given in a worker's execArgv).
 */
function tsBootstrap(url: URL): string {
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  const api = pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
  return `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(api)}));`;
}

export function defaultPoolSize(): number {
  return Math.max(1, Math.min(2, availableParallelism() - 1));
}

interface Pending {
  job: RasterJob;
  resolve: (r: RasterResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
  idle: ReturnType<typeof setTimeout> | undefined;
}

export class RasterPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  /** Threads started over the pool's life (tests: a cache hit starts none, a crash starts a replacement). */
  started = 0;

  /** `script`: the thread's module (tests give a stand-in); the rasteriser when absent. */
  constructor(
    readonly size: number = defaultPoolSize(),
    private readonly script: { url: URL; ts: boolean } = workerScript(),
  ) {}

  render(svg: string, options: ResvgRenderOptions): Promise<RasterResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, svg, options }, resolve, reject });
      this.pump();
    });
  }

  /** Ends every thread (jobs still queued or running fail). */
  async close(): Promise<void> {
    for (const p of this.queue.splice(0)) p.reject(new Error('raster pool closed'));
    const slots = this.slots.splice(0);
    await Promise.all(
      slots.map((s) => {
        clearTimeout(s.idle);
        s.busy?.reject(new Error('raster pool closed'));
        s.busy = null;
        return s.worker.terminate();
      }),
    );
  }

  get threads(): number {
    return this.slots.length;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const next = this.queue.shift()!;
      clearTimeout(slot.idle);
      slot.busy = next;
      // A thread at work keeps the process alive (a CLI export awaits it); an idle one does not.
      slot.worker.ref();
      try {
        slot.worker.postMessage(next.job);
      } catch (e) {
        slot.busy = null;
        slot.worker.unref();
        next.reject(e instanceof Error ? e : new Error(String(e)));
      }
    }
  }

  private spawn(): Slot {
    const { url, ts } = this.script;
    const worker = new Worker(ts ? tsBootstrap(url) : url, {
      eval: ts,
      // A picture is a few MB of pixels at most; a runaway one ends this thread, not the app.
      resourceLimits: { maxOldGenerationSizeMb: 256 },
      stdout: false,
      stderr: false,
    });
    this.started++;
    const slot: Slot = { worker, busy: null, idle: undefined };
    worker.on('message', (reply: RasterReply) => {
      const p = slot.busy;
      if (!p || p.job.id !== reply.id) return;
      slot.busy = null;
      worker.unref();
      if (reply.ok)
        p.resolve({
          png: Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength),
          width: reply.width,
          height: reply.height,
        });
      else p.reject(new Error(reply.message));
      this.idleLater(slot);
      this.pump();
    });
    const gone = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      clearTimeout(slot.idle);
      slot.busy?.reject(new Error(`rasteriser thread ended: ${why}`));
      slot.busy = null;
      this.pump();
    };
    worker.on('error', (e) => gone(e.message));
    worker.on('exit', (code) => gone(`exit ${code}`));
    this.slots.push(slot);
    return slot;
  }

  private idleLater(slot: Slot): void {
    clearTimeout(slot.idle);
    slot.idle = setTimeout(() => {
      if (slot.busy) return;
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      void slot.worker.terminate();
    }, IDLE_MS);
    slot.idle.unref();
  }
}
