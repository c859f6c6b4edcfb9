import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Monitor, Pause, Play, Plus, SkipForward, Square, StepForward, Timer, X } from 'lucide-react';
import type { WorkshopState } from '../../../shared/api/contract';
import type { PresentationState } from '../../../shared/presentation/model';
import { formatCountdown, remainingMs } from '../../../shared/presentation/clock';
import { currentItem, nextItem, type AgendaRun } from '../../../shared/presentation/agenda';
import { TIMER_PRESETS, checkTimerMinutes, type QuickTimer } from '../../../shared/presentation/timer';
import { useApp } from '../app/store';
import { usePresentation } from '../projector/store';
import { isTyping } from '../app/commands';
import { todayIso } from '../i18n/format';
import { showOnProjector, step } from './actions';
import { chimeMuted, playChime, setChimeMuted } from './chime';
import { useClockNow, useTimeboxEnds, type TimeboxEnd } from './clock';
import './agenda.css';

/** The panel's shortcut: Alt+T opens it at the typed minutes (Alt+letters are free in every board's keymap). */
export const PANEL_SHORTCUT = 'Alt+T';

function Countdown({
  ms,
  paused,
  className,
  label,
}: {
  ms: number;
  paused: boolean;
  className?: string;
  label: string;
}) {
  const over = ms <= 0;
  return (
    // role=timer is not announced every second (aria-live off); the end is announced once by the status region.
    <div
      role="timer"
      aria-label={label}
      className={`ta-countdown ${over ? 'is-over' : ''} ${paused ? 'is-paused' : ''} ${className ?? ''}`}
    >
      {formatCountdown(ms)}
    </div>
  );
}

function TimerSection({
  timer,
  now,
  workshop,
  shownTimer,
  focusMinutes,
}: {
  timer: QuickTimer | null;
  now: number;
  workshop: WorkshopState | null;
  shownTimer: boolean;
  focusMinutes: number;
}) {
  const { t } = useTranslation();
  const ids = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusMinutes > 0) inputRef.current?.focus();
  }, [focusMinutes]);

  async function start(minutes: string | number) {
    const check = checkTimerMinutes(minutes);
    if (!check.ok) {
      setError(t(check.key, check.params));
      inputRef.current?.focus();
      return;
    }
    setError(null);
    if (await step('timer.start', { minutes: check.minutes, ...(workshop ? { workshopId: workshop.id } : {}) }))
      setText('');
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    void start(text);
  }

  const ms = timer ? remainingMs(timer, now) : 0;
  const paused = timer ? timer.endsAt === null : false;
  const status = !timer
    ? ''
    : paused
      ? t('agendaRun.timer.paused')
      : ms <= 0
        ? t('agendaRun.timer.overtime')
        : t('agendaRun.timer.running');

  return (
    <section className="ta-section" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`} className="ta-section-title">
        {t('agendaRun.timer.title')}
      </h3>
      {timer && (
        <div className="ta-running">
          <Countdown ms={ms} paused={paused} label={t('agendaRun.timer.title')} className="ta-countdown-timer" />
          <p className={`ta-status ${ms <= 0 && !paused ? 'is-over' : ''}`}>
            {status} · {t('agendaRun.timer.ofTotal', { total: Math.round(timer.totalMs / 60000) })}
          </p>
          <div className="ta-buttons">
            {paused ? (
              <button type="button" className="btn btn-small btn-primary" onClick={() => void step('timer.resume', {})}>
                <Play size={16} aria-hidden />
                {t('agendaRun.timer.resume')}
              </button>
            ) : (
              <button type="button" className="btn btn-small" onClick={() => void step('timer.pause', {})}>
                <Pause size={16} aria-hidden />
                {t('agendaRun.timer.pause')}
              </button>
            )}
            <button
              type="button"
              className="btn btn-small"
              aria-label={t('agendaRun.timer.add1Label')}
              title={t('agendaRun.timer.add1Label')}
              onClick={() => void step('timer.add', { minutes: 1 })}
            >
              {t('agendaRun.timer.add1')}
            </button>
            <button
              type="button"
              className="btn btn-small"
              aria-label={t('agendaRun.timer.add5Label')}
              title={t('agendaRun.timer.add5Label')}
              onClick={() => void step('timer.add', { minutes: 5 })}
            >
              {t('agendaRun.timer.add5')}
            </button>
            <button type="button" className="btn btn-small" onClick={() => void step('timer.stop', {})}>
              <Square size={14} aria-hidden />
              {t('agendaRun.timer.stop')}
            </button>
          </div>
          {workshop && <ShowOnProjector shown={shownTimer} kind="timer" workshop={workshop} />}
        </div>
      )}
      <div className="ta-presets" role="group" aria-label={t('agendaRun.timer.presets')}>
        {TIMER_PRESETS.map((n) => (
          <button
            key={n}
            type="button"
            className="btn btn-small ta-preset"
            title={t('agendaRun.timer.presetLabel', { n })}
            onClick={() => void start(n)}
          >
            {t('agendaRun.timer.preset', { n })}
          </button>
        ))}
      </div>
      <form className="ta-minutes" onSubmit={submit} noValidate>
        <label htmlFor={`${ids}-min`}>{t('agendaRun.timer.minutes')}</label>
        <div className="ta-minutes-row">
          <input
            ref={inputRef}
            id={`${ids}-min`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${ids}-hint${error ? ` ${ids}-err` : ''}`}
            aria-keyshortcuts={PANEL_SHORTCUT}
            onChange={(e) => {
              setText(e.target.value);
              if (error) setError(null);
            }}
          />
          <button type="submit" className="btn btn-small btn-primary">
            <Timer size={16} aria-hidden />
            {t('agendaRun.timer.start')}
          </button>
        </div>
        <p id={`${ids}-hint`} className="ta-hint">
          {t('agendaRun.timer.minutesHint')}
        </p>
        {error && (
          <p id={`${ids}-err`} className="ta-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}

/** "Show on the projector": puts this content on the audience view (or says that it is there already). */
function ShowOnProjector({
  shown,
  kind,
  workshop,
  dayId,
}: {
  shown: boolean;
  kind: 'timer' | 'agenda';
  workshop: WorkshopState;
  dayId?: string;
}) {
  const { t } = useTranslation();
  if (shown)
    return (
      <p className="ta-on-projector">
        <Monitor size={16} aria-hidden />
        {t('agendaRun.onAudience')}
      </p>
    );
  const content = kind === 'timer' ? ({ kind: 'timer' } as const) : ({ kind: 'agenda', dayId: dayId ?? '' } as const);
  return (
    <button
      type="button"
      className="btn btn-small btn-ghost ta-show"
      onClick={() => void showOnProjector(workshop.id, content)}
    >
      <Monitor size={16} aria-hidden />
      {t('agendaRun.toAudience')}
    </button>
  );
}

function AgendaSection({
  run,
  now,
  workshop,
  shownAgenda,
}: {
  run: AgendaRun | null;
  now: number;
  workshop: WorkshopState | null;
  shownAgenda: boolean;
}) {
  const { t } = useTranslation();
  const ids = useId();
  const days = (workshop?.days ?? []).filter((d) => d.agenda.length > 0).sort((a, b) => a.ordinal - b.ordinal);
  const preferred = days.find((d) => d.date === todayIso()) ?? days[0];
  const [dayId, setDayId] = useState(preferred?.id ?? '');
  const [fromId, setFromId] = useState('');
  const day = days.find((d) => d.id === dayId) ?? preferred;

  const dayLabel = (d: { title: string; ordinal: number }) =>
    d.title || t('round.days.defaultTitle', { n: d.ordinal + 1 });

  let body;
  if (run && workshop && run.workshopId === workshop.id) {
    const item = currentItem(run);
    const next = nextItem(run);
    const ms = remainingMs(run.countdown, now);
    const paused = run.pausedAt !== null;
    body = (
      <div className="ta-running">
        <p className="ta-meta">
          {run.dayTitle || t('agendaRun.agenda.title')} ·{' '}
          {t('agendaRun.agenda.itemOf', { n: run.index + 1, count: run.items.length })}
        </p>
        <p className="ta-now">
          <span className="ta-now-label">{t('agendaRun.agenda.now')}</span>
          <span className="ta-now-title">{item.title}</span>
        </p>
        <Countdown ms={ms} paused={paused} label={t('agendaRun.agenda.now')} className="ta-countdown-agenda" />
        <p className={`ta-status ${ms <= 0 && !paused ? 'is-over' : ''}`}>
          {paused
            ? t('agendaRun.agenda.paused')
            : ms <= 0
              ? t('agendaRun.agenda.overtime')
              : t('agendaRun.timer.running')}{' '}
          · {t('agendaRun.agenda.plannedAt', { time: item.start, min: item.plannedMin + run.extendedMin })}
        </p>
        <p className="ta-next">
          <span className="ta-now-label">{t('agendaRun.agenda.next')}</span>{' '}
          {next ? `${next.start} ${next.title}` : t('agendaRun.agenda.last')}
        </p>
        <div className="ta-buttons">
          {paused ? (
            <button
              type="button"
              className="btn btn-small btn-primary"
              aria-label={t('agendaRun.agenda.resumeLabel')}
              onClick={() => void step('agenda.resume', {})}
            >
              <Play size={16} aria-hidden />
              {t('agendaRun.agenda.resume')}
            </button>
          ) : (
            <button
              type="button"
              className="btn btn-small"
              aria-label={t('agendaRun.agenda.pauseLabel')}
              onClick={() => void step('agenda.pause', {})}
            >
              <Pause size={16} aria-hidden />
              {t('agendaRun.agenda.pause')}
            </button>
          )}
          <button
            type="button"
            className="btn btn-small"
            aria-label={t('agendaRun.agenda.extendLabel', { title: item.title })}
            onClick={() => void step('agenda.extend', {})}
          >
            <Plus size={16} aria-hidden />
            {t('agendaRun.agenda.extend')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            aria-label={t('agendaRun.agenda.skipLabel', { title: item.title })}
            onClick={() => void step('agenda.skip', {})}
          >
            <SkipForward size={16} aria-hidden />
            {t('agendaRun.agenda.skip')}
          </button>
          <button type="button" className="btn btn-small btn-primary" onClick={() => void step('agenda.next', {})}>
            <StepForward size={16} aria-hidden />
            {next ? t('agendaRun.agenda.nextItem') : t('agendaRun.agenda.finish')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => void step('agenda.stop', {})}>
            <Square size={14} aria-hidden />
            {t('agendaRun.agenda.stop')}
          </button>
        </div>
        <ShowOnProjector shown={shownAgenda} kind="agenda" workshop={workshop} dayId={run.dayId} />
      </div>
    );
  } else if (!day || !workshop) {
    body = <p className="ta-hint">{t('agendaRun.agenda.noDays')}</p>;
  } else {
    const from = day.agenda.some((a) => a.id === fromId) ? fromId : (day.agenda[0]?.id ?? '');
    body = (
      <form
        className="ta-start"
        onSubmit={(e) => {
          e.preventDefault();
          void step('agenda.start', {
            workshopId: workshop.id,
            dayId: day.id,
            ...(from && from !== day.agenda[0]?.id ? { fromItemId: from } : {}),
          });
        }}
      >
        {days.length > 1 && (
          <div className="field">
            <label htmlFor={`${ids}-day`}>{t('agendaRun.agenda.day')}</label>
            <select id={`${ids}-day`} value={day.id} onChange={(e) => setDayId(e.target.value)}>
              {days.map((d) => (
                <option key={d.id} value={d.id}>
                  {dayLabel(d)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${ids}-from`}>{t('agendaRun.agenda.from')}</label>
          <select id={`${ids}-from`} value={from} onChange={(e) => setFromId(e.target.value)}>
            {day.agenda.map((a, i) => (
              <option key={a.id} value={a.id}>
                {`${i + 1}. ${a.start} ${a.title}`}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn btn-small btn-primary">
          <Play size={16} aria-hidden />
          {t('agendaRun.agenda.start')}
        </button>
      </form>
    );
  }

  return (
    <section className="ta-section" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`} className="ta-section-title">
        {t('agendaRun.agenda.title')}
      </h3>
      {body}
    </section>
  );
}

/** The header chip's short text: the timer's or else the agenda item's countdown. */
function chipText(state: PresentationState | null, now: number): { text: string; over: boolean } | null {
  const c = state?.timer ?? state?.agenda?.countdown;
  if (!c) return null;
  const ms = remainingMs(c, now);
  return { text: formatCountdown(ms), over: ms <= 0 };
}

/**
 * The header's timer and agenda control: a button that shows the running countdown on every screen, and a panel
 * with the quick timer (5/10/15 or typed minutes) and the day's agenda runner. Alt+T opens it at the minutes field,
 * Escape closes it. The chime and the one-time "time is up" announcement live here, so they work with the panel
 * closed too.
 */
export function TimerAgendaControl() {
  const { t } = useTranslation();
  const ids = useId();
  const state = usePresentation((s) => s.state);
  const workshop = useApp((s) => s.workshop);
  const [open, setOpen] = useState(false);
  const [focusMinutes, setFocusMinutes] = useState(0);
  const [muted, setMuted] = useState(chimeMuted);
  const [announce, setAnnounce] = useState('');
  const [chimes, setChimes] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const now = useClockNow(state);

  useTimeboxEnds(state, now, (end: TimeboxEnd) => {
    if (playChime()) setChimes((n) => n + 1);
    setAnnounce(end.kind === 'timer' ? t('agendaRun.timer.ended') : t('agendaRun.agenda.ended', { title: end.title }));
  });

  useEffect(() => {
    if (!announce) return;
    const id = setTimeout(() => setAnnounce(''), 8000);
    return () => clearTimeout(id);
  }, [announce]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.code !== 'KeyT') return;
      const inPanel = e.target instanceof Node && panelRef.current?.contains(e.target);
      if (isTyping(e.target) && !inPanel) return;
      e.preventDefault();
      setOpen(true);
      setFocusMinutes((n) => n + 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // A step that removes the focused button (the last item done, the timer stopped) leaves focus on the page body;
  // bring it back to the panel's heading so the keyboard stays in the panel.
  const focusWasInPanel = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      focusWasInPanel.current = e.target instanceof Node && !!panelRef.current?.contains(e.target);
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);
  useLayoutEffect(() => {
    if (open && focusWasInPanel.current && (document.activeElement === document.body || !document.activeElement))
      headingRef.current?.focus();
  }, [open, state]);

  function close() {
    setOpen(false);
    focusWasInPanel.current = false;
    buttonRef.current?.focus();
  }

  function onPanelKey(e: ReactKeyboardEvent) {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close();
    }
  }

  const chip = chipText(state, now);
  const sameWorkshop = !!workshop && state?.workshopId === workshop.id;
  const shown = sameWorkshop && state?.mode !== 'blank' ? state?.shown : undefined;
  const scale = state?.clock?.scale ?? 1;

  return (
    <div className="ta-root" data-chimes={chimes}>
      <button
        ref={buttonRef}
        type="button"
        className={`btn btn-ghost ta-button ${chip ? 'is-running' : ''} ${chip?.over ? 'is-over' : ''}`}
        aria-expanded={open}
        aria-controls={`${ids}-panel`}
        aria-keyshortcuts={PANEL_SHORTCUT}
        // The visible text ("Ajastin" or the countdown) is part of the name (WCAG 2.5.3).
        aria-label={chip ? `${t('agendaRun.panelButtonLong')} ${chip.text}` : t('agendaRun.panelButtonLong')}
        title={`${t('agendaRun.panelButtonLong')} (${PANEL_SHORTCUT})`}
        onClick={() => (open ? close() : setOpen(true))}
      >
        <Timer size={18} aria-hidden />
        {chip ? (
          <span className="ta-chip">{chip.text}</span>
        ) : (
          <span className="btn-label">{t('agendaRun.panelButton')}</span>
        )}
      </button>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </div>
      {open && (
        <section
          ref={panelRef}
          id={`${ids}-panel`}
          className="ta-panel"
          aria-labelledby={`${ids}-title`}
          onKeyDown={onPanelKey}
        >
          <header className="ta-panel-head">
            <h2 id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
              {t('agendaRun.panelTitle')}
            </h2>
            {scale > 1 && <span className="ta-test-speed">{t('agendaRun.testSpeed', { scale })}</span>}
            <button
              type="button"
              className="icon-btn"
              aria-label={t('agendaRun.close')}
              title={`${t('agendaRun.close')} (Esc)`}
              onClick={close}
            >
              <X size={18} aria-hidden />
            </button>
          </header>
          <TimerSection
            timer={state?.timer ?? null}
            now={now}
            workshop={workshop}
            shownTimer={shown?.kind === 'timer'}
            focusMinutes={focusMinutes}
          />
          <AgendaSection
            run={state?.agenda ?? null}
            now={now}
            workshop={workshop}
            shownAgenda={shown?.kind === 'agenda'}
          />
          <label className="ta-mute">
            <input
              type="checkbox"
              checked={!muted}
              onChange={(e) => {
                setChimeMuted(!e.target.checked);
                setMuted(!e.target.checked);
              }}
            />
            {t('agendaRun.chime')}
          </label>
        </section>
      )}
    </div>
  );
}
