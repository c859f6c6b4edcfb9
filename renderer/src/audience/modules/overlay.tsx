import { useTranslation } from 'react-i18next';
import { currentItem } from '../../../../shared/presentation/agenda';
import { formatCountdown, remainingMs } from '../../../../shared/presentation/clock';
import type { PresentationState } from '../../../../shared/presentation/model';
import { useClockNow } from '../../agenda/clock';
import { useAudience } from '../store';
import '../../agenda/audience-agenda.css';

/** What the corner shows, if anything: the timer first, else the agenda's current item; never what fills the screen. */
function cornerOf(s: PresentationState): {
  label: string | null;
  countdown: NonNullable<PresentationState['timer']> | NonNullable<PresentationState['agenda']>['countdown'];
} | null {
  if (s.mode === 'blank') return null;
  if (s.timer && s.shown.kind !== 'timer') return { label: null, countdown: s.timer };
  if (s.agenda && s.shown.kind !== 'agenda' && s.shown.kind !== 'timer')
    return { label: currentItem(s.agenda).title, countdown: s.agenda.countdown };
  return null;
}

/**
 * While the projector shows something else (a board, the storyboard), a running timer or agenda stays visible in the
 * bottom-right corner, so the room sees the time left without the coach switching screens.
 */
export function CountdownOverlay() {
  const { t } = useTranslation();
  const state = useAudience((s) => s.presentation);
  const now = useClockNow(state);
  const corner = cornerOf(state);
  if (!corner) return null;
  const ms = remainingMs(corner.countdown, now);
  const over = ms <= 0;
  return (
    <aside
      className={`aud-corner ${over ? 'is-over' : ''}`}
      aria-label={corner.label ?? t('agendaRun.audience.timerTitle')}
    >
      <span className="aud-corner-label">{corner.label ?? t('agendaRun.audience.timerTitle')}</span>
      <span className="aud-corner-digits" role="timer">
        {formatCountdown(ms)}
      </span>
    </aside>
  );
}
