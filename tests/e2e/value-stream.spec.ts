import ExcelJS from 'exceljs';
import { test, expect } from './fixtures';
import { LibraryPage } from './pages/library';
import { ValueStreamPage } from './pages/value-stream';
import { FI } from './pages/studio';
import { expectNoSeriousA11yViolations } from './helpers/axe';

type Api = (method: string, input: unknown) => Promise<unknown>;

/** Six steps in two lanes (school, school health care), some times already on the map, some not. */
function sixStepMap() {
  const lanes = [
    { id: 'koulu', type: 'school', name: 'Koulu', collapsed: false },
    { id: 'kth', type: 'primary-care', name: 'Kouluterveydenhuolto', collapsed: false },
  ];
  const rows: [string, string, string, [number, string] | null, [number, string] | null][] = [
    ['n1', 'koulu', 'Yhteydenotto kuraattoriin', [15, 'minutes'], [2, 'days']],
    ['n2', 'koulu', 'Kuraattorin tapaaminen', [45, 'minutes'], [5, 'days']],
    ['n3', 'koulu', 'Ohjaus terveydenhoitajalle', [10, 'minutes'], null],
    ['n4', 'kth', 'Terveydenhoitajan arvio', [45, 'minutes'], [10, 'days']],
    ['n5', 'kth', 'Lääkärin vastaanotto', null, null],
    ['n6', 'kth', 'Hoitosuunnitelma', [30, 'minutes'], [3, 'days']],
  ];
  const init: unknown[] = lanes.map((lane) => ({ type: 'addLane', lane }));
  rows.forEach(([id, laneId, text, p, w], i) => {
    init.push({
      type: 'addNode',
      node: {
        id,
        kind: 'step',
        text,
        laneId,
        x: 100 + i * 260,
        y: 20,
        processTime: p && { value: p[0], unit: p[1] },
        waitTime: w && { value: w[0], unit: w[1] },
        performer: '',
      },
    });
    if (i > 0)
      init.push({
        type: 'addEdge',
        edge: { id: `e${i}`, source: rows[i - 1]![0], target: id, label: '', branch: null },
      });
  });
  return init;
}

// Hand-worked totals. Waits: 2 d + 5 d + 2 working days (2 × 7/5 = 2.8 d) + 10 d + 1 week + 3 d = 29.8 d = 42 912 min.
// Work: 15 + 45 + 10 + 45 + 90 (1,5 h) + 30 = 235 min. Lead time 43 147 min = 29.96 d; flow efficiency 0.54 %.
const LEAD = 42_912 + 235;
// Future state: the 5-day and 10-day waits removed.
const LEAD_FUTURE = LEAD - 15 * 1440;

test('value stream: derive from a 6-step process map, mixed units, totals, a future state with two waits removed, deltas, restart, Excel, a deleted map step', async ({
  page,
  host,
}, testInfo) => {
  const lib = new LibraryPage(page);
  const vs = new ValueStreamPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Arvovirtatesti');
  await vs.addTeam();
  const [, workshopId, , teamId] = /#\/w\/([^/]+)\/(team)\/([^/]+)/.exec(page.url())!;
  const api: Api = async (method, input) => {
    const res = await page.request.post(`/api/${method}`, { data: input });
    const body = (await res.json()) as { ok: boolean; value: unknown };
    expect(body.ok, JSON.stringify(body)).toBe(true);
    return body.value;
  };
  const { id: mapId } = (await api('boards.create', {
    workshopId,
    teamId,
    kind: 'process-map',
    name: 'Prosessikaavio: nykytila',
    init: sixStepMap(),
  })) as { id: string };
  await page.reload();
  await expect(vs.sidebar.getByText('Prosessikaavio: nykytila')).toBeVisible();

  // An empty value stream, filled from the map.
  await vs.createBoard('Nykytila', 'Arvovirta');
  await vs.expectSteps(0);
  await vs.toolbar.getByRole('button', { name: 'Luo prosessikaaviosta' }).click();
  const dialog = page.getByRole('dialog', { name: 'Luo arvovirta prosessikaaviosta' });
  await expect(dialog.getByLabel('Prosessikaavio')).toHaveValue(mapId);
  await expect(dialog.getByText('Vaiheet lisätään tälle tyhjälle taululle.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Luo arvovirta' }).click();
  await expect(dialog).toBeHidden();
  await vs.expectSteps(6);
  await expect(vs.stepTable.getByRole('row')).toHaveCount(7);
  await expect(vs.stepTable.getByRole('row').nth(4)).toContainText('4. Terveydenhoitajan arvio');
  // Missing values are shown as missing, and counted.
  await expect(vs.totals).toContainText('2 vaiheelta puuttuu odotusaika');
  await expect(vs.totals).toContainText('1 vaiheelta puuttuu prosessiaika');

  // Times in mixed units for what the map lacked.
  await vs.selectStep(3);
  await expect(vs.inspector.getByLabel('Organisaatio')).toHaveValue('Koulu');
  await vs.setTime('Odotus ennen vaihetta', '2', 'työpäivää');
  await vs.selectStep(5);
  await vs.setTime('Odotus ennen vaihetta', '1', 'viikkoa');
  await vs.setTime('Prosessiaika (työaika)', '1,5', 'tuntia');
  await expect(vs.totals).not.toContainText('vaiheelta puuttuu');

  await expect(vs.totalValue('vs-lead')).toHaveText('30 vrk');
  await expect(vs.totalValue('vs-process')).toHaveText('3,9 h');
  await expect(vs.totalValue('vs-flow')).toHaveText('0,5 %');
  await expect(vs.totals).toContainText('0,5 % asiakkaan kalenteriajasta joku työskentelee asian parissa');
  await expect(vs.totalValue('vs-handoffs')).toHaveText('1');
  // The same totals at the end of the ladder on the canvas.
  await expect.poll(() => vs.stageText('vs-total-lead')).toEqual(['30 vrk']);
  await expect.poll(() => vs.stageText('vs-total-flow')).toEqual(['0,5 %']);

  // Bad input: text that is not a number gets a message and is not saved; a wait of 10^9 days is flagged.
  await vs.selectStep(1);
  const typical = vs.duration('Odotus ennen vaihetta').getByLabel('Tyypillinen');
  await typical.fill('kaksi');
  await typical.press('Enter');
  await expect(vs.inspector.getByRole('alert')).toHaveText('Anna luku, esim. 2 tai 1,5. Sitä ei tallennettu.');
  await vs.setTime('Odotus ennen vaihetta', '1000000000');
  await expect(vs.inspector.getByRole('status')).toContainText(
    'Odotus on epäuskottavan suuri (yli 5 vuotta) – ei laskettu mukaan',
  );
  await expect(vs.totals).toContainText('1 vaiheessa on tarkistettavaa');
  await vs.setTime('Odotus ennen vaihetta', '2');
  await expect(vs.totalValue('vs-lead')).toHaveText('30 vrk');

  // A drag of the first card one column right is one command; undo puts it back.
  const c1 = await vs.cardCentre(1);
  const c2 = await vs.cardCentre(2);
  await page.mouse.move(c1.x, c1.y);
  await page.mouse.down();
  await page.mouse.move(c1.x + 10, c1.y, { steps: 3 });
  await page.mouse.move(c2.x + 10, c1.y, { steps: 10 });
  await page.mouse.up();
  await expect(vs.stepTable.getByRole('row').nth(1)).toContainText('1. Kuraattorin tapaaminen');
  await vs.header.getByRole('button', { name: FI.undo }).click();
  await expect(vs.stepTable.getByRole('row').nth(1)).toContainText('1. Yhteydenotto kuraattoriin');
  await vs.expectSaved();

  await expectNoSeriousA11yViolations(page);

  // The future state: a copy (one click) with two waits removed, compared with the current state.
  await page.keyboard.press('Escape');
  await vs.canvas.focus();
  await page.keyboard.press('Escape');
  await vs.inspector.getByRole('button', { name: 'Luo tavoitetila tästä' }).click();
  await expect(vs.main.getByRole('heading', { level: 1, name: 'Nykytila – tavoitetila' })).toBeVisible();
  await expect(vs.inspector.getByLabel('Tila')).toHaveValue('future');
  await expect(vs.inspector.getByLabel('Vertaa toiseen arvovirtaan').locator('option:checked')).toHaveText('Nykytila');
  await vs.selectStep(2);
  await vs.setTime('Odotus ennen vaihetta', '0');
  await vs.selectStep(4);
  await vs.setTime('Odotus ennen vaihetta', '0');
  await page.keyboard.press('Escape');

  const expectFuture = async () => {
    await expect(vs.totalValue('vs-lead')).toHaveText('15 vrk');
    await expect(vs.totalValue('vs-flow')).toHaveText('1,1 %');
    await expect(vs.totals).toContainText('Muutokset verrattuna: Nykytila');
    await expect(vs.totals.getByTestId('vs-delta')).toHaveText(['−15 vrk', '±0 h', '+0,5 %-yks.', '±0']);
    await expect.poll(() => vs.stageText('vs-block-title')).toEqual(['Nykytila – tavoitetila', 'Vertailu: Nykytila']);
  };
  await expectFuture();
  await page.screenshot({ path: testInfo.outputPath('arvovirta-tavoitetila-1280x720.png') });

  // Restart: everything is still there.
  await host.restart();
  await page.reload();
  await expectFuture();
  await expect(vs.inspector.getByLabel('Tila')).toHaveValue('future');

  // Excel: the same totals, as live formulas with their values.
  const x = await vs.exportExcelVia(FI.menu.exportXlsx);
  const path = testInfo.outputPath('arvovirta.xlsx');
  await x.saveAs(path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet('Arvovirta')!;
  const header = (ws.getRow(1).values as unknown[]).map(String);
  const col = (h: string) => header.indexOf(h);
  const leads: Record<string, { formula: string; result: number }> = {};
  ws.eachRow((row, r) => {
    if (r > 1 && row.getCell(col('Yhteenveto')).value === 'Läpimenoaika, min (pisin polku)') {
      leads[String(row.getCell(col('Taulu')).value)] = row.getCell(col('Yhteenvedon arvo')).value as {
        formula: string;
        result: number;
      };
    }
  });
  expect(Object.keys(leads).sort()).toEqual(['Nykytila', 'Nykytila – tavoitetila']);
  expect(leads.Nykytila!.formula).toMatch(/^SUMPRODUCT\(/);
  expect(leads.Nykytila!.result).toBeCloseTo(LEAD, 6);
  expect(leads['Nykytila – tavoitetila']!.result).toBeCloseTo(LEAD_FUTURE, 6);

  // A step deleted from the linked process map: a visible warning on the step, nothing lost.
  await api('boards.apply', { workshopId, id: mapId, command: { type: 'deleteNode', id: 'n6' } });
  await page.reload();
  await expect(vs.totals).toContainText('1 vaiheen kaaviovaihe on poistettu');
  await expect.poll(() => vs.stageCount('vs-card-warning')).toBe(1);
  await expect.poll(() => vs.stageText('vs-card-source-gone')).toEqual(['kaavion vaihe poistettu']);
  await vs.selectStep(6);
  await expect(vs.inspector.getByRole('status')).toContainText('Prosessikaavion vaihe on poistettu');
  await vs.expectSteps(6);
  await expect(vs.totalValue('vs-lead')).toHaveText('15 vrk');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: testInfo.outputPath('arvovirta-varoitus-1280x720.png') });
});

test('value stream through the board kit: a pasted list becomes steps after the selected one (one undo step), Ctrl+F with ä/ö', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lib = new LibraryPage(page);
  const vs = new ValueStreamPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Arvovirran liittäminen');
  await vs.addTeam();
  await vs.createBoard('Nykytila', 'Arvovirta');
  await vs.expectSteps(0);
  await vs.canvas.focus();
  await page.evaluate(() => navigator.clipboard.writeText('1. Yhteydenotto\n\n2. Päivystys\n3) Hoito\n'));
  await page.keyboard.press('Control+v');
  await vs.expectSteps(3);
  await expect(vs.toasts).toContainText('Liitettiin 3 vaihetta.');
  await expect(vs.stepTable.getByRole('row').nth(2)).toContainText('2. Päivystys');
  // After the selected step: step 1 selected, two more lines go between it and "Päivystys".
  await vs.selectStep(1);
  await page.evaluate(() => navigator.clipboard.writeText('Ajanvaraus\nPaivystys ilman pisteitä'));
  await page.keyboard.press('Control+v');
  await vs.expectSteps(5);
  await expect(vs.stepTable.getByRole('row').nth(3)).toContainText('3. Paivystys ilman pisteitä');
  await vs.expectSaved();
  await vs.undoKey();
  await vs.expectSteps(3);
  await vs.selectStep(1);
  await page.keyboard.press('Control+v');
  await vs.expectSteps(5);

  // Find: "PÄIVYST" is not "Paivystys"; Enter cycles the hits, each selected.
  await vs.canvas.focus();
  await page.keyboard.press('Control+f');
  const find = vs.main.getByRole('search', { name: 'Etsi taululta' });
  await expect(find.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('PÄIVYST');
  await expect(find.getByRole('status')).toHaveText('1/1');
  await expect(vs.inspector.getByRole('heading', { name: 'Vaihe 4' })).toBeVisible();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('ivyst');
  await expect(find.getByRole('status')).toHaveText('1/2');
  await page.keyboard.press('Enter');
  await expect(find.getByRole('status')).toHaveText('2/2');
  await expect(vs.inspector.getByRole('heading', { name: 'Vaihe 4' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, { include: ['.kit-find'] });
  await page.keyboard.press('Escape');
  await expect(find).toBeHidden();
  await expect(vs.canvas).toBeFocused();
});
