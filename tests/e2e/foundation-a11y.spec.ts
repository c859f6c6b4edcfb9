import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { LibraryPage } from './pages/library';
import { WallPage } from './pages/wall';

const TEAM = 'Ikäihmisen turvallinen kotiutuminen, Pohjois-Karjala';

/** Every screen of the foundation, each scanned by axe (WCAG 2.x A/AA, best practice): no serious or critical violations. */
async function scanEveryScreen(wall: WallPage, lib: LibraryPage, scanned: string[]): Promise<void> {
  const scan = async (name: string) => {
    await expectNoSeriousA11yViolations(wall.page);
    scanned.push(name);
  };
  await lib.expectVisible();
  await scan('library');

  await lib.acceptDemo();
  await expect(wall.sidebar).toBeVisible();
  await expect(wall.main.getByRole('article').first()).toBeVisible();
  await scan('round view');

  await wall.showTeam(TEAM);
  await expect(wall.members.getByRole('listitem').first()).toBeVisible();
  await scan('team view');

  const firstEdit = wall.members.getByRole('button', { name: /^Muokkaa: / }).first();
  await firstEdit.click();
  await expect(wall.members.locator('.member-row.editing form')).toBeVisible();
  await scan('member edit form');
  await wall.members.getByRole('button', { name: 'Valmis' }).click();

  await wall.boards
    .getByRole('button', { name: /^Nimeä uudelleen: / })
    .first()
    .click();
  await expect(wall.page.getByRole('dialog')).toBeVisible();
  await scan('board name dialog');
  await wall.page.getByRole('dialog').getByRole('button', { name: 'Peruuta' }).click();
  await expect(wall.page.getByRole('dialog')).toBeHidden();

  const boardLink = wall.boards
    .getByRole('listitem')
    .filter({ hasText: 'Ideaseinä ·' })
    .first()
    .getByRole('button')
    .first();
  await boardLink.click();
  await expect(wall.canvas).toBeVisible();
  await scan('board view');
  await wall.canvas.focus();
  await wall.page.keyboard.press('Tab');
  await expect(wall.inspector.getByRole('heading', { name: 'Lappu' })).toBeVisible();
  await scan('board view with a selected note');

  await wall.openFileMenu();
  await scan('file menu open');
  await wall.page.keyboard.press('Escape');
}

for (const theme of ['light', 'high-contrast'] as const) {
  test(`axe: every screen in the ${theme} theme`, async ({ page }) => {
    // Eight full-page axe scans of the demo: slow on a busy machine, so three times the usual budget.
    test.slow();
    const lib = new LibraryPage(page);
    const wall = new WallPage(page);
    await lib.goto('/');
    if (theme === 'high-contrast') {
      await lib.header.getByRole('button', { name: 'Suuri kontrasti' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
    }
    const scanned: string[] = [];
    await scanEveryScreen(wall, lib, scanned);
    expect(scanned).toHaveLength(8);
  });
}

test('axe: library, team view and board view in Swedish', async ({ page }) => {
  test.slow();
  const lib = new LibraryPage(page);
  const wall = new WallPage(page);
  await lib.goto('/');
  await lib.header.getByLabel('Kieli').selectOption({ label: 'svenska' });
  await expect(page.getByRole('heading', { level: 1, name: 'Workshoppar' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Öppna exempelworkshoppen' }).click();
  const nav = page.getByRole('navigation', { name: 'Workshoppens innehåll' });
  await expect(nav).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await nav
    .getByRole('button', { name: /^Ikäihmisen|^Trygg|Pohjois-Karjala|Norra Karelen/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Medlemmar' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page
    .getByRole('region', { name: 'Tavlor' })
    .getByRole('listitem')
    .filter({ hasText: 'Idévägg ·' })
    .first()
    .getByRole('button')
    .first()
    .click();
  await expect(page.getByRole('application', { name: /^Idévägg/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await expect(wall.page.locator('html')).toHaveAttribute('lang', 'sv');
});
