import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { apiError, startTestBackend, type TestBackend } from '../../helpers/backend';
import { boardPictureFindings, findInText } from '../../../shared/analysis/personal-data';
import { createDemoWorkshop } from '../../../shared/demo';

let t: TestBackend;
beforeEach(() => {
  t = startTestBackend();
});
afterEach(() => t.dispose());

const HETU = '131052-308T';
const PHONE = '040 123 4567';

/** A workshop whose title, team name and a member carry personal data, as a careless user would type them. */
async function leakyWorkshop() {
  const { id: workshopId } = await t.client.call('library.create', { title: `Työpaja ${HETU}` });
  const { id: teamId } = await t.client.call('teams.create', {
    workshopId,
    team: { name: `Tiimi ${PHONE}`, county: 'pirkanmaa' },
  });
  await t.client.call('members.create', {
    workshopId,
    teamId,
    member: { name: 'Liisa', role: 'client-rep', organisation: 'liisa(at)example.fi' },
  });
  return { workshopId, teamId };
}

const exportsWritten = () =>
  readdirSync(join(t.dataDir, 'exports')).flatMap((d) => readdirSync(join(t.dataDir, 'exports', d)));

async function savedPath(token: string): Promise<string> {
  const r = await t.client.call('files.save', { token });
  if (r.kind !== 'saved') throw new Error('not saved');
  return r.path;
}

describe('every way out passes the personal-data gate', () => {
  it('the workshop file and the JSON package are refused unmasked, with nothing written', async () => {
    const { workshopId } = await leakyWorkshop();
    for (const method of ['workshop.exportFile', 'workshop.exportPackage'] as const) {
      const e = await apiError(t.client.call(method, { workshopId }));
      expect(e).toMatchObject({ key: 'files.errors.personalData' });
      // The title, the team name and the member's address, in the data and again in the undo history.
      expect(e.params?.count).toBeGreaterThanOrEqual(3);
    }
    expect(exportsWritten()).toEqual([]);
  });

  it('masked, they hold no personal data anywhere, and their names carry none', async () => {
    const { workshopId } = await leakyWorkshop();
    const pkg = await t.client.call('workshop.exportPackage', { workshopId, maskPersonalData: true });
    expect(pkg.fileName).toBe('Työpaja.json');
    const text = readFileSync(await savedPath(pkg.token), 'utf8');
    expect(text).not.toContain(HETU);
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain('liisa(at)');

    const file = await t.client.call('workshop.exportFile', { workshopId, maskPersonalData: true });
    expect(file.fileName).toBe('Työpaja.lapimurto');
    const db = new Database(await savedPath(file.token), { readonly: true });
    const texts = [
      ...(db.prepare('SELECT value FROM meta').all() as { value: string }[]).map((r) => r.value),
      ...(db.prepare('SELECT name FROM teams').all() as { name: string }[]).map((r) => r.name),
      ...(db.prepare('SELECT organisation FROM members').all() as { organisation: string }[]).map(
        (r) => r.organisation,
      ),
      ...(db.prepare('SELECT changes FROM history').all() as { changes: string }[]).map((r) => r.changes),
    ];
    db.close();
    expect(texts.flatMap((s) => findInText(s))).toEqual([]);
  });

  it('a deleted phone number still in the undo history stops an unmasked workshop file', async () => {
    const { id: workshopId } = await t.client.call('library.create', { title: 'Siisti' });
    const { id: teamId } = await t.client.call('teams.create', {
      workshopId,
      team: { name: 'Tiimi', county: 'pirkanmaa' },
    });
    await t.client.call('teams.update', { workshopId, id: teamId, patch: { aim: `Soita ${PHONE}` } });
    await t.client.call('teams.update', { workshopId, id: teamId, patch: { aim: 'Lyhyempi odotus' } });
    expect(await apiError(t.client.call('workshop.exportFile', { workshopId }))).toMatchObject({
      key: 'files.errors.personalData',
    });
    const ok = await t.client.call('workshop.exportFile', { workshopId, maskPersonalData: true });
    const db = new Database(await savedPath(ok.token), { readonly: true });
    expect((db.prepare('SELECT COUNT(*) AS n FROM history').get() as { n: number }).n).toBe(0);
    db.close();
  });

  it('Excel and CSV names and download names are built from masked titles', async () => {
    const { workshopId, teamId } = await leakyWorkshop();
    const wb = await t.client.call('excel.exportWorkbook', {
      workshopId,
      teamId,
      lang: 'fi',
      maskPersonalData: true,
      jobId: 'j',
    });
    expect(wb.fileName).toBe('Työpaja - Tiimi.xlsx');
    const csv = await t.client.call('excel.exportCsv', {
      workshopId,
      teamId,
      lang: 'fi',
      maskPersonalData: true,
      sheet: 'Tiimit',
      separator: ';',
    });
    expect(csv.fileName).toBe('Työpaja - Tiimi - Tiimit.csv');
    for (const name of [wb.fileName, csv.fileName]) expect(findInText(name)).toEqual([]);
  });

  it('a board picture counts personal data in the board name and anywhere in its document, of any kind', () => {
    expect(boardPictureFindings('Soitot 050-1234567', {})).toBe(1);
    const doc = {
      effect: { text: 'Ei' },
      categories: [{ causes: [{ text: 'matti @ example.fi ja 131052-308T' }] }],
      notes: ['040/1234567'],
    };
    expect(boardPictureFindings('Kalanruoto', doc)).toBe(3);
    // Business IDs, ids and numbers are not personal data; the demo's boards export as pictures.
    expect(
      boardPictureFindings('Y-tunnus 0201256-6', {
        n: 40,
        id: '0f8fad5b-d9cb-469f-a165-70867728950e',
        version: '1.0.401',
      }),
    ).toBe(0);
    for (const b of createDemoWorkshop({ lang: 'fi' }).boards) expect(boardPictureFindings(b.name, b.doc)).toBe(0);
  });
});
