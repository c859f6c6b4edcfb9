import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../shared/api/client';
import { maskDeep } from '../../../shared/analysis/personal-data';
import type { WorkshopState } from '../../../shared/api/contract';
import { PAGE_MM } from '../../../shared/storyboard/model';
import {
  PRINT_ERROR_ATTRIBUTE,
  PRINT_READY_ATTRIBUTE,
  type StoryboardPrintRequest,
} from '../../../shared/storyboard/print';
import { call } from '../api';
import { applyLanguage } from '../i18n';
import { todayIso } from '../i18n/format';
import { ScaledSheet } from './ScaledSheet';
import { MapPages } from './MapPages';
import { useStoryboard } from './useStoryboard';
import { keyFromData } from '../i18n/keys';

/** Everything on the page is painted: web fonts loaded and every picture decoded. */
async function painted(): Promise<void> {
  await document.fonts.ready;
  await Promise.all(Array.from(document.images).map((img) => img.decode().catch(() => undefined)));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

/**
 * The page the shell prints to PDF (`#/print/storyboard/<workshop>/<team>/<A4|A3>/<lang>`): the storyboard alone,
 * scaled to one landscape page of that size, then the current-state map's own pages (whole, 9 pt on A4). It sets `data-print-ready` on <html> once painted, or
 * `data-print-error` when it cannot be made, so the printer never waits for nothing or prints an error as a PDF.
 */
export function StoryboardPrintPage({ request }: { request: StoryboardPrintRequest }) {
  const { t } = useTranslation();
  const [workshop, setWorkshop] = useState<WorkshopState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [laidOut, setLaidOut] = useState(false);
  const state = useStoryboard(workshop, request.teamId);
  const { width, height } = PAGE_MM[request.pageSize];

  useEffect(() => {
    // The sheet is shown (and so printed) only once its language's texts are in: they load on demand.
    const language = applyLanguage(request.lang);
    const html = document.documentElement;
    html.classList.add('is-print');
    const style = document.createElement('style');
    style.textContent = `@page { size: ${width}mm ${height}mm; margin: 0; }`;
    document.head.appendChild(style);
    Promise.all([call('workshop.get', { workshopId: request.workshopId }), language])
      .then(([w]) => setWorkshop(w))
      .catch((e: unknown) => setLoadError(e instanceof ApiCallError ? e.error.key : 'storyboard.loadError'));
    return () => {
      style.remove();
      html.classList.remove('is-print');
    };
  }, [request.lang, request.workshopId, width, height]);

  const failed =
    loadError ??
    (state.status === 'error' ? state.key : state.status === 'missingTeam' ? 'storyboard.teamNotFound' : null);
  useEffect(() => {
    if (failed) document.documentElement.setAttribute(PRINT_ERROR_ATTRIBUTE, failed);
  }, [failed]);

  useEffect(() => {
    if (!laidOut || state.status !== 'ready') return;
    let live = true;
    void painted().then(() => {
      if (live) document.documentElement.setAttribute(PRINT_READY_ATTRIBUTE, '');
    });
    return () => {
      live = false;
    };
  }, [laidOut, state]);

  const onLayout = useCallback(() => setLaidOut(true), []);
  // A masked export prints every text of the storyboard masked (the same masking as the Excel export).
  const sheet = useMemo(
    () => (state.status !== 'ready' ? null : request.masked ? maskDeep(state.storyboard) : state.storyboard),
    [state, request.masked],
  );

  if (failed)
    return <p className="sb-print-status">{t(keyFromData(failed), { defaultValue: t('storyboard.loadError') })}</p>;
  if (!sheet) return <p className="sb-print-status">{t('storyboard.print.preparing')}</p>;
  return (
    <main>
      <div className={`sb-print-page sb-${request.pageSize}`}>
        <ScaledSheet sb={sheet} variant="page" fit="contain" date={todayIso()} onLayout={onLayout} />
      </div>
      <MapPages sb={sheet} pageClass={`sb-print-page sb-${request.pageSize}`} />
    </main>
  );
}
