import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import { serializePackage, toPackage } from '../../../shared/package/serialize';

const run = promisify(execFile);
export const root = resolve(import.meta.dirname, '../../..');

/** Spawns `npm run cli -- ...args` the way a user runs it (tsx on electron/cli/main.ts). */
export async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(
      process.execPath,
      [join(root, 'node_modules/tsx/dist/cli.mjs'), 'electron/cli/main.ts', ...args],
      { cwd: root },
    );
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** Writes `data` as a JSON workshop package at `path`. */
export function writePackage(path: string, data: WorkshopData): void {
  writeFileSync(
    path,
    serializePackage(toPackage(data, { appVersion: '0.1.0', exportedAt: '2026-01-01T00:00:00.000Z' })),
  );
}
