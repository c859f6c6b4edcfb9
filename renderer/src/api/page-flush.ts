import { call, transport } from '.';
import { flushAllDrafts } from './saving';

/**
 * Saves typed text whenever the page may go away or the coach moves on: the page being hidden or unloaded (reload,
 * closing the tab), a route change, and the shell's close handshake (`flush.request` → `app.flushed`).
 */
export function installPageFlush(onRouteChange?: (listener: () => void) => () => void): () => void {
  const flush = () => void flushAllDrafts();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onVisibility);
  const offRoute = onRouteChange?.(flush);
  const offEvents = transport().onEvent((e) => {
    if (e.type !== 'flush.request') return;
    void flushAllDrafts()
      .catch(() => false)
      .then(() => call('app.flushed', { requestId: e.requestId }))
      .catch(() => undefined);
  });
  return () => {
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onVisibility);
    offRoute?.();
    offEvents();
  };
}
