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

/** Reads a spreadsheet in a worker thread with a heap cap and a timeout; never throws. */
export function readSheet(bytes: Uint8Array, limits: SheetReadLimits = DEFAULT_SHEET_LIMITS): Promise<SheetReadOutcome> {
  const kind = sniffKind(bytes);
  if (!kind) return Promise.resolve({ ok: false, reason: 'unsupported', detail: 'not an xlsx or csv file' });
  const { url, ts } = workerUrl();
  // Source form (tsx host, vitest): a small bootstrap registers tsx inside the worker, then loads the .ts script.
  const entry: URL | string = ts
    ? `import(${JSON.stringify(pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`
    : url;
  return new Promise((resolve) => {
    let settled = false;
    const done = (o: SheetReadOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(o);
    };
    const worker = new Worker(entry, {
      eval: ts,
      workerData: { bytes, kind },
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      stdout: true,
      stderr: true,
    });
    const timer = setTimeout(() => {
      done({ ok: false, reason: 'timeout', detail: `no result within ${limits.timeoutMs} ms` });
      void worker.terminate();
    }, limits.timeoutMs);
    worker.on('message', (msg: { ok: true; sheetName: string; rows: SheetCell[][] } | { ok: false; message: string }) => {
      if (msg.ok) done({ ok: true, sheetName: msg.sheetName, rows: msg.rows });
      else done({ ok: false, reason: 'unreadable', detail: msg.message });
      void worker.terminate();
    });
    worker.on('error', (e: Error & { code?: string }) => {
      done({ ok: false, reason: e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'unreadable', detail: e.message });
    });
    worker.on('exit', (code) => done({ ok: false, reason: 'unreadable', detail: `worker exited with ${code}` }));
  });
}
