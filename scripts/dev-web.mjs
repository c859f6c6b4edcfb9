#!/usr/bin/env node
// `npm run dev:web -- [--port PORT] [--data DIR] [--open FILE] [--rebuild]`
// The browser dev loop: builds the renderer if needed, then runs the Node host (tsx) on 127.0.0.1.
// Defaults: a free port, the same library folder as the desktop app (electron/backend/paths.ts).
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { ensureRendererBuilt, repoRoot } from './lib/renderer-build.mjs';

const args = process.argv.slice(2);
const force = args.includes('--rebuild');
// npm runs scripts from the package folder; relative paths mean the folder the user typed the command in.
const userCwd = process.env.INIT_CWD || process.cwd();
const PATH_FLAGS = new Set(['--data', '--open', '--renderer']);
const hostArgs = args
  .filter((a) => a !== '--rebuild')
  .map((a, i, all) => {
    if (PATH_FLAGS.has(all[i - 1] ?? '')) return resolve(userCwd, a);
    const eq = a.indexOf('=');
    if (eq > 0 && PATH_FLAGS.has(a.slice(0, eq))) return `${a.slice(0, eq)}=${resolve(userCwd, a.slice(eq + 1))}`;
    return a;
  });
if (hostArgs.includes('--help') || hostArgs.includes('-h')) {
  console.log('usage: npm run dev:web -- [--port PORT] [--data DIR] [--open FILE] [--rebuild]');
  process.exit(0);
}

if (!ensureRendererBuilt({ force })) process.exit(1);

// tsx as a loader in one node process (not tsx's wrapper CLI, which leaves the server orphaned if the wrapper dies).
const child = spawn(
  process.execPath,
  ['--import', 'tsx', join(repoRoot, 'electron', 'backend', 'host', 'cli.ts'), ...hostArgs],
  {
    cwd: repoRoot,
    stdio: 'inherit',
  },
);

// Pass Ctrl+C / SIGTERM on, and let the host close its databases before we exit.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
