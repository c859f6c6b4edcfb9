import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowLeft, FileDown, Maximize2, MonitorUp } from 'lucide-react';
import { ApiCallError } from '../../../shared/api/client';
import type { WorkshopState } from '../../../shared/api/contract';
import type { StoryboardPageSize } from '../../../shared/storyboard/model';
import { call } from '../api';
import { saveExportedFile } from '../api/files';
import { showView } from '../app/actions';
import { toastError, toastInfo } from '../app/toasts';
import { todayIso } from '../i18n/format';
import { ScaledSheet } from './ScaledSheet';
import { MapPages } from './MapPages';
import { useStoryboard } from './useStoryboard';
import { keyFromData } from '../i18n/keys';

/**
 * The coach's storyboard of one team: a preview of the one-page sheet exactly as it prints, with the PDF exports
 * (A4 and A3 landscape) and "show to the audience", which puts the projector version on the audience view.
 */
export function StoryboardView({ workshop, teamId }: { workshop: WorkshopState; teamId: string }) {
  const { t } = useTranslation();
  const state = useStoryboard(workshop, teamId);
  const [busy, setBusy] = useState<StoryboardPageSize | null>(null);
  const [actualSize, setActualSize] = useState(false);
  const team = workshop.teams.find((x) => x.id === teamId);

  async function exportPdf(pageSize: StoryboardPageSize, maskPersonalData = false) {
    if (busy) return;
    setBusy(pageSize);
    try {
      const file = await call('storyboard.exportPdf', { workshopId: workshop.id, teamId, pageSize, maskPersonalData });
      const out = await saveExportedFile(file);
      if (out.kind === 'saved') toastInfo(t('storyboard.exported', { path: out.path }));
      if (out.kind === 'download') toastInfo(t('storyboard.exportedDownload', { name: file.fileName }));
    } catch (e) {
      // Personal data on the storyboard: nothing was printed; the coach may print it masked instead.
      const personal =
        e instanceof ApiCallError && e.error.key === 'storyboard.errors.personalData' && !maskPersonalData;
      toastError(
        e,
        personal ? { label: t('files.exportMasked'), run: () => void exportPdf(pageSize, true) } : undefined,
      );
    } finally {
      setBusy(null);
    }
  }

  async function showAudience() {
    try {
      await call('presentation.show', { workshopId: workshop.id, content: { kind: 'storyboard', teamId } });
      toastInfo(t('storyboard.shownAudience'));
    } catch (e) {
      toastError(e);
    }
  }

  if (!team || state.status === 'missingTeam') {
    return (
      <div className="centered">
        <div className="notice-card">
          <h1>{t('storyboard.teamNotFound')}</h1>
        </div>
      </div>
    );
  }

  return (
    <div className="page sb-view">
      <div className="page-head">
        <div>
          <p className="eyebrow">{t('storyboard.eyebrow')}</p>
          <h1>{team.name}</h1>
        </div>
        <button type="button" className="btn btn-ghost" onClick={() => showView({ kind: 'team', teamId })}>
          <ArrowLeft size={18} aria-hidden />
          {t('storyboard.backToTeam')}
        </button>
      </div>
      <div className="sb-view-toolbar" role="group" aria-label={t('storyboard.toolbarLabel')}>
        <button type="button" className="btn btn-primary" onClick={() => void showAudience()}>
          <MonitorUp size={18} aria-hidden />
          {t('storyboard.showAudience')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => void exportPdf('A4')}
          disabled={busy !== null}
          aria-busy={busy === 'A4'}
        >
          <FileDown size={18} aria-hidden />
          {busy === 'A4' ? t('storyboard.exporting') : t('storyboard.exportA4')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => void exportPdf('A3')}
          disabled={busy !== null}
          aria-busy={busy === 'A3'}
        >
          <FileDown size={18} aria-hidden />
          {busy === 'A3' ? t('storyboard.exporting') : t('storyboard.exportA3')}
        </button>
        <button
          type="button"
          className="btn btn-ghost"
          aria-pressed={actualSize}
          onClick={() => setActualSize((v) => !v)}
        >
          <Maximize2 size={18} aria-hidden />
          {t('storyboard.actualSize')}
        </button>
      </div>
      {state.status === 'loading' ? (
        <p aria-busy="true">{t('storyboard.loading')}</p>
      ) : state.status === 'error' ? (
        <div className="banner banner-warning" role="alert">
          <p>{t(keyFromData(state.key), { defaultValue: t('storyboard.loadError') })}</p>
        </div>
      ) : (
        <div
          className={`sb-preview ${actualSize ? 'is-actual' : ''}`}
          tabIndex={actualSize ? 0 : -1}
          role="region"
          aria-label={t('storyboard.previewLabel')}
        >
          <ScaledSheet sb={state.storyboard} variant="page" fit={actualSize ? 'actual' : 'width'} date={todayIso()} />
          <MapPages sb={state.storyboard} />
        </div>
      )}
    </div>
  );
}
