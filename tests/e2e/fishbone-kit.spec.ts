import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { LibraryPage } from './pages/library';
import { RootCausePage } from './pages/root-cause';

test('fishbone through the board kit: a pasted list lands under the selected category (one undo step), Ctrl+F with ä/ö, context menu', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lib = new LibraryPage(page);
  const rc = new RootCausePage(page);
  await lib.goto('/');
  await lib.createWorkshop('Kalanruodon liittäminen');
  await rc.addTeam();
  await rc.createBoard('Miksi jonot?', 'Kalanruotokaavio');
  await rc.expectFishCounts(6, 0);

  // Category 2 selected by keyboard, then a list from a meeting memo: one cause per line under it.
  await rc.fishCanvas.focus();
  await page.keyboard.press('2');
  await expect(rc.status).toHaveText('Valittu syyluokka: Ihmiset');
  await page.evaluate(() =>
    navigator.clipboard.writeText(
      '1. Kaksi tehtävää auki\n\n2. Päivystäjä vaihtuu viikoittain\n3) Paivystys ilman pisteitä\n',
    ),
  );
  await page.keyboard.press('Control+v');
  await rc.expectFishCounts(6, 3);
  await expect(rc.categoryInList('Ihmiset')).toContainText(
    'Kaksi tehtävää aukiPäivystäjä vaihtuu viikoittainPaivystys ilman pisteitä',
  );
  await expect(rc.toasts).toContainText('Liitettiin 3 syytä luokkaan Ihmiset');
  await rc.expectSaved();
  await rc.undoKey();
  await rc.expectFishCounts(6, 0);
  await rc.fishCanvas.focus();
  await page.keyboard.press('2');
  await page.keyboard.press('Control+v');
  await rc.expectFishCounts(6, 3);

  // Find: "PÄIVYSTÄ" is not "Paivystys"; Enter shows each hit.
  await rc.fishCanvas.focus();
  await page.keyboard.press('Control+f');
  const find = rc.main.getByRole('search', { name: 'Etsi taululta' });
  await expect(find.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('PÄIVYSTÄ');
  await expect(find.getByRole('status')).toHaveText('1/1');
  // The list twin's live region says what is selected (the find bar has its own status).
  await expect(rc.main.getByRole('status').filter({ hasText: /^Valittu/ })).toHaveText(
    'Valittu syy: Päivystäjä vaihtuu viikoittain',
  );
  await page.keyboard.press('Control+a');
  await page.keyboard.type('tä');
  await expect(find.getByRole('status')).toHaveText('1/3');
  await page.keyboard.press('Enter');
  await expect(find.getByRole('status')).toHaveText('2/3');
  await expectNoSeriousA11yViolations(page, { include: ['.kit-find'] });
  await page.keyboard.press('Escape');
  await expect(rc.fishCanvas).toBeFocused();

  // The context menu comes from the fishbone's registry.
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Pikavalikko' });
  await expect(menu.getByRole('menuitem', { name: /Lisää alasyy/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, { include: ['.kit-context-menu'] });
  await page.screenshot({ path: 'test-results/screens/fishbone-menu-1280.png' });
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
});

test('fishbone: Ctrl+D duplicates the selected cause after it, Ctrl+C a category copies its causes as lines, Ctrl+V into another category, Ctrl+X cuts what was pasted', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lib = new LibraryPage(page);
  const rc = new RootCausePage(page);
  await lib.goto('/');
  await lib.createWorkshop('Kalanruodon kopiointi');
  await rc.addTeam();
  await rc.createBoard('Miksi jonot?', 'Kalanruotokaavio');
  await rc.fishCanvas.focus();
  await page.keyboard.press('2');
  await page.evaluate(() => navigator.clipboard.writeText('Kaksi tehtävää auki\nPäivystäjä vaihtuu'));
  await page.keyboard.press('Control+v');
  await rc.expectFishCounts(6, 2);
  // The last pasted cause is selected: Ctrl+D puts a copy right after it.
  await page.keyboard.press('Control+d');
  await rc.expectFishCounts(6, 3);
  await expect(rc.categoryInList('Ihmiset')).toContainText('Kaksi tehtävää aukiPäivystäjä vaihtuuPäivystäjä vaihtuu');
  await rc.expectSaved();
  await rc.undoKey();
  await rc.expectFishCounts(6, 2);

  // The category copies as lines; pasted under category 1 they become its causes.
  await rc.fishCanvas.focus();
  await page.keyboard.press('2');
  await page.keyboard.press('Control+c');
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe('Kaksi tehtävää auki\nPäivystäjä vaihtuu');
  await page.keyboard.press('1');
  await page.keyboard.press('Control+v');
  await rc.expectFishCounts(6, 4);
  // The pasted causes are selected together: Ctrl+X cuts both, their texts stay on the clipboard.
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.keyboard.press('Control+x');
  await rc.expectFishCounts(6, 2);
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe('Kaksi tehtävää auki\nPäivystäjä vaihtuu');
});
