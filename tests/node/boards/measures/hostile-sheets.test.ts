import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { HOSTILE_SHEETS, goodSheet, sharedStringsBomb } from '../../../fixtures/hostile-sheets';
import { readSheet, type ReaderProcess, type ReaderSpawner } from '../../../../electron/backend/measures/read-sheet';
import type { ReaderReply } from '../../../../electron/backend/measures/xlsx-worker';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../../..');
const LIMIT_MB = 400;

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lapimurto-hostile-sheets-'));
  for (const f of HOSTILE_SHEETS) writeFileSync(join(dir, `${f.name}.xlsx`), await f.make());
  writeFileSync(join(dir, 'good.xlsx'), await goodSheet());
}, 120_000);

interface Measured {
  answer: { key?: string; code?: string; points?: number };
  ms: number;
  hostPeakMb: number;
  readerPeakMb: number;
  goodAfter: number;
}

/** Imports the fixture in a fresh process the way the host does, measuring both processes' peak memory. */
async function measure(name: string): Promise<Measured> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'tests/fixtures/measure-import.ts', join(dir, `${name}.xlsx`), join(dir, 'good.xlsx')],
    {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '' },
    },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Measured;
}

describe('hostile spreadsheets in the measures import', () => {
  it('the shared-strings bomb is the size the issue describes', async () => {
    const bomb = await sharedStringsBomb();
    expect(bomb.length).toBeLessThan(350 * 1024);
  });

  for (const f of HOSTILE_SHEETS) {
    it(`${f.name}: its own translated message within 10 s, under ${LIMIT_MB} MB, and a good file right after works`, async () => {
      const m = await measure(f.name);
      expect(m.answer.key).toBe(f.key);
      expect(m.ms).toBeLessThan(10_000);
      expect(m.hostPeakMb + m.readerPeakMb).toBeLessThan(LIMIT_MB);
      expect(m.goodAfter).toBe(2);
    }, 60_000);
  }
});

/** A reader process that never answers, so only the watchdog or the timer can end it. */
function silentSpawner(rss: number | null): ReaderSpawner & { killed: number } {
  const s = {
    killed: 0,
    spawn(): ReaderProcess {
      return {
        pid: 4242,
        send: () => undefined,
        onMessage: (_cb: (r: ReaderReply) => void) => undefined,
        onExit: () => undefined,
        kill: () => {
          s.killed++;
        },
      };
    },
    rssBytes: async () => rss,
  };
  return s;
}

describe('the reader process is bounded by the parent, whatever the file', () => {
  it('kills a reader whose resident memory passes the limit', async () => {
    const s = silentSpawner(900 * 1024 * 1024);
    const out = await readSheet(Buffer.from('pvm;arvo\n'), { heapMb: 64, rssMb: 300, timeoutMs: 5000 }, s);
    expect(out).toMatchObject({ ok: false, reason: 'memory' });
    expect(s.killed).toBe(1);
  });

  it('kills a reader that does not answer in time', async () => {
    const s = silentSpawner(null);
    const t0 = Date.now();
    const out = await readSheet(Buffer.from('pvm;arvo\n'), { heapMb: 64, rssMb: 300, timeoutMs: 300 }, s);
    expect(out).toMatchObject({ ok: false, reason: 'timeout' });
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(s.killed).toBe(1);
  });

  it('reads one file at a time: a reader starts only after the previous one ended', async () => {
    let running = 0;
    let most = 0;
    const spawner: ReaderSpawner = {
      spawn() {
        running++;
        most = Math.max(most, running);
        let answer: ((r: ReaderReply) => void) | undefined;
        return {
          pid: 1,
          send: () => setTimeout(() => answer?.({ ok: true, sheetName: 'CSV', rows: [] }), 30),
          onMessage: (cb) => {
            answer = cb;
          },
          onExit: () => undefined,
          kill: () => {
            running--;
          },
        };
      },
      rssBytes: async () => 0,
    };
    const outs = await Promise.all(
      [1, 2, 3].map(() => readSheet(Buffer.from('a;b\n'), { heapMb: 64, rssMb: 300, timeoutMs: 5000 }, spawner)),
    );
    expect(outs.every((o) => o.ok)).toBe(true);
    expect(most).toBe(1);
  });
});
