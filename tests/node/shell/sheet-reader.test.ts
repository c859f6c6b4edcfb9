import { describe, expect, it } from 'vitest';
import { utilityReaderSpawner, type UtilityChild } from '../../../electron/main/sheet-reader';
import { readSheet } from '../../../electron/backend/measures/read-sheet';

/** A fake utility process that answers like the reader script, or grows without answering. */
function fakeUtility(behaviour: 'answer' | 'grow') {
  const forks: { modulePath: string; execArgv?: string[]; killed: boolean }[] = [];
  const api = {
    fork(modulePath: string, _args?: string[], options?: { execArgv?: string[] }): UtilityChild {
      const record = { modulePath, execArgv: options?.execArgv, killed: false };
      forks.push(record);
      const listeners: { message: ((m: unknown) => void)[]; exit: ((c: number) => void)[] } = { message: [], exit: [] };
      return {
        pid: 7000 + forks.length,
        postMessage(job: unknown) {
          const { kind } = job as { kind: string };
          if (behaviour === 'answer')
            setTimeout(
              () => listeners.message.forEach((l) => l({ ok: true, sheetName: kind, rows: [['5.1.2026', 1]] })),
              5,
            );
        },
        on(event: 'message' | 'exit', cb: (x: never) => void) {
          (listeners[event] as ((x: never) => void)[]).push(cb);
          return this;
        },
        kill() {
          record.killed = true;
          listeners.exit.forEach((l) => l(0));
          return true;
        },
      } as UtilityChild;
    },
  };
  return { api, forks };
}

describe('spreadsheet reader as an Electron utility process', () => {
  it('forks the bundled reader with the heap cap and hands back its answer', async () => {
    const { api, forks } = fakeUtility('answer');
    const spawner = utilityReaderSpawner(api, { getAppMetrics: () => [] }, '/app/out/main/xlsx-worker.js');
    const out = await readSheet(
      Buffer.from('pvm;arvo\n5.1.2026;1\n'),
      { heapMb: 128, rssMb: 300, timeoutMs: 2000 },
      spawner,
    );
    expect(out).toEqual({ ok: true, sheetName: 'csv', rows: [['5.1.2026', 1]] });
    expect(forks).toEqual([
      { modulePath: '/app/out/main/xlsx-worker.js', execArgv: ['--max-old-space-size=128'], killed: true },
    ]);
  });

  it('reads resident memory from the app metrics (kilobytes) and kills a reader over the limit', async () => {
    const { api, forks } = fakeUtility('grow');
    const metrics = {
      getAppMetrics: () => [
        { pid: 7001, memory: { workingSetSize: 500 * 1024 } },
        { pid: 1, memory: { workingSetSize: 1 } },
      ],
    };
    const spawner = utilityReaderSpawner(api, metrics, '/w.js');
    expect(await spawner.rssBytes(7001)).toBe(500 * 1024 * 1024);
    expect(await spawner.rssBytes(9999)).toBeNull();
    const out = await readSheet(Buffer.from('a;b\n'), { heapMb: 128, rssMb: 300, timeoutMs: 5000 }, spawner);
    expect(out).toMatchObject({ ok: false, reason: 'memory' });
    expect(forks[0]!.killed).toBe(true);
  });
});
