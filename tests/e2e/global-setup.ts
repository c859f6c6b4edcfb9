import { ensureRendererBuilt } from '../../scripts/lib/renderer-build.mjs';

/** Builds out/ once if the renderer is missing or older than its sources; the host fixture serves it. */
export default function globalSetup(): void {
  if (!ensureRendererBuilt()) throw new Error('electron-vite build failed; see the output above');
}
