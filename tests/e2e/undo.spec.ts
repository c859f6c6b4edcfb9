import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { LibraryPage } from './pages/library';
import { ProcessMapPage } from './pages/process-map';

test('Ctrl+Z at once after typing: the typed text is saved and undone as one step, and what is typed after is kept', async ({
  page,
}) => {
  const lib = new LibraryPage(page);
  const ws = new ProcessMapPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Kumoa heti');
  await ws.addTeam('Nuorten polku');
  const name = ws.teamBasics.getByLabel('Tiimin nimi');
  // While `slow` is on, saves take their time on the way (a busy laptop): undo must wait for them, not overtake them.
  // Delayed inside the page, so only these calls wait and every other request goes at once.
  await page.addInitScript(() => {
    const send = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const slow =
        (window as { slowSaves?: boolean }).slowSaves && /\/api\/(teams\.update|boards\.apply)$/.test(String(input));
      if (slow) await new Promise((r) => setTimeout(r, 2500));
      return send(input, init);
    };
  });
  await page.reload();
  const slowSaves = (on: boolean) => page.evaluate((v) => ((window as { slowSaves?: boolean }).slowSaves = v), on);
  await slowSaves(true);

  // Typed and undone before any save was due: the whole typing goes, the team stays.
  await name.click();
  await name.press('End');
  await name.pressSequentially(' Pirkanmaa');
  await ws.undoKey();
  await expect(ws.toasts).toContainText('Kumottu: Muokkaa tiimiä — Nuorten polku');
  await expect(name).toHaveValue('Nuorten polku');
  await expect(ws.teamLink('Nuorten polku')).toBeVisible();
  await expect(ws.header.getByRole('button', { name: 'Tee uudelleen' })).toBeEnabled();

  await slowSaves(false);
  // Typing on after the undo is a new edit that is saved and survives a reload.
  await ws.commitField(name, 'Nuorten polku Tampere');
  await ws.expectSaved();
  await page.reload();
  await expect(ws.teamBasics.getByLabel('Tiimin nimi')).toHaveValue('Nuorten polku Tampere');

  // On a board: a step deleted and Ctrl+Z pressed while the command is still on its way. Undo waits for it and
  // brings the step back, never taking back the typing before it.
  await ws.createBoard('Nykytila', 'Prosessikaavio');
  await ws.canvas.focus();
  await ws.enterStep('Alku');
  await ws.enterStep('Yhteydenotto');
  await ws.expectSaved();
  await expect(ws.status).toContainText('Yhteydenotto');
  await slowSaves(true);
  await page.keyboard.press('Delete');
  await ws.expectCounts(0, 1, 0);
  await ws.undoKey();
  await expect(ws.toasts.getByText('Kumottu: Poista vaihe — Prosessikaavio Nykytila', { exact: true })).toBeVisible();
  await ws.expectCounts(1, 1, 0);
  await expect(ws.stepList).toContainText('Yhteydenotto');
  await ws.expectSaved();
  await slowSaves(false);
  await page.reload();
  await expect(ws.main.getByRole('heading', { level: 1, name: 'Nykytila' })).toBeVisible();
  await ws.expectCounts(1, 1, 0);
  await expect(ws.stepList).toContainText('Yhteydenotto');
});

test('undo of an edit on another board takes the coach there and names it in a toast (fi, axe on the toast)', async ({
  page,
}) => {
  const lib = new LibraryPage(page);
  const map = new ProcessMapPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Kumoa toisella taululla');
  await map.addTeam('Nuorten polku');
  await map.createBoard('Juurisyyt', 'Kalanruotokaavio');
  await map.showTeam('Nuorten polku');
  await map.createBoard('Nykytila', 'Prosessikaavio');

  // A step with its text on board A (the process map) ...
  await map.canvas.focus();
  await map.enterStep('Alku');
  await map.enterStep('Yhteydenotto');
  await map.expectCounts(1, 1, 0);
  await map.expectSaved();

  // ... then board B, and Ctrl+Z there: the app shows board A again and says what was undone where.
  const boardsOfTeam = map.sidebar.getByRole('list', { name: 'Tiimin Nuorten polku taulut' });
  const showB = async () => {
    await boardsOfTeam.getByRole('button', { name: 'Juurisyyt' }).click();
    await expect(map.main.getByRole('heading', { level: 1, name: 'Juurisyyt' })).toBeVisible();
  };
  const onA = map.main.getByRole('heading', { level: 1, name: 'Nykytila' });
  await showB();
  await map.undoKey();
  await expect(onA).toBeVisible();
  await expect(
    map.toasts.getByText('Kumottu: Muokkaa vaihetta — Prosessikaavio Nykytila', { exact: true }),
  ).toBeVisible();
  await expect(map.stepList).not.toContainText('Yhteydenotto');
  await map.expectCounts(1, 1, 0);

  // The step itself went in before its text: the next undo, again from board B, takes it away.
  await showB();
  await map.undoKey();
  await expect(onA).toBeVisible();
  await map.expectCounts(0, 1, 0);
  const toast = map.toasts.getByText('Kumottu: Lisää vaihe — Prosessikaavio Nykytila', { exact: true });
  await expect(toast).toBeVisible();
  // One toast for undo and redo: the newer replaces the older.
  await expect(map.toasts.getByText(/^Kumottu: /)).toHaveCount(1);
  await expect(map.toasts.getByRole('status')).toContainText('Kumottu: Lisää vaihe — Prosessikaavio Nykytila');
  await page.screenshot({ path: test.info().outputPath('undo-toast-1280.png') });
  await expectNoSeriousA11yViolations(page, { include: ['.toasts'] });

  // Redo from board B too: back to A with the step, "Tehty uudelleen".
  await showB();
  await map.blurToBody();
  await page.keyboard.press('Control+Shift+Z');
  await expect(onA).toBeVisible();
  await map.expectCounts(1, 1, 0);
  await expect(
    map.toasts.getByText('Tehty uudelleen: Lisää vaihe — Prosessikaavio Nykytila', { exact: true }),
  ).toBeVisible();

  // The header's undo button does the same from the team page.
  await map.showTeam('Nuorten polku');
  await map.header.getByRole('button', { name: 'Kumoa' }).click();
  await expect(onA).toBeVisible();
  await map.expectCounts(0, 1, 0);
});
