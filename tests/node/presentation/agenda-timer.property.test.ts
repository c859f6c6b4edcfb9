import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EXTEND_MIN,
  advanceAgenda,
  agendaOverlaps,
  agendaRemainingMs,
  extendAgenda,
  itemActual,
  pauseAgenda,
  resumeAgenda,
  startAgenda,
  type AgendaRun,
  type AgendaRunItem,
} from '../../../shared/presentation/agenda';
import { MINUTE_MS, clockNow, formatCountdown, remainingMs } from '../../../shared/presentation/clock';
import {
  TIMER_LIMITS,
  addToTimer,
  checkTimerMinutes,
  pauseTimer,
  resumeTimer,
  startTimer,
} from '../../../shared/presentation/timer';

const T0 = Date.UTC(2026, 1, 3, 7, 0, 0);
const items = (mins: number[]): AgendaRunItem[] =>
  mins.map((m, i) => ({ id: `i${i}`, title: `Kohta ${i + 1}`, start: '09:00', plannedMin: m }));
const start = (mins: number[]) =>
  startAgenda({ workshopId: 'w', dayId: 'd', dayTitle: 'Päivä 1', items: items(mins), logId: 'log0' }, T0);

type Op = { k: 'wait'; ms: number } | { k: 'pause' } | { k: 'resume' } | { k: 'extend' };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ k: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 20 * MINUTE_MS }) }),
  fc.constant({ k: 'pause' as const }),
  fc.constant({ k: 'resume' as const }),
  fc.constant({ k: 'extend' as const }),
);

describe('agenda runner (pure)', () => {
  it('pause and resume never lose or gain time: remaining = planned + extensions - time spent running', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 600 }), fc.array(op, { maxLength: 40 }), (planned, ops) => {
        let run: AgendaRun = start([planned]);
        let now = T0;
        let running = 0;
        let paused = 0;
        let extends_ = 0;
        for (const o of ops) {
          if (o.k === 'wait') {
            now += o.ms;
            if (run.pausedAt === null) running += o.ms;
            else paused += o.ms;
          } else if (o.k === 'pause') run = pauseAgenda(run, now);
          else if (o.k === 'resume') run = resumeAgenda(run, now);
          else {
            run = extendAgenda(run);
            extends_ += 1;
          }
        }
        expect(agendaRemainingMs(run, now)).toBe(planned * MINUTE_MS + extends_ * EXTEND_MIN * MINUTE_MS - running);
        const actual = itemActual(run, now, { skipped: false });
        expect(actual.pausedMs).toBe(paused);
        expect(actual.endedAt! - actual.startedAt - actual.pausedMs).toBe(running);
        expect(actual.extendedMin).toBe(extends_ * EXTEND_MIN);
      }),
    );
  });

  it('extend adds exactly five minutes, running, paused or in overtime', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 0, max: 900 * MINUTE_MS }),
        fc.boolean(),
        (planned, wait, pause) => {
          let run = start([planned]);
          const now = T0 + wait;
          if (pause) run = pauseAgenda(run, now);
          const before = agendaRemainingMs(run, now);
          expect(agendaRemainingMs(extendAgenda(run), now) - before).toBe(5 * MINUTE_MS);
        },
      ),
    );
  });

  it('overtime is negative remaining time and shows counting up with a plus sign', () => {
    const run = start([10]);
    const now = T0 + 12 * MINUTE_MS + 30_000;
    expect(agendaRemainingMs(run, now)).toBe(-150_000);
    expect(formatCountdown(agendaRemainingMs(run, now))).toBe('+2:30');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(0)).toBe('+0:00');
    expect(formatCountdown(65 * MINUTE_MS)).toBe('1:05:00');
  });

  it('next and skip walk the items in their listed order; after the last one the run is over', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        (mins, skips) => {
          let run: AgendaRun | null = start(mins);
          let now = T0;
          const ended: string[] = [];
          let n = 0;
          while (run) {
            now += 7 * MINUTE_MS;
            const skipped = skips[n] ?? false;
            const step: ReturnType<typeof advanceAgenda> = advanceAgenda(run, now, skipped, `log${++n}`);
            ended.push(step.ended.itemId);
            expect(step.ended.skipped).toBe(skipped);
            expect(step.ended.endedAt).toBe(now);
            if (step.run) {
              expect(step.run.itemStartedAt).toBe(now);
              expect(agendaRemainingMs(step.run, now)).toBe(mins[step.run.index]! * MINUTE_MS);
            }
            run = step.run;
          }
          expect(ended).toEqual(mins.map((_, i) => `i${i}`));
        },
      ),
    );
  });

  it('a paused agenda that moves on runs the next item and keeps the pause in the ended item', () => {
    let run = start([10, 20]);
    run = pauseAgenda(run, T0 + MINUTE_MS);
    const { ended, run: next } = advanceAgenda(run, T0 + 4 * MINUTE_MS, false, 'log1');
    expect(ended.pausedMs).toBe(3 * MINUTE_MS);
    expect(next?.pausedAt).toBeNull();
    expect(next && agendaRemainingMs(next, T0 + 5 * MINUTE_MS)).toBe(19 * MINUTE_MS);
  });
});

describe('overlapping agenda items', () => {
  it('finds the pairs whose planned times overlap, with the shared stretch', () => {
    const agenda = [
      { start: '09:00', durationMin: 60 },
      { start: '09:30', durationMin: 30 },
      { start: '10:00', durationMin: 15 },
      { start: '10:15', durationMin: 45 },
    ];
    expect(agendaOverlaps(agenda)).toEqual([{ first: 0, second: 1, from: '09:30', to: '10:00' }]);
    expect(
      agendaOverlaps([
        { start: '13:00', durationMin: 90 },
        { start: '12:00', durationMin: 90 },
      ]),
    ).toEqual([{ first: 0, second: 1, from: '13:00', to: '13:30' }]);
  });

  it('an agenda where each item starts when the previous one ends never overlaps', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600 }),
        fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 15 }),
        (first, mins) => {
          let at = first;
          const agenda = mins.map((d) => {
            const start = `${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`;
            at += d;
            return { start, durationMin: d };
          });
          expect(agendaOverlaps(agenda)).toEqual([]);
        },
      ),
    );
  });
});

describe('quick timer (pure)', () => {
  it('accepts whole minutes 1..180 and refuses 0, 1,000, fractions, negatives and empty input with a message key', () => {
    for (const ok of [1, 5, 10, 15, 180, '45', ' 7 ']) expect(checkTimerMinutes(ok).ok).toBe(true);
    expect(checkTimerMinutes(0)).toEqual({
      ok: false,
      key: 'agendaRun.errors.timerRange',
      params: { min: 1, max: 180 },
    });
    expect(checkTimerMinutes(1000)).toMatchObject({ ok: false, key: 'agendaRun.errors.timerRange' });
    expect(checkTimerMinutes('1000')).toMatchObject({ ok: false, key: 'agendaRun.errors.timerRange' });
    expect(checkTimerMinutes(-5)).toMatchObject({ ok: false, key: 'agendaRun.errors.timerRange' });
    expect(checkTimerMinutes('2,5')).toMatchObject({ ok: false, key: 'agendaRun.errors.timerWhole' });
    expect(checkTimerMinutes('viisi')).toMatchObject({ ok: false, key: 'agendaRun.errors.timerWhole' });
    expect(checkTimerMinutes('')).toMatchObject({ ok: false, key: 'agendaRun.errors.timerEmpty' });
    fc.assert(
      fc.property(
        fc.integer({ min: TIMER_LIMITS.minMinutes, max: TIMER_LIMITS.maxMinutes }),
        (n) => checkTimerMinutes(n).ok,
      ),
    );
    fc.assert(fc.property(fc.integer({ min: TIMER_LIMITS.maxMinutes + 1, max: 1e9 }), (n) => !checkTimerMinutes(n).ok));
  });

  it('pause and resume keep the remaining time; adding minutes adds exactly that much', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 180 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 10 * MINUTE_MS }), fc.integer({ min: 0, max: 10 * MINUTE_MS })), {
          maxLength: 10,
        }),
        fc.integer({ min: 1, max: 30 }),
        (mins, pauses, add) => {
          let t = startTimer(mins, T0);
          let now = T0;
          let ran = 0;
          for (const [run, rest] of pauses) {
            now += run;
            ran += run;
            t = pauseTimer(t, now);
            now += rest;
            expect(remainingMs(t, now)).toBe(mins * MINUTE_MS - ran);
            t = resumeTimer(t, now);
          }
          expect(remainingMs(t, now)).toBe(mins * MINUTE_MS - ran);
          const added = addToTimer(t, add);
          expect(remainingMs(added, now) - remainingMs(t, now)).toBe(add * MINUTE_MS);
          expect(added.totalMs).toBe((mins + add) * MINUTE_MS);
        },
      ),
    );
  });

  it('the scaled test clock runs N times faster from its origin and is the wall clock at scale 1', () => {
    expect(clockNow({ scale: 1, origin: 123 }, T0)).toBe(T0);
    expect(clockNow({ scale: 60, origin: T0 }, T0 + 1000)).toBe(T0 + 60_000);
  });
});
