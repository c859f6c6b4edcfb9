import ExcelJS from 'exceljs';
import { test, expect } from './fixtures';
import { LibraryPage } from './pages/library';
import { WorkshopPage } from './pages/workshop';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { addPeriods, periodOf, periodStartIso } from '../../shared/boards/measures/periods';

type Api = (method: string, input: unknown) => Promise<unknown>;

/** `yyyy-mm-dd` → Finnish `d.m.yyyy`. */
const fiDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}.${m}.${y}`;
};

async function sheet(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Odotusajat');
  ws.addRow(['Päivämäärä', 'Arvo', 'Huomio']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// 20 weeks around 27 days, then 12 weeks around 15 days after the first PDSA cycle.
const BASELINE = [27, 29, 26, 30, 28, 25, 27, 31, 26, 28, 29, 24, 27, 30, 28, 26, 29, 27, 25, 28];
const AFTER = [16, 15, 17, 14, 15, 16, 13, 15, 14, 16, 15, 14];

test('measures: two measures, 20 weekly points by keyboard, an .xlsx import with two bad rows fixed, two PDSA cycles on the chart, a shift explained, restart, axe', async ({
  page,
  host,
}, testInfo) => {
  // A long scenario (about 40 s on an idle machine); the shared 2-core machine can be much slower.
  test.setTimeout(180_000);
  const lib = new LibraryPage(page);
  const ws = new WorkshopPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Mittaritesti');
  await ws.addTeam();
  const [, workshopId, , teamId] = /#\/w\/([^/]+)\/(team)\/([^/]+)/.exec(page.url())!;
  const api: Api = async (method, input) => {
    const res = await page.request.post(`/api/${method}`, { data: input });
    const body = (await res.json()) as { ok: boolean; value: unknown };
    expect(body.ok, JSON.stringify(body)).toBe(true);
    return body.value;
  };
  const { id: measuresId } = (await api('boards.create', {
    workshopId,
    teamId,
    kind: 'measures',
    name: 'Mittarit',
  })) as { id: string };
  const { id: pdsaId } = (await api('boards.create', { workshopId, teamId, kind: 'pdsa', name: 'PDSA-syklit' })) as {
    id: string;
  };
  const measuresUrl = `/#/w/${workshopId}/board/${measuresId}`;
  await page.goto(measuresUrl);
  const main = ws.main;

  // --- Two measures, defined through the form.
  await main.getByRole('button', { name: 'Lisää mittari' }).first().click();
  await ws.commitField('Mittarin nimi', 'Odotusaika ensikäynnille');
  await main.getByLabel('Mittarin tyyppi').selectOption({ label: 'Tulosmittari' });
  await main.getByLabel('Toivottu suunta').selectOption({ label: 'Pienempi on parempi' });
  await ws.commitField('Yksikkö', 'vrk');
  await ws.commitField('Operationaalinen määritelmä', 'Viikon ensikäyntien odotusaikojen mediaani kalenteripäivinä.');

  await main.getByRole('button', { name: 'Lisää mittari' }).click();
  await ws.commitField('Mittarin nimi', 'Hoitajan ylityötunnit');
  await main.getByLabel('Mittarin tyyppi').selectOption({ label: 'Tasapainottava mittari' });
  await ws.expectSaved();

  // --- 20 weekly points by keyboard into the first measure's grid.
  await main.getByRole('button', { name: /^Odotusaika ensikäynnille/ }).click();
  await main.getByRole('button', { name: 'Mittaustiedot' }).click();
  const grid = main.getByRole('table', { name: 'Mittaustiedot: Odotusaika ensikäynnille' });
  const now = periodOf(Date.now(), 'week');
  const first = addPeriods(now, -25, 'week');
  await grid.getByRole('textbox').first().click();
  for (const v of BASELINE) {
    await page.keyboard.type(String(v));
    await page.keyboard.press('Enter');
  }
  await ws.expectSaved();
  await expect(main.getByRole('img', { name: /Seurantakaavio: Odotusaika ensikäynnille/ })).toBeVisible();
  await expect(main.locator('.mfacts')).toContainText('Pisteitä20');
  // A typo is refused with a message, nothing stored.
  const cell21 = grid.getByRole('textbox').nth(20 * 2);
  await cell21.fill('kaksikymmentä');
  await cell21.press('Enter');
  await expect(main.getByRole('status').filter({ hasText: 'ei ole luku' })).toBeVisible();
  await cell21.fill('');
  await cell21.press('Enter');

  // --- Import 12 more from an .xlsx with two bad rows: see the report, fix, import.
  const weeks = Array.from({ length: 12 }, (_, i) => addPeriods(first, 20 + i, 'week'));
  const good = weeks.map(
    (w, i) => [fiDate(periodStartIso(w)), AFTER[i]!, i === 0 ? 'Chat-kokeilu alkoi' : ''] as (string | number)[],
  );
  const bad = good.map((r) => [...r]);
  bad[3]![1] = 'viisitoista';
  bad[7]![0] = '31.13.2026';
  await main.getByRole('button', { name: 'Tuo taulukosta…' }).click();
  const dialog = page.getByRole('dialog', { name: /Tuo mittauspisteitä/ });
  await dialog.getByLabel('Taulukkotiedosto').setInputFiles({
    name: 'odotusajat.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await sheet(bad),
  });
  await expect(dialog.getByText('Tiedostossa on 2 virhettä.', { exact: false })).toBeVisible();
  const errors = dialog.getByRole('list', { name: 'Virheet riveittäin' });
  await expect(errors.getByRole('listitem')).toHaveText([
    'Rivi 5: ”viisitoista” on tekstiä lukusarakkeessa.',
    /^Rivi 9: ”31\.13\.2026” ei ole päivämäärä/,
  ]);
  await expect(dialog.getByRole('button', { name: /^Tuo \d+ pistettä$/ })).toBeDisabled();
  await dialog.getByLabel('Taulukkotiedosto').setInputFiles({
    name: 'odotusajat-korjattu.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await sheet(good),
  });
  await expect(dialog.getByText('Valmis tuotavaksi: 12 mittauspistettä')).toBeVisible();
  await expectNoSeriousA11yViolations(page, { include: ['dialog'] });
  await dialog.getByRole('button', { name: 'Tuo 12 pistettä' }).click();
  await expect(dialog).toBeHidden();
  await ws.expectSaved();
  await expect(main.locator('.mfacts')).toContainText('Pisteitä32');

  // --- Two PDSA cycles, chained into a ramp.
  await page.goto(`/#/w/${workshopId}/board/${pdsaId}`);
  await main.getByRole('button', { name: 'Uusi sykli' }).click();
  await ws.commitField('Testattava muutos', 'Chat-yhteydenotto koulupäivän jälkeen');
  await ws.commitField('Aloitus', periodStartIso(weeks[0]!));
  await ws.commitField('Ennuste: mitä uskomme tapahtuvan?', 'Odotus lyhenee alle 20 vuorokauteen.');
  await main.getByRole('radio', { name: 'Muokkaa' }).check();
  await main.getByRole('button', { name: 'Seuraava sykli' }).click();
  await ws.commitField('Testattava muutos', 'Chat kahdessa koulussa');
  await ws.commitField('Aloitus', periodStartIso(weeks[5]!));
  await ws.commitField('Arviointi', periodStartIso(addPeriods(now, -30, 'week')));
  await expect(main.getByText('myöhässä', { exact: true })).toBeVisible();
  await expect(
    main
      .getByRole('navigation', { name: 'Syklit rampeittain' })
      .getByRole('region', { name: 'Ramppi 1' })
      .getByRole('listitem'),
  ).toHaveCount(2);
  await ws.expectSaved();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: testInfo.outputPath('pdsa-fi-1280x720.png') });

  // --- Back on the chart: both starts marked, the shift highlighted and explained.
  await page.goto(measuresUrl);
  const chart = main.getByTestId('run-chart');
  await expect(chart.locator('[data-pdsa]')).toHaveCount(2);
  await expect(main.getByRole('list', { name: 'PDSA-syklien aloitukset' })).toContainText(
    'P1 Chat-yhteydenotto koulupäivän jälkeen',
  );
  await expect(chart.locator('[data-signal="true"]')).toHaveCount(12);
  const signal = main.locator('.msignal-improvement').first();
  await expect(signal).toContainText('Siirtymä · parannus');
  await expect(signal).toContainText('12 peräkkäistä pistettä mediaanin alapuolella');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: testInfo.outputPath('measures-fi-1280x720.png') });

  // --- Restart: everything is still there.
  await host.restart();
  await page.goto(measuresUrl);
  await expect(main.getByRole('button', { name: /^Hoitajan ylityötunnit/ })).toBeVisible();
  await expect(main.locator('.mfacts')).toContainText('Pisteitä32');
  await expect(main.getByTestId('run-chart').locator('[data-pdsa]')).toHaveCount(2);
  await expect(main.locator('.msignal-improvement').first()).toContainText('Siirtymä');
  await main.getByRole('button', { name: 'Määritelmä' }).click();
  await expect(main.getByLabel('Operationaalinen määritelmä')).toHaveValue(
    'Viikon ensikäyntien odotusaikojen mediaani kalenteripäivinä.',
  );
});
