import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileUp, Plus, Sparkles, Trash2 } from 'lucide-react';
import type { WorkshopSummary } from '../../../../shared/api/contract';
import { call } from '../../api';
import { useApp } from '../../app/store';
import {
  createWorkshop,
  defaultWorkshopTitle,
  openWorkshop,
  openWorkshopFile,
  updateSettings,
} from '../../app/actions';
import { errorMessage, toastError, toastInfo } from '../../app/toasts';
import { formatDateTime } from '../../i18n/format';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { keyFromData } from '../../i18n/keys';
import { takeEarly } from '../../app/early';

export function LibraryScreen() {
  const { t, i18n } = useTranslation();
  const [list, setList] = useState<WorkshopSummary[] | null>(null);
  // Why the library cannot be listed (read-only folder): said where the list would be, not as "no workshops".
  const [listError, setListError] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<WorkshopSummary | null>(null);
  const libraryEpoch = useApp((s) => s.libraryEpoch);
  const settings = useApp((s) => s.settings);
  const settingsLoaded = useApp((s) => s.settingsLoaded);

  const load = useCallback(async () => {
    try {
      const items = await (takeEarly('library.list') ?? call('library.list', {}));
      setList([...items].sort((a, b) => b.lastOpenedAt.localeCompare(a.lastOpenedAt)));
      setListError(null);
    } catch (e) {
      setListError(errorMessage(e));
      setList([]);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load, libraryEpoch]);

  async function remove(w: WorkshopSummary) {
    setToDelete(null);
    try {
      await call('library.remove', { workshopId: w.id });
      toastInfo(t('library.removed', { title: w.title }));
      await load();
    } catch (e) {
      toastError(e);
    }
  }

  async function openDemo() {
    try {
      const s = await call('library.createDemo', {});
      await updateSettings({ demoOffered: true });
      openWorkshop(s.id);
    } catch (e) {
      toastError(e);
    }
  }

  return (
    <main id="main" tabIndex={-1} className="library">
      <div className="library-inner">
        <div className="page-head">
          <h1>{t('library.title')}</h1>
          <button type="button" className="btn" onClick={() => void openWorkshopFile()}>
            <FileUp size={18} aria-hidden />
            {t('library.openFile')}
          </button>
        </div>

        {settingsLoaded && !settings.demoOffered && (
          <section className="callout" aria-labelledby="demo-offer-title">
            <Sparkles size={24} aria-hidden className="callout-icon" />
            <div className="callout-body">
              <h2 id="demo-offer-title">{t('library.demo.title')}</h2>
              <p>{t('library.demo.body')}</p>
            </div>
            <div className="callout-actions">
              <button type="button" className="btn btn-primary" onClick={() => void openDemo()}>
                {t('library.demo.open')}
              </button>
              <button type="button" className="btn" onClick={() => void updateSettings({ demoOffered: true })}>
                {t('library.demo.decline')}
              </button>
            </div>
          </section>
        )}

        <NewWorkshopForm />

        <section aria-labelledby="library-list-title" className="library-list">
          <h2 id="library-list-title">{t('library.recent')}</h2>
          {listError ? (
            <p className="field-error" role="alert">
              {listError}
            </p>
          ) : list === null ? (
            <p className="muted">{t('common.loading')}</p>
          ) : list.length === 0 ? (
            <p className="empty">{t('library.empty')}</p>
          ) : (
            <ul className="workshop-cards">
              {list.map((w) => (
                <li key={w.id} className={`workshop-card ${w.errorKey ? 'has-error' : ''}`}>
                  <div className="workshop-card-main">
                    <h3>
                      {w.errorKey ? (
                        <span>{w.title}</span>
                      ) : (
                        <button type="button" className="link-btn" onClick={() => openWorkshop(w.id)}>
                          {w.title}
                        </button>
                      )}
                    </h3>
                    {w.errorKey ? (
                      <p className="error-text">{t(keyFromData(w.errorKey))}</p>
                    ) : (
                      <p className="meta">
                        {w.roundName && <span>{w.roundName}</span>}
                        <span>{t('library.teams', { count: w.teamCount })}</span>
                        <span>{t('library.lastOpened', { when: formatDateTime(w.lastOpenedAt, i18n.language) })}</span>
                      </p>
                    )}
                  </div>
                  <div className="workshop-card-actions">
                    {!w.errorKey && (
                      <button
                        type="button"
                        className="btn btn-primary"
                        onClick={() => openWorkshop(w.id)}
                        aria-label={t('library.openNamed', { title: w.title })}
                      >
                        {t('library.open')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="icon-btn"
                      aria-label={t('library.deleteNamed', { title: w.title })}
                      title={t('library.delete')}
                      onClick={() => setToDelete(w)}
                    >
                      <Trash2 size={18} aria-hidden />
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <ConfirmDialog
        open={toDelete !== null}
        title={t('library.confirmDelete.title')}
        body={t('library.confirmDelete.body', { title: toDelete?.title ?? '' })}
        confirmLabel={t('library.confirmDelete.confirm')}
        danger
        onCancel={() => setToDelete(null)}
        onConfirm={() => toDelete && void remove(toDelete)}
      />
    </main>
  );
}

function NewWorkshopForm() {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(defaultWorkshopTitle);
  const [busy, setBusy] = useState(false);
  const request = useApp((s) => s.newWorkshopRequest);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (request > 0) {
      inputRef.current?.focus();
      inputRef.current?.select();
    }
  }, [request]);

  return (
    <section className="new-workshop" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('library.new.title')}</h2>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          void createWorkshop(title).finally(() => setBusy(false));
        }}
      >
        <div className="field grow">
          <label htmlFor={id}>{t('library.new.label')}</label>
          <input id={id} ref={inputRef} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          <Plus size={18} aria-hidden />
          {t('library.new.create')}
        </button>
      </form>
    </section>
  );
}
