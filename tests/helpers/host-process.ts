import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { ensureRendererBuilt } from '../../scripts/lib/renderer-build.mjs';

export interface HostProcess {
  url: string;
  child: ChildProcess;
  call<T = unknown>(method: string, input: unknown): Promise<T>;
  stop(): Promise<void>;
}

const root = resolve(import.meta.dirname, '../..');

/** Starts the real Node host (the same one e2e uses) in a child process on a free port. */
export async function startHostProcess(dataDir: string): Promise<HostProcess> {
  // The host serves out/renderer: build it first when it is missing or stale (as Playwright's global setup does).
  if (!ensureRendererBuilt()) throw new Error('electron-vite build failed; see the output above');
  // `node --import tsx` makes the host this very process, so a signal reaches the server itself (the tsx CLI
  // wrapper would forward SIGTERM but die alone on SIGKILL, leaving the server running).
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/backend/host/cli.ts', '--port', '0', '--data', dataDir],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let err = '';
  child.stderr!.on('data', (d) => (err += String(d)));
  const url = await new Promise<string>((res, rej) => {
    let out = '';
    const timer = setTimeout(() => rej(new Error(`host did not start: ${err}`)), 20_000);
    child.stdout!.on('data', (d) => {
      out += String(d);
      const m = /Läpimurtostudio: (http:\/\/\S+?)\/?(\s|$)/.exec(out);
      if (m) {
        clearTimeout(timer);
        res(m[1]!);
      }
    });
    child.on('exit', (code) => rej(new Error(`host exited ${code}: ${err}`)));
  });
  return {
    url,
    child,
    async call<T>(method: string, input: unknown): Promise<T> {
      const r = await fetch(`${url}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      const body = (await r.json()) as { ok: boolean; value?: T; error?: unknown };
      if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
      return body.value as T;
    },
    stop: () =>
      new Promise<void>((res) => {
        if (child.exitCode !== null || child.signalCode !== null) return res();
        child.once('exit', () => res());
        child.kill('SIGTERM');
      }),
  };
}
