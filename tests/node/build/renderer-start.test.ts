// What the coach's start loads: the renderer build's entry chunk and everything it imports statically (the chunks
// the browser fetches before the first screen). Read from the build's manifest and the chunk report that
// electron.vite.config.ts writes next to it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureRendererBuilt, outRoot } from '../../../scripts/lib/renderer-build.mjs';

const RENDERER = join(outRoot, 'renderer');
const BUDGET_GZIP = 600 * 1024;

type ManifestEntry = {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
};
type Manifest = Record<string, ManifestEntry>;
type ChunkReport = { file: string; modules: string[] }[];

let manifest: Manifest;
let modulesOf: Map<string, string[]>;
let initialFiles: string[];

/** The entry and its static imports, transitively: what index.html makes the browser load and run. */
function initialChunks(m: Manifest): string[] {
  const entry = Object.keys(m).find((k) => m[k]!.isEntry);
  if (!entry) throw new Error('the manifest has no entry');
  const seen = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const i of m[key]!.imports ?? []) walk(i);
  };
  walk(entry);
  return [...seen].map((k) => m[k]!.file);
}

const gzipBytes = (file: string) => gzipSync(readFileSync(join(RENDERER, file)), { level: 9 }).length;

beforeAll(() => {
  if (!ensureRendererBuilt()) throw new Error('electron-vite build failed; see the output above');
  manifest = JSON.parse(readFileSync(join(RENDERER, '.vite/manifest.json'), 'utf8')) as Manifest;
  const report = JSON.parse(readFileSync(join(RENDERER, '.vite/chunks.json'), 'utf8')) as ChunkReport;
  modulesOf = new Map(report.map((c) => [c.file, c.modules]));
  initialFiles = initialChunks(manifest);
}, 120_000);

describe('the renderer start', () => {
  it('loads at most 600 KB of gzipped JavaScript, minified', () => {
    const total = initialFiles.reduce((sum, f) => sum + gzipBytes(f), 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(BUDGET_GZIP);
    // Minified: the entry chunk is not laid out line by line.
    const entry = readFileSync(join(RENDERER, initialFiles[0]!), 'utf8');
    expect(entry.split('\n').length).toBeLessThan(100);
  });

  it('leaves the canvases (Konva, react-konva, React Flow) to the boards that use them', () => {
    const initialModules = initialFiles.flatMap((f) => modulesOf.get(f) ?? []);
    expect(initialModules.length).toBeGreaterThan(50);
    const canvases = initialModules.filter((id) => /node_modules\/(konva|react-konva|@xyflow)\//.test(id));
    expect(canvases).toEqual([]);
    // They are in the build all the same, in chunks loaded on demand.
    const all = [...modulesOf.values()].flat();
    expect(all.some((id) => id.includes('node_modules/konva/'))).toBe(true);
    expect(all.some((id) => id.includes('node_modules/@xyflow/'))).toBe(true);
  });

  it('leaves zod and the API contract (every board schema) out of the start', () => {
    const initialModules = initialFiles.flatMap((f) => modulesOf.get(f) ?? []);
    const heavy = initialModules.filter((id) =>
      /node_modules\/zod\/|shared\/api\/contract\.ts$|shared\/boards\/registry\.ts$/.test(id),
    );
    expect(heavy).toEqual([]);
    // The start still knows which calls write the workshop (the header's "saving"), from the zod-free table.
    expect(initialModules).toContain('shared/api/changes-workshop.ts');
    // The contract is in the build all the same, loaded on demand (the event schema, the workshop's screens).
    const all = [...modulesOf.values()].flat();
    expect(all).toContain('shared/api/contract.ts');
    expect(all.some((id) => id.includes('node_modules/zod/'))).toBe(true);
  });

  it('loads each board kind, the workshop screens, the audience window and the print route on demand', () => {
    const initialModules = new Set(initialFiles.flatMap((f) => modulesOf.get(f) ?? []));
    const onDemand = Object.entries(manifest)
      .filter(([, e]) => e.isDynamicEntry)
      .map(([src]) => src);
    const expected = [
      'src/boards/ideas-wall/IdeasWallView.tsx',
      'src/boards/dot-vote/DotVoteView.tsx',
      'src/boards/process-map/ProcessMapView.tsx',
      'src/boards/fishbone/FishboneView.tsx',
      'src/boards/five-whys/FiveWhysView.tsx',
      'src/boards/value-stream/ValueStreamView.tsx',
      'src/boards/measures/MeasuresView.tsx',
      'src/boards/pdsa/PdsaView.tsx',
      'src/boards/driver-diagram/DriverDiagramView.tsx',
      'src/screens/workshop/WorkshopScreen.tsx',
      'src/audience/AudienceApp.tsx',
      'src/storyboard/PrintPage.tsx',
      'src/i18n/languages/sv.ts',
      'src/i18n/languages/en.ts',
    ];
    for (const src of expected) {
      expect(onDemand, src).toContain(src);
      expect(initialModules.has(`renderer/${src}`), src).toBe(false);
    }
  });
});
