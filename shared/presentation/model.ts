import { z } from 'zod';
import { Id } from '../domain/ids';
import { GalleryRun } from './gallery';
import { AgendaRun } from './agenda';
import { PresentationClock, REAL_CLOCK } from './clock';
import { QuickTimer } from './timer';

/**
 * What the projector (audience view) can show. The audience view renders each kind with its own module
 * (renderer/src/audience/); a new kind adds one member here and one module there.
 */
export const AudienceContent = z.discriminatedUnion('kind', [
  /** The programme's calm title screen: shown before anything is chosen. */
  z.object({ kind: z.literal('welcome') }),
  z.object({ kind: z.literal('board'), boardId: Id }),
  z.object({ kind: z.literal('agenda'), dayId: Id }),
  z.object({ kind: z.literal('timer') }),
  z.object({ kind: z.literal('storyboard'), teamId: Id }),
  z.object({ kind: z.literal('gallery') }),
]);
export type AudienceContent = z.infer<typeof AudienceContent>;

/** follow: the audience shows what the coach has open; freeze: it keeps what it showed; blank: a dark screen. */
export const PRESENTATION_MODES = ['follow', 'freeze', 'blank'] as const;
export const PresentationMode = z.enum(PRESENTATION_MODES);
export type PresentationMode = z.infer<typeof PresentationMode>;

/**
 * The state every window shares through `presentation.changed` events. It lives in the backend's memory, so an
 * audience window that is closed and opened again (or a display unplugged and plugged back) picks it up as it was.
 * Parts a feature owns (timers, the agenda run, the gallery walk) are added as optional fields with their own schema.
 */
export const PresentationState = z.object({
  /** Grows with every change; a window ignores a state older than the one it has. */
  seq: z.number().int().min(0),
  workshopId: Id.nullable(),
  mode: PresentationMode,
  /** What the coach has open right now. */
  current: AudienceContent,
  /** What the audience view shows: `current` while following, the content frozen or chosen otherwise. */
  shown: AudienceContent,
  /** The gallery walk in progress (shared/presentation/gallery.ts), or none. */
  gallery: GalleryRun.nullable().optional(),
  /** The quick timer for group work (shared/presentation/timer.ts), or none. */
  timer: QuickTimer.nullable().optional(),
  /** The workshop day's agenda running (shared/presentation/agenda.ts), or none. */
  agenda: AgendaRun.nullable().optional(),
  /**
   * Which section of the shown board the projector shows (0-based; BoardPicture.sections), stepped by the coach's
   * PageDown/PageUp and `presentation.setSection`. Back to 0 whenever `shown` changes.
   */
  section: z.number().int().min(0).optional(),
  /** How many sections the audience view split the shown board into (reported by it), when known. */
  sections: z.number().int().min(1).optional(),
  /** The clock the countdowns run on: the wall clock, except under the host's test-only `--time-scale`. */
  clock: PresentationClock.optional(),
});
export type PresentationState = z.infer<typeof PresentationState>;

export const INITIAL_PRESENTATION: PresentationState = {
  seq: 0,
  workshopId: null,
  mode: 'follow',
  current: { kind: 'welcome' },
  shown: { kind: 'welcome' },
  timer: null,
  agenda: null,
  clock: REAL_CLOCK,
};
