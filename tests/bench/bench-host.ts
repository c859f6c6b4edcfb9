// The app host in a child process and its API, for benchmarks that drive the real UI.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/lib/renderer-build.mjs';

export function startHost(dataDir: string): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'electron/backend/host/cli.ts'), '--port', '0', '--data', dataDir],
    {
      cwd: repoRoot,
      env: { ...process.env, LAPIMURTO_HOST_EXIT_ON_STDIN_END: '1', FORCE_COLOR: '0' },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${out}`)), 30_000);
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /Läpimurtostudio: (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, origin: m[1]! });
      }
    });
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  });
}

export async function call<T>(origin: string, method: string, input: unknown): Promise<T> {
  const r = await fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const j = (await r.json()) as { ok: boolean; value: T };
  if (!j.ok) throw new Error(`${method}: ${JSON.stringify(j)}`);
  return j.value;
}
