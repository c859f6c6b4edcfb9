import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertTriangle, Play } from 'lucide-react';
import type { AgendaItem, WorkshopDay } from '../../../shared/domain/entities';
import type { AgendaLogEntry } from '../../../shared/domain/agenda-log';
import {
  agendaOverlaps,
  loggedMinutes,
  plannedVsActual,
  type PlannedActualRow,
} from '../../../shared/presentation/agenda';
import { call } from '../api';
import { usePresentation } from '../projector/store';
import { addMinutes } from '../i18n/format';
import { step } from './actions';
import './agenda.css';

/** The day editor's calm warning: which items overlap, and that the agenda still runs in its listed order. */
export function AgendaOverlaps({ agenda }: { agenda: readonly AgendaItem[] }) {
  const { t } = useTranslation();
  const overlaps = agendaOverlaps(agenda);
  if (overlaps.length === 0) return null;
  return (
    <div className="agenda-overlaps" role="note" aria-label={t('agendaRun.overlaps.title')}>
      <p>
        <AlertTriangle size={16} aria-hidden /> <strong>{t('agendaRun.overlaps.title')}</strong>
      </p>
      <ul>
        {overlaps.map((o) => (
          <li key={`${o.first}-${o.second}`}>
            {t('agendaRun.overlaps.pair', { a: o.first + 1, b: o.second + 1, from: o.from, to: o.to })}
          </li>
        ))}
      </ul>
      <p>{t('agendaRun.overlaps.note')}</p>
    </div>
  );
}

const clock = (iso: string): string => {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return '';
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

const planned = (r: PlannedActualRow): string =>
  r.plannedStart && r.plannedMin ? `${r.plannedStart}–${addMinutes(r.plannedStart, r.plannedMin)}` : '';

/**
 * A workshop day's run on the round screen: start its agenda, and the planned next to the actual times (start, end,
 * length, over or under the plan) kept in the workshop file, re-read whenever the agenda moves.
 */
export function DayAgendaRun({
  workshopId,
  day,
  dayLabel,
}: {
  workshopId: string;
  day: WorkshopDay;
  dayLabel: string;
}) {
  const { t } = useTranslation();
  const [log, setLog] = useState<AgendaLogEntry[] | null>(null);
  const seq = usePresentation((s) => s.state?.seq ?? -1);
  const run = usePresentation((s) => s.state?.agenda ?? null);
  const runningHere = !!run && run.workshopId === workshopId && run.dayId === day.id;

  useEffect(() => {
    let live = true;
    call('agenda.log', { workshopId, dayId: day.id })
      .then((l) => {
        if (live) setLog(l);
      })
      .catch(() => {
        if (live) setLog([]);
      });
    return () => {
      live = false;
    };
  }, [workshopId, day.id, seq]);

  const rows = log ? plannedVsActual(day, log) : [];
  const anyRun = rows.some((r) => r.actual);
  const now = Date.now();

  return (
    <div className="agenda-actuals">
      {day.agenda.length > 0 && !runningHere && (
        <div className="agenda-day-actions">
          <button
            type="button"
            className="btn btn-small"
            onClick={() => void step('agenda.start', { workshopId, dayId: day.id })}
          >
            <Play size={16} aria-hidden />
            {t('agendaRun.agenda.startDay', { day: dayLabel })}
          </button>
        </div>
      )}
      {log && (day.agenda.length > 0 || anyRun) && (
        <>
          <h4>{t('agendaRun.actual.title')}</h4>
          {!anyRun ? (
            <p className="empty small">{t('agendaRun.actual.empty')}</p>
          ) : (
            <table>
              <caption className="visually-hidden">{t('agendaRun.actual.caption', { day: dayLabel })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('agendaRun.actual.item')}</th>
                  <th scope="col">{t('agendaRun.actual.planned')}</th>
                  <th scope="col">{t('agendaRun.actual.started')}</th>
                  <th scope="col">{t('agendaRun.actual.ended')}</th>
                  <th scope="col">{t('agendaRun.actual.duration')}</th>
                  <th scope="col">{t('agendaRun.actual.difference')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const e = r.actual;
                  if (!e)
                    return (
                      <tr key={r.key}>
                        <th scope="row">{r.title}</th>
                        <td>{planned(r)}</td>
                        <td colSpan={4} className="is-muted">
                          {t('agendaRun.actual.notRun')}
                        </td>
                      </tr>
                    );
                  const minutes = loggedMinutes(e, now);
                  const length = Math.round(minutes.actual);
                  const diff = Math.round(minutes.overrun);
                  const notes = [
                    e.skipped ? t('agendaRun.actual.skipped') : '',
                    e.extendedMin ? t('agendaRun.actual.extended', { n: e.extendedMin }) : '',
                    e.pausedMs >= 60000 ? t('agendaRun.actual.paused', { n: Math.round(e.pausedMs / 60000) }) : '',
                  ].filter(Boolean);
                  return (
                    <tr key={r.key}>
                      <th scope="row">
                        {r.title}
                        {notes.length > 0 && <span className="is-muted"> ({notes.join(', ')})</span>}
                      </th>
                      <td>{planned(r)}</td>
                      <td>{clock(e.startedAt)}</td>
                      <td>
                        {e.endedAt ? (
                          clock(e.endedAt)
                        ) : (
                          <span className="is-muted">{t('agendaRun.actual.running')}</span>
                        )}
                      </td>
                      <td>{t('agendaRun.actual.minutes', { n: length })}</td>
                      <td className={diff > 0 && !e.skipped ? 'is-over' : undefined}>
                        {e.skipped
                          ? ''
                          : diff > 0
                            ? t('agendaRun.actual.over', { n: diff })
                            : diff < 0
                              ? t('agendaRun.actual.under', { n: -diff })
                              : t('agendaRun.actual.onTime')}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}
