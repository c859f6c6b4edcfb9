import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { LibraryPage } from './pages/library';
import { RootCausePage } from './pages/root-cause';
import { ValueStreamPage } from './pages/value-stream';
import { WorkshopPage } from './pages/workshop';

test('5 whys: Ctrl+click selects three whys, one Delete and one Ctrl+Z; Ctrl+A, Ctrl+C to another board and workshop, Ctrl+D', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lib = new LibraryPage(page);
  const rc = new RootCausePage(page);
  await lib.goto('/');
  await lib.createWorkshop('Monivalinta');
  await rc.addTeam();
  await rc.createBoard('Miksi jonot?', '5 x miksi');
  const items = rc.whyTree.getByRole('treeitem');
  const problem = rc.whyTree.getByRole('treeitem', { name: /^Ongelma/ });
  // Two chains under the problem: A → B → C and D → E.
  for (const lines of ['A-syy\nB-syy\nC-syy', 'D-syy\nE-syy']) {
    await problem.focus();
    await page.evaluate((text) => navigator.clipboard.writeText(text), lines);
    await page.keyboard.press('Control+v');
  }
  await expect(items).toHaveCount(6);
  await rc.expectSaved();

  await rc.why('B-syy').click();
  await rc.why('D-syy').click({ modifiers: ['Control'] });
  await rc.why('E-syy').click({ modifiers: ['Shift'] });
  await expect(rc.whyTree.locator('[role="treeitem"][aria-selected="true"]')).toHaveCount(3);
  await expect(rc.whyTree).toHaveAttribute('aria-multiselectable', 'true');

  // The context menu lists the commands for the selection (and passes axe).
  await rc.why('E-syy').click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Pikavalikko' });
  await expect(menu.getByRole('menuitem', { name: /Kopioi/ })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /Poista miksi/ })).toBeEnabled();
  await expectNoSeriousA11yViolations(page, { include: ['[role="menu"]'] });
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(rc.whyTree.locator('[role="treeitem"][aria-selected="true"]')).toHaveCount(3);

  // One Delete takes B (with C below it), D and E; one Ctrl+Z brings all back.
  await rc.why('E-syy').focus();
  await page.keyboard.press('Delete');
  await expect(items).toHaveCount(2);
  await rc.expectSaved();
  await rc.undoKey();
  await expect(items).toHaveCount(6);
  await expect(rc.why('C-syy')).toHaveAttribute('aria-level', '4');

  // Ctrl+A then Ctrl+C: the whys as the app's payload, and as lines for other programs.
  await rc.why('A-syy').focus();
  await page.keyboard.press('Control+a');
  await expect(rc.whyTree.locator('[role="treeitem"][aria-selected="true"]')).toHaveCount(5);
  await page.keyboard.press('Control+c');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('A-syy\nB-syy\nC-syy\nD-syy\nE-syy');

  // Ctrl+D: a copy of the selection beside it, one undo step.
  await page.keyboard.press('Control+d');
  await expect(items).toHaveCount(11);
  await rc.expectSaved();
  await rc.undoKey();
  await expect(items).toHaveCount(6);

  // Another board of the team: the chains arrive with their shape.
  await rc.showTeam('Tiimi 1');
  await rc.createBoard('Miksi toinen?', '5 x miksi');
  await problem.focus();
  await page.keyboard.press('Control+v');
  await expect(items).toHaveCount(6);
  await expect(rc.why('C-syy')).toHaveAttribute('aria-level', '4');
  await expect(rc.why('E-syy')).toHaveAttribute('aria-level', '3');
  await rc.expectSaved();

  // Another workshop.
  await rc.goLibrary();
  await lib.createWorkshop('Toinen työpaja');
  await rc.addTeam();
  await rc.createBoard('Kopio', '5 x miksi');
  await problem.focus();
  await page.keyboard.press('Control+v');
  await expect(items).toHaveCount(6);
  await expect(rc.why('C-syy')).toHaveAttribute('aria-level', '4');
  await rc.expectSaved();
  await rc.undoKey();
  await expect(items).toHaveCount(1);

  // A payload from a newer app version: a message, nothing changes.
  await problem.focus();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData(
      'application/x-lapimurto+json',
      JSON.stringify({ app: 'lapimurtostudio', version: 99, kind: 'five-whys' }),
    );
    data.setData('text/plain', 'Uusi');
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await expect(rc.toasts).toContainText('uudemmasta versiosta');
  await expect(items).toHaveCount(1);
});

test('value stream: Shift+arrows and Ctrl+click select three steps, move and delete them in one step each; copy to another board and workshop', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lib = new LibraryPage(page);
  const vs = new ValueStreamPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Arvovirran monivalinta');
  await vs.addTeam();
  await vs.createBoard('Nykytila', 'Arvovirta');
  await vs.canvas.focus();
  await page.evaluate(() => navigator.clipboard.writeText('Vastaanotto\nArvio\nHoito\nSeuranta'));
  await page.keyboard.press('Control+v');
  await vs.expectSteps(4);
  await vs.expectSaved();
  const rows = vs.stepTable.getByRole('row');
  const order = async () => (await rows.allInnerTexts()).slice(1).map((r) => r.split('\t')[0]!.replace(/^\d+\. /, ''));
  const selectedCards = () => vs.stageCount('vs-selected');
  const clickCard = async (n: number, modifier?: 'Control' | 'Shift') => {
    const c = await vs.cardCentre(n);
    if (modifier) await page.keyboard.down(modifier);
    await page.mouse.click(c.x, c.y);
    if (modifier) await page.keyboard.up(modifier);
  };

  // Arvio, then Shift+→ twice: three steps.
  await vs.selectStep(2);
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(vs.main.getByRole('status').filter({ hasText: 'valittu' })).toHaveText('3 kohdetta valittu');
  await expect.poll(selectedCards).toBe(3);

  // Alt+← moves the three together, one undo step.
  await page.keyboard.press('Alt+ArrowLeft');
  await expect.poll(order).toEqual(['Arvio', 'Hoito', 'Seuranta', 'Vastaanotto']);
  await vs.expectSaved();
  await vs.undoKey();
  await expect.poll(order).toEqual(['Vastaanotto', 'Arvio', 'Hoito', 'Seuranta']);

  // Ctrl+click on the cards: the first, then the third and fourth.
  await vs.toolbar.getByRole('button', { name: 'Näytä koko arvovirta' }).click();
  await clickCard(1);
  await expect.poll(selectedCards).toBe(1);
  await clickCard(3, 'Control');
  await clickCard(4, 'Shift');
  await expect.poll(selectedCards).toBe(3);

  // The context menu with the selection passes axe.
  const c4 = await vs.cardCentre(4);
  await page.mouse.click(c4.x, c4.y, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Pikavalikko' });
  await expect(menu.getByRole('menuitem', { name: /Monista valitut/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, { include: ['[role="menu"]'] });
  await page.keyboard.press('Escape');
  await expect.poll(selectedCards).toBe(3);

  // Ctrl+C: names as lines for other programs; Delete takes the three, one Ctrl+Z brings them back.
  await vs.canvas.focus();
  await page.keyboard.press('Control+c');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Vastaanotto\nHoito\nSeuranta');
  await page.keyboard.press('Delete');
  await vs.expectSteps(1);
  await vs.expectSaved();
  await vs.undoKey();
  await vs.expectSteps(4);

  // Ctrl+A, Ctrl+D: a copy of the whole stream after it.
  await vs.canvas.focus();
  await page.keyboard.press('Control+a');
  await expect.poll(selectedCards).toBe(4);
  await page.keyboard.press('Control+d');
  await vs.expectSteps(8);
  await vs.expectSaved();
  await vs.undoKey();
  await vs.expectSteps(4);

  // Another board, then another workshop: the three copied steps arrive in order.
  await vs.showTeam('Tiimi 1');
  await vs.createBoard('Tavoitetila', 'Arvovirta');
  await vs.canvas.focus();
  await page.keyboard.press('Control+v');
  await vs.expectSteps(3);
  await expect.poll(order).toEqual(['Vastaanotto', 'Hoito', 'Seuranta']);
  await vs.expectSaved();
  await vs.goLibrary();
  await lib.createWorkshop('Toinen arvovirtatyöpaja');
  await vs.addTeam();
  await vs.createBoard('Kopio', 'Arvovirta');
  await vs.canvas.focus();
  await page.keyboard.press('Control+v');
  await vs.expectSteps(3);
  await expect.poll(order).toEqual(['Vastaanotto', 'Hoito', 'Seuranta']);
  await page.screenshot({ path: '/tmp/multi15-vs.png' });
});

test('driver diagram: Ctrl+click selects three drivers, one Delete and one Ctrl+Z; Ctrl+A, Ctrl+C to another board and workshop', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lib = new LibraryPage(page);
  const ws = new WorkshopPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Ajurien monivalinta');
  await ws.addTeam();
  const tree = ws.main.getByRole('tree');
  const items = tree.getByRole('treeitem');
  const aim = tree.getByRole('treeitem', { name: /^Tavoite:/ });
  const driver = (text: string) => tree.getByRole('treeitem', { name: `Ensisijainen ajuri: ${text}` });
  const openDiagram = async (name: string) => {
    await ws.createBoard(name, 'Tavoite ja ajurikaavio');
    await ws.main.getByRole('tab', { name: 'Ajurikaavio' }).click();
    await aim.focus();
  };
  await openDiagram('Ajurit');
  await page.evaluate(() => navigator.clipboard.writeText('Tavoitettavuus\nKirjaaminen\nYhteistyö'));
  await page.keyboard.press('Control+v');
  await expect(items).toHaveCount(4);
  await ws.expectSaved();

  await driver('Tavoitettavuus').click();
  await driver('Kirjaaminen').click({ modifiers: ['Control'] });
  await driver('Yhteistyö').click({ modifiers: ['Shift'] });
  await expect(tree.locator('[role="treeitem"][aria-selected="true"]')).toHaveCount(3);
  await driver('Yhteistyö').click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Pikavalikko' });
  await expect(menu.getByRole('menuitem', { name: /Leikkaa/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, { include: ['[role="menu"]'] });
  await page.keyboard.press('Escape');
  await expect(tree.locator('[role="treeitem"][aria-selected="true"]')).toHaveCount(3);

  await driver('Yhteistyö').focus();
  await page.keyboard.press('Delete');
  await expect(items).toHaveCount(1);
  await ws.expectSaved();
  await ws.undoKey();
  await expect(items).toHaveCount(4);

  await driver('Kirjaaminen').focus();
  await page.keyboard.press('Control+a');
  await expect(tree.locator('[role="treeitem"][aria-selected="true"]')).toHaveCount(3);
  await page.keyboard.press('Control+c');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Tavoitettavuus\nKirjaaminen\nYhteistyö');

  await ws.showTeam('Tiimi 1');
  await openDiagram('Ajurit 2');
  await page.keyboard.press('Control+v');
  await expect(items).toHaveCount(4);
  await expect(driver('Yhteistyö')).toBeVisible();
  await ws.expectSaved();

  await ws.goLibrary();
  await lib.createWorkshop('Toinen ajurityöpaja');
  await ws.addTeam();
  await openDiagram('Kopio');
  await page.keyboard.press('Control+v');
  await expect(items).toHaveCount(4);
  await ws.expectSaved();
  await ws.undoKey();
  await expect(items).toHaveCount(1);
});
