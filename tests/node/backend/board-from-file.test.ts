import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { apiError, makeTempDir, startTestBackend, type TestBackend } from '../../helpers/backend';
import { createDemoWorkshop } from '../../../shared/demo';
import { writeWorkshopFile } from '../../../electron/backend/files/snapshot';

let t: TestBackend;
let dir: string;
beforeEach(() => {
  t = startTestBackend();
  dir = makeTempDir('lapimurto-board-file-');
});
afterEach(() => t.dispose());

const upload = (path: string) => ({
  fileName: path.split('/').pop()!,
  dataBase64: readFileSync(path).toString('base64'),
});

/** The demo workshop as a file, with a foreign table and a trigger that would stash every board written. */
async function hostileDemoFile(): Promise<string> {
  const path = join(dir, 'toinen.lapimurto');
  await writeWorkshopFile(createDemoWorkshop({ lang: 'fi' }), path, { id: 'other' });
  const db = new Database(path);
  db.exec(`
    CREATE TABLE zz_stash (doc TEXT);
    CREATE TRIGGER zz_grab AFTER INSERT ON boards BEGIN INSERT INTO zz_stash (doc) VALUES (new.doc); END;
  `);
  db.close();
  return path;
}

async function workshopWithTeam(): Promise<{ workshopId: string; teamId: string }> {
  const { id: workshopId } = await t.client.call('library.create', { title: 'Tämä työpaja' });
  const { id: teamId } = await t.client.call('teams.create', { workshopId, team: { name: 'Nuoret' } });
  return { workshopId, teamId };
}

describe('copy a board from another workshop file', () => {
  it('lists the boards of a file by team and copies the chosen one into this team, as it was, as one undo step', async () => {
    const path = await hostileDemoFile();
    const listed = await t.client.call('boards.listInFile', { file: upload(path) });
    const demo = createDemoWorkshop({ lang: 'fi' });
    expect(listed.boards).toHaveLength(demo.boards.length);
    expect(listed.removedObjects).toBe(2);
    const map = listed.boards.find((b) => b.kind === 'process-map')!;
    expect(demo.teams.map((x) => x.name)).toContain(map.teamName);

    const { workshopId, teamId } = await workshopWithTeam();
    const out = await t.client.call('boards.copyFromFile', { workshopId, teamId, boardId: map.id, file: upload(path) });
    expect(out.name).toBe(map.name);
    const copy = await t.client.call('boards.get', { workshopId, id: out.id });
    expect(copy).toMatchObject({ teamId, kind: 'process-map', name: map.name });
    expect(copy.id).not.toBe(map.id);
    expect(copy.doc).toEqual(demo.boards.find((b) => b.id === map.id)!.doc);

    // Nothing else of the file came along: no team, and the trigger never reached this workshop.
    const state = await t.client.call('workshop.get', { workshopId });
    expect(state.teams.map((x) => x.name)).toEqual(['Nuoret']);
    expect(state.boards).toHaveLength(1);
    await t.client.call('history.undo', { workshopId });
    expect((await t.client.call('workshop.get', { workshopId })).boards).toHaveLength(0);
  });

  it('refuses a file that is not a workshop, a board that is not in the file and a team that is gone, with messages', async () => {
    const { workshopId, teamId } = await workshopWithTeam();
    const junk = join(dir, 'lista.lapimurto');
    writeFileSync(junk, 'Nuori ottaa yhteyttä\nKuraattori kuulee\n');
    expect((await apiError(t.client.call('boards.listInFile', { file: upload(junk) }))).code).toBe('notAWorkshopFile');

    const path = await hostileDemoFile();
    const gone = await apiError(
      t.client.call('boards.copyFromFile', { workshopId, teamId, boardId: 'no-such-board', file: upload(path) }),
    );
    expect(gone.key).toBe('boards.fromFile.gone');
    const { boards } = await t.client.call('boards.listInFile', { file: upload(path) });
    await t.client.call('teams.delete', { workshopId, id: teamId });
    expect(
      (
        await apiError(
          t.client.call('boards.copyFromFile', { workshopId, teamId, boardId: boards[0]!.id, file: upload(path) }),
        )
      ).code,
    ).toBe('notFound');
    expect((await t.client.call('workshop.get', { workshopId })).boards).toHaveLength(0);
  });
});
