import type { Migration } from './types';

/**
 * Running the workshop day: the agenda's actual times, gallery-walk feedback between teams and the anonymous day
 * feedback. Each table belongs to one feature (agenda runner, gallery walk, day feedback).
 */
export const m0002: Migration = {
  version: 2,
  name: 'workshop-day',
  up(db) {
    db.exec(`
      -- One row per agenda item as it actually ran (times are ISO instants, ended_at '' while running; minutes
      -- added by "extend"). A log, never in the undo history. No foreign key: a deleted day's times come back with
      -- the undo that brings the day back (a cascade would delete them unrecorded).
      CREATE TABLE agenda_log (
        id TEXT PRIMARY KEY, day_id TEXT NOT NULL, item_id TEXT NOT NULL,
        ordinal INTEGER NOT NULL, title TEXT NOT NULL, planned_min INTEGER NOT NULL,
        started_at TEXT NOT NULL DEFAULT '', ended_at TEXT NOT NULL DEFAULT '', paused_ms INTEGER NOT NULL DEFAULT 0,
        extended_min INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0, note TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX agenda_log_day ON agenda_log(day_id);
      -- A visitor's note on another team's boards during the gallery walk.
      CREATE TABLE gallery_notes (
        id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
        kind TEXT NOT NULL, text TEXT NOT NULL, from_team_id TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL
      );
      CREATE INDEX gallery_notes_team ON gallery_notes(team_id);
      -- Anonymous: no name, no team, no device, no time of day (given_on is the date only); scores 1-5 or NULL when
      -- left empty. WITHOUT ROWID: rows are kept in the order of their random ids, so neither the table nor a rowid
      -- tells in which order people answered. Never in the undo history (its entries are timed and ordered). No
      -- foreign key: answers outlive a deleted day, so undoing the deletion brings the day back with its feedback.
      CREATE TABLE day_feedback (
        id TEXT PRIMARY KEY, day_id TEXT NOT NULL,
        arrangements INTEGER, learning INTEGER, collaboration INTEGER, overall INTEGER,
        comment TEXT NOT NULL DEFAULT '', given_on TEXT NOT NULL DEFAULT ''
      ) WITHOUT ROWID;
      CREATE INDEX day_feedback_day ON day_feedback(day_id);
    `);
  },
};
