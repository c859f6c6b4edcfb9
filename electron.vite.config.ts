import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// LAPIMURTO_OUT moves the whole build (parallel work on one checkout builds into separate folders).
const OUT = resolve(process.env.LAPIMURTO_OUT || 'out');

export default defineConfig({
  main: {
    build: {
      outDir: resolve(OUT, 'main'),
      // The spreadsheet reader runs in a worker thread (memory cap, timeout); it is bundled next to index.js.
      rollupOptions: { input: { index: resolve('electron/main/index.ts'), 'xlsx-worker': resolve('electron/backend/measures/xlsx-worker.ts') } },
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
    plugins: [react()],
    build: {
      outDir: resolve(OUT, 'renderer'),
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
