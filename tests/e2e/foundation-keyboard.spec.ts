import { test, expect } from './fixtures';
import { LibraryPage } from './pages/library';
import { WallPage } from './pages/wall';

test('keyboard only: a workshop, a team, a member and an ideas-wall note with Tab, Enter and typing', async ({
  page,
}) => {
  const lib = new LibraryPage(page);
  const wall = new WallPage(page);
  const kb = page.keyboard;
  await lib.goto('/');
  await lib.expectVisible();

  // The skip link comes first.
  await kb.press('Tab');
  await expect(page.getByRole('link', { name: 'Siirry sisältöön' })).toBeFocused();

  // New workshop: Tab to its title, type, Enter.
  await wall.tabTo(lib.titleInput);
  await kb.press('Control+a');
  await kb.type('Näppäimistötyöpaja');
  await kb.press('Enter');
  await expect(wall.header.getByText('Näppäimistötyöpaja', { exact: true })).toBeVisible();

  // A team from the sidebar.
  await wall.tabTo(wall.sidebar.getByRole('button', { name: 'Lisää tiimi' }), 80);
  await kb.press('Enter');
  // The name is asked; Enter takes the default.
  await expect(wall.page.getByRole('dialog', { name: 'Lisää tiimi' }).getByLabel('Tiimin nimi')).toBeFocused();
  await kb.press('Enter');
  await expect(wall.main.getByRole('heading', { level: 1, name: 'Tiimi 1' })).toBeVisible();
  await wall.tabTo(wall.teamBasics.getByLabel('Tiimin nimi'), 80);
  await kb.press('Control+a');
  await kb.type('Näppäintiimi');
  await kb.press('Enter');
  await expect(wall.main.getByRole('heading', { level: 1, name: 'Näppäintiimi' })).toBeVisible();

  // A member: name, role by type-ahead in the select, submit with Enter.
  const form = wall.addMemberForm;
  await wall.tabTo(form.getByLabel('Nimi', { exact: true }), 80);
  await kb.type('Kaisa Asiakas');
  await kb.press('Tab');
  await expect(form.getByLabel('Rooli')).toBeFocused();
  await kb.type('Asiakas');
  await expect(form.getByLabel('Rooli').locator('option:checked')).toHaveText('Asiakasedustaja');
  await wall.tabTo(form.getByRole('button', { name: 'Lisää jäsen' }), 10);
  await kb.press('Enter');
  await expect(wall.memberGroup('Asiakasedustajat').getByText('Kaisa Asiakas')).toBeVisible();
  await expect(wall.warningBanner).not.toContainText('asiakasedustajaa');

  // An ideas wall: name it, Enter creates and opens it; Tab to the canvas, N, type, Enter.
  await wall.tabTo(wall.boards.getByLabel('Taulun nimi').filter({ visible: true }), 80);
  await kb.type('Näppäinideat');
  await kb.press('Enter');
  await expect(wall.main.getByRole('heading', { level: 1, name: 'Näppäinideat' })).toBeVisible();
  await wall.tabTo(wall.canvas, 80);
  await wall.addNoteByKeyboard('Ensimmäinen idea näppäimistöltä', 'n', 'Enter');
  await wall.expectCounts(1, 0);
  // Tab selects the note, Enter edits it, Escape keeps the edit.
  await kb.press('Tab');
  await expect(wall.inspector.getByRole('heading', { name: 'Lappu' })).toBeVisible();
  await kb.press('Enter');
  await expect(wall.noteEditor).toBeFocused();
  await kb.press('End');
  await kb.type(' ja toinen');
  await kb.press('Escape');
  await expect(wall.noteList).toContainText('Ensimmäinen idea näppäimistöltä ja toinen');
  await wall.expectSaved();
});
