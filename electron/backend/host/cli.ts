/**
 * `tsx electron/backend/host/cli.ts [--port N] [--data DIR] [--open FILE] [--renderer DIR] [--time-scale N]`
 * `--time-scale N` is for tests only: agenda and timer countdowns run N times faster (2..1000), announced on start.
 * Prints one line `Läpimurtostudio: <url>` once the host listens; SIGTERM/SIGINT close the databases and exit 0.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLibraryDir } from '../paths';
import { startHost } from './server';
import { ApiFailure } from '../../../shared/api/errors';
import { dynamicTranslator } from '../../../shared/i18n/translate';

/** The library's messages as the coach reads them (Finnish, the app's first language), not a stack trace. */
function libraryMessage(key: string, params?: Record<string, string | number>): string {
  return dynamicTranslator('fi')(key, params);
}

export interface HostArgs {
  port: number;
  dataDir: string;
  open?: string;
  rendererDir: string;
  timeScale?: number;
}

/** The folder holding the app's package.json, above this module wherever it runs from (source or bundled). */
function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'electron', 'backend'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '../../..');
  }
}

const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));

export function parseHostArgs(argv: readonly string[], cwd = process.cwd()): HostArgs {
  const out: Partial<HostArgs> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--port': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error('--port must be 0..65535');
        out.port = n;
        break;
      }
      case '--data':
        out.dataDir = resolve(cwd, value());
        break;
      case '--open':
        out.open = resolve(cwd, value());
        break;
      case '--renderer':
        out.rendererDir = resolve(cwd, value());
        break;
      case '--time-scale': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1 || n > 1000) throw new Error('--time-scale must be a whole number 1..1000');
        out.timeScale = n;
        break;
      }
      default:
        throw new Error(`unknown argument ${arg}`);
    }
  }
  return {
    port: out.port ?? 0,
    dataDir: out.dataDir ?? defaultLibraryDir(),
    rendererDir:
      out.rendererDir ??
      join(process.env.LAPIMURTO_OUT ? resolve(process.env.LAPIMURTO_OUT) : join(repoRoot, 'out'), 'renderer'),
    ...(out.open ? { open: out.open } : {}),
    ...(out.timeScale && out.timeScale > 1 ? { timeScale: out.timeScale } : {}),
  };
}

async function main(): Promise<void> {
  let args: HostArgs;
  try {
    args = parseHostArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`host: ${(err as Error).message}`);
    process.exit(2);
  }
  if (!existsSync(join(args.rendererDir, 'index.html'))) {
    console.error(`host: ${args.rendererDir}/index.html is missing; run \`npx electron-vite build\` first`);
    process.exit(2);
  }
  try {
    mkdirSync(args.dataDir, { recursive: true });
  } catch (err) {
    console.error(
      `host: ${libraryMessage('errors.library.cannotCreate', { path: args.dataDir })} (${(err as Error).message})`,
    );
    process.exit(2);
  }
  let version: string | undefined;
  try {
    version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    version = undefined;
  }
  let host: Awaited<ReturnType<typeof startHost>>;
  try {
    host = await startHost({ ...args, ...(version ? { appVersion: version } : {}) });
  } catch (err) {
    if (!(err instanceof ApiFailure)) throw err;
    console.error(`host: ${libraryMessage(err.key, err.params)}`);
    process.exit(2);
  }
  if (host.openError && !host.openError.ok) {
    console.error(
      `host: could not open ${args.open}: ${host.openError.error.code} ${host.openError.error.detail ?? ''}`,
    );
  }
  console.log(`Läpimurtostudio: ${host.url}`);
  console.log(`  library: ${args.dataDir}`);
  if (args.timeScale) console.log(`  TEST ONLY: agenda and timer time runs ${args.timeScale}x faster (--time-scale)`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    host
      .close()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        console.error(`host: error while closing after ${signal}:`, err);
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  // A parent that dies without signalling (e.g. a killed test runner) closes our stdin pipe.
  if (process.env.LAPIMURTO_HOST_EXIT_ON_STDIN_END === '1') {
    process.stdin.on('end', () => stop('stdin end'));
    process.stdin.resume();
  }
}

const invoked = process.argv[1] ? resolve(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error('host: failed to start:', err);
    process.exit(1);
  });
}
