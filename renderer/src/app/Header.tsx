import { useTranslation } from 'react-i18next';
import { Check, Contrast, Library, Loader, Redo2, Undo2 } from 'lucide-react';
import { LANGUAGES, type Language } from '../../../shared/domain/vocab';
import { useSaving } from '../api/saving';
import { useApp } from './store';
import { FileMenu } from './FileMenu';
import { changeFontScale, goHome, redo, toggleHighContrast, undo, updateSettings } from './actions';
import { SelectField } from '../components/SelectField';
import { ProjectorMenu } from '../projector/ProjectorMenu';
import { TimerAgendaControl } from '../agenda/TimerAgendaControl';

export function Header() {
  const { t } = useTranslation();
  const workshop = useApp((s) => s.workshop);
  const route = useApp((s) => s.route);
  const settings = useApp((s) => s.settings);
  const saving = useSaving((s) => s.inFlight > 0);
  const inWorkshop = route?.name === 'workshop';
  const history = workshop?.history;

  const undoTitle = history?.undoLabel ? t('header.undoWhat', { what: t(history.undoLabel) }) : t('header.nothingToUndo');
  const redoTitle = history?.redoLabel ? t('header.redoWhat', { what: t(history.redoLabel) }) : t('header.nothingToRedo');

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
            <span className={`save-state ${saving ? 'is-saving' : ''}`} role="status" aria-live="polite">
              {saving ? <Loader size={14} aria-hidden className="spin" /> : <Check size={14} aria-hidden />}
              {saving ? t('header.saving') : t('header.saved')}
            </span>
          </>
        )}
      </div>
      {inWorkshop && <TimerAgendaControl />}
      {inWorkshop && <ProjectorMenu />}
      {inWorkshop && (
        <div className="header-group">
          <button type="button" className="icon-btn" aria-label={t('header.undo')} title={undoTitle} disabled={!history?.canUndo} onClick={() => void undo()}>
            <Undo2 size={20} aria-hidden />
          </button>
          <button type="button" className="icon-btn" aria-label={t('header.redo')} title={redoTitle} disabled={!history?.canRedo} onClick={() => void redo()}>
            <Redo2 size={20} aria-hidden />
          </button>
        </div>
      )}
      <div className="header-group" role="group" aria-label={t('header.textSize')}>
        <button type="button" className="icon-btn text-btn" aria-label={t('header.smaller')} title={`${t('header.smaller')} (Ctrl+-)`} onClick={() => changeFontScale(-0.1)}>
          {t('header.smallerGlyph')}
        </button>
        <button type="button" className="icon-btn text-btn scale-value" aria-label={t('header.resetSize', { percent: Math.round(settings.fontScale * 100) })} title="Ctrl+0" onClick={() => changeFontScale('reset')}>
          {t('header.percent', { value: Math.round(settings.fontScale * 100) })}
        </button>
        <button type="button" className="icon-btn text-btn" aria-label={t('header.larger')} title={`${t('header.larger')} (Ctrl+=)`} onClick={() => changeFontScale(0.1)}>
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
