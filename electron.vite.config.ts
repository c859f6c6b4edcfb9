import { relative, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

// LAPIMURTO_OUT moves the whole build (parallel work on one checkout builds into separate folders).
const OUT = resolve(process.env.LAPIMURTO_OUT || 'out');

/** Writes `.vite/chunks.json` (each JS chunk's modules), so a test can check what the start loads and what it must not. */
const chunkReport: Plugin = {
  name: 'lapimurto-chunk-report',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).flatMap((c) =>
      c.type === 'chunk' ? [{ file: c.fileName, modules: c.moduleIds.map((id) => relative(process.cwd(), id)) }] : [],
    );
    this.emitFile({ type: 'asset', fileName: '.vite/chunks.json', source: JSON.stringify(chunks, null, 1) });
  },
};

export default defineConfig({
  main: {
    build: {
      outDir: resolve(OUT, 'main'),
      // The spreadsheet reader runs in a worker thread (memory cap, timeout) and the Excel pictures are rasterised on
      // worker threads (export/raster-pool.ts); both are bundled next to index.js, where their parents look.
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          'xlsx-worker': resolve('electron/backend/measures/xlsx-worker.ts'),
          'raster-worker': resolve('electron/backend/export/raster-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(OUT, 'preload'),
      // A sandboxed preload must be a single CommonJS file.
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react(), chunkReport],
    // Locale files become `JSON.parse('…')`: parsed far faster than the same object as a JS literal at start.
    json: { stringify: true },
    build: {
      outDir: resolve(OUT, 'renderer'),
      // Minified and split: the library screen loads only its own code; boards, canvases (Konva, React Flow), the
      // audience window and the print route come as chunks on demand. The manifest lets a test weigh the start.
      minify: true,
      manifest: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
