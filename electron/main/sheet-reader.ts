import type { ReaderProcess, ReaderSpawner } from '../backend/measures/read-sheet';
import type { ReaderReply } from '../backend/measures/xlsx-worker';

/** The part of Electron's `utilityProcess` child the reader needs. */
export interface UtilityChild {
  readonly pid: number | undefined;
  postMessage(message: unknown): void;
  on(event: 'message', cb: (message: unknown) => void): unknown;
  on(event: 'exit', cb: (code: number) => void): unknown;
  kill(): boolean;
}

export interface UtilityProcessApi {
  fork(
    modulePath: string,
    args?: string[],
    options?: { execArgv?: string[]; serviceName?: string; stdio?: 'ignore' | 'inherit' | 'pipe' },
  ): UtilityChild;
}

/** `app.getAppMetrics()`: `memory.workingSetSize` is in kilobytes. */
export interface MetricsApi {
  getAppMetrics(): { pid: number; memory: { workingSetSize: number } }[];
}

/**
 * Spreadsheet readers as Electron utility processes: the runAsNode fuse is off, so `child_process.fork` cannot start
 * a Node process from the app binary. The heap cap goes in `execArgv`; resident memory comes from the app's metrics.
 */
export function utilityReaderSpawner(
  utilityProcess: UtilityProcessApi,
  app: MetricsApi,
  modulePath: string,
): ReaderSpawner {
  return {
    spawn({ heapMb }): ReaderProcess {
      const child = utilityProcess.fork(modulePath, [], {
        execArgv: [`--max-old-space-size=${heapMb}`],
        serviceName: 'Läpimurtostudio spreadsheet reader',
        stdio: 'ignore',
      });
      return {
        get pid() {
          return child.pid;
        },
        send: (job) => child.postMessage(job),
        onMessage: (cb) => void child.on('message', (m) => cb(m as ReaderReply)),
        onExit: (cb) => void child.on('exit', (code) => cb(code)),
        kill: () => void child.kill(),
      };
    },
    async rssBytes(pid) {
      const m = app.getAppMetrics().find((p) => p.pid === pid);
      return m ? m.memory.workingSetSize * 1024 : null;
    },
  };
}
