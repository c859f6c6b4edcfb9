import { buildHost } from '../../scripts/lib/host-build.mjs';
import { ensureRendererBuilt } from '../../scripts/lib/renderer-build.mjs';
import { checkTools } from '../../scripts/lib/tools.mjs';

/**
 * Stops at once, naming what to install, when Chromium or poppler is missing (instead of every test failing on its
 * own); then builds out/ if the renderer is missing or older than its sources, for the host fixture to serve, and
 * bundles the host itself (out/host) so each test's host starts without transpiling the backend.
 */
export default async function globalSetup(): Promise<void> {
  const { message } = checkTools(['chromium', 'poppler']);
  if (message) throw new Error(message);
  if (!ensureRendererBuilt()) throw new Error('electron-vite build failed; see the output above');
  await buildHost();
}
