import { useTranslation } from 'react-i18next';
import { formatCountdown, remainingMs } from '../../../../shared/presentation/clock';
import type { QuickTimer } from '../../../../shared/presentation/timer';
import { digitsClass, useClockNow } from '../../agenda/clock';
import type { AudienceModule } from '../registry';
import { CalmScreen } from '../Screen';
import { useAudience } from '../store';
import '../../agenda/audience-agenda.css';

/** The quick timer, huge: readable from the back of the room; overtime counts up in the overtime colour. */
export function TimerScreen({ timer, now }: { timer: QuickTimer; now: number }) {
  const { t } = useTranslation();
  const ms = remainingMs(timer, now);
  const text = formatCountdown(ms);
  const paused = timer.endsAt === null;
  const over = ms <= 0;
  const done = timer.totalMs > 0 ? Math.min(1, Math.max(0, 1 - ms / timer.totalMs)) : 1;
  const status = paused
    ? t('agendaRun.audience.paused')
    : over
      ? t('agendaRun.audience.overtime')
      : t('agendaRun.audience.remaining');
  return (
    <section className={`aud-timer ${over ? 'is-over' : ''} ${paused ? 'is-paused' : ''}`} aria-labelledby="aud-title">
      <h1 id="aud-title" className="aud-timer-title">
        {t('agendaRun.audience.timerTitle')}
      </h1>
      <div className={`aud-timer-digits ${digitsClass(text)}`} role="timer" aria-label={status}>
        {text}
      </div>
      <p className="aud-timer-status">{status}</p>
      <div className="aud-progress" aria-hidden>
        <div className="aud-progress-fill" style={{ width: `${Math.round(done * 1000) / 10}%` }} />
      </div>
    </section>
  );
}

function TimerModule() {
  const { t } = useTranslation();
  const state = useAudience((s) => s.presentation);
  const now = useClockNow(state);
  if (!state.timer)
    return <CalmScreen title={t('agendaRun.audience.timerTitle')} message={t('agendaRun.audience.noTimer')} />;
  return <TimerScreen timer={state.timer} now={now} />;
}

export const timerModule: AudienceModule<'timer'> = {
  kind: 'timer',
  Component: () => <TimerModule />,
};
