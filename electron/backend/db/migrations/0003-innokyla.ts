import type { Migration } from './types';

/**
 * The team's own words for its Innokylä toimintamalli, one row per team and template section. Kept apart from what
 * the app generates from the boards, so regenerating the draft never touches them. Undoable like every field (the
 * rows are in the store's TABLES). No foreign key: a deleted team's texts come back with the undo that restores the
 * team (a cascade would delete them unrecorded).
 */
export const m0003: Migration = {
  version: 3,
  name: 'innokyla',
  up(db) {
    db.exec(`
      CREATE TABLE innokyla_texts (
        id TEXT PRIMARY KEY, team_id TEXT NOT NULL, ordinal INTEGER NOT NULL, section TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT ''
      );
      CREATE UNIQUE INDEX innokyla_texts_team_section ON innokyla_texts(team_id, section);
    `);
  },
};
