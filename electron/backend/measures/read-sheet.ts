import { fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SheetCell } from '../../../shared/boards/measures/import';
import { checkDeclaredSizes, SheetRefused } from './zip-check';
import type { ReaderReply } from './xlsx-worker';

export interface SheetReadLimits {
  /** V8 old-generation cap of the reader process, in MB. */
  heapMb: number;
  /** Resident memory at which the watchdog kills the reader process, in MB. */
  rssMb: number;
  timeoutMs: number;
}

export const DEFAULT_SHEET_LIMITS: SheetReadLimits = { heapMb: 192, rssMb: 320, timeoutMs: 10_000 };

export type SheetReadOutcome =
  | { ok: true; sheetName: string; rows: SheetCell[][] }
  | { ok: false; reason: 'memory' | 'timeout' | 'tooComplex' | 'unreadable' | 'unsupported' | 'busy'; detail: string };

/** What kind of file the bytes are: a zip (xlsx/xlsm), text (csv), or something else (old .xls, pdf ...). */
export function sniffKind(bytes: Uint8Array): 'xlsx' | 'csv' | null {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return 'xlsx';
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return null;
  return 'csv';
}

/** The reader process as the parent sees it: the same shape for a Node child process and an Electron utility process. */
export interface ReaderProcess {
  /** Undefined until the process has started. */
  readonly pid: number | undefined;
  send(job: { bytes: Uint8Array; kind: 'xlsx' | 'csv' }): void;
  onMessage(cb: (reply: ReaderReply) => void): void;
  onExit(cb: (code: number | null) => void): void;
  kill(): void;
}

/** Starts reader processes and measures their resident memory (bytes; null when it cannot be known). */
export interface ReaderSpawner {
  spawn(opts: { heapMb: number }): ReaderProcess;
  rssBytes(pid: number): Promise<number | null>;
}

/** The reader script: the bundled `.js` beside this module in a build, the `.ts` source under tsx and vitest. */
function readerScript(): { path: string; ts: boolean } {
  const js = fileURLToPath(new URL('./xlsx-worker.js', import.meta.url));
  if (existsSync(js)) return { path: js, ts: false };
  return { path: fileURLToPath(new URL('./xlsx-worker.ts', import.meta.url)), ts: true };
}

/** tsx's loader as a file URL, so the source form works whatever the working directory is. */
function tsxLoader(): string {
  return pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/loader.mjs'))
    .href;
}

/** Linux: VmRSS from /proc; elsewhere the heap cap and the timeout still hold. */
async function procRss(pid: number): Promise<number | null> {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Node child processes (the host and the CLI). */
export const nodeReaderSpawner: ReaderSpawner = {
  spawn({ heapMb }) {
    const { path, ts } = readerScript();
    const child = fork(path, [], {
      execArgv: [
        `--max-old-space-size=${heapMb}`,
        '--max-semi-space-size=16',
        ...(ts ? ['--import', tsxLoader()] : []),
      ],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      // NODE_OPTIONS of the parent (e.g. vitest's) must not loosen the cap.
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    return {
      get pid() {
        return child.pid;
      },
      send: (job) => child.send(job),
      onMessage: (cb) => child.on('message', (m) => cb(m as ReaderReply)),
      onExit: (cb) => child.on('exit', (code) => cb(code)),
      kill: () => child.kill('SIGKILL'),
    };
  },
  rssBytes: procRss,
};

let spawner: ReaderSpawner = nodeReaderSpawner;

/** The shell chooses how reader processes start (Electron: utilityProcess, since the runAsNode fuse is off). */
export function setReaderSpawner(s: ReaderSpawner): void {
  spawner = s;
}

/** One reader at a time in the whole app: two hostile files at once must not add up. */
let queue: Promise<unknown> = Promise.resolve();
let waiting = 0;
const MAX_WAITING = 3;

/**
 * Reads a spreadsheet in its own process with a heap cap, an RSS watchdog and a timeout; never throws. The zip's
 * declared sizes are checked here first, so an obvious bomb never even starts a process.
 */
export function readSheet(
  bytes: Uint8Array,
  limits: SheetReadLimits = DEFAULT_SHEET_LIMITS,
  using: ReaderSpawner = spawner,
): Promise<SheetReadOutcome> {
  const kind = sniffKind(bytes);
  if (!kind) return Promise.resolve({ ok: false, reason: 'unsupported', detail: 'not an xlsx or csv file' });
  if (kind === 'xlsx') {
    try {
      checkDeclaredSizes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } catch (e) {
      if (e instanceof SheetRefused) return Promise.resolve({ ok: false, reason: e.reason, detail: e.message });
      throw e;
    }
  }
  if (waiting >= MAX_WAITING)
    return Promise.resolve({ ok: false, reason: 'busy', detail: 'other spreadsheets are being read' });
  waiting++;
  const run = queue.then(() => {
    waiting--;
    return readInProcess(bytes, kind, limits, using);
  });
  queue = run.catch(() => undefined);
  return run;
}

function readInProcess(
  bytes: Uint8Array,
  kind: 'xlsx' | 'csv',
  limits: SheetReadLimits,
  using: ReaderSpawner,
): Promise<SheetReadOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    let child: ReaderProcess | undefined;
    const finish = (o: SheetReadOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      child?.kill();
      resolve(o);
    };
    const timer = setTimeout(
      () => finish({ ok: false, reason: 'timeout', detail: `no result within ${limits.timeoutMs} ms` }),
      limits.timeoutMs,
    );
    const watch = setInterval(() => {
      if (child?.pid === undefined) return;
      void using.rssBytes(child.pid).then((rss) => {
        if (rss !== null && rss > limits.rssMb * 1024 * 1024)
          finish({ ok: false, reason: 'memory', detail: `reader reached ${Math.round(rss / 1048576)} MB` });
      });
    }, 50);
    try {
      child = using.spawn({ heapMb: limits.heapMb });
    } catch (e) {
      clearTimeout(timer);
      clearInterval(watch);
      resolve({ ok: false, reason: 'unreadable', detail: `reader did not start: ${(e as Error).message}` });
      return;
    }
    child.onMessage((reply) => {
      if (reply.ok) finish({ ok: true, sheetName: reply.sheetName, rows: reply.rows });
      else finish({ ok: false, reason: reply.reason, detail: reply.message });
    });
    // A reader that dies without answering ran out of heap (V8 aborts) or was killed: the file was too heavy.
    child.onExit((code) => finish({ ok: false, reason: 'memory', detail: `reader exited with ${code}` }));
    child.send({ bytes, kind });
  });
}
