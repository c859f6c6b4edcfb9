import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { test, expect } from './fixtures';
import { LibraryPage } from './pages/library';
import { WorkshopPage } from './pages/workshop';
import { FI } from './pages/studio';
import { expectNoSeriousA11yViolations } from './helpers/axe';

const DEMO_TEAMS = [
  'Nuorten mielenterveyspolku, Pirkanmaa',
  'Ikäihmisen turvallinen kotiutuminen, Pohjois-Karjala',
  'Lapsiperheen tuki ilmoituksesta, Vantaa ja Kerava',
];

async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function headers(wb: ExcelJS.Workbook, sheet: string): string[] {
  return (wb.getWorksheet(sheet)!.getRow(1).values as unknown[]).slice(1).map((v) => String(v ?? ''));
}

function column(wb: ExcelJS.Workbook, sheet: string, header: string): unknown[] {
  const ws = wb.getWorksheet(sheet)!;
  const at = headers(wb, sheet).indexOf(header) + 1;
  expect(at, `${sheet} has ${header}`).toBeGreaterThan(0);
  const out: unknown[] = [];
  ws.eachRow((row, n) => {
    if (n > 1) out.push(row.getCell(at).value);
  });
  return out;
}

/** Every text cell of the workbook, joined: to look for what must (not) be in it. */
function allText(wb: ExcelJS.Workbook): string {
  const parts: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => parts.push(String(c.value ?? '')))));
  return parts.join('\n');
}

test('team workbook from the team being viewed, with Swedish headers; round workbook with every team', async ({
  page,
}, testInfo) => {
  const lib = new LibraryPage(page);
  const ws = new WorkshopPage(page);
  await lib.goto('/');
  await lib.acceptDemo();
  await ws.showTeam(DEMO_TEAMS[2]!);

  await ws.fileCommand(FI.menu.exportTeamXlsx);
  const dialog = ws.excelDialog;
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Tiimin työkirja' })).toBeChecked();
  await expect(dialog.getByLabel('Tiimi', { exact: true })).toHaveValue(/.+/);
  await expect(dialog.getByLabel('Tiimi', { exact: true }).locator('option:checked')).toHaveText(DEMO_TEAMS[2]!);
  await expect(
    dialog.getByText('Henkilötunnuksia, puhelinnumeroita tai sähköpostiosoitteita ei löytynyt.'),
  ).toBeVisible();
  await dialog.getByLabel('Otsikoiden kieli').selectOption({ label: 'svenska (ruotsi)' });
  await expectNoSeriousA11yViolations(page, { include: ['dialog[open]'] });
  await page.screenshot({ path: testInfo.outputPath('excel-dialogi-1280x720.png') });
  const downloaded = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Vie', exact: true }).click();
  const team = await downloaded;
  expect(team.suggestedFilename()).toMatch(/Lapsiperheen tuki.*\.xlsx$/);
  await expect(dialog).toBeHidden();
  const teamPath = testInfo.outputPath('tiimi.xlsx');
  await team.saveAs(teamPath);

  const tb = await readBook(teamPath);
  expect(tb.worksheets[0]!.name).toBe('Tietoja');
  expect(headers(tb, 'Tietoja')).toEqual(['Punkt', 'Värde']);
  expect(column(tb, 'Tietoja', 'Punkt')).toContain('Rubrikernas språk');
  expect(column(tb, 'Tiimit', 'Team')).toEqual([DEMO_TEAMS[2]]);
  expect(headers(tb, 'Kalanruodon syyt').slice(0, 4)).toEqual(['Team', 'Välfärdsområde', 'Klientgrupp', 'Tavla']);
  // Only this team's rows, each naming its county and target group.
  expect(new Set(column(tb, 'Ideaseinä', 'Team'))).toEqual(new Set([DEMO_TEAMS[2]]));
  expect(new Set(column(tb, 'Kalanruodon syyt', 'Välfärdsområde'))).toEqual(
    new Set(['Vantaan ja Keravan hyvinvointialue']),
  );
  expect(new Set(column(tb, 'Kalanruodon syyt', 'Klientgrupp'))).toEqual(
    new Set(['Lastensuojelun asiakkaat ja heidän perheensä']),
  );

  // The round workbook: every team, Finnish headers by default.
  const round = await ws.exportExcelVia(FI.menu.exportXlsx);
  const roundPath = testInfo.outputPath('kierros.xlsx');
  await round.saveAs(roundPath);
  const rb = await readBook(roundPath);
  expect(rb.worksheets.map((s) => s.name).slice(0, 5)).toEqual([
    'Tietoja',
    'Kierros',
    'Tiimit',
    'Jäsenet',
    'Työpajapäivät',
  ]);
  expect(column(rb, 'Tiimit', 'Tiimi')).toEqual(DEMO_TEAMS);
  expect(new Set(column(rb, 'Ideaseinä', 'Tiimi'))).toEqual(new Set(DEMO_TEAMS));
  // One filter: root causes named by teams working with child welfare clients.
  const causes = rb.getWorksheet('Kalanruodon syyt')!;
  const h = headers(rb, 'Kalanruodon syyt');
  const childWelfareRoots: string[] = [];
  causes.eachRow((row, n) => {
    if (
      n > 1 &&
      row.getCell(h.indexOf('Kohderyhmä') + 1).value === 'Lastensuojelun asiakkaat ja heidän perheensä' &&
      row.getCell(h.indexOf('Juurisyyehdokas') + 1).value === true
    ) {
      childWelfareRoots.push(String(row.getCell(h.indexOf('Tiimi') + 1).value));
    }
  });
  expect(childWelfareRoots.length).toBeGreaterThan(0);
  expect(new Set(childWelfareRoots)).toEqual(new Set([DEMO_TEAMS[2]]));
});

test('personal data: the dialog lists each finding masked; cancel writes nothing, mask writes a masked copy and the workshop keeps its data', async ({
  page,
  host,
}, testInfo) => {
  const lib = new LibraryPage(page);
  const ws = new WorkshopPage(page);
  await lib.goto('/');
  await lib.acceptDemo();
  await ws.showTeam(DEMO_TEAMS[1]!);
  await ws.addMember({
    name: 'Aino Asiakas',
    role: 'Asiakasedustaja',
    organisation: 'aino.asiakas@example.fi p. 040 123 4567',
  });

  let downloads = 0;
  page.on('download', () => downloads++);
  await ws.fileCommand(FI.menu.exportXlsx);
  const dialog = ws.excelDialog;
  await expect(dialog.getByText('Löytyi 2 henkilötietoa')).toBeVisible();
  const list = dialog.getByRole('list', { name: 'Löydetyt henkilötiedot' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').nth(0)).toContainText('Sähköposti');
  await expect(list.getByRole('listitem').nth(0)).toContainText(`${DEMO_TEAMS[1]} › Jäsen`);
  await expect(list.getByRole('listitem').nth(1)).toContainText('Puhelinnumero');
  // The preview never shows the data itself.
  await expect(list).not.toContainText('aino.asiakas@example.fi');
  await expect(list).not.toContainText('040 123 4567');
  await expect(list).toContainText('****.*******@*******.**');
  await expectNoSeriousA11yViolations(page, { include: ['dialog[open]'] });
  await page.screenshot({ path: testInfo.outputPath('excel-henkilotiedot-1280x720.png') });

  // Cancel: nothing is written.
  await dialog.getByRole('button', { name: 'Peruuta' }).click();
  await expect(dialog).toBeHidden();
  expect(downloads).toBe(0);

  // Escape cancels too; then mask and export.
  await ws.fileCommand(FI.menu.exportXlsx);
  await expect(dialog.getByText('Löytyi 2 henkilötietoa')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(downloads).toBe(0);

  const x = await ws.exportExcelVia(FI.menu.exportXlsx);
  const path = testInfo.outputPath('peitetty.xlsx');
  await x.saveAs(path);
  const text = allText(await readBook(path));
  expect(text).toContain('****.*******@*******.** p. *** *** ****');
  expect(text).not.toContain('aino.asiakas');
  expect(text).not.toContain('040 123 4567');
  expect(readFileSync(path).includes(Buffer.from('aino.asiakas'))).toBe(false);

  // The workshop itself keeps the original, after a restart too.
  await host.restart();
  await page.reload();
  await ws.showTeam(DEMO_TEAMS[1]!);
  await expect(ws.members.getByText('aino.asiakas@example.fi p. 040 123 4567')).toBeVisible();
});

test("CSV of one sheet: the team workbook's sheet with semicolons, UTF-8 with BOM, formula-like text made safe", async ({
  page,
}, testInfo) => {
  const lib = new LibraryPage(page);
  const ws = new WorkshopPage(page);
  await lib.goto('/');
  await lib.acceptDemo();
  await ws.showTeam(DEMO_TEAMS[1]!);
  await ws.addMember({ name: 'Aino Asiakas', role: 'Asiakasedustaja', organisation: '=SUMMA(A1:A9)' });

  await ws.fileCommand(FI.menu.exportTeamXlsx);
  const dialog = ws.excelDialog;
  await expect(dialog.getByRole('radio', { name: 'Excel-työkirja (.xlsx)' })).toBeChecked();
  await dialog.getByRole('radio', { name: 'CSV (yksi taulukko)' }).check();
  const sheet = dialog.getByLabel('Taulukko', { exact: true });
  await expect(sheet).toBeEnabled();
  // The team workbook's sheets by their Finnish names, the cover sheet first; the first data sheet is chosen.
  await expect(sheet.locator('option').first()).toHaveText(/^Tietoja \(\d+ riviä\)$/);
  await expect(sheet.locator('option:checked')).toHaveText('Kierros (1 rivi)');
  await sheet.selectOption({ label: 'Jäsenet (10 riviä)' });
  await expect(dialog.getByLabel('Erotinmerkki').locator('option:checked')).toHaveText(
    'Puolipiste (;), suomenkielinen Excel',
  );
  await expect(
    dialog.getByText('Henkilötunnuksia, puhelinnumeroita tai sähköpostiosoitteita ei löytynyt.'),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page, { include: ['dialog[open]'] });
  await page.screenshot({ path: testInfo.outputPath('excel-csv-1280x720.png') });

  const downloaded = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Vie', exact: true }).click();
  const d = await downloaded;
  expect(d.suggestedFilename()).toMatch(/Ikäihmisen turvallinen.* - Jäsenet\.csv$/);
  await expect(dialog).toBeHidden();
  await expect(ws.toasts).toContainText('Tiedosto ladattiin.');
  const path = testInfo.outputPath('jasenet.csv');
  await d.saveAs(path);
  const bytes = readFileSync(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('Tiimi;Hyvinvointialue;Rooli;Nimi;Ammatti;Organisaatio');
  // The client representative's name stays on the laptop; the formula-like organisation is made safe.
  expect(lines).toContain(`${DEMO_TEAMS[1]};Pohjois-Karjalan hyvinvointialue;Asiakasedustaja;;;"'=SUMMA(A1:A9)"`);
  expect(lines.some((l) => l.includes('Aino Asiakas'))).toBe(false);
  // Only this team's members.
  expect(
    lines
      .slice(1)
      .filter(Boolean)
      .every((l) => l.startsWith(`${DEMO_TEAMS[1]};`)),
  ).toBe(true);

  // The dialog remembers CSV and the sheet; the round's sheet has every team.
  await ws.fileCommand(FI.menu.exportXlsx);
  await expect(dialog.getByRole('radio', { name: 'CSV (yksi taulukko)' })).toBeChecked();
  await expect(sheet.locator('option:checked')).toHaveText(/^Jäsenet \(\d+ riviä\)$/);
  await dialog.getByLabel('Erotinmerkki').selectOption({ label: 'Pilkku (,), englanninkielinen Excel, R ja SPSS' });
  const round = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Vie', exact: true }).click();
  const r = await round;
  const roundPath = testInfo.outputPath('kierros-jasenet.csv');
  await r.saveAs(roundPath);
  const roundLines = readFileSync(roundPath).subarray(3).toString('utf8').split('\r\n');
  expect(roundLines[0]).toBe('Tiimi,Hyvinvointialue,Rooli,Nimi,Ammatti,Organisaatio');
  for (const team of DEMO_TEAMS) expect(roundLines.some((l) => l.startsWith(`"${team}",`))).toBe(true);
});

test.describe('a long export', () => {
  // The host reads this at start: every chunk of rows waits a moment, so a small real export runs long enough to
  // watch (the e2e machine writes the demo in well under a second).
  test.beforeAll(() => {
    process.env.LAPIMURTO_TEST_EXPORT_CHUNK_DELAY_MS = '150';
  });
  test.afterAll(() => {
    delete process.env.LAPIMURTO_TEST_EXPORT_CHUNK_DELAY_MS;
  });

  test('shows its progress, keeps the app responsive and ends with the file', async ({ page }, testInfo) => {
    const lib = new LibraryPage(page);
    const ws = new WorkshopPage(page);
    await lib.goto('/');
    await lib.acceptDemo();
    await expect(ws.teamLink(DEMO_TEAMS[0]!)).toBeVisible();
    await ws.fileCommand(FI.menu.exportXlsx);
    const dialog = ws.excelDialog;
    const go = dialog.getByRole('button', { name: 'Vie', exact: true });
    await expect(go).toBeEnabled();
    const downloaded = page.waitForEvent('download');
    await go.click();
    const bar = dialog.getByRole('progressbar');
    await expect(bar).toBeVisible();
    await expect(dialog.getByText(/^Kirjoitetaan työkirjaa: \d+ % \(\d+ \/ \d+ riviä ja kuvaa\)$/)).toBeVisible();
    const first = Number(await bar.getAttribute('value'));
    await expect.poll(async () => Number(await bar.getAttribute('value'))).toBeGreaterThan(first);
    await page.screenshot({ path: testInfo.outputPath('excel-edistyminen-1280x720.png') });
    // The backend still answers other calls while it writes.
    const started = Date.now();
    const answer = await page.evaluate(async () =>
      (
        await fetch('/api/app.info', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })
      ).json(),
    );
    expect(answer.ok).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(dialog.getByRole('button', { name: 'Peruuta' })).toBeDisabled();
    const d = await downloaded;
    await expect(dialog).toBeHidden();
    const path = testInfo.outputPath('pitka.xlsx');
    await d.saveAs(path);
    expect((await readBook(path)).worksheets[0]!.name).toBe('Tietoja');
  });
});
