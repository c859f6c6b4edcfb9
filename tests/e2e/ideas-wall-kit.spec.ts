import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { LibraryPage } from './pages/library';
import { WallPage } from './pages/wall';

test('ideas wall through the board kit: a pasted list becomes notes (one undo step), Ctrl+F with ä/ö, context menu, palette and overlay', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lib = new LibraryPage(page);
  const wall = new WallPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Seinän liittäminen');
  await wall.addTeam();
  await wall.createBoard('Ideat');
  await wall.canvas.focus();

  // Lines from a chat or an e-mail: one note per non-empty line, bullets dropped.
  await page.evaluate(() =>
    navigator.clipboard.writeText(
      '- Nuoren ääni kuuluviin\r\n\r\n• Yhteinen kirjaaminen\nAani ilman pisteitä\n  \nSoitto ennen kotiutusta\n',
    ),
  );
  await page.keyboard.press('Control+v');
  await wall.expectCounts(4, 0);
  await expect(wall.noteList).toContainText('Nuoren ääni kuuluviin');
  await expect(wall.noteList).toContainText('Soitto ennen kotiutusta');
  await expect(wall.toasts).toContainText('Liitettiin 4 lappua');
  await wall.expectSaved();
  await wall.undoKey();
  await wall.expectCounts(0, 0);
  await wall.canvas.focus();
  await page.keyboard.press('Control+v');
  await wall.expectCounts(4, 0);

  // Find: "ÄÄNI" is not "Aani"; Enter cycles, Escape returns to the canvas.
  await wall.canvas.focus();
  await page.keyboard.press('Control+f');
  const find = wall.main.getByRole('search', { name: 'Etsi taululta' });
  await expect(find.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('ÄÄNI');
  await expect(find.getByRole('status')).toHaveText('1/1');
  await expect(wall.inspector.getByLabel('Lapun teksti')).toHaveValue('Nuoren ääni kuuluviin');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('i');
  await expect(find.getByRole('status')).toHaveText('1/4');
  await page.keyboard.press('Enter');
  await expect(find.getByRole('status')).toHaveText('2/4');
  await expectNoSeriousA11yViolations(page, { include: ['.kit-find'] });
  await page.keyboard.press('Escape');
  await expect(find).toBeHidden();
  await expect(wall.canvas).toBeFocused();

  // Context menu from the keyboard, generated from the wall's registry.
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Pikavalikko' });
  await expect(menu.getByRole('menuitem', { name: /Lisää ryhmä/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, { include: ['.kit-context-menu'] });
  await menu.getByRole('menuitem', { name: /Lisää ryhmä/ }).click();
  await wall.expectCounts(4, 1);

  // The palette runs a command by a word of its label; the overlay lists the wall's keys.
  await wall.canvas.focus();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Komennot' });
  await page.keyboard.type('lisää lappu');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(wall.noteEditor).toBeFocused();
  await page.keyboard.type('Palautteesta');
  await page.keyboard.press('Escape');
  await wall.expectCounts(5, 1);
  await wall.canvas.focus();
  await page.keyboard.press('?');
  const overlay = page.getByRole('dialog', { name: 'Pikanäppäimet' });
  await expect(overlay).toContainText('Zoomaa valittuun');
  await expectNoSeriousA11yViolations(page, { include: ['.kit-shortcuts'] });
  await page.screenshot({ path: 'test-results/screens/wall-shortcuts-1280.png' });
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();
});

test('ideas wall: Ctrl+D duplicates the selected note beside it, Ctrl+C / Ctrl+V copy it through the system clipboard, Ctrl+X cuts it', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lib = new LibraryPage(page);
  const wall = new WallPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Seinän kopiointi');
  await wall.addTeam();
  await wall.createBoard('Ideat');
  await wall.canvas.focus();
  await page.evaluate(() => navigator.clipboard.writeText('Yhteinen kirjaaminen\nSoitto ennen kotiutusta'));
  await page.keyboard.press('Control+v');
  await wall.expectCounts(2, 0);
  // The last pasted note is selected: Ctrl+D puts a copy of it beside it, selected.
  await page.keyboard.press('Control+d');
  await wall.expectCounts(3, 0);
  await expect(wall.inspector.getByLabel('Lapun teksti')).toHaveValue('Soitto ennen kotiutusta');
  await wall.expectSaved();
  await wall.undoKey();
  await wall.expectCounts(2, 0);

  // Copy the selected note as text and paste it back: a new note with the same text.
  await wall.canvas.focus();
  await page.keyboard.press('Tab');
  await expect(wall.inspector.getByLabel('Lapun teksti')).toHaveValue('Yhteinen kirjaaminen');
  await page.keyboard.press('Control+c');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('Yhteinen kirjaaminen');
  await page.keyboard.press('Control+v');
  await wall.expectCounts(3, 0);
  // Cut removes the selected (pasted) note and leaves its text on the clipboard.
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.keyboard.press('Control+x');
  await wall.expectCounts(2, 0);
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('Yhteinen kirjaaminen');
});
