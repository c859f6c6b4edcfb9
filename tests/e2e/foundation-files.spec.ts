import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Database from 'better-sqlite3';
import { test, expect } from './fixtures';
import { LibraryPage } from './pages/library';
import { WorkshopPage } from './pages/workshop';
import { WallPage } from './pages/wall';
import { FI } from './pages/studio';

const DEMO_TEAMS = [
  'Nuorten mielenterveyspolku, Pirkanmaa',
  'Ikäihmisen turvallinen kotiutuminen, Pohjois-Karjala',
  'Lapsiperheen tuki ilmoituksesta, Vantaa ja Kerava',
];

async function expectDemoTeams(ws: WorkshopPage): Promise<void> {
  for (const team of DEMO_TEAMS) await expect(ws.teamLink(team)).toBeVisible();
}

test('workshop file and JSON package: export, open as a copy, import as new, merge teams into the open workshop', async ({
  page,
}, testInfo) => {
  const lib = new LibraryPage(page);
  const ws = new WorkshopPage(page);
  await lib.goto('/');
  await lib.acceptDemo();
  await expectDemoTeams(ws);
  const demoTitle = (await ws.header.locator('.workshop-title').innerText()).trim();

  // File › Export workshop file: a single-file snapshot.
  const file = await ws.exportVia(FI.menu.exportFile);
  expect(file.suggestedFilename()).toMatch(/\.lapimurto$/);
  const filePath = testInfo.outputPath('vienti.lapimurto');
  await file.saveAs(filePath);
  expect(readFileSync(filePath).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  const before = readFileSync(filePath);

  // File › Open workshop file: a copy appears in the library with the same teams; the file itself is untouched.
  await ws.openWorkshopFile(filePath);
  await expect(ws.toasts).toContainText(`Työpaja ”${demoTitle}” tuotiin kirjastoon.`);
  await expectDemoTeams(ws);
  await expect
    .poll(async () => (await ws.listWorkshops()).map((w) => [w.title, w.teamCount]))
    .toEqual([
      [demoTitle, 3],
      [demoTitle, 3],
    ]);
  expect(readFileSync(filePath).equals(before)).toBe(true);
  await ws.goLibrary();
  await expect(lib.list.getByRole('listitem')).toHaveCount(2);

  // JSON package: export, then open it: a new workshop with the same teams.
  await lib.open(demoTitle);
  const pkg = await ws.exportVia(FI.menu.exportPackage);
  expect(pkg.suggestedFilename()).toMatch(/\.json$/);
  const pkgPath = testInfo.outputPath('paketti.json');
  await pkg.saveAs(pkgPath);
  const json = JSON.parse(readFileSync(pkgPath, 'utf8')) as { format: string; workshop: { teams: unknown[] } };
  expect(json.format).toBe('lapimurtostudio.workshop-package');
  expect(json.workshop.teams).toHaveLength(3);
  await ws.openWorkshopFile(pkgPath);
  await expect(ws.toasts).toContainText('tuotiin kirjastoon');
  await expectDemoTeams(ws);
  await expect.poll(async () => (await ws.listWorkshops()).length).toBe(3);

  // Import teams from a package into the open workshop: they are merged in, one undo step.
  await ws.goLibrary();
  await lib.createWorkshop('Yhteinen työpaja');
  await ws.addTeam();
  await expect(ws.teamLink('Tiimi 1')).toBeVisible();
  await ws.chooseFileVia(FI.menu.mergePackage, pkgPath);
  await expect(ws.toasts).toContainText('3 tiimiä lisättiin työpajaan.');
  await expect(ws.teamLink('Tiimi 1')).toBeVisible();
  await expectDemoTeams(ws);
  await ws.showTeam(DEMO_TEAMS[1]!);
  await expect(ws.memberGroup('Valmentajat').getByRole('listitem')).toHaveCount(2);
  await expect
    .poll(async () => (await ws.listWorkshops()).find((w) => w.title === 'Yhteinen työpaja')?.teamCount)
    .toBe(4);
  await ws.undoKey();
  await expect(ws.sidebar.getByRole('button', { name: DEMO_TEAMS[0] })).toHaveCount(0);
  await expect(ws.teamLink('Tiimi 1')).toBeVisible();
});

test('a corrupt file, a file from a newer version, a text file and an empty file: a translated message, nothing added, the file untouched', async ({
  page,
}, testInfo) => {
  const lib = new LibraryPage(page);
  const ws = new WorkshopPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Lähdetyöpaja');
  await ws.addTeam();
  const real = testInfo.outputPath('oikea.lapimurto');
  await (await ws.exportVia(FI.menu.exportFile)).saveAs(real);

  // A copy of a real workshop file with garbage written over everything after the first page.
  const corrupt = testInfo.outputPath('rikki.lapimurto');
  copyFileSync(real, corrupt);
  const bytes = readFileSync(corrupt);
  let seed = 7;
  for (let i = 4096; i < bytes.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = seed & 0xff;
  }
  writeFileSync(corrupt, bytes);
  // A workshop file from a newer version of the app (a schema version this app does not know).
  const newer = testInfo.outputPath('uudempi.lapimurto');
  copyFileSync(real, newer);
  const db = new Database(newer);
  db.pragma('user_version = 999');
  db.close();
  const text = testInfo.outputPath('muistio.txt');
  writeFileSync(text, 'Tämä on tavallinen tekstitiedosto, ei työpaja.\n');
  const empty = testInfo.outputPath('tyhja.lapimurto');
  writeFileSync(empty, '');

  const cases: [string, string][] = [
    [corrupt, 'Tiedosto on vioittunut, eikä sitä voi avata.'],
    [newer, 'Tiedosto on tehty Läpimurtostudion uudemmalla versiolla. Päivitä sovellus.'],
    [text, 'Tiedosto ei ole Läpimurtostudion työpajatiedosto.'],
    [empty, 'Tiedosto on tyhjä.'],
  ];
  for (const [path, message] of cases) {
    const original = readFileSync(path);
    await ws.openWorkshopFile(path);
    await expect(ws.toasts.getByRole('alert')).toContainText(message);
    await ws.toasts.getByRole('alert').getByRole('button', { name: 'Sulje ilmoitus' }).click();
    await expect(ws.toasts.getByRole('alert')).toHaveCount(0);
    expect(readFileSync(path).equals(original), `${path} must be left byte for byte as it was`).toBe(true);
    expect(await ws.listWorkshops()).toHaveLength(1);
  }
  // Still in the same workshop, nothing lost.
  await expect(ws.header.getByText('Lähdetyöpaja', { exact: true })).toBeVisible();
  await expect(ws.teamLink('Tiimi 1')).toBeVisible();
  await ws.goLibrary();
  await expect(lib.list.getByRole('listitem')).toHaveCount(1);
});

type Row = Record<string, unknown>;

function sheetRows(wb: ExcelJS.Workbook, name: string): Row[] {
  const ws = wb.getWorksheet(name);
  expect(ws, `sheet ${name}`).toBeTruthy();
  const header = (ws!.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const rows: Row[] = [];
  ws!.eachRow((row, n) => {
    if (n === 1) return;
    const values = row.values as unknown[];
    const obj: Row = {};
    header.forEach((h, i) => {
      if (h) obj[h] = values[i] instanceof Date ? (values[i] as Date).toISOString().slice(0, 10) : values[i];
    });
    rows.push(obj);
  });
  return rows;
}

test('Excel export downloads a workbook with the round, teams, members, workshop days and the ideas wall', async ({
  page,
}, testInfo) => {
  const lib = new LibraryPage(page);
  const wall = new WallPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Excel-työpaja');
  await wall.setRound({ name: 'Kevään kierros', start: '2026-02-01', end: '2026-11-30' });
  const day = await wall.addDay();
  await wall.commitField(day.getByLabel('Otsikko'), 'Työpaja 1');
  await wall.commitField(day.getByLabel('Paikka'), 'Tampere');
  await day.getByRole('button', { name: 'Lisää ohjelmakohta' }).click();
  await wall.commitField(day.getByLabel('Kohdan 1 otsikko'), 'Avaus');
  await wall.addTeam();
  await wall.commitField(wall.teamBasics.getByLabel('Tiimin nimi'), 'Nuorten polku');
  await wall.teamBasics.getByLabel('Hyvinvointialue').selectOption({ label: 'Pirkanmaan hyvinvointialue' });
  await wall.addMember({ name: 'Aino Asiakas', role: 'Asiakasedustaja' });
  await wall.addMember({ name: 'Ville Valmentaja', role: 'Valmentaja', organisation: 'THL' });
  await wall.createBoard('Ideat');
  await wall.canvas.focus();
  await wall.addNoteByKeyboard('Nuoren oma ääni kuuluviin');
  await wall.expectSaved();

  const x = await wall.exportExcelVia(FI.menu.exportXlsx);
  expect(x.suggestedFilename()).toMatch(/\.xlsx$/);
  const path = testInfo.outputPath('tyopaja.xlsx');
  await x.saveAs(path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  expect(wb.worksheets.map((s) => s.name)).toEqual([
    'Tietoja',
    'Kierros',
    'Tiimit',
    'Jäsenet',
    'Työpajapäivät',
    'Ideaseinä',
    'Kuvat',
  ]);
  expect(sheetRows(wb, 'Tietoja')).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ Kohta: 'Työpaja', Arvo: 'Excel-työpaja' }),
      expect.objectContaining({ Kohta: 'Excel-rakenteen versio' }),
    ]),
  );

  expect(sheetRows(wb, 'Kierros')).toEqual([
    expect.objectContaining({
      Työpaja: 'Excel-työpaja',
      Kierros: 'Kevään kierros',
      Alkaa: '2026-02-01',
      Päättyy: '2026-11-30',
      Tiimejä: 1,
    }),
  ]);
  expect(sheetRows(wb, 'Tiimit')).toEqual([
    expect.objectContaining({
      Tiimi: 'Nuorten polku',
      Hyvinvointialue: 'Pirkanmaan hyvinvointialue',
      Asiakasedustajia: 1,
      Valmentajia: 1,
      'Jäseniä yhteensä': 2,
    }),
  ]);
  // The client representative's name stays on the laptop (Innokylä is public); the role is counted.
  expect(sheetRows(wb, 'Jäsenet')).toEqual([
    expect.objectContaining({ Tiimi: 'Nuorten polku', Rooli: 'Asiakasedustaja', Nimi: undefined }),
    expect.objectContaining({
      Tiimi: 'Nuorten polku',
      Rooli: 'Valmentaja',
      Nimi: 'Ville Valmentaja',
      Organisaatio: 'THL',
    }),
  ]);
  expect(sheetRows(wb, 'Työpajapäivät')).toEqual([
    expect.objectContaining({
      Päivä: 'Työpaja 1',
      Paikka: 'Tampere',
      Alkaa: '09:00',
      Päättyy: '09:30',
      Ohjelma: 'Avaus',
    }),
  ]);
  expect(sheetRows(wb, 'Ideaseinä')).toEqual([
    expect.objectContaining({
      Tiimi: 'Nuorten polku',
      Hyvinvointialue: 'Pirkanmaan hyvinvointialue',
      Taulu: 'Ideat',
      Idea: 'Nuoren oma ääni kuuluviin',
    }),
  ]);
});
