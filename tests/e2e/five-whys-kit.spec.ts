import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { LibraryPage } from './pages/library';
import { RootCausePage } from './pages/root-cause';

test('5 whys through the board kit: a pasted list becomes a chain of whys (one undo step), Ctrl+F with ä/ö', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lib = new LibraryPage(page);
  const rc = new RootCausePage(page);
  await lib.goto('/');
  await lib.createWorkshop('Miksi-ketjun liittäminen');
  await rc.addTeam();
  await rc.createBoard('Miksi jonot?', '5 x miksi');
  const problem = rc.whyTree.getByRole('treeitem', { name: /^Ongelma/ });
  await problem.focus();

  // Notes from the meeting, one answer a line: each answers the previous one's "Why?".
  await page.evaluate(() =>
    navigator.clipboard.writeText(
      '1. Päivystäjä vaihtuu viikoittain\n\n2. Paivystys ilman pisteitä\n3) Vastuuta ei ole sovittu\n',
    ),
  );
  await page.keyboard.press('Control+v');
  await expect(rc.whyTree.getByRole('treeitem')).toHaveCount(4);
  await expect(rc.toasts).toContainText('Liitettiin 3 miksi-vastausta ketjuksi.');
  await expect(rc.why('Vastuuta ei ole sovittu')).toHaveAttribute('aria-level', '4');
  await rc.expectSaved();
  await rc.undoKey();
  await expect(rc.whyTree.getByRole('treeitem')).toHaveCount(1);
  await problem.focus();
  await page.keyboard.press('Control+v');
  await expect(rc.whyTree.getByRole('treeitem')).toHaveCount(4);

  // Find: "PÄIVYST" is not "Paivystys"; Enter cycles the hits.
  await page.keyboard.press('Control+f');
  const find = rc.main.getByRole('search', { name: 'Etsi taululta' });
  await expect(find.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('PÄIVYST');
  await expect(find.getByRole('status')).toHaveText('1/1');
  await expect(rc.why('Päivystäjä vaihtuu viikoittain')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('ivyst');
  await expect(find.getByRole('status')).toHaveText('1/2');
  await page.keyboard.press('Enter');
  await expect(find.getByRole('status')).toHaveText('2/2');
  await expect(rc.why('Paivystys ilman pisteitä')).toHaveAttribute('aria-selected', 'true');
  await expectNoSeriousA11yViolations(page, { include: ['.kit-find'] });
  await page.keyboard.press('Escape');
  await expect(find).toBeHidden();
  await expect(rc.why('Paivystys ilman pisteitä')).toBeFocused();
});
