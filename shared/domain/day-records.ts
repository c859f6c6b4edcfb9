import { z } from 'zod';
import { Id } from './ids';
import { IsoDate } from './entities';
import { LIMITS } from './limits';
import type { AgendaLogEntry } from './agenda-log';

/** What a visitor's note on another team's boards says: an idea to take home, or a question to the team. */
export const GALLERY_NOTE_KINDS = ['steal', 'question'] as const;
export const GalleryNoteKind = z.enum(GALLERY_NOTE_KINDS);
export type GalleryNoteKind = z.infer<typeof GalleryNoteKind>;

/** Longest gallery note or feedback comment, in characters (a few sentences fit many times over). */
export const DAY_TEXT_MAX = LIMITS.noteText;

/** A visitor's note during the gallery walk, kept with the team it is for. */
export const GalleryNote = z.object({
  id: Id,
  teamId: Id,
  ordinal: z.number().int().min(0),
  kind: GalleryNoteKind,
  text: z.string().trim().min(1).max(DAY_TEXT_MAX),
  /** The visiting team that wrote it, or '' when not told. */
  fromTeamId: z.union([z.literal(''), Id]),
  createdAt: z.string(),
});
export type GalleryNote = z.infer<typeof GalleryNote>;

/** The four questions of the day feedback, each answered 1 (poor) .. 5 (excellent) or left empty. */
export const FEEDBACK_QUESTIONS = ['arrangements', 'learning', 'collaboration', 'overall'] as const;
export type FeedbackQuestion = (typeof FEEDBACK_QUESTIONS)[number];

export const FeedbackScore = z.number().int().min(1).max(5).nullable();

export const FeedbackAnswers = z.object({
  arrangements: FeedbackScore,
  learning: FeedbackScore,
  collaboration: FeedbackScore,
  overall: FeedbackScore,
  comment: z.string().max(DAY_TEXT_MAX),
});
export type FeedbackAnswers = z.infer<typeof FeedbackAnswers>;

/**
 * One anonymous answer to the day feedback: no name, team, device or time of day. `givenOn` is only the date, and
 * answers are stored and listed in an order that says nothing about who answered when.
 */
export const DayFeedback = FeedbackAnswers.extend({
  id: Id,
  dayId: Id,
  givenOn: IsoDate,
});
export type DayFeedback = z.infer<typeof DayFeedback>;

/** True when nothing was answered: no score and no comment (an empty form is never saved). */
export function isEmptyFeedback(a: FeedbackAnswers): boolean {
  return FEEDBACK_QUESTIONS.every((q) => a[q] === null) && a.comment.trim() === '';
}

/** The workshop's day records besides its portable data: gallery notes and day feedback. */
export interface DayRecords {
  galleryNotes: GalleryNote[];
  dayFeedback: DayFeedback[];
  /** The agenda's actual times (agenda_log), when the caller read them. */
  agendaLog?: AgendaLogEntry[];
}
