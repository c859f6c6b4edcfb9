import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDemoWorkshop } from '../../../shared/demo';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import type { IdeasWallDoc } from '../../../shared/boards/ideas-wall/model';
import { workshopSheets } from '../../../electron/backend/export/workshop-sheets';
import { writeWorkbook } from '../../../electron/backend/export/workbook';
import { readWorkbook, tempDir, valueTypes } from './helpers';

const demo = createDemoWorkshop({ lang: 'fi' });
const agendaItems = demo.days.reduce((n, d) => n + d.agenda.length, 0);
const notes = demo.boards
  .filter((b) => b.kind === 'ideas-wall')
  .reduce((n, b) => n + (b.doc as IdeasWallDoc).notes.length, 0);

function sheet(data: WorkshopData, name: string) {
  const s = workshopSheets(data).find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

describe('workshopSheets', () => {
  it('projects round, teams, members, days and boards in that order', () => {
    // The demo has a board of every kind; the first board sheets are the ideas wall's, the other kinds' follow.
    const sheets = workshopSheets(demo).slice(0, 5);
    expect(sheets.map((s) => s.name)).toEqual(['Kierros', 'Tiimit', 'Jäsenet', 'Työpajapäivät', 'Ideaseinä']);
    expect(sheets.map((s) => s.rows.length)).toEqual([1, 3, demo.members.length, agendaItems, notes]);
  });

  it('labels in Finnish, with the county in Finnish and Swedish and member counts by role', () => {
    const teams = sheet(demo, 'Tiimit');
    expect(teams.rows[0]).toMatchObject({
      county: 'Pirkanmaan hyvinvointialue',
      countySv: 'Birkalands välfärdsområde',
      targetGroup: 'Nuoret ja nuoret aikuiset, joilla on mielenterveys- tai päihdehäiriöitä',
      clientReps: 1,
      processOwners: 1,
      coaches: 2,
      professionals: 5,
      members: 9,
    });
    expect(teams.rows[2]).toMatchObject({
      county: 'Vantaan ja Keravan hyvinvointialue',
      countySv: 'Vanda och Kervo välfärdsområde',
    });
    const roles = new Set(sheet(demo, 'Jäsenet').rows.map((r) => r.role));
    expect([...roles].sort()).toEqual(['Ammattilainen', 'Asiakasedustaja', 'Prosessinomistaja', 'Valmentaja']);
    // The client representative's name stays on the laptop (the member form says so); everyone else's is written.
    const rows = sheet(demo, 'Jäsenet').rows;
    expect(rows.filter((r) => r.role === 'Asiakasedustaja').map((r) => r.name)).toEqual(
      rows.filter((r) => r.role === 'Asiakasedustaja').map(() => ''),
    );
    expect(
      rows.filter((r) => r.role !== 'Asiakasedustaja').every((r) => typeof r.name === 'string' && r.name.length > 0),
    ).toBe(true);
  });

  it('gives each agenda item its day, date, start, end and duration', () => {
    const first = sheet(demo, 'Työpajapäivät').rows[0]!;
    expect(first).toMatchObject({ date: demo.days[0]!.date, start: '08:30', end: '09:00', duration: 30 });
  });

  it('concatenates rows of the same sheet across boards, each row carrying team, county, target group and board', () => {
    const wall = sheet(demo, 'Ideaseinä');
    expect(wall.columns.slice(0, 4).map((c) => c.key)).toEqual(['team', 'county', 'targetGroup', 'board']);
    expect(new Set(wall.rows.map((r) => r.team)).size).toBe(3);
    for (const r of wall.rows) expect(r.board).toMatch(/^Ideaseinä/);
    // Every board sheet, every row: the team's own county and target group, as on the Tiimit sheet.
    const teams = new Map(sheet(demo, 'Tiimit').rows.map((r) => [r.team, r]));
    const boardSheets = workshopSheets(demo).slice(4);
    expect(boardSheets.length).toBeGreaterThan(10);
    for (const s of boardSheets) {
      expect(
        s.columns.slice(0, 4).map((c) => c.key),
        s.name,
      ).toEqual(['team', 'county', 'targetGroup', 'board']);
      for (const r of s.rows) {
        const team = teams.get(r.team as string)!;
        expect(r.county, s.name).toBe(team.county);
        expect(r.targetGroup, s.name).toBe(team.targetGroup);
      }
    }
  });

  it('answers "all root causes named by teams working with child welfare clients" with one filter', () => {
    const causes = sheet(demo, 'Kalanruodon syyt');
    const childWelfare = causes.rows.filter(
      (r) => r.targetGroup === 'Lastensuojelun asiakkaat ja heidän perheensä' && r.rootCause === true,
    );
    const teamIds = new Set(demo.teams.filter((t) => t.targetGroup === 'child-welfare-families').map((t) => t.name));
    expect(teamIds.size).toBeGreaterThan(0);
    expect(childWelfare.length).toBeGreaterThan(0);
    for (const r of childWelfare) expect(teamIds.has(r.team as string)).toBe(true);
  });

  it('leaves out boards of unknown kinds and keeps a day without agenda', () => {
    const data: WorkshopData = {
      ...demo,
      days: [...demo.days, { id: 'extra', ordinal: 9, title: '', date: '', venue: '', agenda: [] }],
      boards: [...demo.boards, { ...demo.boards[0]!, id: 'future', kind: 'future-kind', doc: { x: 1 } }],
    };
    expect(sheet(data, 'Ideaseinä').rows).toHaveLength(notes);
    expect(sheet(data, 'Työpajapäivät').rows.at(-1)).toMatchObject({ day: 'Päivä 10', start: '' });
  });
});

describe('workshop workbook on disk', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => {
    t = tempDir();
  });
  afterEach(() => t.cleanup());

  it('reads back with the right sheets, headers, row counts and cell types', async () => {
    const data: WorkshopData = structuredClone(demo);
    data.teams[0]!.name = '=HYPERLINK("http://evil.invalid","Avaa")';
    const target = join(t.dir, 'tyopaja.xlsx');
    await writeWorkbook(workshopSheets(data), target);
    const VT = await valueTypes();
    const wb = await readWorkbook(target);
    expect(wb.worksheets.map((w) => w.name).slice(0, 5)).toEqual([
      'Kierros',
      'Tiimit',
      'Jäsenet',
      'Työpajapäivät',
      'Ideaseinä',
    ]);
    expect(wb.worksheets.map((w) => w.rowCount).slice(0, 5)).toEqual([
      2,
      4,
      demo.members.length + 1,
      agendaItems + 1,
      notes + 1,
    ]);
    for (const ws of wb.worksheets) expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const round = wb.getWorksheet('Kierros')!;
    expect(round.getRow(1).values).toEqual([
      undefined,
      'Työpaja',
      'Kierros',
      'Alkaa',
      'Päättyy',
      'Muistiinpanot',
      'Tiimejä',
    ]);
    expect(round.getCell('B2').value).toBe('Sujuvat palvelut -valmennus, kierros 5');
    expect(round.getCell('C2').type).toBe(VT.Date);
    expect((round.getCell('C2').value as Date).toISOString().slice(0, 10)).toBe(demo.round.startDate);
    expect(round.getCell('F2').type).toBe(VT.Number);

    const teams = wb.getWorksheet('Tiimit')!;
    expect(teams.getCell('A2').type).toBe(VT.String);
    expect(teams.getCell('A2').value).toBe(data.teams[0]!.name);
    expect(teams.getCell('A2').formula).toBeUndefined();
    const idCol = teams.getRow(1).values as unknown[];
    const idIndex = idCol.indexOf('Tiimin tunniste');
    expect(teams.getCell(2, idIndex).type).toBe(VT.String);
    expect(teams.getCell(2, idIndex).value).toBe(data.teams[0]!.id);
    expect(teams.getCell(2, idCol.indexOf('Valmentajia')).value).toBe(2);

    const days = wb.getWorksheet('Työpajapäivät')!;
    expect(days.getCell('B2').type).toBe(VT.Date);
    expect(days.getCell('B2').numFmt).toBe('d.m.yyyy');
    expect(days.getCell('F2').type).toBe(VT.Number);
    expect(days.getCell('D2').value).toBe('08:30');

    const wall = wb.getWorksheet('Ideaseinä')!;
    expect(wall.getCell('A2').value).toBe(data.teams[0]!.name);
  });
});
