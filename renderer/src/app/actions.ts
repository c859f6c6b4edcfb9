import type { Input, Method, Output, Settings } from '../../../shared/api/contract';
import { ApiCallError } from '../../../shared/api/client';
import { call } from '../api';
import { useSaving } from '../api/saving';
import { exportAndSave, pickFile, readUpload, type ExportMethod } from '../api/files';
import { applyLanguage } from '../i18n';
import { formatDate, todayIso } from '../i18n/format';
import i18n from '../i18n';
import { useApp, DEFAULT_SETTINGS } from './store';
import { toHash, type Route, type View } from './route';
import { toastError, toastInfo } from './toasts';

export const FONT_SCALE = { min: 0.8, max: 2, step: 0.1 } as const;

// ---- settings ----

export function applySettings(s: Settings): void {
  applyLanguage(s.language);
  // Everything is sized in rem, so one root size scales the whole UI for the projector.
  document.documentElement.style.fontSize = `${Math.round(s.fontScale * 100)}%`;
  document.documentElement.dataset.theme = s.theme;
  // At projector scales the header drops secondary labels so it never overflows.
  document.documentElement.dataset.scale = s.fontScale >= 1.25 ? 'large' : 'normal';
}

export async function loadSettings(): Promise<void> {
  try {
    const s = await call('settings.get', {});
    useApp.setState({ settings: s, settingsLoaded: true });
    applySettings(s);
  } catch (e) {
    useApp.setState({ settings: DEFAULT_SETTINGS, settingsLoaded: true });
    applySettings(DEFAULT_SETTINGS);
    toastError(e);
  }
}

/** Bumped per settings change, so an older answer never overwrites a newer choice (quick Ctrl+- presses). */
let settingsRequest = 0;

export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  const prev = useApp.getState().settings;
  const next = { ...prev, ...patch };
  const mine = ++settingsRequest;
  useApp.setState({ settings: next });
  applySettings(next);
  try {
    const saved = await call('settings.set', patch);
    if (mine !== settingsRequest) return;
    useApp.setState({ settings: saved });
    applySettings(saved);
  } catch (e) {
    if (mine === settingsRequest) {
      useApp.setState({ settings: prev });
      applySettings(prev);
    }
    toastError(e);
  }
}

export function changeFontScale(delta: number | 'reset'): void {
  const cur = useApp.getState().settings.fontScale;
  const raw = delta === 'reset' ? 1 : cur + delta;
  const next = Math.min(FONT_SCALE.max, Math.max(FONT_SCALE.min, Math.round(raw * 10) / 10));
  if (next !== cur) void updateSettings({ fontScale: next });
}

export function toggleHighContrast(): void {
  const t = useApp.getState().settings.theme;
  void updateSettings({ theme: t === 'high-contrast' ? 'light' : 'high-contrast' });
}

// ---- navigation ----

export function navigate(route: Route, replace = false): void {
  useApp.setState({ route });
  const hash = toHash(route);
  if (location.hash !== hash) {
    if (replace) history.replaceState(null, '', hash);
    else history.pushState(null, '', hash);
  }
  const w = useApp.getState().workshop;
  if (route.name === 'workshop' && w?.id !== route.workshopId) void loadWorkshop(route.workshopId);
  if (route.name === 'home') useApp.setState({ workshop: null, workshopErrorKey: null });
}

export function openWorkshop(workshopId: string, view: View = { kind: 'round' }): void {
  navigate({ name: 'workshop', workshopId, view });
}

export function showView(view: View): void {
  const r = useApp.getState().route;
  if (r?.name === 'workshop') navigate({ ...r, view });
}

export function goHome(): void {
  navigate({ name: 'home' });
}

/** File › New workshop: the library, with its title field focused. */
export function requestNewWorkshop(): void {
  navigate({ name: 'home' });
  useApp.setState((s) => ({ newWorkshopRequest: s.newWorkshopRequest + 1 }));
}

// ---- workshop data ----

let loadSeq = 0;

export async function loadWorkshop(workshopId: string): Promise<void> {
  const seq = ++loadSeq;
  try {
    const w = await call('workshop.get', { workshopId });
    if (seq !== loadSeq) return;
    useApp.setState({ workshop: w, workshopErrorKey: null });
  } catch (e) {
    if (seq !== loadSeq) return;
    const key = e instanceof ApiCallError ? e.error.key : 'errors.unexpected';
    useApp.setState({ workshop: null, workshopErrorKey: key });
  }
}

export async function refreshWorkshop(): Promise<void> {
  const w = useApp.getState().workshop;
  if (w) await loadWorkshop(w.id);
}

export function currentWorkshopId(): string | null {
  const r = useApp.getState().route;
  return r?.name === 'workshop' ? r.workshopId : null;
}

/**
 * One edit of workshop data: the call, then a refetch so the screens and the undo label follow. Returns the
 * call's value, or undefined after showing the error.
 */
export async function mutate<K extends Method>(method: K, input: Input<K>): Promise<Output<K> | undefined> {
  try {
    const out = await call(method, input);
    await refreshWorkshop();
    return out;
  } catch (e) {
    toastError(e);
    await refreshWorkshop();
    return undefined;
  }
}

export async function undo(): Promise<void> {
  await historyStep('history.undo');
}

export async function redo(): Promise<void> {
  await historyStep('history.redo');
}

async function historyStep(method: 'history.undo' | 'history.redo'): Promise<void> {
  const workshopId = currentWorkshopId();
  const w = useApp.getState().workshop;
  if (!workshopId || !w) return;
  const can = method === 'history.undo' ? w.history.canUndo : w.history.canRedo;
  if (!can) return;
  try {
    await call(method, { workshopId });
  } catch (e) {
    toastError(e);
  }
  await refreshWorkshop();
  useApp.setState((s) => ({ boardEpoch: s.boardEpoch + 1 }));
}

/** Another window or the backend changed data: refetch unless our own call is about to do so. */
export function onWorkshopChanged(workshopId: string, revision: number, boardId?: string): void {
  const w = useApp.getState().workshop;
  if (!w || w.id !== workshopId) return;
  if (revision <= w.revision) return;
  if (useSaving.getState().inFlight > 0) return;
  void refreshWorkshop();
  const r = useApp.getState().route;
  const openBoard = r?.name === 'workshop' && r.view.kind === 'board' ? r.view.boardId : null;
  if (openBoard && (boardId === undefined || boardId === openBoard)) {
    useApp.setState((s) => ({ boardEpoch: s.boardEpoch + 1 }));
  }
}

// ---- files ----

export async function exportCurrent(method: ExportMethod): Promise<void> {
  const workshopId = currentWorkshopId();
  if (!workshopId) return;
  try {
    const out = await exportAndSave(method, workshopId);
    if (out.kind === 'saved') toastInfo(i18n.t('files.savedTo', { path: out.path }));
    if (out.kind === 'download') toastInfo(i18n.t('files.downloaded'));
  } catch (e) {
    toastError(e);
  }
}

export async function openWorkshopFile(): Promise<void> {
  const file = await pickFile('.lapimurto,.json');
  if (!file) return;
  try {
    const summary = await call('library.importFile', await readUpload(file));
    toastInfo(i18n.t('files.imported', { title: summary.title }));
    openWorkshop(summary.id);
  } catch (e) {
    toastError(e);
  }
}

export async function mergePackage(): Promise<void> {
  const workshopId = currentWorkshopId();
  if (!workshopId) return;
  const file = await pickFile('.lapimurto,.json');
  if (!file) return;
  try {
    const upload = await readUpload(file);
    const out = await mutate('workshop.mergeFile', { workshopId, file: upload });
    if (out) toastInfo(i18n.t('files.merged', { count: out.teamsAdded }));
  } catch (e) {
    toastError(e);
  }
}

export function defaultWorkshopTitle(): string {
  const date = formatDate(todayIso(), i18n.language);
  return i18n.t('library.defaultTitle', { date });
}

export async function createWorkshop(title: string): Promise<void> {
  try {
    const s = await call('library.create', { title: title.trim() || defaultWorkshopTitle() });
    openWorkshop(s.id);
  } catch (e) {
    toastError(e);
  }
}
