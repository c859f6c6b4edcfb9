import { z } from 'zod';
import { Id } from '../domain/ids';
import type { AgendaItem, WorkshopDay } from '../domain/entities';
import type { AgendaLogEntry } from '../domain/agenda-log';
import {
  Countdown,
  MINUTE_MS,
  addToCountdown,
  pauseCountdown,
  remainingMs,
  resumeCountdown,
  runningCountdown,
} from './clock';

/** "+5 min" on the agenda runner. */
export const EXTEND_MIN = 5;

/** An agenda item as the run took it when it started (later edits of the day do not move a running agenda). */
export const AgendaRunItem = z.object({
  id: Id,
  title: z.string(),
  /** Planned clock time `HH:MM`. */
  start: z.string(),
  plannedMin: z.number().int().min(1),
});
export type AgendaRunItem = z.infer<typeof AgendaRunItem>;

/**
 * A workshop day's agenda running: the items in their listed order, the current one with its countdown. Items run
 * in the listed order even when their planned clock times overlap or are out of order; the coach moves on with
 * next or skip (a timebox never ends an item by itself: it goes into overtime).
 */
export const AgendaRun = z.object({
  workshopId: Id,
  dayId: Id,
  dayTitle: z.string(),
  items: z.array(AgendaRunItem).min(1),
  /** Index of the current item in `items`. */
  index: z.number().int().min(0),
  countdown: Countdown,
  /** The agenda_log row of the current item. */
  logId: Id,
  /** Epoch ms (presentation clock) when the current item started. */
  itemStartedAt: z.number(),
  /** Paused time of the current item before the pause in progress, in ms. */
  pausedMs: z.number().min(0),
  /** When the pause in progress began; null while running. */
  pausedAt: z.number().nullable(),
  /** Minutes added to the current item with "+5 min". */
  extendedMin: z.number().int().min(0),
});
export type AgendaRun = z.infer<typeof AgendaRun>;

/** What the log keeps of one item as it actually ran. */
export interface ItemActual {
  id: string;
  dayId: string;
  itemId: string;
  ordinal: number;
  title: string;
  plannedMin: number;
  /** Epoch ms (presentation clock). */
  startedAt: number;
  /** Epoch ms, or null while the item is still running. */
  endedAt: number | null;
  pausedMs: number;
  extendedMin: number;
  skipped: boolean;
}

export function runItems(agenda: readonly AgendaItem[]): AgendaRunItem[] {
  return agenda.map((a) => ({ id: a.id, title: a.title, start: a.start, plannedMin: a.durationMin }));
}

export function startAgenda(
  p: { workshopId: string; dayId: string; dayTitle: string; items: AgendaRunItem[]; fromIndex?: number; logId: string },
  now: number,
): AgendaRun {
  const index = Math.min(Math.max(0, p.fromIndex ?? 0), p.items.length - 1);
  const item = p.items[index];
  if (!item) throw new Error('an agenda run needs items');
  return {
    workshopId: p.workshopId,
    dayId: p.dayId,
    dayTitle: p.dayTitle,
    items: p.items,
    index,
    countdown: runningCountdown(now, item.plannedMin * MINUTE_MS),
    logId: p.logId,
    itemStartedAt: now,
    pausedMs: 0,
    pausedAt: null,
    extendedMin: 0,
  };
}

export function currentItem(run: AgendaRun): AgendaRunItem {
  return run.items[run.index] ?? run.items[0]!;
}

export function nextItem(run: AgendaRun): AgendaRunItem | null {
  return run.items[run.index + 1] ?? null;
}

export function agendaRemainingMs(run: AgendaRun, now: number): number {
  return remainingMs(run.countdown, now);
}

export function pauseAgenda(run: AgendaRun, now: number): AgendaRun {
  if (run.pausedAt !== null) return run;
  return { ...run, countdown: pauseCountdown(run.countdown, now), pausedAt: now };
}

export function resumeAgenda(run: AgendaRun, now: number): AgendaRun {
  if (run.pausedAt === null) return run;
  return {
    ...run,
    countdown: resumeCountdown(run.countdown, now),
    pausedMs: run.pausedMs + Math.max(0, now - run.pausedAt),
    pausedAt: null,
  };
}

/** Adds five minutes to the current item (also in overtime, also while paused). */
export function extendAgenda(run: AgendaRun, minutes = EXTEND_MIN): AgendaRun {
  return {
    ...run,
    countdown: addToCountdown(run.countdown, minutes * MINUTE_MS),
    extendedMin: run.extendedMin + minutes,
  };
}

/** The current item as it has run up to `now` (ended when `end` is set). */
export function itemActual(run: AgendaRun, now: number, end: { skipped: boolean } | null): ItemActual {
  const item = currentItem(run);
  const pausing = run.pausedAt !== null ? Math.max(0, now - run.pausedAt) : 0;
  return {
    id: run.logId,
    dayId: run.dayId,
    itemId: item.id,
    ordinal: run.index,
    title: item.title,
    plannedMin: item.plannedMin,
    startedAt: run.itemStartedAt,
    endedAt: end ? now : null,
    pausedMs: run.pausedMs + pausing,
    extendedMin: run.extendedMin,
    skipped: end?.skipped ?? false,
  };
}

/**
 * Ends the current item (done, or skipped) and starts the next one at `now`; after the last item the run is over
 * (`run` null). A paused agenda moves on running.
 */
export function advanceAgenda(
  run: AgendaRun,
  now: number,
  skipped: boolean,
  nextLogId: string,
): { ended: ItemActual; run: AgendaRun | null } {
  const ended = itemActual(run, now, { skipped });
  const next = run.items[run.index + 1];
  if (!next) return { ended, run: null };
  return {
    ended,
    run: {
      ...run,
      index: run.index + 1,
      countdown: runningCountdown(now, next.plannedMin * MINUTE_MS),
      logId: nextLogId,
      itemStartedAt: now,
      pausedMs: 0,
      pausedAt: null,
      extendedMin: 0,
    },
  };
}

/** Actual minutes an item took (pauses left out). */
export function actualMinutes(a: Pick<ItemActual, 'startedAt' | 'endedAt' | 'pausedMs'>, now: number): number {
  return Math.max(0, (a.endedAt ?? now) - a.startedAt - a.pausedMs) / MINUTE_MS;
}

/** Minutes over the plan (negative: finished early), against the planned length without extensions. */
export function overrunMinutes(
  a: Pick<ItemActual, 'startedAt' | 'endedAt' | 'pausedMs' | 'plannedMin'>,
  now: number,
): number {
  return actualMinutes(a, now) - a.plannedMin;
}

// ---- overlaps in the day editor ----

function minutesOf(hhmm: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export interface AgendaOverlap {
  /** Indexes in the listed order, first < second. */
  first: number;
  second: number;
  /** The shared stretch as `HH:MM`. */
  from: string;
  to: string;
}

const hhmm = (min: number): string =>
  `${String(Math.floor(min / 60) % 24).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;

/**
 * Pairs of items whose planned times overlap (start + duration past the other's start). Items that touch (one ends
 * when the next starts) do not overlap. The agenda still runs in its listed order; this only tells the coach.
 */
export function agendaOverlaps(agenda: readonly Pick<AgendaItem, 'start' | 'durationMin'>[]): AgendaOverlap[] {
  const spans = agenda.map((a) => {
    const s = minutesOf(a.start);
    return s === null ? null : { s, e: s + a.durationMin };
  });
  const out: AgendaOverlap[] = [];
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length; j++) {
      const a = spans[i];
      const b = spans[j];
      if (!a || !b) continue;
      const from = Math.max(a.s, b.s);
      const to = Math.min(a.e, b.e);
      if (from < to) out.push({ first: i, second: j, from: hhmm(from), to: hhmm(to) });
    }
  }
  return out;
}

// ---- planned next to actual (round screen, Excel) ----

export interface PlannedActualRow {
  /** The planned item's id, or the log row's for an item no longer in the plan. */
  key: string;
  title: string;
  /** Place in the listed order (1-based); null for an item no longer planned. */
  position: number | null;
  plannedStart: string;
  plannedMin: number | null;
  /** The latest run of the item, if it ran. */
  actual: AgendaLogEntry | null;
}

/**
 * A day's planned items in their listed order, each with its latest run from the log, then logged items that are
 * no longer in the plan (renamed or removed since), in the order they ran.
 */
export function plannedVsActual(day: Pick<WorkshopDay, 'agenda'>, log: readonly AgendaLogEntry[]): PlannedActualRow[] {
  const latest = new Map<string, AgendaLogEntry>();
  for (const e of [...log].sort((a, b) => a.startedAt.localeCompare(b.startedAt))) latest.set(e.itemId, e);
  const planned = new Set(day.agenda.map((a) => a.id));
  const rows: PlannedActualRow[] = day.agenda.map((a, i) => ({
    key: a.id,
    title: a.title,
    position: i + 1,
    plannedStart: a.start,
    plannedMin: a.durationMin,
    actual: latest.get(a.id) ?? null,
  }));
  for (const e of latest.values()) {
    if (!planned.has(e.itemId))
      rows.push({ key: e.id, title: e.title, position: null, plannedStart: '', plannedMin: e.plannedMin, actual: e });
  }
  return rows;
}

/** Actual and over-plan minutes of a logged item (`now` for one still running). */
export function loggedMinutes(e: AgendaLogEntry, now: number): { actual: number; overrun: number } {
  const times = {
    startedAt: Date.parse(e.startedAt),
    endedAt: e.endedAt ? Date.parse(e.endedAt) : null,
    pausedMs: e.pausedMs,
    plannedMin: e.plannedMin,
  };
  return { actual: actualMinutes(times, now), overrun: overrunMinutes(times, now) };
}
