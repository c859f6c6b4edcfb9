import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { LibraryPage } from './pages/library';
import { RootCausePage } from './pages/root-cause';
import { ValueStreamPage } from './pages/value-stream';
import { WallPage } from './pages/wall';

/** Issue 15: select many on the Konva boards (ideas wall, fishbone), and the Shift+drag band on all three. */

test.use({ viewport: { width: 1280, height: 720 } });

async function withKey(page: Page, key: 'Control' | 'Shift', act: () => Promise<void>) {
  await page.keyboard.down(key);
  await act();
  await page.keyboard.up(key);
}

/** Shift+drag from `from` to `to`, in small steps as a hand would. */
async function band(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.keyboard.down('Shift');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++)
    await page.mouse.move(from.x + ((to.x - from.x) * i) / 8, from.y + ((to.y - from.y) * i) / 8);
  await page.mouse.up();
  await page.keyboard.up('Shift');
}

test('ideas wall: Shift/Ctrl+click picks notes, arrows and a drag move them all, Delete, a band, Ctrl+A/C/D, paste on another board; each one undo step', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lib = new LibraryPage(page);
  const wall = new WallPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Seinän monivalinta');
  await wall.addTeam();
  await wall.createBoard('Ideat');
  await wall.canvas.focus();
  await page.evaluate(() => navigator.clipboard.writeText('Alfa\nBeeta\nGamma\nDelta'));
  await page.keyboard.press('Control+v');
  await wall.expectCounts(4, 0);
  await wall.expectSaved();
  const picked = wall.main.locator('.kit-selection-count');
  const at = async (text: string) => {
    const n = await wall.stageItem('note', text);
    return { x: n.cx, y: n.cy };
  };
  const xs = async () => Promise.all(['Alfa', 'Beeta', 'Gamma', 'Delta'].map(async (t) => Math.round((await at(t)).x)));

  await wall.toolbar.getByRole('button', { name: 'Sovita koko seinä näkyviin' }).click();
  await wall.selectNote('Alfa');
  const b = await at('Beeta');
  await withKey(page, 'Control', () => page.mouse.click(b.x, b.y));
  const g = await at('Gamma');
  await withKey(page, 'Shift', () => page.mouse.click(g.x, g.y));
  await expect(picked).toHaveText('3 kohdetta valittu');

  // → moves the three together (Delta stays); one Ctrl+Z puts all three back.
  const before = await xs();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await xs()).map((x, i) => x > before[i]!)).toEqual([true, true, true, false]);
  await wall.expectSaved();
  await wall.undoKey();
  await expect.poll(xs).toEqual(before);

  // Dragging one of them drags them all.
  await wall.canvas.focus();
  const a = await at('Alfa');
  await wall.drag(a, { x: a.x + 40, y: a.y + 160 });
  await expect
    .poll(async () => Promise.all(['Alfa', 'Beeta', 'Gamma', 'Delta'].map(async (t) => (await at(t)).y > a.y + 100)))
    .toEqual([true, true, true, false]);
  await wall.expectSaved();
  await wall.undoKey();
  await expect.poll(xs).toEqual(before);

  // Delete takes the three; one Ctrl+Z brings them back.
  await wall.canvas.focus();
  await expect(picked).toHaveText('3 kohdetta valittu');
  await page.keyboard.press('Delete');
  await wall.expectCounts(1, 0);
  await wall.expectSaved();
  await wall.undoKey();
  await wall.expectCounts(4, 0);

  // Esc lets go of the group; a Shift+drag band round Beeta and Gamma picks just those two.
  await wall.canvas.focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(picked).toHaveText('');
  const nb = await wall.stageItem('note', 'Beeta');
  const ng = await wall.stageItem('note', 'Gamma');
  await band(
    page,
    { x: nb.cx - nb.width / 2 - 8, y: nb.cy - nb.height / 2 - 20 },
    { x: ng.cx + ng.width / 2 + 8, y: ng.cy + ng.height / 2 + 20 },
  );
  await expect(picked).toHaveText('2 kohdetta valittu');
  await expect(wall.inspector.getByLabel('Lapun teksti')).toHaveValue('Beeta');
  await expectNoSeriousA11yViolations(page, { include: ['.wall'] });

  // Ctrl+A, Ctrl+C: the notes as lines for other programs; Ctrl+D copies all four beside them, one undo step.
  await wall.canvas.focus();
  await page.keyboard.press('Control+a');
  await expect(picked).toHaveText('4 kohdetta valittu');
  await page.keyboard.press('Control+c');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Alfa\nBeeta\nGamma\nDelta');
  await page.keyboard.press('Control+d');
  await wall.expectCounts(8, 0);
  await wall.expectSaved();
  await wall.undoKey();
  await wall.expectCounts(4, 0);

  // Another board: the four arrive with their colours and arrangement, selected together.
  await wall.showTeam('Tiimi 1');
  await wall.createBoard('Ideat 2');
  await wall.canvas.focus();
  await page.keyboard.press('Control+v');
  await wall.expectCounts(4, 0);
  await expect(picked).toHaveText('4 kohdetta valittu');
  await expect(wall.noteList).toContainText('Delta');
  // All of them in view: the paste is never somewhere the coach cannot see.
  await expect.poll(() => wall.allContentVisible()).toBe(true);
  await page.screenshot({ path: '/tmp/edit15-wall-select.png' });
});

test('fishbone: Ctrl+click picks causes, Alt+→ moves them to the next category, Delete, a band, Ctrl+C/D and paste on another board; each one undo step', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lib = new LibraryPage(page);
  const rc = new RootCausePage(page);
  await lib.goto('/');
  await lib.createWorkshop('Syiden monivalinta');
  await rc.addTeam();
  await rc.createBoard('Miksi jonot?', 'Kalanruotokaavio');
  await rc.expectFishCounts(6, 0);
  await rc.fishCanvas.focus();
  await page.keyboard.press('1');
  await page.evaluate(() => navigator.clipboard.writeText('Yksi syy\nKaksi syytä\nKolme syytä'));
  await page.keyboard.press('Control+v');
  await rc.expectFishCounts(6, 3);
  await rc.expectSaved();
  const picked = rc.main.locator('.kit-selection-count');

  const one = await rc.causeOnStage('Yksi syy');
  await page.mouse.click(one.x, one.y);
  const three = await rc.causeOnStage('Kolme syytä');
  await withKey(page, 'Control', () => page.mouse.click(three.x, three.y));
  await expect(picked).toHaveText('2 kohdetta valittu');

  // Alt+→: both to the next category (Ihmiset), one undo step.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(rc.categoryInList('Ihmiset')).toContainText('Yksi syyKolme syytä');
  await rc.expectSaved();
  await rc.undoKey();
  await expect(rc.categoryInList('Ihmiset')).not.toContainText('Yksi syy');

  // Delete takes both; one Ctrl+Z brings them back.
  await rc.fishCanvas.focus();
  await expect(picked).toHaveText('2 kohdetta valittu');
  await page.keyboard.press('Delete');
  await rc.expectFishCounts(6, 1);
  await rc.expectSaved();
  await rc.undoKey();
  await rc.expectFishCounts(6, 3);

  // A band round all three causes picks them (Esc first lets go of the two).
  await rc.fishCanvas.focus();
  await page.keyboard.press('Escape');
  await expect(picked).toHaveText('');
  const box = (await rc.fishCanvas.boundingBox())!;
  const centres = await Promise.all(['Yksi syy', 'Kaksi syytä', 'Kolme syytä'].map((t) => rc.causeOnStage(t)));
  const clampX = (x: number) => Math.min(box.x + box.width - 2, Math.max(box.x + 2, x));
  const clampY = (y: number) => Math.min(box.y + box.height - 2, Math.max(box.y + 2, y));
  await band(
    page,
    { x: clampX(Math.min(...centres.map((c) => c.x)) - 160), y: clampY(Math.min(...centres.map((c) => c.y)) - 60) },
    { x: clampX(Math.max(...centres.map((c) => c.x)) + 160), y: clampY(Math.max(...centres.map((c) => c.y)) + 60) },
  );
  await expect(picked).toHaveText('3 kohdetta valittu');
  await expectNoSeriousA11yViolations(page, { include: ['.wall-body'] });

  // Ctrl+C: the causes as lines; Ctrl+D copies them after the last, one undo step.
  await rc.fishCanvas.focus();
  await page.keyboard.press('Control+c');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Yksi syy\nKaksi syytä\nKolme syytä');
  await page.keyboard.press('Control+d');
  await rc.expectFishCounts(6, 6);
  await rc.expectSaved();
  await rc.undoKey();
  await rc.expectFishCounts(6, 3);

  // Another fishbone: pasted under its selected category.
  await rc.showTeam('Tiimi 1');
  await rc.createBoard('Miksi toinen?', 'Kalanruotokaavio');
  await rc.fishCanvas.focus();
  await page.keyboard.press('2');
  await page.keyboard.press('Control+v');
  await rc.expectFishCounts(6, 3);
  await expect(rc.categoryInList('Ihmiset')).toContainText('Yksi syyKaksi syytäKolme syytä');
  await page.screenshot({ path: '/tmp/edit15-fish-select.png' });
});

test('value stream: a Shift+drag band picks the steps wholly inside it; a plain drag still pans', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lib = new LibraryPage(page);
  const vs = new ValueStreamPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Arvovirran kaista');
  await vs.addTeam();
  await vs.createBoard('Nykytila', 'Arvovirta');
  await vs.canvas.focus();
  await page.evaluate(() => navigator.clipboard.writeText('Vastaanotto\nArvio\nHoito\nSeuranta'));
  await page.keyboard.press('Control+v');
  await vs.expectSteps(4);
  await vs.toolbar.getByRole('button', { name: 'Näytä koko arvovirta' }).click();
  const status = vs.main.getByRole('status').filter({ hasText: 'valittu' });

  // Cards 2 and 3 inside the band; 1 and 4 outside it.
  const c2 = await vs.cardCentre(2);
  const c3 = await vs.cardCentre(3);
  const c4 = await vs.cardCentre(4);
  const half = (c3.x - c2.x) / 2;
  const box = (await vs.canvas.boundingBox())!;
  await band(page, { x: c2.x - half + 4, y: box.y + 4 }, { x: c3.x + half - 4, y: box.y + box.height - 4 });
  await expect(status).toHaveText('2 kohdetta valittu');
  await expect.poll(() => vs.stageCount('vs-selected')).toBe(2);

  // A plain drag on the background pans (and a click there lets go).
  const stageX = () => page.evaluate(() => (window as unknown as { __studioStage: { x(): number } }).__studioStage.x());
  const x0 = await stageX();
  await page.mouse.move(c4.x + half, box.y + 6);
  await page.mouse.down();
  await page.mouse.move(c4.x + half - 80, box.y + 6, { steps: 6 });
  await page.mouse.up();
  await expect.poll(stageX).toBeCloseTo(x0 - 80, 0);
});
