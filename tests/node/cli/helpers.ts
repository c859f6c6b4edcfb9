import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { cliScript } from '../../../scripts/lib/host-build.mjs';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import { serializePackage, toPackage } from '../../../shared/package/serialize';

const run = promisify(execFile);
export const root = resolve(import.meta.dirname, '../../..');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * Runs the command-line tool as a separate process: the bundle vitest's global setup builds from
 * electron/cli/main.ts (out/host/lapimurto-cli.js, the same source without tsx transpiling it again on every start,
 * ~3x less CPU per call). `cliThroughTsx` runs it exactly as `npm run cli` does.
 */
export async function cli(...args: string[]): Promise<CliResult> {
  return spawnCli([cliScript, ...args]);
}

/** `npm run cli -- ...args` the way a user runs it: tsx on electron/cli/main.ts. */
export async function cliThroughTsx(...args: string[]): Promise<CliResult> {
  return spawnCli([join(root, 'node_modules/tsx/dist/cli.mjs'), 'electron/cli/main.ts', ...args]);
}

async function spawnCli(args: string[]): Promise<CliResult> {
  try {
    // npm sets npm_package_version for `npm run cli`; the CLI reads it for the packages' appVersion.
    const r = await run(process.execPath, args, { cwd: root, env: { ...process.env, npm_package_version: version } });
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
