import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, transport } from '../api';
import { useApp } from './store';
import { Header } from './Header';
import { Toasts } from './Toasts';
import { handleGlobalKey, runCommand } from './commands';
import { loadSettings, loadWorkshop, navigate, onWorkshopChanged } from './actions';
import { parseHash, type Route } from './route';
import { LibraryScreen } from '../screens/home/LibraryScreen';
import { toastError, useToasts } from './toasts';
import { watchLengthLimits } from './length-limit';
import i18n from '../i18n';
import { startPresenterSync } from '../projector/sync';
import { handleSectionKey } from '../projector/sections';
import { useExcelExport } from '../export/excel-export';
import { installPageFlush } from '../api/page-flush';
import { PageLoading } from './PageLoading';
import { dropEarly, takeEarly } from './early';

// A workshop's screens (boards, day tools, storyboard) load when one is opened: the library starts without them.
const WorkshopScreen = lazy(() =>
  import('../screens/workshop/WorkshopScreen').then((m) => ({ default: m.WorkshopScreen })),
);
const ExcelExportDialog = lazy(() =>
  import('../export/ExcelExportDialog').then((m) => ({ default: m.ExcelExportDialog })),
);

/** The Excel export dialog loads when first opened and then stays mounted, so closing it returns focus as a dialog does. */
function LazyExcelExportDialog() {
  const open = useExcelExport((s) => s.open);
  const [wanted, setWanted] = useState(open);
  if (open && !wanted) setWanted(true);
  return wanted ? (
    <Suspense fallback={null}>
      <ExcelExportDialog />
    </Suspense>
  ) : null;
}

/** First route: `?workshop=<id>` (the host's --open), the URL hash, else the most recently opened workshop. */
async function firstRoute(): Promise<Route> {
  const fromQuery = new URLSearchParams(location.search).get('workshop');
  if (fromQuery) return { name: 'workshop', workshopId: fromQuery, view: { kind: 'round' } };
  const fromHash = parseHash(location.hash);
  if (fromHash) return fromHash;
  try {
    const list = await (takeEarly('library.list') ?? call('library.list', {}));
    const recent = list.filter((w) => !w.errorKey).sort((a, b) => b.lastOpenedAt.localeCompare(a.lastOpenedAt))[0];
    return recent ? { name: 'workshop', workshopId: recent.id, view: { kind: 'round' } } : { name: 'home' };
  } catch (e) {
    toastError(e);
    return { name: 'home' };
  }
}

/** The first route is looked up while the settings load (one round trip less before the first screen); it is shown
 * once both are in, so the first screen already speaks the chosen language. */
async function startRoute(settings: Promise<void>): Promise<void> {
  const [route] = await Promise.all([firstRoute(), settings]);
  if (route.name !== 'home') dropEarly();
  navigate(route, true);
}

let started: Promise<void> | undefined;

/** Loads the settings and shows the first route, once per page: main.tsx calls it before the first render, so the
 * requests overlap React's start. */
export function startApp(): Promise<void> {
  return (started ??= startRoute(loadSettings()));
}

export function App() {
  const { t } = useTranslation();
  const route = useApp((s) => s.route);

  useEffect(() => {
    void startApp();
    const onHash = () => {
      const r = parseHash(location.hash);
      if (r) navigate(r, true);
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('popstate', onHash);
    window.addEventListener('keydown', handleGlobalKey);
    window.addEventListener('keydown', handleSectionKey);
    const stopPresenter = startPresenterSync();
    const stopLimits = watchLengthLimits(document, (max) =>
      useToasts.getState().push({ tone: 'info', message: i18n.t('common.textCut', { max }) }),
    );
    const stopFlush = installPageFlush((flush) => useApp.subscribe((s, prev) => s.route !== prev.route && flush()));
    const unsubscribe = transport().onEvent((ev) => {
      switch (ev.type) {
        case 'workshop.changed':
          onWorkshopChanged(ev.workshopId, ev.revision, ev.boardId);
          break;
        case 'library.changed':
          useApp.setState((s) => ({ libraryEpoch: s.libraryEpoch + 1 }));
          break;
        case 'settings.changed':
          void loadSettings();
          break;
        case 'menu':
          runCommand(ev.command);
          break;
      }
    });
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('keydown', handleSectionKey);
      window.removeEventListener('popstate', onHash);
      window.removeEventListener('keydown', handleGlobalKey);
      unsubscribe();
      stopPresenter();
      stopLimits();
      stopFlush();
    };
  }, []);

  // A workshop route without data (reload, back button) loads it.
  useEffect(() => {
    if (route?.name === 'workshop' && useApp.getState().workshop?.id !== route.workshopId)
      void loadWorkshop(route.workshopId);
  }, [route]);

  return (
    <div className="app">
      <a
        href="#main"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <Header />
      {route === null ? (
        <PageLoading />
      ) : route.name === 'home' ? (
        <LibraryScreen />
      ) : (
        <Suspense fallback={<PageLoading />}>
          <WorkshopScreen workshopId={route.workshopId} view={route.view} />
        </Suspense>
      )}
      <LazyExcelExportDialog />
      <Toasts />
    </div>
  );
}
