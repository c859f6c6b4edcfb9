import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { apiError, makeTempDir, startTestBackend, type TestBackend } from '../../helpers/backend';
import { createDemoWorkshop } from '../../../shared/demo';
import { writeWorkshopFile } from '../../../electron/backend/files/snapshot';
import { readWorkshopData } from '../../../electron/backend/files/read-data';
import { consolidateFolder } from '../../../electron/backend/export/consolidate';
import { APPLICATION_ID } from '../../../electron/backend/db/constants';
import { cli, writePackage } from '../cli/helpers';

let t: TestBackend;
let dir: string;
beforeEach(() => {
  t = startTestBackend();
  dir = makeTempDir('lapimurto-foreign-');
});
afterEach(() => t.dispose());

/** A valid workshop file with a foreign table, a trigger that copies deleted members into it, a view and an index. */
async function hostileFile(name = 'vieras.lapimurto'): Promise<string> {
  const path = join(dir, name);
  await writeWorkshopFile(createDemoWorkshop({ lang: 'fi' }), path, { id: 'hostile' });
  const db = new Database(path);
  db.exec(`
    CREATE TABLE zz_stash (name TEXT);
    CREATE TRIGGER zz_grab AFTER DELETE ON members BEGIN INSERT INTO zz_stash (name) VALUES (old.name); END;
    CREATE VIEW zz_people AS SELECT name FROM members;
    CREATE INDEX zz_team_names ON teams(name);
  `);
  db.close();
  return path;
}

/** The live database of a workshop in the test library (close the backend first to read it whole). */
const libraryFile = (id: string) => join(t.dataDir, 'workshops', `${id}.sqlite`);

const upload = (path: string) => ({
  fileName: path.split('/').pop()!,
  dataBase64: readFileSync(path).toString('base64'),
});

/** Every schema object of a database file, as `type name sql`. */
function schemaOf(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return (
      db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY type, name').all() as {
        type: string;
        name: string;
        sql: string | null;
      }[]
    ).map((o) => `${o.type} ${o.name} ${o.sql ?? ''}`);
  } finally {
    db.close();
  }
}

async function freshSchema(): Promise<string[]> {
  const { id } = await t.client.call('library.create', { title: 'Vertailu' });
  const exported = await t.client.call('workshop.exportFile', { workshopId: id });
  const r = await t.client.call('files.save', { token: exported.token });
  if (r.kind !== 'saved') throw new Error('not saved');
  return schemaOf(r.path);
}

describe('an imported workshop file is rebuilt from its rows', () => {
  it('imports without the foreign table, trigger, view and index, says four were removed, and keeps the data', async () => {
    const path = await hostileFile();
    const before = readFileSync(path);
    const imported = await t.client.call('library.importFile', upload(path));
    expect(imported.removedObjects).toBe(4);
    expect(readFileSync(path).equals(before)).toBe(true);
    const fresh = await freshSchema();
    expect(schemaOf(libraryFile(imported.id))).toEqual(fresh);
    const state = await t.client.call('workshop.get', { workshopId: imported.id });
    const demo = createDemoWorkshop({ lang: 'fi' });
    expect(state.teams.map((x) => x.name)).toEqual(demo.teams.map((x) => x.name));
    expect(state.members).toHaveLength(demo.members.length);

    // An edit after the import leaves rows only in the app's tables, and the exported file has the app's schema.
    await t.client.call('members.delete', { workshopId: imported.id, id: state.members[0]!.id });
    t.backend.close();
    const db = new Database(libraryFile(imported.id), { readonly: true });
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
      (r) => r.name,
    );
    db.close();
    expect(tables.some((n) => n.startsWith('zz_'))).toBe(false);
    const exported = await t.client.call('workshop.exportFile', { workshopId: imported.id });
    const saved = await t.client.call('files.save', { token: exported.token });
    if (saved.kind !== 'saved') throw new Error('not saved');
    expect(schemaOf(saved.path)).toEqual(fresh);
  });

  it('merges from the file without its objects and says so', async () => {
    const path = await hostileFile();
    const { id } = await t.client.call('library.create', { title: 'Kohde' });
    const fresh = await freshSchema();
    const out = await t.client.call('workshop.mergeFile', { workshopId: id, file: upload(path) });
    expect(out).toEqual({ teamsAdded: createDemoWorkshop({ lang: 'fi' }).teams.length, removedObjects: 4 });
    t.backend.close();
    expect(schemaOf(libraryFile(id))).toEqual(fresh);
  });

  it('reads the file for consolidation and the CLI without running anything in it', async () => {
    const folder = join(dir, 'kansio');
    mkdirSync(folder);
    const path = await hostileFile('kansio/vieras.lapimurto');
    const before = readFileSync(path);
    const data = await readWorkshopData({ path });
    expect(data.teams).toHaveLength(createDemoWorkshop({ lang: 'fi' }).teams.length);
    const c = await consolidateFolder(folder);
    expect(c.sources.map((s) => s.file)).toEqual(['vieras.lapimurto']);
    const info = await cli('info', path);
    expect(info.code).toBe(0);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('malformed workshop files get a translated message', () => {
  it('a SQLite file with the app id but no tables', async () => {
    const path = join(dir, 'tyhja.lapimurto');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('user_version = 2');
    db.exec('CREATE TABLE other (x)');
    db.close();
    const e = await apiError(t.client.call('library.importFile', upload(path)));
    expect(e).toMatchObject({ code: 'corruptFile', key: 'errors.file.incomplete' });
    const { id } = await t.client.call('library.create', { title: 'Kohde' });
    expect(await apiError(t.client.call('workshop.mergeFile', { workshopId: id, file: upload(path) }))).toMatchObject({
      key: 'errors.file.incomplete',
    });
    expect((await t.client.call('library.list', {})).map((w) => w.title)).toEqual(['Kohde']);
    const r = await cli('info', path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Tiedosto ei ole kokonainen työpajatiedosto');
    expect(r.stderr).toContain('The file is not a complete workshop file');
    expect(r.stderr).not.toContain('errors.');
  });

  it('a package or a workshop file with a board nested 5,000 levels deep', async () => {
    const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    const data = structuredClone(createDemoWorkshop({ lang: 'fi' }));
    const board = data.boards[0]!;
    board.kind = 'future-kind';
    board.doc = { placeholder: true };
    const pkgPath = join(dir, 'syva.json');
    writePackage(pkgPath, data);
    writeFileSync(pkgPath, readFileSync(pkgPath, 'utf8').replace(/\{\s*"placeholder": true\s*\}/, deep));
    expect(await apiError(t.client.call('library.importFile', upload(pkgPath)))).toMatchObject({
      code: 'corruptFile',
      key: 'errors.package.invalid',
    });

    const filePath = join(dir, 'syva.lapimurto');
    await writeWorkshopFile(createDemoWorkshop({ lang: 'fi' }), filePath, { id: 'deep' });
    const db = new Database(filePath);
    db.prepare("UPDATE boards SET kind = 'future-kind', doc = ? WHERE rowid = 1").run(deep);
    db.close();
    expect(await apiError(t.client.call('library.importFile', upload(filePath)))).toMatchObject({
      code: 'corruptFile',
      key: 'errors.file.invalidContent',
    });
    for (const path of [pkgPath, filePath]) {
      const r = await cli('info', path);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('nested deeper than');
      expect(r.stderr).not.toMatch(/errors\.|internal|Maximum call stack/);
    }
  });
});
