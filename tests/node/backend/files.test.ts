import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { makeTempDir, startTestBackend, type TestBackend } from '../../helpers/backend';
import { readWorkshopData } from '../../../electron/backend/files/read-data';

let t: TestBackend;
beforeEach(() => {
  t = startTestBackend();
});
afterEach(() => t.dispose());

async function filledWorkshop() {
  const { id: workshopId } = await t.client.call('library.create', { title: 'Jaettava työpaja' });
  await t.client.call('round.update', { workshopId, patch: { name: 'Kierros 3' } });
  const { id: teamId } = await t.client.call('teams.create', {
    workshopId,
    team: { name: 'Lapsiperheet', county: 'pohjois-karjala' },
  });
  await t.client.call('members.create', { workshopId, teamId, member: { name: 'Asiakas', role: 'client-rep' } });
  const { id: boardId } = await t.client.call('boards.create', {
    workshopId,
    teamId,
    kind: 'ideas-wall',
    name: 'Ideat',
  });
  await t.client.call('boards.apply', {
    workshopId,
    id: boardId,
    command: {
      type: 'addNote',
      note: {
        id: 'n1',
        text: 'Yhteinen asiakassuunnitelma',
        color: 'green',
        authorRole: 'client-rep',
        clusterId: null,
        x: 0,
        y: 0,
      },
    },
  });
  return workshopId;
}

function upload(path: string) {
  return { fileName: path.split('/').pop() ?? 'x', dataBase64: readFileSync(path).toString('base64') };
}

async function saved(token: string): Promise<string> {
  const r = await t.client.call('files.save', { token });
  if (r.kind !== 'saved') throw new Error('expected a saved file');
  return r.path;
}

describe('workshop files', () => {
  it('exports a standalone snapshot and imports it as a copy with the same content', async () => {
    const workshopId = await filledWorkshop();
    const exp = await t.client.call('workshop.exportFile', { workshopId });
    expect(exp.fileName).toBe('Jaettava työpaja.lapimurto');
    const path = await saved(exp.token);
    expect(existsSync(`${path}-wal`)).toBe(false);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
    const bytes = readFileSync(path);
    const imported = await t.client.call('library.importFile', upload(path));
    expect(imported.id).not.toBe(workshopId);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    const a = await t.client.call('workshop.get', { workshopId });
    const b = await t.client.call('workshop.get', { workshopId: imported.id });
    expect(b.teams).toEqual(a.teams);
    expect(b.members).toEqual(a.members);
    expect(b.round).toEqual(a.round);
  });

  it('exports and imports a JSON package, and merges its teams into an open workshop with undo', async () => {
    const workshopId = await filledWorkshop();
    const exp = await t.client.call('workshop.exportPackage', { workshopId });
    const path = await saved(exp.token);
    const imported = await t.client.call('library.importFile', upload(path));
    const b = await t.client.call('workshop.get', { workshopId: imported.id });
    expect(b.teams.map((x) => x.name)).toEqual(['Lapsiperheet']);
    const { id: other } = await t.client.call('library.create', { title: 'Vastaanottaja' });
    const r = await t.client.call('workshop.mergeFile', { workshopId: other, file: upload(path) });
    expect(r.teamsAdded).toBe(1);
    const merged = await t.client.call('workshop.get', { workshopId: other });
    expect(merged.teams).toHaveLength(1);
    expect(merged.members).toHaveLength(1);
    expect(merged.boards).toHaveLength(1);
    await t.client.call('history.undo', { workshopId: other });
    expect((await t.client.call('workshop.get', { workshopId: other })).teams).toHaveLength(0);
  });

  it('refuses corrupt, foreign and newer files with a clear message and leaves them byte-for-byte untouched', async () => {
    const dir = makeTempDir();
    const workshopId = await filledWorkshop();
    const good = await saved((await t.client.call('workshop.exportFile', { workshopId })).token);

    const corrupt = join(dir, 'rikki.lapimurto');
    const bytes = readFileSync(good);
    const broken = Buffer.from(bytes);
    for (let i = 4096; i < broken.length; i += 7) broken[i] = 0xff;
    writeFileSync(corrupt, broken);

    const text = join(dir, 'muistio.lapimurto');
    writeFileSync(text, 'tämä ei ole työpaja');

    const foreign = join(dir, 'vieras.lapimurto');
    const fdb = new Database(foreign);
    fdb.exec('CREATE TABLE x (a)');
    fdb.close();

    const newer = join(dir, 'uusi.lapimurto');
    writeFileSync(newer, bytes);
    const ndb = new Database(newer);
    ndb.pragma('journal_mode = DELETE');
    ndb.pragma('user_version = 99');
    ndb.close();

    const empty = join(dir, 'tyhja.lapimurto');
    writeFileSync(empty, '');

    const expected: [string, string][] = [
      [corrupt, 'errors.file.corrupt'],
      [text, 'errors.file.notWorkshop'],
      [foreign, 'errors.file.notWorkshop'],
      [newer, 'errors.file.newerVersion'],
      [empty, 'errors.file.empty'],
    ];
    const before = (await t.client.call('library.list', {})).length;
    for (const [path, key] of expected) {
      const original = readFileSync(path);
      const r = await t.backend.dispatch('library.importFile', upload(path));
      expect(r.ok, path).toBe(false);
      if (!r.ok) expect(r.error.key, path).toBe(key);
      expect(readFileSync(path).equals(original), path).toBe(true);
      await expect(readWorkshopData({ path })).rejects.toThrow();
      expect(readFileSync(path).equals(original), path).toBe(true);
    }
    expect((await t.client.call('library.list', {})).length).toBe(before);
    expect(readdirSync(join(t.dataDir, 'workshops')).filter((f) => f.includes('import'))).toEqual([]);
  });

  it('lists a damaged library file with its reason instead of failing the list', async () => {
    await filledWorkshop();
    writeFileSync(join(t.dataDir, 'workshops', 'rikki.sqlite'), 'roskaa');
    const list = await t.client.call('library.list', {});
    expect(list.find((x) => x.id === 'rikki')?.errorKey).toBe('errors.file.notWorkshop');
    expect(list.filter((x) => !x.errorKey)).toHaveLength(1);
  });

  it('moves a removed workshop to the trash folder', async () => {
    const workshopId = await filledWorkshop();
    await t.client.call('library.remove', { workshopId });
    expect(await t.client.call('library.list', {})).toHaveLength(0);
    expect(readdirSync(join(t.dataDir, 'trash'))).toHaveLength(1);
  });
});
