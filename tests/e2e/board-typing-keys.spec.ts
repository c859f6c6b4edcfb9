import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LibraryPage } from './pages/library';
import { ProcessMapPage } from './pages/process-map';

/** Issue 15 regression: a printable key on a selected step is its text, never a zoom shortcut. */

test.use({ viewport: { width: 1280, height: 720 } });

/** The zoom the toolbar shows, in per cent. */
async function shownPercent(page: Page): Promise<number> {
  const name = await page.locator('[role="toolbar"] .zoom-value').getAttribute('aria-label');
  return Number(/(\d+) %/.exec(name ?? '')?.[1]);
}

async function fontScale(page: Page): Promise<number> {
  const r = await page.request.post('/api/settings.get', { data: {} });
  return ((await r.json()) as { value: { fontScale: number } }).value.fontScale;
}

test('process map by keyboard: 0, =, +, − and ! start a step’s text; the same keys zoom with nothing selected; Ctrl+= and the toolbar still work', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const lib = new LibraryPage(page);
  const map = new ProcessMapPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Näppäintesti');
  await map.addTeam();
  await map.createBoard('Nykytila', 'Prosessikaavio');
  await expect(map.canvas).toBeFocused();
  const start = await shownPercent(page);

  // An empty map: "0" is the first character of the first step.
  await page.keyboard.press('0');
  await expect(map.editor).toBeFocused();
  await expect(map.editor).toHaveValue('0');
  await page.keyboard.type(' soittoa');
  await page.keyboard.press('Enter');
  await expect(map.stepList).toContainText('0 soittoa');

  // The step stays selected: each key below replaces its text, and the view never moves.
  for (const [key, text] of [
    ['=', '= sama'],
    ['+', '+ lisä'],
    ['-', '- vähemmän'],
    ['Shift+Digit1', '! kiire'],
    ['0', '0 jonossa'],
  ] as const) {
    await expect(map.canvas).toBeFocused();
    await page.keyboard.press(key);
    await expect(map.editor).toBeFocused();
    await expect(map.editor).toHaveValue(text.slice(0, 1));
    await page.keyboard.type(text.slice(1));
    await page.keyboard.press('Enter');
    await expect(map.stepList).toContainText(text);
    expect(await shownPercent(page)).toBe(start);
  }
  await expect(map.stepList.getByRole('listitem')).toHaveCount(1);
  await map.expectSaved();

  // Ctrl+= and Ctrl+0 are the app's text size, not text, even on a selected step.
  await page.keyboard.press('Control+=');
  await expect.poll(() => fontScale(page)).toBeCloseTo(1.1, 5);
  await expect(map.editor).toBeHidden();
  await page.keyboard.press('Control+0');
  await expect.poll(() => fontScale(page)).toBe(1);

  // The toolbar zooms whatever is selected.
  await map.toolbar.getByRole('button', { name: 'Lähennä' }).click();
  await expect.poll(() => shownPercent(page)).toBeGreaterThan(start);
  await map.toolbar.getByRole('button', { name: /^Zoomaus \d+ %, palauta 100 %$/ }).click();
  await expect.poll(() => shownPercent(page)).toBe(100);

  // With nothing selected the bare keys are the zoom again.
  await map.canvas.focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('+');
  await expect.poll(() => shownPercent(page)).toBe(120);
  await page.keyboard.press('-');
  await expect.poll(() => shownPercent(page)).toBe(100);
  await page.keyboard.press('=');
  await expect.poll(() => shownPercent(page)).toBe(120);
  await page.keyboard.press('0');
  await expect.poll(() => shownPercent(page)).toBe(100);
  await expect(map.editor).toBeHidden();
  await expect(map.stepList).toContainText('0 jonossa');
});
