import { ApiFailure } from '../../../shared/api/errors';
import { newId } from '../../../shared/domain/ids';
import type { AgendaLogEntry } from '../../../shared/domain/agenda-log';
import {
  advanceAgenda,
  extendAgenda,
  itemActual,
  pauseAgenda,
  resumeAgenda,
  runItems,
  startAgenda,
  type AgendaRun,
  type ItemActual,
} from '../../../shared/presentation/agenda';
import { MINUTE_MS, clockNow, remainingMs, type PresentationClock } from '../../../shared/presentation/clock';
import type { PresentationState } from '../../../shared/presentation/model';
import {
  TIMER_LIMITS,
  addToTimer,
  checkTimerMinutes,
  pauseTimer,
  resumeTimer,
  startTimer,
} from '../../../shared/presentation/timer';
import type { Library } from '../library';
import { readActuals, writeActual } from './agenda-log';
import type { PresentationStore } from './store';

export interface AgendaDeps {
  library: Library;
  presentation: PresentationStore;
  /** The host's test-only `--time-scale`; 1 (or absent) in the app. */
  timeScale?: number;
}

/**
 * The agenda runner and the quick timer: pure transitions (shared/presentation/agenda.ts, timer.ts) applied to the
 * in-memory presentation state, each one broadcast to every window as one `presentation.changed`, with the
 * agenda's actual times written to the workshop file as they happen.
 *
 * What the audience view shows: starting the agenda or a timer (with a workshop) puts it on the projector and holds
 * it there (the same as presentation.show: mode freeze), so the room sees the countdown while the coach moves on
 * to boards on the laptop. Stopping a timer the projector shows returns the projector to following the coach. While
 * the projector shows anything else, a running timer or agenda appears in its corner (the audience view's overlay).
 */
export class AgendaRunner {
  private clock: PresentationClock;

  constructor(private readonly deps: AgendaDeps) {
    const scale = deps.timeScale && deps.timeScale > 1 ? deps.timeScale : 1;
    this.clock = { scale, origin: scale === 1 ? 0 : Date.now() };
  }

  private now(): number {
    return clockNow(this.clock, Date.now());
  }

  private update(change: (s: PresentationState) => PresentationState): PresentationState {
    return this.deps.presentation.update((s) => ({ ...change(s), clock: this.clock }));
  }

  private run(): AgendaRun {
    const run = this.deps.presentation.get().agenda;
    if (!run) throw new ApiFailure('conflict', 'agendaRun.errors.notRunning');
    return run;
  }

  /** Writes an item's times; a workshop closed or removed meanwhile only loses that line, never the run. */
  private async log(workshopId: string, actuals: ItemActual[]): Promise<void> {
    let ws;
    try {
      ws = await this.deps.library.get(workshopId);
    } catch {
      return;
    }
    const write = ws.db.transaction(() => {
      for (const a of actuals) writeActual(ws.db, a);
    });
    write();
  }

  async start(p: { workshopId: string; dayId: string; fromItemId?: string }): Promise<PresentationState> {
    const ws = await this.deps.library.get(p.workshopId);
    const days = ws.state().days;
    const dayIndex = days.findIndex((d) => d.id === p.dayId);
    const day = days[dayIndex];
    if (!day) throw new ApiFailure('notFound', 'errors.notFound.day');
    if (day.agenda.length === 0) throw new ApiFailure('invalidInput', 'agendaRun.errors.emptyAgenda');
    const fromIndex = p.fromItemId ? day.agenda.findIndex((a) => a.id === p.fromItemId) : 0;
    if (fromIndex < 0) throw new ApiFailure('notFound', 'agendaRun.errors.itemNotFound');
    const now = this.now();
    const previous = this.deps.presentation.get().agenda;
    if (previous) await this.log(previous.workshopId, [itemActual(previous, now, { skipped: false })]);
    const run = startAgenda(
      {
        workshopId: p.workshopId,
        dayId: day.id,
        dayTitle: day.title,
        items: runItems(day.agenda),
        fromIndex,
        logId: newId(),
      },
      now,
    );
    await this.log(p.workshopId, [itemActual(run, now, null)]);
    return this.update((s) => ({
      ...s,
      agenda: run,
      workshopId: p.workshopId,
      mode: 'freeze',
      shown: { kind: 'agenda', dayId: day.id },
    }));
  }

  async pause(): Promise<PresentationState> {
    const run = pauseAgenda(this.run(), this.now());
    return this.update((s) => ({ ...s, agenda: run }));
  }

  async resume(): Promise<PresentationState> {
    const now = this.now();
    const run = resumeAgenda(this.run(), now);
    await this.log(run.workshopId, [itemActual(run, now, null)]);
    return this.update((s) => ({ ...s, agenda: run }));
  }

  async extend(): Promise<PresentationState> {
    const now = this.now();
    const run = extendAgenda(this.run());
    await this.log(run.workshopId, [itemActual(run, now, null)]);
    return this.update((s) => ({ ...s, agenda: run }));
  }

  /** Next (the item is done) or skip (the item is left out); after the last item the run ends. */
  async advance(skipped: boolean): Promise<PresentationState> {
    const now = this.now();
    const cur = this.run();
    const { ended, run } = advanceAgenda(cur, now, skipped, newId());
    await this.log(cur.workshopId, run ? [ended, itemActual(run, now, null)] : [ended]);
    return this.update((s) => ({ ...s, agenda: run }));
  }

  async stop(): Promise<PresentationState> {
    const run = this.run();
    await this.log(run.workshopId, [itemActual(run, this.now(), { skipped: false })]);
    return this.update((s) => ({ ...s, agenda: null }));
  }

  async actuals(workshopId: string, dayId?: string): Promise<AgendaLogEntry[]> {
    const ws = await this.deps.library.get(workshopId);
    return readActuals(ws.db, dayId);
  }

  // ---- quick timer ----

  timerStart(minutes: number, workshopId?: string): PresentationState {
    const check = checkTimerMinutes(minutes);
    if (!check.ok) throw new ApiFailure('invalidInput', check.key, check.params);
    const timer = startTimer(check.minutes, this.now());
    return this.update((s) =>
      workshopId ? { ...s, timer, workshopId, mode: 'freeze', shown: { kind: 'timer' } } : { ...s, timer },
    );
  }

  private timer() {
    const t = this.deps.presentation.get().timer;
    if (!t) throw new ApiFailure('conflict', 'agendaRun.errors.timerNotRunning');
    return t;
  }

  timerPause(): PresentationState {
    const t = pauseTimer(this.timer(), this.now());
    return this.update((s) => ({ ...s, timer: t }));
  }

  timerResume(): PresentationState {
    const t = resumeTimer(this.timer(), this.now());
    return this.update((s) => ({ ...s, timer: t }));
  }

  /** Adds whole minutes; what is left may not grow past the longest timer (180 minutes). */
  timerAdd(minutes: number): PresentationState {
    const t = this.timer();
    const check = checkTimerMinutes(minutes);
    const left = Math.max(0, remainingMs(t, this.now()));
    if (!check.ok || left + check.minutes * MINUTE_MS > TIMER_LIMITS.maxMinutes * MINUTE_MS) {
      throw new ApiFailure('invalidInput', 'agendaRun.errors.timerAddRange', { max: TIMER_LIMITS.maxMinutes });
    }
    const next = addToTimer(t, check.minutes);
    return this.update((s) => ({ ...s, timer: next }));
  }

  timerStop(): PresentationState {
    this.timer();
    return this.update((s) =>
      s.shown.kind === 'timer' ? { ...s, timer: null, mode: 'follow', shown: s.current } : { ...s, timer: null },
    );
  }
}

const runners = new WeakMap<PresentationStore, AgendaRunner>();

/** One runner per backend (per presentation store), made on first use. */
export function agendaRunner(deps: AgendaDeps): AgendaRunner {
  let r = runners.get(deps.presentation);
  if (!r) {
    r = new AgendaRunner(deps);
    runners.set(deps.presentation, r);
  }
  return r;
}
