import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call, transport } from '../api';
import { useApp } from './store';
import { Header } from './Header';
import { Toasts } from './Toasts';
import { handleGlobalKey, runCommand } from './commands';
import { loadSettings, loadWorkshop, navigate, onWorkshopChanged } from './actions';
import { parseHash } from './route';
import { LibraryScreen } from '../screens/home/LibraryScreen';
import { WorkshopScreen } from '../screens/workshop/WorkshopScreen';
import { toastError } from './toasts';
import { startPresenterSync } from '../projector/sync';
import { ExcelExportDialog } from '../export/ExcelExportDialog';

/** First route: `?workshop=<id>` (the host's --open), the URL hash, else the most recently opened workshop. */
async function startRoute(): Promise<void> {
  const fromQuery = new URLSearchParams(location.search).get('workshop');
  if (fromQuery) {
    navigate({ name: 'workshop', workshopId: fromQuery, view: { kind: 'round' } }, true);
    return;
  }
  const fromHash = parseHash(location.hash);
  if (fromHash) {
    navigate(fromHash, true);
    return;
  }
  try {
    const list = await call('library.list', {});
    const recent = list.filter((w) => !w.errorKey).sort((a, b) => b.lastOpenedAt.localeCompare(a.lastOpenedAt))[0];
    if (recent) navigate({ name: 'workshop', workshopId: recent.id, view: { kind: 'round' } }, true);
    else navigate({ name: 'home' }, true);
  } catch (e) {
    toastError(e);
    navigate({ name: 'home' }, true);
  }
}

export function App() {
  const { t } = useTranslation();
  const route = useApp((s) => s.route);

  useEffect(() => {
    void loadSettings().then(startRoute);
    const onHash = () => {
      const r = parseHash(location.hash);
      if (r) navigate(r, true);
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('popstate', onHash);
    window.addEventListener('keydown', handleGlobalKey);
    const stopPresenter = startPresenterSync();
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
      window.removeEventListener('popstate', onHash);
      window.removeEventListener('keydown', handleGlobalKey);
      unsubscribe();
      stopPresenter();
    };
  }, []);

  // A workshop route without data (reload, back button) loads it.
  useEffect(() => {
    if (route?.name === 'workshop' && useApp.getState().workshop?.id !== route.workshopId) void loadWorkshop(route.workshopId);
  }, [route]);

  return (
    <div className="app">
      <a href="#main" className="skip-link" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('app.skipToContent')}
      </a>
      <Header />
      {route === null ? (
        <main id="main" tabIndex={-1} className="loading" aria-busy="true">
          <p>{t('common.loading')}</p>
        </main>
      ) : route.name === 'home' ? (
        <LibraryScreen />
      ) : (
        <WorkshopScreen workshopId={route.workshopId} view={route.view} />
      )}
      <ExcelExportDialog />
      <Toasts />
    </div>
  );
}
