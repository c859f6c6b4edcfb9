import { test, expect } from './fixtures';
import { LibraryPage } from './pages/library';
import { WorkshopPage } from './pages/workshop';

test('language: svenska and English change the visible texts and persist across a reload', async ({ page }) => {
  const lib = new LibraryPage(page);
  const ws = new WorkshopPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Kielitesti');
  await ws.addTeam();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');

  await ws.header.getByLabel('Kieli').selectOption({ label: 'svenska' });
  const expectSwedish = async () => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(ws.header.getByRole('button', { name: 'Bibliotek' })).toBeVisible();
    await expect(ws.header.getByRole('button', { name: 'Arkiv' })).toBeVisible();
    await expect(ws.header.getByLabel('Språk')).toHaveValue('sv');
    const nav = page.getByRole('navigation', { name: 'Workshoppens innehåll' });
    await expect(nav.getByRole('button', { name: 'Programomgång' })).toBeVisible();
    await expect(nav.getByRole('button', { name: 'Lägg till team' })).toBeVisible();
    await expect(ws.main.getByLabel('Teamets namn')).toHaveValue('Tiimi 1');
    await expect(ws.main.getByLabel('Välfärdsområde')).toBeVisible();
    await expect(ws.main.getByRole('heading', { name: 'Medlemmar' })).toBeVisible();
  };
  await expectSwedish();
  await page.reload();
  await expectSwedish();

  await ws.header.getByLabel('Språk').selectOption({ label: 'English' });
  const expectEnglish = async () => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(ws.header.getByRole('button', { name: 'Library' })).toBeVisible();
    await expect(ws.header.getByRole('button', { name: 'File' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Workshop contents' });
    await expect(nav.getByRole('button', { name: 'Coaching round' })).toBeVisible();
    await expect(ws.main.getByLabel('Team name')).toHaveValue('Tiimi 1');
    await expect(ws.main.getByLabel('Wellbeing services county')).toBeVisible();
  };
  await expectEnglish();
  await page.reload();
  await expectEnglish();
  // The File menu follows too.
  await ws.header.getByRole('button', { name: 'File' }).click();
  await expect(page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: 'New workshop' })).toBeVisible();
  await page.keyboard.press('Escape');

  await ws.header.getByLabel('Language').selectOption({ label: 'suomi' });
  await expect(ws.header.getByRole('button', { name: 'Kirjasto' })).toBeVisible();
  await expect(ws.main.getByLabel('Tiimin nimi')).toHaveValue('Tiimi 1');
});

test('text size Ctrl+= / Ctrl+- and the high-contrast theme persist across a reload', async ({ page }) => {
  const lib = new LibraryPage(page);
  const ws = new WorkshopPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Näkymätesti');
  const html = page.locator('html');
  const sizeButton = (p: number) => ws.header.getByRole('button', { name: `Tekstin koko ${p} %, palauta 100 %` });
  await expect(sizeButton(100)).toBeVisible();

  await ws.blurToBody();
  await page.keyboard.press('Control+=');
  await expect(sizeButton(110)).toBeVisible();
  await page.keyboard.press('Control+=');
  await expect(sizeButton(120)).toBeVisible();
  await expect(html).toHaveCSS('font-size', '19.2px');
  await page.reload();
  await expect(sizeButton(120)).toBeVisible();
  await expect(html).toHaveCSS('font-size', '19.2px');
  await ws.blurToBody();
  await page.keyboard.press('Control+-');
  await page.keyboard.press('Control+-');
  await page.keyboard.press('Control+-');
  await expect(sizeButton(90)).toBeVisible();
  await page.reload();
  await expect(sizeButton(90)).toBeVisible();
  await sizeButton(90).click();
  await expect(sizeButton(100)).toBeVisible();

  const contrast = ws.header.getByRole('button', { name: 'Suuri kontrasti' });
  await expect(contrast).toHaveAttribute('aria-pressed', 'false');
  const lightBg = await ws.main.evaluate(
    (el) => getComputedStyle(document.body).backgroundColor + getComputedStyle(el).color,
  );
  await contrast.click();
  await expect(contrast).toHaveAttribute('aria-pressed', 'true');
  await expect(html).toHaveAttribute('data-theme', 'high-contrast');
  expect(
    await ws.main.evaluate((el) => getComputedStyle(document.body).backgroundColor + getComputedStyle(el).color),
  ).not.toBe(lightBg);
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'high-contrast');
  await expect(contrast).toHaveAttribute('aria-pressed', 'true');
  await contrast.click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
});
