// Builds out/ with electron-vite when the renderer is missing or older than its sources. Shared by `npm test`,
// the Playwright global setup and `npm run dev:web`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The build folder: `out/`, or LAPIMURTO_OUT when set (parallel work on one checkout). */
export const outRoot = process.env.LAPIMURTO_OUT ? resolve(process.env.LAPIMURTO_OUT) : join(repoRoot, 'out');
export const rendererIndex = join(outRoot, 'renderer', 'index.html');

const SOURCES = ['renderer', 'shared', 'electron.vite.config.ts', 'package.json'];
const SKIP = new Set(['node_modules', '.git', 'out', 'dist']);

function newestMtime(path) {
  let st;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (SKIP.has(entry)) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Why the renderer needs a build, or null when out/renderer is current. */
export function rendererStaleReason(root = repoRoot) {
  const index = root === repoRoot ? rendererIndex : join(root, 'out', 'renderer', 'index.html');
  if (!existsSync(index)) return 'out/renderer is missing';
  const built = statSync(index).mtimeMs;
  const newest = Math.max(...SOURCES.map((s) => newestMtime(join(root, s))));
  return newest > built ? 'renderer sources changed since the last build' : null;
}

/** Runs `electron-vite build` if needed; returns true on success (or nothing to do). */
export function ensureRendererBuilt({ root = repoRoot, force = false, log = console.error } = {}) {
  const reason = force ? 'forced' : rendererStaleReason(root);
  if (!reason) return true;
  log(`[build] ${reason}: running electron-vite build`);
  const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite');
  const r = spawnSync(bin, ['build'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    shell: process.platform === 'win32',
  });
  if (r.status !== 0 || !existsSync(root === repoRoot ? rendererIndex : join(root, 'out', 'renderer', 'index.html'))) {
    log(`[build] electron-vite build failed (exit ${r.status ?? r.signal})`);
    return false;
  }
  return true;
}
