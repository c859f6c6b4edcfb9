import type { DayFeedback, DayRecords, FeedbackAnswers, GalleryNote } from '../../../shared/domain/day-records';
import { newId } from '../../../shared/domain/ids';
import type { Db } from '../db/sqlite';
import { TABLES, fromRow } from './tables';

/** Every gallery note of the workshop (or of one team), in the order they were written. */
export function listGalleryNotes(db: Db, teamId?: string): GalleryNote[] {
  const rows = (
    teamId === undefined
      ? db.prepare('SELECT * FROM gallery_notes ORDER BY ordinal, id').all()
      : db.prepare('SELECT * FROM gallery_notes WHERE team_id = ? ORDER BY ordinal, id').all(teamId)
  ) as Record<string, unknown>[];
  return rows.map((r) => fromRow(TABLES.galleryNotes, r) as GalleryNote);
}

interface FeedbackRow {
  id: string;
  day_id: string;
  arrangements: number | null;
  learning: number | null;
  collaboration: number | null;
  overall: number | null;
  comment: string;
  given_on: string;
}

/** Day feedback, of one day or all; in the order of the answers' random ids, which says nothing about who was first. */
export function listDayFeedback(db: Db, dayId?: string): DayFeedback[] {
  const rows = (
    dayId === undefined
      ? db.prepare('SELECT * FROM day_feedback ORDER BY id').all()
      : db.prepare('SELECT * FROM day_feedback WHERE day_id = ? ORDER BY id').all(dayId)
  ) as FeedbackRow[];
  return rows.map((r) => ({
    id: r.id,
    dayId: r.day_id,
    arrangements: r.arrangements,
    learning: r.learning,
    collaboration: r.collaboration,
    overall: r.overall,
    comment: r.comment,
    givenOn: r.given_on,
  }));
}

/**
 * Stores one anonymous answer. Deliberately outside the undo history: a history entry is timed and ordered, and
 * the next respondent must not be able to undo (and so see) the previous one's answer.
 */
export function addDayFeedback(db: Db, dayId: string, answers: FeedbackAnswers, givenOn: string): void {
  db.prepare(
    `INSERT INTO day_feedback (id, day_id, arrangements, learning, collaboration, overall, comment, given_on)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    newId(),
    dayId,
    answers.arrangements,
    answers.learning,
    answers.collaboration,
    answers.overall,
    answers.comment.trim(),
    givenOn,
  );
}

/**
 * Stores an answer as it is (id and date included) when it is not there yet: portable data being loaded into a
 * file (import, demo) or merged from another copy of the same workshop. Returns whether it was added.
 */
export function insertDayFeedback(db: Db, a: DayFeedback): boolean {
  const r = db
    .prepare(
      `INSERT INTO day_feedback (id, day_id, arrangements, learning, collaboration, overall, comment, given_on)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`,
    )
    .run(a.id, a.dayId, a.arrangements, a.learning, a.collaboration, a.overall, a.comment, a.givenOn);
  return r.changes > 0;
}

/** The workshop's gallery notes and day feedback, for the Excel export and the CLI. */
export function readDayRecords(db: Db): DayRecords {
  return { galleryNotes: listGalleryNotes(db), dayFeedback: listDayFeedback(db) };
}
