import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Workbook } from 'exceljs';
import { cli, writePackage } from './helpers';
import { readWorkbook, tempDir } from '../export/helpers';
import { createDemoWorkshop } from '../../../shared/demo';
import { writeWorkshopFile } from '../../../electron/backend/files/snapshot';
import { DAY_SHEET_DESCRIPTIONS } from '../../../electron/backend/export/day-sheets';
import { AGENDA_SHEET_DESCRIPTION, AGENDA_SHEET_NAME } from '../../../electron/backend/export/agenda-sheet';
import { translator } from '../../../shared/i18n/translate';
import type { WorkshopData } from '../../../shared/domain/workshop-data';

const DAY_SHEETS = ['Gallerian palaute', 'Palaute', 'Palautteen yhteenveto', AGENDA_SHEET_NAME];

/** Data rows of a sheet as objects keyed by the header row. */
function rows(wb: Workbook, name: string): Record<string, unknown>[] {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const head = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, unknown>[] = [];
  ws.eachRow((row, n) => {
    if (n > 1) out.push(Object.fromEntries(head.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return out;
}

/** Tietoja as item → value (its two columns, whatever the header language). */
const cover = (wb: Workbook) =>
  new Map(rows(wb, 'Tietoja').map((r) => Object.values(r).map(String) as [string, string]));

let t: ReturnType<typeof tempDir>;
beforeEach(() => {
  t = tempDir();
});
afterEach(() => t.cleanup());

describe('cli and the workshop day', () => {
  it('info counts gallery notes per team, feedback respondents per day and agenda days run (counts only, no texts)', async () => {
    const demo = join(t.dir, 'demo.lapimurto');
    expect((await cli('demo', demo)).code).toBe(0);
    const r = await cli('info', demo);
    expect(r.code).toBe(0);
    const info = JSON.parse(r.stdout);
    expect(info.counts).toMatchObject({ teams: 3, galleryNotes: 11, feedbackRespondents: 8, agendaDaysRun: 1 });
    expect(info.teams.map((x: { galleryNotes: unknown }) => x.galleryNotes)).toEqual([
      { steal: 2, question: 2 },
      { steal: 2, question: 1 },
      { steal: 2, question: 2 },
    ]);
    expect(info.workshopDays.map((d: { feedbackRespondents: number }) => d.feedbackRespondents)).toEqual([8, 0, 0, 0]);
    expect(info.workshopDays.map((d: { agendaRun: unknown }) => d.agendaRun)).toEqual([
      { itemsRun: 10, itemsSkipped: 1 },
      null,
      null,
      null,
    ]);
    // Anonymous answers and notes are counted, never printed.
    expect(r.stdout).not.toContain('Posterikierros oli päivän paras osuus');
    expect(r.stdout).not.toContain('Aamun soittoaika');
  });

  it('export-xlsx writes the day sheets the app writes, described on Tietoja, Kuvat last; export-csv reaches them too', async () => {
    const demo = join(t.dir, 'demo.lapimurto');
    await cli('demo', demo);
    const out = join(t.dir, 'kierros.xlsx');
    const r = await cli('export-xlsx', demo, out);
    expect(r.code, r.stderr).toBe(0);
    const wb = await readWorkbook(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(-5)).toEqual([...DAY_SHEETS, 'Kuvat']);
    expect(rows(wb, 'Gallerian palaute')).toHaveLength(11);
    expect(rows(wb, 'Palaute')).toHaveLength(8);
    expect(rows(wb, 'Palautteen yhteenveto').map((x) => [x.Kysymys, x.Vastaajia])).toEqual([
      ['Järjestelyt', 8],
      ['Oppiminen', 8],
      ['Tiimin yhteistyö', 8],
      ['Kokonaisarvio', 8],
    ]);
    const agenda = rows(wb, AGENDA_SHEET_NAME);
    expect(agenda).toHaveLength(11);
    // The demo day: one item over its time, one skipped.
    expect(agenda.filter((x) => x.Ohitettu === true).map((x) => x.Ohjelmakohta)).toEqual([
      'Vertaisoppiminen tiimipareittain',
    ]);
    expect(
      agenda
        .filter((x) => typeof x['Ero (min)'] === 'number' && (x['Ero (min)'] as number) > 0)
        .map((x) => [x.Ohjelmakohta, x['Ero (min)'], x['Jatkettu (min)']]),
    ).toEqual([['Asiantuntijapuheenvuoro: läpimurtomenetelmä ja asiakas kehittäjänä', 12, 10]]);
    const c = cover(wb);
    for (const name of DAY_SHEETS.slice(0, 3))
      expect(c.get(`Sivu: ${name}`)).toBe(
        translator('fi')(DAY_SHEET_DESCRIPTIONS[name as keyof typeof DAY_SHEET_DESCRIPTIONS]),
      );
    expect(c.get(`Sivu: ${AGENDA_SHEET_NAME}`)).toBe(translator('fi')(AGENDA_SHEET_DESCRIPTION));

    const sv = join(t.dir, 'sv.xlsx');
    expect((await cli('export-xlsx', demo, sv, '--lang', 'sv')).code).toBe(0);
    const swb = await readWorkbook(sv);
    expect((swb.getWorksheet('Palaute')!.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Dag',
      'Datum',
      'Arrangemang',
      'Lärande',
      'Samarbetet i teamet',
      'Helhetsbedömning',
      'Fri respons',
    ]);
    expect(cover(swb).get(`Sida: Palaute`)).toMatch(/^En rad per anonymt svar/);

    const csv = join(t.dir, 'palaute.csv');
    expect((await cli('export-csv', demo, 'Palaute', csv)).code).toBe(0);
    expect(readFileSync(csv, 'utf8').split('\r\n').filter(Boolean)).toHaveLength(9);
  });

  it('the personal-data check covers gallery notes, feedback comments and agenda times; masking keeps the records', async () => {
    const data = structuredClone(createDemoWorkshop({ lang: 'fi' }));
    data.galleryNotes![0]!.text = 'Kysy lisää: sanna.lehtinen@example.fi';
    data.dayFeedback![0]!.comment = 'Soittakaa 040 123 4567';
    const input = join(t.dir, 'henkilotietoja.json');
    writePackage(input, data);

    const refused = await cli('export-xlsx', input, join(t.dir, 'ei.xlsx'));
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('galleryNotes[0].text');
    expect(refused.stderr).toMatch(/sähköposti 1/);
    expect(refused.stderr).toMatch(/puhelinnumero 1/);

    const out = join(t.dir, 'peitetty.xlsx');
    const masked = await cli('export-xlsx', input, out, '--mask-personal-data');
    expect(masked.code).toBe(0);
    const wb = await readWorkbook(out);
    const notes = rows(wb, 'Gallerian palaute').map((x) => String(x.Palaute));
    expect(notes).toContain('Kysy lisää: *****.********@*******.**');
    expect(rows(wb, 'Palaute').map((x) => String(x['Vapaa palaute']))).toContain('Soittakaa *** *** ****');

    const json = join(t.dir, 'peitetty.json');
    expect((await cli('export-json', input, json, '--mask-personal-data')).code).toBe(0);
    const pkg = JSON.parse(readFileSync(json, 'utf8')) as { packageVersion: number; workshop: WorkshopData };
    expect(pkg.packageVersion).toBe(2);
    expect(pkg.workshop.galleryNotes).toHaveLength(11);
    expect(pkg.workshop.dayFeedback).toHaveLength(8);
    expect(JSON.stringify(pkg.workshop)).not.toMatch(/example\.fi|123 4567/);
  });

  it('export-json → import-json keeps every note, answer and logged time', async () => {
    const demo = join(t.dir, 'demo.lapimurto');
    await cli('demo', demo);
    const json = join(t.dir, 'demo.json');
    const copy = join(t.dir, 'kopio.lapimurto');
    expect((await cli('export-json', demo, json)).code).toBe(0);
    expect((await cli('import-json', json, copy)).code).toBe(0);
    const a = JSON.parse((await cli('info', demo)).stdout);
    const b = JSON.parse((await cli('info', copy)).stdout);
    expect(b).toEqual(a);
    const json2 = join(t.dir, 'demo2.json');
    await cli('export-json', copy, json2);
    const strip = (s: string) => s.replace(/"exportedAt": "[^"]*"/, '');
    expect(strip(readFileSync(json2, 'utf8'))).toBe(strip(readFileSync(json, 'utf8')));
  });

  it('consolidate writes the day sheets of every file: notes with their kept team, answers and times once per file', async () => {
    const dir = join(t.dir, 'kansio');
    mkdirSync(dir);
    const a = createDemoWorkshop({ lang: 'fi' });
    const b = structuredClone(createDemoWorkshop({ lang: 'fi', seed: 77 }));
    b.teams.forEach((team, i) => (team.name = `Toinen tiimi ${i + 1}`));
    await writeWorkshopFile(a, join(dir, 'a.lapimurto'), { id: 'file-a' });
    // The same workshop again as its JSON package: the same ids, so nothing is doubled.
    writePackage(join(dir, 'a-uudelleen.json'), a);
    writePackage(join(dir, 'b.json'), b);
    const out = join(t.dir, 'kierros.xlsx');
    const r = await cli('consolidate', dir, out);
    expect(r.code, r.stderr).toBe(0);
    const wb = await readWorkbook(out);
    expect(wb.worksheets.map((w) => w.name).slice(-4)).toEqual(DAY_SHEETS);
    const notes = rows(wb, 'Gallerian palaute');
    expect(notes).toHaveLength(22);
    // The writer of a note is named by its team in the same file.
    expect(
      notes
        .filter((n) => String(n.Tiimi).startsWith('Toinen'))
        .every((n) => String(n['Kirjoittanut tiimi']).startsWith('Toinen')),
    ).toBe(true);
    expect(rows(wb, 'Palaute')).toHaveLength(16);
    expect(rows(wb, 'Palautteen yhteenveto')).toHaveLength(8);
    expect(rows(wb, AGENDA_SHEET_NAME)).toHaveLength(22);
    expect(cover(wb).get('Sivu: Palaute')).toBe(translator('fi')(DAY_SHEET_DESCRIPTIONS.Palaute));
  });
});
