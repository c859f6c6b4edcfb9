import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SheetCell } from '../../../shared/boards/measures/import';

export interface SheetReadLimits {
  /** V8 old-generation cap for the worker, in MB. */
  heapMb: number;
  timeoutMs: number;
}

export const DEFAULT_SHEET_LIMITS: SheetReadLimits = { heapMb: 192, timeoutMs: 20_000 };

export type SheetReadOutcome =
  | { ok: true; sheetName: string; rows: SheetCell[][] }
  | { ok: false; reason: 'memory' | 'timeout' | 'unreadable' | 'unsupported'; detail: string };

/** What kind of file the bytes are: a zip (xlsx/xlsm), text (csv), or something else (old .xls, pdf ...). */
export function sniffKind(bytes: Uint8Array): 'xlsx' | 'csv' | null {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return null;
  return 'csv';
}

/** The worker script: the bundled `.js` next to this module in a build, the `.ts` source under tsx and vitest. */
function workerUrl(): { url: URL; ts: boolean } {
  const js = new URL('./xlsx-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return { url: js, ts: false };
  return { url: new URL('./xlsx-worker.ts', import.meta.url), ts: true };
}

interface Warm {
  worker: Worker;
  heapMb: number;
  idleTimer: ReturnType<typeof setTimeout> | null;
}

/** One reader thread kept warm between imports; a thread that failed, ran out of memory or timed out is discarded. */
let warm: Warm | null = null;
let nextJob = 1;
const IDLE_MS = 60_000;

function spawn(heapMb: number): Warm {
  const { url, ts } = workerUrl();
  // Source form (tsx host, vitest): a small bootstrap registers tsx inside the worker, then loads the .ts script.
  const entry: URL | string = ts
    ? `import(${JSON.stringify(pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`
    : url;
  const worker = new Worker(entry, {
    eval: ts,
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    stdout: true,
    stderr: true,
  });
  worker.unref();
  return { worker, heapMb, idleTimer: null };
}

function discard(w: Warm): void {
  if (w.idleTimer) clearTimeout(w.idleTimer);
  if (warm === w) warm = null;
  void w.worker.terminate();
}

/** Reads a spreadsheet in a worker thread with a heap cap and a timeout; never throws. */
export function readSheet(bytes: Uint8Array, limits: SheetReadLimits = DEFAULT_SHEET_LIMITS): Promise<SheetReadOutcome> {
  const kind = sniffKind(bytes);
  if (!kind) return Promise.resolve({ ok: false, reason: 'unsupported', detail: 'not an xlsx or csv file' });
  let w = warm && warm.heapMb === limits.heapMb ? warm : null;
  if (warm && !w) discard(warm);
  if (!w) {
    w = spawn(limits.heapMb);
    warm = w;
  }
  const current = w;
  if (current.idleTimer) clearTimeout(current.idleTimer);
  current.idleTimer = null;
  // While a job runs, the thread is not shared: a second import in parallel gets its own thread.
  if (warm === current) warm = null;
  const id = nextJob++;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (o: SheetReadOutcome, keep: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      current.worker.off('message', onMessage);
      current.worker.off('error', onError);
      current.worker.off('exit', onExit);
      if (keep && !warm) {
        warm = current;
        current.idleTimer = setTimeout(() => discard(current), IDLE_MS);
        current.idleTimer.unref?.();
      } else discard(current);
      resolve(o);
    };
    const onMessage = (msg: { id: number; ok: true; sheetName: string; rows: SheetCell[][] } | { id: number; ok: false; message: string }) => {
      if (msg.id !== id) return;
      if (msg.ok) finish({ ok: true, sheetName: msg.sheetName, rows: msg.rows }, true);
      else finish({ ok: false, reason: 'unreadable', detail: msg.message }, true);
    };
    const onError = (e: Error & { code?: string }) => finish({ ok: false, reason: e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'unreadable', detail: e.message }, false);
    const onExit = (code: number) => finish({ ok: false, reason: 'unreadable', detail: `worker exited with ${code}` }, false);
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout', detail: `no result within ${limits.timeoutMs} ms` }, false), limits.timeoutMs);
    current.worker.on('message', onMessage);
    current.worker.on('error', onError);
    current.worker.on('exit', onExit);
    current.worker.postMessage({ id, bytes, kind });
  });
}
