import { z } from 'zod';
import { Id } from '../domain/ids';
import type { BoardMeta } from '../domain/entities';

/** Rotation times the coach picks from (minutes); any whole minute from 1 to 60 is accepted. */
export const GALLERY_ROTATION_CHOICES = [3, 5, 8, 10] as const;
export const GALLERY_LIMITS = { minMinutes: 1, maxMinutes: 60, maxTeams: 60, maxBoardsPerTeam: 8 } as const;

/** One team's turn in the gallery walk: the boards it shows and how long the room stays with it. */
export const GalleryStop = z.object({
  teamId: Id,
  boardIds: z.array(Id).max(GALLERY_LIMITS.maxBoardsPerTeam),
  minutes: z.number().int().min(GALLERY_LIMITS.minMinutes).max(GALLERY_LIMITS.maxMinutes),
});
export type GalleryStop = z.infer<typeof GalleryStop>;

/**
 * A gallery walk in progress. Time-based, not ticked: while running, `endsAt` (epoch ms) is when the current team's
 * turn ends; while paused, `remainingMs` is what was left. Any window derives the same picture from the state and
 * its clock with `galleryAt`, so nothing needs a timer in the backend and an audience window opened mid-walk (or
 * opened again after being closed) shows the right team at once.
 */
export const GalleryRun = z
  .object({
    workshopId: Id,
    stops: z.array(GalleryStop).min(1).max(GALLERY_LIMITS.maxTeams),
    index: z.number().int().min(0),
    endsAt: z.number().nullable(),
    remainingMs: z.number().min(0).nullable(),
  })
  .refine((r) => r.index < r.stops.length, { message: 'index out of range' })
  .refine((r) => (r.endsAt === null) !== (r.remainingMs === null), { message: 'either running or paused' });
export type GalleryRun = z.infer<typeof GalleryRun>;

const MINUTE = 60_000;

export function stopMs(stop: GalleryStop): number {
  return stop.minutes * MINUTE;
}

/** A new walk at its first team, running. */
export function startGallery(workshopId: string, stops: readonly GalleryStop[], now: number): GalleryRun {
  const first = stops[0];
  if (!first) throw new Error('a gallery walk needs at least one team');
  return { workshopId, stops: [...stops], index: 0, endsAt: now + stopMs(first), remainingMs: null };
}

/**
 * The run with elapsed turns taken: while running, every turn whose end has passed moves on to the next team (the
 * next turn starting when the previous one ended, so a late window sees the same as an early one). The last team's
 * turn is never left; it ends at 0:00 and the walk is then finished.
 */
export function normalizeGallery(run: GalleryRun, now: number): GalleryRun {
  if (run.endsAt === null) return run;
  let { index, endsAt } = run;
  for (;;) {
    const next = run.stops[index + 1];
    if (now < endsAt || !next) break;
    index += 1;
    endsAt += stopMs(next);
  }
  return index === run.index && endsAt === run.endsAt ? run : { ...run, index, endsAt };
}

export interface GalleryView {
  index: number;
  stop: GalleryStop;
  /** 1-based place of the team and how many teams there are ("team 2/3"). */
  position: number;
  count: number;
  /** Time left of this team's turn, 0 .. the turn's length. */
  remainingMs: number;
  paused: boolean;
  /** The last team's time has run out. */
  finished: boolean;
  /** Which of the team's boards is on screen: the turn is shared evenly between them. */
  boardIndex: number;
}

/** What every window shows at `now`. */
export function galleryAt(run: GalleryRun, now: number): GalleryView {
  const r = normalizeGallery(run, now);
  const stop = r.stops[r.index] ?? r.stops[0]!;
  const total = stopMs(stop);
  const remainingMs = Math.min(total, Math.max(0, r.endsAt !== null ? r.endsAt - now : (r.remainingMs ?? 0)));
  const boards = stop.boardIds.length;
  const elapsed = total - remainingMs;
  const boardIndex = boards === 0 ? 0 : Math.min(boards - 1, Math.floor((elapsed * boards) / total));
  return {
    index: r.index,
    stop,
    position: r.index + 1,
    count: r.stops.length,
    remainingMs,
    paused: r.endsAt === null,
    finished: r.index === r.stops.length - 1 && remainingMs === 0,
    boardIndex,
  };
}

export function pauseGallery(run: GalleryRun, now: number): GalleryRun {
  const r = normalizeGallery(run, now);
  if (r.endsAt === null) return r;
  return { ...r, endsAt: null, remainingMs: galleryAt(r, now).remainingMs };
}

export function resumeGallery(run: GalleryRun, now: number): GalleryRun {
  if (run.remainingMs === null) return normalizeGallery(run, now);
  return { ...run, endsAt: now + run.remainingMs, remainingMs: null };
}

export function toggleGallery(run: GalleryRun, now: number): GalleryRun {
  return run.endsAt === null ? resumeGallery(run, now) : pauseGallery(run, now);
}

/** Jumps to team `index` with its whole turn ahead; a paused walk stays paused. */
export function goToGalleryStop(run: GalleryRun, index: number, now: number): GalleryRun {
  const r = normalizeGallery(run, now);
  const i = Math.min(r.stops.length - 1, Math.max(0, index));
  const total = stopMs(r.stops[i]!);
  return r.endsAt === null ? { ...r, index: i, remainingMs: total } : { ...r, index: i, endsAt: now + total };
}

export function nextGallery(run: GalleryRun, now: number): GalleryRun {
  return goToGalleryStop(run, normalizeGallery(run, now).index + 1, now);
}

export function previousGallery(run: GalleryRun, now: number): GalleryRun {
  return goToGalleryStop(run, normalizeGallery(run, now).index - 1, now);
}

export const GALLERY_ACTIONS = ['pause', 'resume', 'toggle', 'next', 'previous'] as const;
export type GalleryAction = (typeof GALLERY_ACTIONS)[number];

export function controlGallery(run: GalleryRun, action: GalleryAction, now: number): GalleryRun {
  switch (action) {
    case 'pause':
      return pauseGallery(run, now);
    case 'resume':
      return resumeGallery(run, now);
    case 'toggle':
      return toggleGallery(run, now);
    case 'next':
      return nextGallery(run, now);
    case 'previous':
      return previousGallery(run, now);
  }
}

/** Board kinds a gallery walk shows by default, in the order they appear: the story of a team's work so far. */
export const GALLERY_DEFAULT_KINDS = ['process-map', 'fishbone', 'dot-vote', 'pdsa'] as const;

/**
 * The default choice of a team's boards: the most recently edited board of each default kind (process map,
 * fishbone, dot vote, PDSA), in that order; a team with none of those shows its most recently edited board.
 */
export function defaultGalleryBoards(
  boards: readonly Pick<BoardMeta, 'id' | 'kind' | 'updatedAt' | 'ordinal'>[],
): string[] {
  const latest = (list: readonly Pick<BoardMeta, 'id' | 'kind' | 'updatedAt' | 'ordinal'>[]) =>
    [...list].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.ordinal - a.ordinal)[0];
  const picks = GALLERY_DEFAULT_KINDS.flatMap((kind) => {
    const b = latest(boards.filter((x) => x.kind === kind));
    return b ? [b.id] : [];
  });
  if (picks.length > 0) return picks;
  const any = latest(boards);
  return any ? [any.id] : [];
}

/** `m:ss` of a countdown, rounded up so a turn shows 5:00 at its start and 0:00 only at its end. */
export function formatCountdown(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
