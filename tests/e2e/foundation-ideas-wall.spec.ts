import { test, expect } from './fixtures';
import { LibraryPage } from './pages/library';
import { WallPage } from './pages/wall';

const FIRST = 'Kotikäynti jo kotiutuspäivänä';
const SECOND = 'Omaisille soitto ennen kotiutusta';
const THIRD = 'Yhteinen hoitosuunnitelma';

test('ideas wall: keyboard notes, a cluster, colour and author role, a mouse drag into the cluster, delete; survives a restart', async ({
  page,
  host,
}) => {
  const lib = new LibraryPage(page);
  const wall = new WallPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Ideaseinätesti');
  await wall.addTeam();
  await wall.createBoard('Ideat');
  await expect(wall.canvas).toBeVisible();
  await wall.expectCounts(0, 0);
  await expect(wall.main.getByText('Seinä on tyhjä')).toBeVisible();

  // Notes by keyboard only: N / Enter, type, Escape.
  await wall.canvas.focus();
  await wall.addNoteByKeyboard(FIRST, 'n');
  await wall.addNoteByKeyboard(SECOND, 'Enter');
  await wall.addNoteByKeyboard(THIRD, 'n', 'Enter');
  await wall.expectCounts(3, 0);

  // A cluster from the toolbar, renamed in the inspector.
  await wall.toolbar.getByRole('button', { name: 'Lisää ryhmä' }).click();
  await wall.expectCounts(3, 1);
  await expect(wall.inspector.getByRole('heading', { name: 'Ryhmä' })).toBeVisible();
  await wall.commitField(wall.inspector.getByLabel('Ryhmän nimi'), 'Tiedonkulku');
  await expect(wall.groupInList('Tiedonkulku')).toBeAttached();

  // Move the frame off the notes with the mouse (drag by its title), then fit the wall to the view.
  const frame = await wall.stageItem('cluster', /^Tiedonkulku · 0$/);
  const grab = { x: frame.cx - frame.width / 2 + 40, y: frame.cy - frame.height / 2 + 24 };
  await wall.drag(grab, { x: grab.x, y: grab.y + frame.height + 40 });
  await wall.toolbar.getByRole('button', { name: 'Sovita koko seinä näkyviin' }).click();
  await expect(wall.groupInList('Tiedonkulku')).not.toContainText(FIRST);

  // Colour and author role of a note, from the inspector.
  await wall.selectNote(FIRST);
  await wall.inspector.getByRole('radio', { name: 'Sininen' }).check({ force: true });
  await expect.poll(async () => (await wall.stageItem('note', FIRST)).fill).toBe('#cfe5ff');
  await wall.inspector.getByLabel('Kirjoittajan rooli').selectOption({ label: 'Asiakasedustaja' });
  await expect(wall.noteList).toContainText(`${FIRST} (Asiakasedustaja)`);

  // Drag the note into the cluster with the mouse: one command at drag end, and its cluster changes.
  const note = await wall.stageItem('note', FIRST);
  const target = await wall.stageItem('cluster', /^Tiedonkulku/);
  await wall.drag({ x: note.cx, y: note.cy }, { x: target.cx, y: target.cy + 10 });
  await expect(wall.inspector.getByLabel('Ryhmä', { exact: true }).locator('option:checked')).toHaveText('Tiedonkulku');
  await expect(wall.groupInList('Tiedonkulku')).toContainText(FIRST);
  await expect.poll(async () => (await wall.stageItem('cluster', /^Tiedonkulku/)).text).toBe('Tiedonkulku · 1');

  // Delete a note with the keyboard.
  await wall.selectNote(SECOND);
  await wall.page.keyboard.press('Delete');
  await wall.expectCounts(2, 1);
  await expect(wall.noteList).not.toContainText(SECOND);
  await wall.expectSaved();

  // Restart the host and reload: the wall is as we left it.
  await host.restart();
  await page.reload();
  await wall.expectCounts(2, 1);
  await expect(wall.groupInList('Tiedonkulku')).toContainText(`${FIRST} (Asiakasedustaja)`);
  await expect(wall.groupInList('Ei ryhmää')).toContainText(THIRD);
  await expect.poll(async () => (await wall.stageItem('note', FIRST)).fill).toBe('#cfe5ff');

  // Undo on the wall is the workshop's undo: the deleted note comes back, across the restart.
  await wall.undoKey();
  await wall.expectCounts(3, 1);
  await expect(wall.noteList).toContainText(SECOND);
  await wall.page.keyboard.press('Control+y');
  await wall.expectCounts(2, 1);
});

test('boards: rename, duplicate and delete (with undo) from the team view', async ({ page, host }) => {
  const lib = new LibraryPage(page);
  const wall = new WallPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Taulutesti');
  await wall.addTeam();
  await wall.createBoard('Nykytila');
  await wall.canvas.focus();
  await wall.addNoteByKeyboard(FIRST);
  await wall.showTeam('Tiimi 1');

  await wall.boards.getByRole('button', { name: 'Nimeä uudelleen: Nykytila' }).click();
  await wall.answerNameDialog('Nykytilan ideat', 'Nimeä uudelleen');
  await expect(wall.boards.getByRole('button', { name: 'Nykytilan ideat', exact: true })).toBeVisible();

  await wall.boards.getByRole('button', { name: 'Monista: Nykytilan ideat' }).click();
  await expect(wall.page.getByRole('dialog').getByLabel('Taulun nimi')).toHaveValue('Nykytilan ideat (kopio)');
  await wall.answerNameDialog('Tavoitetila', 'Monista');
  await expect(wall.toasts).toContainText('Taulu ”Tavoitetila” luotiin.');
  const boardsOfTeam = wall.sidebar.getByRole('list', { name: 'Tiimin Tiimi 1 taulut' });
  await expect(boardsOfTeam.getByRole('button')).toHaveText(['Nykytilan ideat', 'Tavoitetila']);

  // The copy carries the notes and is independent of the original.
  await boardsOfTeam.getByRole('button', { name: 'Tavoitetila' }).click();
  await wall.expectCounts(1, 0);
  await expect(wall.noteList).toContainText(FIRST);
  await wall.selectNote(FIRST);
  await wall.page.keyboard.press('Delete');
  await wall.expectCounts(0, 0);
  await boardsOfTeam.getByRole('button', { name: 'Nykytilan ideat' }).click();
  await wall.expectCounts(1, 0);

  // Delete, undo from the toast, delete again; the deletion survives a restart.
  await wall.showTeam('Tiimi 1');
  await wall.boards.getByRole('button', { name: 'Poista: Tavoitetila' }).click();
  await expect(wall.toasts).toContainText('Taulu ”Tavoitetila” poistettiin.');
  await expect(boardsOfTeam.getByRole('button')).toHaveText(['Nykytilan ideat']);
  await wall.toasts.getByRole('button', { name: 'Kumoa' }).click();
  await expect(boardsOfTeam.getByRole('button')).toHaveText(['Nykytilan ideat', 'Tavoitetila']);
  await wall.boards.getByRole('button', { name: 'Poista: Tavoitetila' }).click();
  await expect(boardsOfTeam.getByRole('button')).toHaveText(['Nykytilan ideat']);
  await wall.expectSaved();
  await host.restart();
  await page.reload();
  await expect(wall.boards.getByRole('button', { name: 'Nykytilan ideat', exact: true })).toBeVisible();
  await expect(wall.boards.getByRole('listitem')).toHaveCount(1);
});

test('projector: the demo wall opens whole, every note shows its full text, zoom to a cluster, collapsible inspector', async ({
  page,
}) => {
  const lib = new LibraryPage(page);
  const wall = new WallPage(page);
  await lib.goto('/');
  await lib.acceptDemo();
  const team = 'Nuorten mielenterveyspolku, Pirkanmaa';
  await wall.sidebar
    .getByRole('list', { name: `Tiimin ${team} taulut` })
    .getByRole('button', { name: /^Ideaseinä/ })
    .click();
  await wall.expectCounts(11, 3);

  // Opens showing all content (the overview may go below 50 %).
  await expect.poll(() => wall.allContentVisible()).toBe(true);
  const overview = await wall.zoomPercent();
  expect(overview).toBeLessThan(100);

  // Every note shows its whole text: no ellipsis, at 18 px or more, inside the note.
  const notes = await wall.noteRendering();
  expect(notes).toHaveLength(11);
  for (const n of notes) {
    expect(n.shown.replace(/\s+/g, ''), n.text).toBe(n.text.replace(/\s+/g, ''));
    expect(n.shown).not.toContain('…');
    expect(n.fontSize).toBeGreaterThanOrEqual(18);
    expect(n.inside, n.text).toBe(true);
  }

  // Double-click a frame: it fills the view with its notes at 100 % or more.
  const frame = await wall.stageItem('cluster', /^Tiedonkulku ammattilaisten välillä/);
  await page.mouse.dblclick(frame.cx - frame.width / 2 + 30, frame.cy - frame.height / 2 + 14);
  await expect(wall.inspector.getByLabel('Ryhmän nimi')).toHaveValue('Tiedonkulku ammattilaisten välillä');
  await expect.poll(() => wall.zoomPercent()).toBeGreaterThanOrEqual(100);
  const zoomed = await wall.stageItem('cluster', /^Tiedonkulku ammattilaisten välillä/);
  const box = (await wall.canvas.boundingBox())!;
  expect(zoomed.width).toBeLessThanOrEqual(box.width);

  // F fits the whole wall again; Z zooms to the selected note's cluster.
  await wall.canvas.focus();
  await page.keyboard.press('f');
  await expect.poll(() => wall.zoomPercent()).toBeLessThan(100);
  await expect.poll(() => wall.allContentVisible()).toBe(true);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(wall.inspector.getByRole('heading', { name: 'Lappu' })).toBeVisible();
  await page.keyboard.press('z');
  await expect.poll(() => wall.zoomPercent()).toBeGreaterThanOrEqual(100);
  await wall.toolbar.getByRole('button', { name: 'Sovita koko seinä näkyviin' }).click();
  await expect.poll(() => wall.allContentVisible()).toBe(true);

  // The inspector folds away so the wall takes the full width, and stays folded after a reload.
  const toggle = wall.toolbar.getByRole('button', { name: 'Piilota tietopaneeli' });
  const narrow = (await wall.canvas.boundingBox())!.width;
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(wall.inspector).toHaveCount(0);
  await expect.poll(async () => (await wall.canvas.boundingBox())!.width).toBeGreaterThan(narrow + 200);
  await page.reload();
  await wall.expectCounts(11, 3);
  await expect(wall.inspector).toHaveCount(0);
  await expect.poll(() => wall.allContentVisible()).toBe(true);
  await wall.toolbar.getByRole('button', { name: 'Piilota tietopaneeli' }).click();
  await expect(wall.inspector).toBeVisible();
});
