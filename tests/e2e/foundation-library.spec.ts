import { test, expect } from './fixtures';
import { LibraryPage } from './pages/library';
import { WorkshopPage } from './pages/workshop';

test.describe('library', () => {
  test('first start offers the demo; accepting it opens the demo with its three teams', async ({ page }) => {
    const lib = new LibraryPage(page);
    await lib.goto('/');
    await lib.expectVisible();
    await expect(lib.demoOffer).toBeVisible();
    await expect(lib.list).toContainText('Kirjasto on tyhjä.');

    await lib.acceptDemo();
    const ws = new WorkshopPage(page);
    await expect(ws.sidebar).toBeVisible();
    await expect(
      ws.main.getByRole('heading', { level: 1, name: 'Sujuvat palvelut -valmennus, kierros 5' }),
    ).toBeVisible();
    for (const team of [
      'Nuorten mielenterveyspolku, Pirkanmaa',
      'Ikäihmisen turvallinen kotiutuminen, Pohjois-Karjala',
      'Lapsiperheen tuki ilmoituksesta, Vantaa ja Kerava',
    ]) {
      await expect(ws.teamLink(team)).toBeVisible();
    }
    await ws.showTeam('Nuorten mielenterveyspolku, Pirkanmaa');
    await expect(ws.warningBanner).toHaveCount(0);
    await expect(ws.memberGroup('Valmentajat').getByRole('listitem')).toHaveCount(2);

    // The offer is made once: back in the library it is gone, and it stays gone after a reload.
    await ws.goLibrary();
    await expect(lib.demoOffer).toHaveCount(0);
    await page.reload();
    await lib.expectVisible();
    await expect(lib.demoOffer).toHaveCount(0);
    await expect(lib.list).toContainText('3 tiimiä');
  });

  test('declining the demo hides the offer for good', async ({ page }) => {
    const lib = new LibraryPage(page);
    await lib.goto('/');
    await lib.demoOffer.getByRole('button', { name: 'Ei kiitos' }).click();
    await expect(lib.demoOffer).toHaveCount(0);
    await page.reload();
    await lib.expectVisible();
    await expect(lib.list).toContainText('Kirjasto on tyhjä.');
    await expect(lib.demoOffer).toHaveCount(0);
  });

  test('a new workshop is one click, and the library lists workshops recent first', async ({ page }) => {
    const lib = new LibraryPage(page);
    await lib.goto('/');
    // The title is prefilled ("Työpaja <date>"): one click creates a workshop.
    await expect(lib.titleInput).toHaveValue(/^Työpaja \d/);
    const defaultTitle = await lib.titleInput.inputValue();
    await lib.createButton.click();
    const ws = new WorkshopPage(page);
    await expect(ws.header.getByText(defaultTitle, { exact: true })).toBeVisible();
    await expect(ws.saveState).toHaveText('Tallennettu');

    await ws.goLibrary();
    await lib.createWorkshop('Toinen työpaja');
    await ws.goLibrary();
    await lib.createWorkshop('Kolmas työpaja');
    await ws.goLibrary();
    await expect.poll(() => lib.titles()).toEqual(['Kolmas työpaja', 'Toinen työpaja', defaultTitle]);

    // The app starts in the most recent workshop.
    await page.goto('/');
    await expect(ws.header.getByText('Kolmas työpaja', { exact: true })).toBeVisible();
    await expect(ws.sidebar).toBeVisible();

    // File › New workshop goes to the library with the title field focused.
    await ws.fileCommand('Uusi työpaja');
    await lib.expectVisible();
    await expect(lib.titleInput).toBeFocused();
  });
});
