#!/usr/bin/env node
// `npm run dev:web -- [--port PORT] [--data DIR] [--open FILE] [--rebuild]`
// The browser dev loop: builds the renderer if needed, then runs the Node host (tsx) on 127.0.0.1.
// Defaults: a free port, the same library folder as the desktop app (electron/backend/paths.ts).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureRendererBuilt, repoRoot } from './lib/renderer-build.mjs';

const args = process.argv.slice(2);
const force = args.includes('--rebuild');
const hostArgs = args.filter((a) => a !== '--rebuild');
if (hostArgs.includes('--help') || hostArgs.includes('-h')) {
  console.log('usage: npm run dev:web -- [--port PORT] [--data DIR] [--open FILE] [--rebuild]');
  process.exit(0);
}

if (!ensureRendererBuilt({ force })) process.exit(1);

const tsx = join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
const child = spawn(tsx, [join(repoRoot, 'electron', 'backend', 'host', 'cli.ts'), ...hostArgs], {
  cwd: process.cwd(),
  stdio: 'inherit',
  shell: process.platform === 'win32',
});

// Pass Ctrl+C / SIGTERM on, and let the host close its databases before we exit.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
