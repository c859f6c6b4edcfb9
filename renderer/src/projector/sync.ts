import type { AudienceContent, PresentationState } from '../../../shared/presentation/model';
import { call, transport } from '../api';
import { useApp } from '../app/store';
import type { Route } from '../app/route';
import { usePresentation } from './store';

/**
 * What the audience view should show while it follows this window. A view with its own audience content returns
 * it here; everything else is the calm welcome screen (the room never sees the coach's lists and forms).
 */
export function contentForRoute(route: Route | null): { workshopId: string; content: AudienceContent } | null {
  if (route?.name !== 'workshop') return null;
  const view = route.view;
  const content: AudienceContent =
    view.kind === 'board'
      ? { kind: 'board', boardId: view.boardId }
      : view.kind === 'storyboard'
        ? { kind: 'storyboard', teamId: view.teamId }
        : { kind: 'welcome' };
  return { workshopId: route.workshopId, content };
}

/** The newest `seq` taken since the event stream last (re)connected (a restarted host counts from 0 again). */
let lastSeq = -1;

/** Takes a state unless an equal or newer one came first. */
export function acceptPresentation(next: PresentationState): void {
  if (next.seq <= lastSeq) return;
  lastSeq = next.seq;
  usePresentation.setState({ state: next });
}

let lastReported = '';

/** Tells the backend what this window has open, unless it already knows. */
export async function reportCurrent(force = false): Promise<void> {
  const target = contentForRoute(useApp.getState().route);
  if (!target) return;
  const key = JSON.stringify(target);
  const state = usePresentation.getState().state;
  const known =
    state && state.workshopId === target.workshopId && JSON.stringify(state.current) === JSON.stringify(target.content);
  if (!force && (key === lastReported || known)) return;
  lastReported = key;
  try {
    acceptPresentation(await call('presentation.setCurrent', target));
  } catch {
    // The projector keeps what it shows; the next navigation or reconnect reports again.
    lastReported = '';
  }
}

async function refetch(): Promise<void> {
  try {
    acceptPresentation(await call('presentation.get', {}));
  } catch {
    return;
  }
  // After a host restart the backend forgot what we have open.
  await reportCurrent(true);
}

/**
 * The coach's side of the projector: keeps `usePresentation` current and reports every navigation, so a following
 * audience view shows the board the coach opens. Also re-reports when this window gets focus (with two coach
 * windows, the one in use leads).
 */
export function startPresenterSync(): () => void {
  const t = transport();
  const offEvent = t.onEvent((ev) => {
    if (ev.type === 'presentation.changed') acceptPresentation(ev.state);
  });
  const offConnected =
    t.onConnected?.(() => {
      lastSeq = -1;
      void refetch();
    }) ?? (() => undefined);
  const offRoute = useApp.subscribe((s, prev) => {
    if (s.route !== prev.route) void reportCurrent();
  });
  const onFocus = () => void reportCurrent(true);
  window.addEventListener('focus', onFocus);
  void refetch();
  return () => {
    offEvent();
    offConnected();
    offRoute();
    window.removeEventListener('focus', onFocus);
  };
}
