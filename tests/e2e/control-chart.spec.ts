import { test, expect } from './fixtures';
import { LibraryPage } from './pages/library';
import { WorkshopPage } from './pages/workshop';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { addPeriods, periodOf } from '../../shared/boards/measures/periods';
import { newMeasure } from '../../shared/boards/measures/model';

type Api = (method: string, input: unknown) => Promise<unknown>;

// 14 ordinary weeks alternating 10 and 12 (mean 11, limits 5.68 … 16.32), then one week of 19.
const VALUES = [...Array.from({ length: 14 }, (_, i) => (i % 2 ? 12 : 10)), 19];

test('control chart: XmR chosen by keyboard shows its limits and explains a point outside them; run chart back; axe', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(120_000);
  const lib = new LibraryPage(page);
  const ws = new WorkshopPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Säätökaaviotesti');
  await ws.addTeam();
  const [, workshopId, , teamId] = /#\/w\/([^/]+)\/(team)\/([^/]+)/.exec(page.url())!;
  const api: Api = async (method, input) => {
    const res = await page.request.post(`/api/${method}`, { data: input });
    const body = (await res.json()) as { ok: boolean; value: unknown };
    expect(body.ok, JSON.stringify(body)).toBe(true);
    return body.value;
  };
  const { id } = (await api('boards.create', { workshopId, teamId, kind: 'measures', name: 'Mittarit' })) as {
    id: string;
  };
  const first = addPeriods(periodOf(Date.now(), 'week'), -20, 'week');
  // Limits frozen on the 14 ordinary weeks, so the 15th is judged against them.
  const measure = newMeasure('m-jono', 'Jonossa olevat lähetteet', { direction: 'down', unit: 'kpl', freezeAfter: 14 });
  await api('boards.apply', { workshopId, id, command: { type: 'addMeasure', measure } });
  const points = VALUES.map((value, k) => ({
    period: addPeriods(first, k, 'week'),
    value,
    denominator: null,
    note: '',
    astronomical: false,
  }));
  await api('boards.apply', { workshopId, id, command: { type: 'setPoints', measureId: measure.id, points } });
  await page.goto(`/#/w/${workshopId}/board/${id}`);
  const main = ws.main;

  // A run chart by default: no limits.
  await expect(main.getByTestId('run-chart')).toBeVisible();
  await expect(main.getByTestId('control-limits')).toHaveCount(0);

  // Choose XmR by keyboard: Tab to the chart select, then arrow down to the second option.
  const select = main.getByLabel('Kaavio', { exact: true });
  await main.getByRole('heading', { name: 'Jonossa olevat lähetteet' }).click();
  await select.focus();
  await expect(select).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('xmr');
  await ws.expectSaved();

  const limits = main.getByTestId('control-limits');
  await expect(limits).toBeVisible();
  await expect(limits).toContainText('YVR 16,32');
  await expect(limits).toContainText('AVR 5,68');
  const panel = main.getByTestId('control-signals');
  await expect(panel).toContainText('Keskiviiva (keskiarvo)');
  await expect(panel).toContainText('Piste rajojen ulkopuolella');
  await expect(panel).toContainText('ylemmän valvontarajan yläpuolella');
  await expect(panel).toContainText('heikkeneminen');
  await expect(main.locator('[data-signal="true"]')).toHaveCount(1);
  await expect(main.getByRole('img', { name: 'XmR-kaavio (yksittäisarvot): Jonossa olevat lähetteet' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('xmr-chart.png') });
  await expectNoSeriousA11yViolations(page);

  // The choice is saved in the board: it survives a reload, and the run chart comes back when chosen.
  await page.reload();
  await expect(main.getByTestId('control-limits')).toBeVisible();
  await main.getByLabel('Kaavio', { exact: true }).selectOption('run');
  await expect(main.getByTestId('control-limits')).toHaveCount(0);
  await expect(main.getByTestId('control-signals')).toHaveCount(0);
  void host;
});
