import { ApiCallError } from '../../../shared/api/client';
import type { PresentationState } from '../../../shared/presentation/model';
import { call, transport } from '../api';
import { applyLanguage } from '../i18n';
import { useAudience } from './store';
import { installPageFlush } from '../api/page-flush';

let workshopLoad = 0;
/** The workshop last asked for (undefined: none yet). */
let workshopFor: string | null | undefined;

async function loadWorkshop(workshopId: string | null): Promise<void> {
  const mine = ++workshopLoad;
  workshopFor = workshopId;
  if (!workshopId) {
    useAudience.setState({ workshop: null, workshopErrorKey: null });
    return;
  }
  try {
    const w = await call('workshop.get', { workshopId });
    if (mine !== workshopLoad) return;
    useAudience.setState({ workshop: w, workshopErrorKey: null });
  } catch (e) {
    if (mine !== workshopLoad) return;
    useAudience.setState({
      workshop: null,
      workshopErrorKey: e instanceof ApiCallError ? e.error.key : 'errors.unexpected',
    });
  }
}

/** The newest `seq` taken since the event stream last (re)connected. */
let lastSeq = -1;

/**
 * Takes a presentation state unless an equal or newer one came first. A restarted host counts `seq` from 0 again,
 * so each (re)connect starts comparing afresh: whatever arrives first after it — the event of the coach's window
 * reporting again, or our own presentation.get — wins over anything older in that new stream.
 */
export function acceptPresentation(next: PresentationState): void {
  if (next.seq <= lastSeq) return;
  lastSeq = next.seq;
  useAudience.setState({ presentation: next, ready: true });
  if (next.workshopId !== workshopFor) void loadWorkshop(next.workshopId);
}

async function refetchPresentation(): Promise<void> {
  let state: PresentationState;
  try {
    state = await call('presentation.get', {});
  } catch {
    // The host is not back yet; the next (re)connect tries again.
    return;
  }
  acceptPresentation(state);
  // Anything may have changed while we were not listening: re-read the workshop and the shown board.
  void loadWorkshop(useAudience.getState().presentation.workshopId);
  useAudience.setState((s) => ({ change: { tick: s.change.tick + 1, boardId: undefined } }));
}

async function loadSettings(): Promise<void> {
  try {
    const s = await call('settings.get', {});
    applyLanguage(s.language);
    document.documentElement.dataset.theme = s.theme;
    useAudience.setState({ theme: s.theme });
  } catch {
    applyLanguage('fi');
  }
}

/** Subscribes the audience view to the backend: presentation, workshop and settings changes. Returns a stop function. */
export function connectAudience(): () => void {
  const t = transport();
  const offEvent = t.onEvent((ev) => {
    switch (ev.type) {
      case 'presentation.changed':
        acceptPresentation(ev.state);
        break;
      case 'workshop.changed': {
        const s = useAudience.getState();
        if (ev.workshopId !== s.presentation.workshopId) break;
        useAudience.setState({ change: { tick: s.change.tick + 1, boardId: ev.boardId } });
        if (!s.workshop || ev.revision > s.workshop.revision) void loadWorkshop(ev.workshopId);
        break;
      }
      case 'settings.changed':
        void loadSettings();
        break;
      case 'library.changed':
        // A workshop removed from the library: the shown one may be gone.
        void loadWorkshop(useAudience.getState().presentation.workshopId);
        break;
      case 'menu':
        break;
    }
  });
  const offConnected =
    t.onConnected?.(() => {
      lastSeq = -1;
      void refetchPresentation();
    }) ?? (() => undefined);
  void loadSettings();
  void refetchPresentation();
  // Nothing is typed here, but the shell's close handshake waits for every window's answer.
  const offFlush = installPageFlush();
  return () => {
    offEvent();
    offConnected();
    offFlush();
  };
}
