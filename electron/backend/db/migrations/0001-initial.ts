import type { Migration } from './types';

/** The first schema: one round per file, its days, teams, members, boards and the undo history. */
export const m0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE round (
        id TEXT PRIMARY KEY CHECK (id = 'round'),
        name TEXT NOT NULL DEFAULT '', start_date TEXT NOT NULL DEFAULT '', end_date TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
      );
      CREATE TABLE days (
        id TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, title TEXT NOT NULL, date TEXT NOT NULL, venue TEXT NOT NULL,
        agenda TEXT NOT NULL
      );
      CREATE TABLE teams (
        id TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, name TEXT NOT NULL, county TEXT NOT NULL,
        target_group TEXT NOT NULL, target_group_other TEXT NOT NULL, process TEXT NOT NULL, aim TEXT NOT NULL
      );
      CREATE TABLE members (
        id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
        name TEXT NOT NULL, role TEXT NOT NULL, profession TEXT NOT NULL, organisation TEXT NOT NULL
      );
      CREATE INDEX members_team ON members(team_id);
      CREATE TABLE boards (
        id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE, kind TEXT NOT NULL,
        name TEXT NOT NULL, ordinal INTEGER NOT NULL, doc_version INTEGER NOT NULL, doc TEXT NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL
      );
      CREATE INDEX boards_team ON boards(team_id);
      CREATE TABLE history (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, label TEXT NOT NULL, changes TEXT NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX history_undone ON history(undone, seq);
      INSERT INTO round (id) VALUES ('round');
    `);
  },
};
