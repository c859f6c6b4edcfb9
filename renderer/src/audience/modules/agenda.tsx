import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../../shared/api/contract';
import { currentItem, nextItem, type AgendaRun, type AgendaRunItem } from '../../../../shared/presentation/agenda';
import { formatCountdown, remainingMs } from '../../../../shared/presentation/clock';
import { digitsClass, useClockNow } from '../../agenda/clock';
import { formatDate } from '../../i18n/format';
import type { AudienceModule } from '../registry';
import { AudienceScreen, CalmScreen } from '../Screen';
import { useAudience } from '../store';
import '../../agenda/audience-agenda.css';

/** Rows the list shows at most; a longer day shows a window that keeps the current item in view. */
const LIST_ROWS = 12;

function visibleWindow<T>(items: readonly T[], current: number): { from: number; items: readonly T[] } {
  if (items.length <= LIST_ROWS) return { from: 0, items };
  const from = Math.max(0, Math.min(items.length - LIST_ROWS, current - 2));
  return { from, items: items.slice(from, from + LIST_ROWS) };
}

function DayList({ items, current }: { items: readonly AgendaRunItem[]; current: number | null }) {
  const { from, items: shown } = visibleWindow(items, current ?? 0);
  return (
    <ol className="aud-agenda-list" start={from + 1}>
      {shown.map((item, k) => {
        const i = from + k;
        const state = current === null ? '' : i < current ? 'is-done' : i === current ? 'is-current' : '';
        return (
          <li key={item.id} className={`aud-agenda-row ${state}`} aria-current={i === current ? 'step' : undefined}>
            <span className="aud-agenda-time">{item.start}</span>
            <span className="aud-agenda-name">{item.title}</span>
          </li>
        );
      })}
    </ol>
  );
}

/** The running agenda: the current item and its countdown large, the next item, and the day's items. */
function RunningAgenda({ run, now, subtitle }: { run: AgendaRun; now: number; subtitle: string }) {
  const { t } = useTranslation();
  const item = currentItem(run);
  const next = nextItem(run);
  const ms = remainingMs(run.countdown, now);
  const text = formatCountdown(ms);
  const paused = run.pausedAt !== null;
  const over = ms <= 0;
  const status = paused
    ? t('agendaRun.audience.paused')
    : over
      ? t('agendaRun.audience.overtime')
      : t('agendaRun.audience.remaining');
  return (
    <AudienceScreen
      title={run.dayTitle || t('agendaRun.audience.notStarted')}
      subtitle={subtitle}
      className="aud-agenda"
    >
      <div className="aud-agenda-grid">
        <div className={`aud-agenda-now ${over ? 'is-over' : ''} ${paused ? 'is-paused' : ''}`}>
          <p className="aud-agenda-label">{t('agendaRun.audience.now')}</p>
          <p className="aud-agenda-current">{item.title}</p>
          <div className={`aud-agenda-digits ${digitsClass(text)}`} role="timer" aria-label={status}>
            {text}
          </div>
          <p className="aud-agenda-status">{status}</p>
          {next && (
            <p className="aud-agenda-next">
              <span className="aud-agenda-label">{t('agendaRun.audience.next')}</span> {next.start} {next.title}
            </p>
          )}
        </div>
        <DayList items={run.items} current={run.index} />
      </div>
    </AudienceScreen>
  );
}

function AgendaModule({ dayId, workshop }: { dayId: string; workshop: WorkshopState }) {
  const { t, i18n } = useTranslation();
  const state = useAudience((s) => s.presentation);
  const now = useClockNow(state);
  const day = workshop.days.find((d) => d.id === dayId);
  const run =
    state.agenda && state.agenda.dayId === dayId && state.agenda.workshopId === workshop.id ? state.agenda : null;
  const subtitle = day
    ? [formatDate(day.date, i18n.language), day.venue].filter((s) => s.trim() !== '').join(' · ')
    : '';
  if (run) return <RunningAgenda run={run} now={now} subtitle={subtitle} />;
  if (!day) return <CalmScreen title={t('agendaRun.audience.notStarted')} message={t('agendaRun.audience.noDay')} />;
  const items = day.agenda.map((a) => ({ id: a.id, title: a.title, start: a.start, plannedMin: a.durationMin }));
  return (
    <AudienceScreen title={day.title || t('agendaRun.audience.notStarted')} subtitle={subtitle} className="aud-agenda">
      <DayList items={items} current={null} />
    </AudienceScreen>
  );
}

export const agendaModule: AudienceModule<'agenda'> = {
  kind: 'agenda',
  Component: ({ content, workshop }) => <AgendaModule dayId={content.dayId} workshop={workshop} />,
};
