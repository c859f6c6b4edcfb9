import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRIES } from '../../../scripts/lib/host-build.mjs';

const root = join(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every `new URL('./name.js', import.meta.url)` in the backend: a worker started beside its parent module. */
const workers = sources(join(root, 'electron/backend')).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/new URL\('\.\/([\w-]+)\.js', import\.meta\.url\)/g)].map((m) => ({
    name: m[1]!,
    source: relative(root, join(file, '..', `${m[1]}.ts`)),
  })),
);

describe('workers the backend starts beside itself', () => {
  it('are found (the scan works)', () => {
    expect(workers.map((w) => w.name).sort()).toEqual(expect.arrayContaining(['raster-worker', 'xlsx-worker']));
  });

  // A worker missing from a bundle fails only at run time, in the one export that starts it.
  it.each(workers)('$name is bundled for the app (electron.vite.config.ts) and the test host', ({ name, source }) => {
    expect(ENTRIES[name]).toBe(source);
    const vite = readFileSync(join(root, 'electron.vite.config.ts'), 'utf8');
    expect(vite).toContain(`'${name}': resolve('${source}')`);
  });
});
