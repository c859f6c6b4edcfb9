import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { LibraryPage } from './pages/library';
import { ProcessMapPage } from './pages/process-map';

const STEPS = [
  'Nuori ottaa yhteyttä',
  'Kuraattori kuulee huolen',
  'Kuraattorin arvio',
  'Ohjaus terveydenhoitajalle',
  'Terveydenhoitajan arvio',
  'Lääkärin vastaanotto',
  'Tarvitaanko lähete?',
  'Lähete erikoissairaanhoitoon',
  'Tukikäynnit terveysasemalla',
  'Hoito alkaa',
];

/** PNG width and height from the IHDR chunk. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

test('process map: a 10-step, 3-lane map by keyboard, a decision with two branches, two problems, future state, delete/undo, restart, PNG, axe', async ({
  page,
  host,
}) => {
  test.setTimeout(180_000);
  const lib = new LibraryPage(page);
  const map = new ProcessMapPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Prosessitesti');
  await map.addTeam();
  await map.createBoard('Nykytila', 'Prosessikaavio');
  await expect(map.canvas).toBeVisible();
  await map.expectCounts(0, 1, 0);

  // Two more lanes by keyboard (Alt+L), then back to the canvas with nothing selected.
  await map.canvas.focus();
  await page.keyboard.press('Alt+l');
  await page.keyboard.press('Alt+l');
  await map.expectCounts(0, 3, 0);
  await page.keyboard.press('Escape');

  // Steps 1–3 in the first lane (the first Enter adds the start point).
  for (const s of STEPS.slice(0, 3)) await map.enterStep(s);
  // Step 4 moves to lane 2 with Shift+Down; the next Enter continues in that lane.
  await map.enterStep(STEPS[3]!);
  await page.keyboard.press('Shift+ArrowDown');
  await expect(map.status).toContainText('kaista Kaista 2');
  await map.enterStep(STEPS[4]!);
  await map.enterStep(STEPS[5]!);
  await page.keyboard.press('Shift+ArrowDown');
  await expect(map.status).toContainText('kaista Kaista 3');
  // Step 7 is a decision (Alt+3) with a yes branch (step 8) and a no branch (step 9, added from the decision again).
  await map.enterStep(STEPS[6]!);
  await page.keyboard.press('Alt+3');
  await expect(map.status).toContainText('Valittu Päätös');
  await map.enterStep(STEPS[7]!);
  await page.keyboard.press('Shift+Tab');
  await expect(map.status).toContainText(STEPS[6]!);
  await map.enterStep(STEPS[8]!);
  await map.enterStep(STEPS[9]!);
  // Ten points on the map; the start point is not a step, so the map says 9 (as the storyboard and Excel do).
  await map.expectCounts(9, 3, 0);
  await expect(map.stepList.getByRole('listitem')).toHaveCount(10);
  await expect(map.main.locator('.pm-edge-text', { hasText: 'Kyllä' })).toBeVisible();
  await expect(map.main.locator('.pm-edge-text', { hasText: 'Ei' })).toBeVisible();
  expect((await map.nodeKinds())[STEPS[6]!]).toBe('decision');

  // Tab walks the flow from the start; arrows move between lanes.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(map.status).toContainText(`1/10: ${STEPS[0]}`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(map.status).toContainText('kaista Kaista 2');

  // Two problems: Alt+P on a step, kind and note in the inspector.
  await page.keyboard.press('Escape');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  await expect(map.status).toContainText(STEPS[4]!);
  await page.keyboard.press('Alt+p');
  await expect(map.inspector.getByRole('heading', { name: 'Ongelma' })).toBeVisible();
  await map.commitField(map.inspector.getByLabel('Huomio'), 'Terveydenhoitajalla ei ole vapaita aikoja');
  // Tab continues along the flow from the step the selected problem is on.
  await map.canvas.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(map.status).toContainText(STEPS[6]!);
  await page.keyboard.press('Alt+p');
  await map.inspector.getByLabel('Ongelman tyyppi').selectOption({ label: 'Asiakas odottaa' });
  await map.expectCounts(9, 3, 2);
  await expect(map.main.getByRole('group', { name: 'Ongelmat kaaviossa: 2' })).toBeVisible();
  await map.expectSaved();

  // Duplicate as the future state and compare with the current state.
  await map.showTeam('Tiimi 1');
  await map.boards.getByRole('button', { name: 'Monista: Nykytila' }).click();
  await map.answerNameDialog('Tavoitetila', 'Monista');
  const boardsOfTeam = map.sidebar.getByRole('list', { name: 'Tiimin Tiimi 1 taulut' });
  await boardsOfTeam.getByRole('button', { name: 'Tavoitetila' }).click();
  await map.expectCounts(9, 3, 2);
  await map.toolbar.getByLabel('Vertaa tauluun').selectOption({ label: 'Nykytila' });
  await expect(map.main.getByRole('status').filter({ hasText: 'Verrattuna: Nykytila' })).toContainText('0 uutta');

  // Delete a step (its chain is rejoined), see it as removed, undo.
  await map.canvas.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(map.status).toContainText(STEPS[1]!);
  await page.keyboard.press('Delete');
  await map.expectCounts(8, 3, 2);
  await expect(map.stepList.getByRole('listitem').nth(1)).toContainText(STEPS[2]!);
  await expect(map.main.getByRole('status').filter({ hasText: 'Verrattuna' })).toContainText('1 poistettu');
  await expect(map.main.locator('.pm-node.is-ghost')).toHaveCount(1);
  await map.expectSaved();
  await map.undoKey();
  await map.expectCounts(9, 3, 2);
  await expect(map.main.getByRole('status').filter({ hasText: 'Verrattuna' })).toContainText('0 poistettu');
  await map.expectSaved();

  // PNG export at projector resolution.
  await map.toolbar.getByLabel('Vie kuvana').click();
  const downloadPromise = page.waitForEvent('download');
  await map.toolbar.getByRole('button', { name: 'PNG, projektori (1920 × 1080)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^Tavoitetila-1920x1080\.png$/);
  expect(pngSize(readFileSync((await download.path())!))).toEqual({ width: 1920, height: 1080 });

  await expectNoSeriousA11yViolations(page);

  // Restart: both maps are exactly as before.
  const docs = async () =>
    page.evaluate(async () => {
      const post = async (m: string, body: unknown) =>
        (
          await (
            await fetch(`/api/${m}`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify(body),
            })
          ).json()
        ).value;
      const list = await post('library.list', {});
      const w = list[0].id;
      const ws = await post('workshop.get', { workshopId: w });
      const out: Record<string, unknown> = {};
      for (const b of ws.boards) out[b.name] = (await post('boards.get', { workshopId: w, id: b.id })).doc;
      return out;
    });
  const before = await docs();
  expect(Object.keys(before).sort()).toEqual(['Nykytila', 'Tavoitetila']);
  await host.restart();
  await page.reload();
  await map.expectCounts(9, 3, 2);
  expect(await docs()).toEqual(before);
  await expect(map.stepList).toContainText(STEPS[9]!);
});
