import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { makeTempDir } from '../../helpers/backend';
import { migrate } from '../../../electron/backend/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/backend/db/migrations';
import { APPLICATION_ID } from '../../../electron/backend/db/constants';
import { inspectWorkshopFile } from '../../../electron/backend/db/open';

function freshDb() {
  const path = join(makeTempDir(), 'w.sqlite');
  return { path, db: new Database(path) };
}

describe('migrations', () => {
  it('are numbered 1..N in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('0001-initial creates the tables, marks the file as a workshop file, and seeds the round row', async () => {
    const { db, path } = freshDb();
    await migrate(db, { target: 0 });
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    await migrate(db, { target: 1 });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").all() as { name: string }[]
    ).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['boards', 'days', 'history', 'members', 'meta', 'round', 'teams']));
    expect(db.prepare('SELECT id FROM round').all()).toEqual([{ id: 'round' }]);
    db.prepare("INSERT INTO teams VALUES ('t', 0, 'A', '', '', '', '', '')").run();
    db.prepare("INSERT INTO members VALUES ('m', 't', 0, 'B', 'coach', '', '')").run();
    db.pragma('foreign_keys = ON');
    expect(() => db.prepare("INSERT INTO members VALUES ('m2', 'missing', 0, 'B', 'coach', '', '')").run()).toThrow();
    db.close();
    expect(inspectWorkshopFile(path).version).toBe(1);
  });

  it('rolls a failing step back as a whole (transaction per migration)', async () => {
    const { db } = freshDb();
    db.exec('CREATE TABLE meta (key TEXT)'); // collides with 0001's first statement
    await expect(migrate(db)).rejects.toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'teams'").get()).toEqual({ n: 0 });
  });

  it('refuses a file from a newer app without writing to it', async () => {
    const { db, path } = freshDb();
    await migrate(db);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    const bytes = readFileSync(path);
    expect(() => inspectWorkshopFile(path)).toThrow(/newerVersion/);
    const again = new Database(path);
    await expect(migrate(again)).rejects.toThrow();
    again.close();
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });
});

describe('verified backup before migrating', () => {
  it('copies the old file with the backup API, checks it, then migrates', async () => {
    const { db } = freshDb();
    await migrate(db);
    db.prepare("INSERT INTO teams VALUES ('t', 0, 'Vanha tiimi', '', '', '', '', '')").run();
    const next = {
      version: LATEST_VERSION + 1,
      name: 'test-step',
      up: (d: Database.Database) => d.exec('ALTER TABLE teams ADD COLUMN extra TEXT'),
    };
    const backupDir = makeTempDir();
    const backup = await migrate(db, { backupDir, label: 'w', migrations: [...MIGRATIONS, next] });
    expect(backup).toBeTruthy();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    const copy = new Database(backup!, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(copy.prepare('SELECT name FROM teams').all()).toEqual([{ name: 'Vanha tiimi' }]);
    copy.close();
  });
});
