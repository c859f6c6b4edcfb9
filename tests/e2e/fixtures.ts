import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { hostScript } from '../../scripts/lib/host-build.mjs';
import { repoRoot } from '../../scripts/lib/renderer-build.mjs';

export interface HostHandle {
  /** `http://127.0.0.1:PORT/` (with `?workshop=<id>` right after an `open`). */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  /** The library folder; kept across restart(), removed after a passing test. */
  readonly dataDir: string;
  /** Stops the host gracefully (SIGTERM, DBs closed) and starts it again on the same port and data dir. */
  restart(options?: { open?: string }): Promise<void>;
  /** SIGKILL, as a crash or power cut would; restart() brings it back. */
  kill(): Promise<void>;
  /** Everything the host printed so far. */
  log(): string;
}

const READY = /^Läpimurtostudio: (http:\/\/127\.0\.0\.1:(\d+)\/\S*)$/m;

interface Running {
  child: ChildProcess;
  url: string;
  port: number;
}

function startProcess(
  dataDir: string,
  port: number,
  open: string | undefined,
  sink: (s: string) => void,
  extra: readonly string[] = [],
): Promise<Running> {
  // The host bundled by global setup (scripts/lib/host-build.mjs): the same backend, without tsx transpiling it on
  // every start.
  const args = [
    '--enable-source-maps',
    hostScript,
    '--port',
    String(port),
    '--data',
    dataDir,
    ...(open ? ['--open', open] : []),
    ...extra,
  ];
  // One node process, so kill() really kills the server.
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, LAPIMURTO_HOST_EXIT_ON_STDIN_END: '1', FORCE_COLOR: '0' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`host did not start within 30 s:\n${out}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      out += text;
      sink(text);
      const m = READY.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, port: Number(m[2]) });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      sink(c.toString('utf8'));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`host exited before it was ready (code ${code}, signal ${signal}):\n${out}`));
    });
  });
}

function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

export const test = base.extend<{ host: HostHandle; hostArgs: string[] }>({
  /** Extra host arguments for a spec, e.g. `test.use({ hostArgs: ['--time-scale', '20'] })` (test-only options). */
  hostArgs: [[], { option: true }],
  host: async ({ hostArgs }, use, testInfo) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lapimurto-e2e-'));
    let log = '';
    const sink = (s: string) => {
      log += s;
    };
    let running: Running | undefined = await startProcess(dataDir, 0, undefined, sink, hostArgs);
    const port = running.port;
    let url = running.url;
    const handle: HostHandle = {
      get url() {
        return url;
      },
      get origin() {
        return `http://127.0.0.1:${port}`;
      },
      port,
      dataDir,
      async restart(options) {
        if (running) await stopProcess(running.child, 'SIGTERM');
        running = await startProcess(dataDir, port, options?.open, sink, hostArgs);
        url = running.url;
      },
      async kill() {
        if (running) await stopProcess(running.child, 'SIGKILL');
        running = undefined;
      },
      log: () => log,
    };
    try {
      await use(handle);
    } finally {
      if (running) await stopProcess(running.child, 'SIGTERM');
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('host.log', { body: log, contentType: 'text/plain' });
        console.error(`[host] kept data dir of failed test: ${dataDir}`);
      } else {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  },
  // page.goto('/') reaches this test's host.
  baseURL: async ({ host }, use) => {
    await use(host.origin);
  },
});

export { expect };
