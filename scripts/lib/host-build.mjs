// Bundles the Node host (electron/backend/host/cli.ts) into out/host/ for the end-to-end tests. Every Playwright test
// starts its own host; under tsx each start transpiled the whole backend again (~3x slower than a bundle), which was a
// large share of the suite's time. Same source, same backend: only TypeScript is compiled ahead. Packages stay
// external (node_modules as installed, native better-sqlite3 included). Worker scripts the backend starts beside
// itself (`new URL('./x.js', import.meta.url)`) are bundled as entries of their own in the same folder.
import { build } from 'esbuild';
import { join } from 'node:path';
import { outRoot, repoRoot } from './renderer-build.mjs';

export const hostDir = join(outRoot, 'host');
export const hostScript = join(hostDir, 'cli.js');

/** Entries: the host, the CLI, and every worker the backend starts by file name next to its own module. */
export const ENTRIES = {
  cli: 'electron/backend/host/cli.ts',
  'xlsx-worker': 'electron/backend/measures/xlsx-worker.ts',
  'raster-worker': 'electron/backend/export/raster-worker.ts',
  // The command-line tool, for the tests that run it many times (one of them still runs it through tsx, as
  // `npm run cli` does).
  'lapimurto-cli': 'electron/cli/main.ts',
};

export const cliScript = join(hostDir, 'lapimurto-cli.js');

/** Builds out/host (about a second); throws with esbuild's messages when the backend does not compile. */
export async function buildHost() {
  await build({
    absWorkingDir: repoRoot,
    entryPoints: ENTRIES,
    outdir: hostDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  return hostScript;
}
