import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertTriangle, Check, Contrast, Library, Loader, Redo2, Undo2 } from 'lucide-react';
import { LANGUAGES, type Language } from '../../../shared/domain/vocab';
import { saveStatus, useSaving } from '../api/saving';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from './store';
import { FileMenu } from './FileMenu';
import { changeFontScale, goHome, redo, toggleHighContrast, undo, updateSettings } from './actions';
import { SelectField } from '../components/SelectField';
import { ProjectorMenu } from '../projector/ProjectorMenu';
import { keyFromData } from '../i18n/keys';

// The timer and agenda control (and its clock and schemas) is a workshop's tool: it loads with the first workshop.
const TimerAgendaControl = lazy(() =>
  import('../agenda/TimerAgendaControl').then((m) => ({ default: m.TimerAgendaControl })),
);

/** "Saving…" / "Saved" / "Not saved": its own component, so a save starting or ending re-renders only this. */
function SaveState() {
  const { t } = useTranslation();
  const status = useSaving(useShallow((s) => saveStatus(s)));
  return (
    <span
      className={`save-state ${status.kind === 'saving' ? 'is-saving' : status.kind === 'failed' ? 'is-failed' : ''}`}
      role="status"
      aria-live="polite"
      title={status.kind === 'failed' ? t('autosave.notSavedTitle', { reason: t(keyFromData(status.key)) }) : undefined}
    >
      {status.kind === 'saving' ? (
        <Loader size={14} aria-hidden className="spin" />
      ) : status.kind === 'failed' ? (
        <AlertTriangle size={14} aria-hidden />
      ) : (
        <Check size={14} aria-hidden />
      )}
      {status.kind === 'saving'
        ? t('header.saving')
        : status.kind === 'failed'
          ? t('header.notSaved')
          : t('header.saved')}
    </span>
  );
}

export function Header() {
  const { t } = useTranslation();
  // The title and the undo state, not the whole workshop: a save acknowledged moves only the revision.
  const workshop = useApp(
    useShallow((s) => (s.workshop ? { title: s.workshop.title, history: s.workshop.history } : null)),
  );
  const route = useApp((s) => s.route);
  const settings = useApp((s) => s.settings);
  const inWorkshop = route?.name === 'workshop';
  const history = workshop?.history;

  const undoTitle = history?.undoLabel
    ? t('header.undoWhat', { what: t(keyFromData(history.undoLabel)) })
    : t('header.nothingToUndo');
  const redoTitle = history?.redoLabel
    ? t('header.redoWhat', { what: t(keyFromData(history.redoLabel)) })
    : t('header.nothingToRedo');

  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden />
        <span className="brand-name">{t('app.name')}</span>
      </div>
      <FileMenu hasWorkshop={inWorkshop && !!workshop} />
      {inWorkshop && (
        <button type="button" className="btn btn-ghost" title={t('header.library')} onClick={goHome}>
          <Library size={18} aria-hidden />
          <span className="btn-label">{t('header.library')}</span>
        </button>
      )}
      <div className="header-title">
        {inWorkshop && workshop && (
          <>
            <span className="workshop-title" title={workshop.title}>
              {workshop.title}
            </span>
            <SaveState />
          </>
        )}
      </div>
      {inWorkshop && (
        <Suspense fallback={null}>
          <TimerAgendaControl />
        </Suspense>
      )}
      {inWorkshop && <ProjectorMenu />}
      {inWorkshop && (
        <div className="header-group">
          <button
            type="button"
            className="icon-btn"
            aria-label={t('header.undo')}
            title={undoTitle}
            disabled={!history?.canUndo}
            onClick={() => void undo()}
          >
            <Undo2 size={20} aria-hidden />
          </button>
          <button
            type="button"
            className="icon-btn"
            aria-label={t('header.redo')}
            title={redoTitle}
            disabled={!history?.canRedo}
            onClick={() => void redo()}
          >
            <Redo2 size={20} aria-hidden />
          </button>
        </div>
      )}
      <div className="header-group" role="group" aria-label={t('header.textSize')}>
        <button
          type="button"
          className="icon-btn text-btn"
          aria-label={t('header.smaller')}
          title={`${t('header.smaller')} (Ctrl+-)`}
          onClick={() => changeFontScale(-0.1)}
        >
          {t('header.smallerGlyph')}
        </button>
        <button
          type="button"
          className="icon-btn text-btn scale-value"
          aria-label={t('header.resetSize', { percent: Math.round(settings.fontScale * 100) })}
          title="Ctrl+0"
          onClick={() => changeFontScale('reset')}
        >
          {t('header.percent', { value: Math.round(settings.fontScale * 100) })}
        </button>
        <button
          type="button"
          className="icon-btn text-btn"
          aria-label={t('header.larger')}
          title={`${t('header.larger')} (Ctrl+=)`}
          onClick={() => changeFontScale(0.1)}
        >
          {t('header.largerGlyph')}
        </button>
      </div>
      <button
        type="button"
        className="icon-btn"
        aria-pressed={settings.theme === 'high-contrast'}
        aria-label={t('header.highContrast')}
        title={t('header.highContrast')}
        onClick={toggleHighContrast}
      >
        <Contrast size={20} aria-hidden />
      </button>
      <SelectField
        className="lang-select"
        hideLabel
        label={t('header.language')}
        value={settings.language}
        options={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
        onChange={(v) => void updateSettings({ language: v as Language })}
      />
    </header>
  );
}
