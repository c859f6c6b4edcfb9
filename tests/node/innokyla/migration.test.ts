import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/backend/db/migrate';
import { makeTempDir } from '../../helpers/backend';

describe('migration 0003-innokyla', () => {
  it("adds the teams' toimintamalli texts to a version 2 file, keeping its rows; one text per team and section", async () => {
    const db = new Database(join(makeTempDir(), 'w.sqlite'));
    await migrate(db, { target: 2 });
    db.prepare("INSERT INTO teams VALUES ('t', 0, 'A', '', '', '', '', '')").run();
    await migrate(db, { target: 3 });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare('SELECT name FROM teams').all()).toEqual([{ name: 'A' }]);
    const cols = (db.prepare('SELECT name FROM pragma_table_info(?)').all('innokyla_texts') as { name: string }[]).map(
      (c) => c.name,
    );
    expect(cols).toEqual(['id', 'team_id', 'ordinal', 'section', 'text']);
    db.prepare("INSERT INTO innokyla_texts VALUES ('x1', 't', 16, 'tips', 'Vinkki')").run();
    expect(() => db.prepare("INSERT INTO innokyla_texts VALUES ('x2', 't', 16, 'tips', 'Toinen')").run()).toThrow();
    db.close();
  });
});
