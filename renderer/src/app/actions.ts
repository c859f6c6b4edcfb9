import type { HistoryStep, Input, Method, Output, Settings, WorkshopState } from '../../../shared/api/contract';
import { ApiCallError } from '../../../shared/api/client';
import { call } from '../api';
import { flushAllDrafts, useSaving } from '../api/saving';
import { shareEqual } from '../api/share-equal';
import { settleWrites } from '../api/writes';
import { stepText, stepView } from './history-step';
import { exportAndSave, pickFile, readUpload, type ExportMethod } from '../api/files';
import { applyLanguage } from '../i18n';
import { formatDate, todayIso } from '../i18n/format';
import i18n from '../i18n';
import { useApp, DEFAULT_SETTINGS } from './store';
import { toHash, type Route, type View } from './route';
import { toastError, toastInfo } from './toasts';
import { takeEarly } from './early';

export const FONT_SCALE = { min: 0.8, max: 2, step: 0.1 } as const;

// ---- settings ----

/** Resolves once the chosen language's texts are in (they load on demand), so a first screen never flashes Finnish. */
export function applySettings(s: Settings): Promise<void> {
  const language = applyLanguage(s.language);
  // Everything is sized in rem, so one root size scales the whole UI for the projector.
  document.documentElement.style.fontSize = `${Math.round(s.fontScale * 100)}%`;
  document.documentElement.dataset.theme = s.theme;
  // At projector scales the header drops secondary labels so it never overflows.
  document.documentElement.dataset.scale = s.fontScale >= 1.25 ? 'large' : 'normal';
  return language;
}

export async function loadSettings(): Promise<void> {
  try {
    const s = await (takeEarly('settings.get') ?? call('settings.get', {}));
    useApp.setState({ settings: s, settingsLoaded: true });
    await applySettings(s);
  } catch (e) {
    useApp.setState({ settings: DEFAULT_SETTINGS, settingsLoaded: true });
    void applySettings(DEFAULT_SETTINGS);
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
  void applySettings(next);
  try {
    const saved = await call('settings.set', patch);
    if (mine !== settingsRequest) return;
    useApp.setState({ settings: saved });
    void applySettings(saved);
  } catch (e) {
    if (mine === settingsRequest) {
      useApp.setState({ settings: prev });
      void applySettings(prev);
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
    // Unchanged parts keep their identity, so a refetch re-renders only what changed.
    const prev = useApp.getState().workshop;
    useApp.setState({ workshop: prev?.id === w.id ? shareEqual(prev, w) : w, workshopErrorKey: null });
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

/**
 * Board edits the backend acknowledged (`acked` of them, the last one answering `ack`): when nothing else changed the
 * workshop meanwhile (its revision moved by exactly those edits), the store takes the new revision, undo state and
 * the board's time from the answer instead of re-fetching the whole workshop; otherwise it re-fetches.
 */
export function boardEditsAcknowledged(
  workshopId: string,
  boardId: string,
  acked: number,
  ack: { revision: number; history: WorkshopState['history']; updatedAt: string },
): void {
  const w = useApp.getState().workshop;
  if (!w || w.id !== workshopId) return;
  if (ack.revision !== w.revision + acked) {
    if (ack.revision > w.revision) void refreshWorkshop();
    return;
  }
  useApp.setState({
    workshop: {
      ...w,
      revision: ack.revision,
      updatedAt: ack.updatedAt,
      history: shareEqual(w.history, ack.history),
      boards: w.boards.map((b) => (b.id === boardId ? { ...b, updatedAt: ack.updatedAt } : b)),
    },
  });
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

export function undo(): Promise<void> {
  return historyStep('history.undo');
}

export function redo(): Promise<void> {
  return historyStep('history.redo');
}

/** History steps run one after another: a second Ctrl+Z starts when the first one's screen and toast are in. */
let steps: Promise<void> = Promise.resolve();

function historyStep(method: 'history.undo' | 'history.redo'): Promise<void> {
  const run = steps.then(() => takeHistoryStep(method));
  steps = run.catch(() => undefined);
  return run;
}

async function takeHistoryStep(method: 'history.undo' | 'history.redo'): Promise<void> {
  const workshopId = currentWorkshopId();
  // What is typed but not yet saved is part of the edit being undone (or comes before the redo); the board's queued
  // optimistic commands and every save in flight are newer than anything undo could reverse: wait for them all.
  if (!(await flushAllDrafts())) return;
  await settleWrites();
  await refreshWorkshop();
  const w = useApp.getState().workshop;
  if (!workshopId || !w || w.id !== workshopId) return;
  const can = method === 'history.undo' ? w.history.canUndo : w.history.canRedo;
  if (!can) return;
  let step: HistoryStep | null = null;
  try {
    step = (await call(method, { workshopId })).step;
  } catch (e) {
    toastError(e);
  }
  await refreshWorkshop();
  useApp.setState((s) => ({ boardEpoch: s.boardEpoch + 1 }));
  if (!step) return;
  // Never a silent change off-screen: go to what changed, and always name it.
  const r = useApp.getState().route;
  const target = r?.name === 'workshop' && r.workshopId === workshopId ? stepView(step.place, r.view) : null;
  if (target) showView(target);
  toastInfo(stepText(i18n.t, method === 'history.undo' ? 'undo' : 'redo', step), undefined, 'history');
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

export async function exportCurrent(method: ExportMethod, options: { maskPersonalData?: boolean } = {}): Promise<void> {
  const workshopId = currentWorkshopId();
  if (!workshopId) return;
  try {
    const out = await exportAndSave(method, workshopId, options);
    if (out.kind === 'saved') toastInfo(i18n.t('files.savedTo', { path: out.path }));
    if (out.kind === 'download') toastInfo(i18n.t('files.downloaded'));
  } catch (e) {
    // Personal data found: nothing was written; the coach may export the file masked instead.
    if (e instanceof ApiCallError && e.error.key === 'files.errors.personalData' && !options.maskPersonalData) {
      toastError(e, {
        label: i18n.t('files.exportMasked'),
        run: () => void exportCurrent(method, { maskPersonalData: true }),
      });
    } else toastError(e);
  }
}

export async function openWorkshopFile(): Promise<void> {
  const file = await pickFile('.lapimurto,.json');
  if (!file) return;
  try {
    const summary = await call('library.importFile', await readUpload(file));
    toastInfo(i18n.t('files.imported', { title: summary.title }));
    if (summary.removedObjects) toastInfo(i18n.t('files.removedObjects', { count: summary.removedObjects }));
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
    if (out?.removedObjects) toastInfo(i18n.t('files.removedObjects', { count: out.removedObjects }));
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
