import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { LibraryPage } from './pages/library';
import { ProcessMapPage } from './pages/process-map';

/** A fresh workshop with one team and an empty process map open (the first point entered is the start, not counted as a step). */
async function emptyMap(page: Page, workshop = 'Muokkaustesti', board = 'Nykytila'): Promise<ProcessMapPage> {
  const lib = new LibraryPage(page);
  const map = new ProcessMapPage(page);
  await lib.goto('/');
  await lib.createWorkshop(workshop);
  await map.addTeam();
  await map.createBoard(board, 'Prosessikaavio');
  await map.expectCounts(0, 1, 0);
  return map;
}

async function stepTexts(map: ProcessMapPage): Promise<string[]> {
  return (await map.stepList.getByRole('listitem').allInnerTexts()).map((s) =>
    s.replace(/^[^:]+: /, '').replace(/ \([^)]*\)$/, ''),
  );
}

/** The edges of the open map as "source text>target text", read from the API. */
async function edgePairs(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const post = async (m: string, body: unknown) =>
      (
        await (
          await fetch(`/api/${m}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          })
        ).json()
      ).value;
    const list = await post('library.list', {});
    const w = list[0].id;
    const ws = await post('workshop.get', { workshopId: w });
    const doc = (await post('boards.get', { workshopId: w, id: ws.boards[0].id })).doc;
    const text = new Map(doc.nodes.map((n: { id: string; text: string }) => [n.id, n.text]));
    return doc.edges
      .map(
        (e: { source: string; target: string; branch: string | null }) =>
          `${text.get(e.source)}>${text.get(e.target)}${e.branch ? `:${e.branch}` : ''}`,
      )
      .sort();
  });
}

test('keyboard only: an empty map has focus, Enter inserts between (one undo), Ctrl+Enter a decision, C connects (self refused, loop allowed)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const map = await emptyMap(page);
  // No click: the new map already has the keyboard.
  await expect(map.canvas).toBeFocused();
  for (const s of ['Yhteydenotto', 'Arvio', 'Hoito']) await map.enterStep(s);
  await expect.poll(() => stepTexts(map)).toEqual(['Yhteydenotto', 'Arvio', 'Hoito']);

  // Back to the first step and Enter: the new step goes between it and its successor.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(map.status).toContainText('1/3: Yhteydenotto');
  await map.enterStep('Ajanvaraus');
  await expect.poll(() => stepTexts(map)).toEqual(['Yhteydenotto', 'Ajanvaraus', 'Arvio', 'Hoito']);
  expect(await edgePairs(page)).toEqual(['Ajanvaraus>Arvio', 'Arvio>Hoito', 'Yhteydenotto>Ajanvaraus']);
  await map.expectSaved();
  // The insert and the typed text are two edits; two undos take the map back to A→B→C exactly.
  await map.undoKey();
  await map.undoKey();
  await map.expectCounts(2, 1, 0);
  await expect.poll(() => edgePairs(page)).toEqual(['Arvio>Hoito', 'Yhteydenotto>Arvio']);

  // Ctrl+Enter on the last step: a decision with yes and no branches.
  await map.canvas.focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  await expect(map.status).toContainText('Hoito');
  await page.keyboard.press('Control+Enter');
  await expect(map.editor).toBeFocused();
  await page.keyboard.type('Jatkuuko hoito?');
  await page.keyboard.press('Enter');
  await map.expectCounts(5, 1, 0);
  expect((await map.nodeKinds())['Jatkuuko hoito?']).toBe('decision');
  await expect(map.main.locator('.pm-edge-text', { hasText: 'Kyllä' })).toBeVisible();
  await expect(map.main.locator('.pm-edge-text', { hasText: 'Ei' })).toBeVisible();

  // C on "Hoito": connecting it to itself is refused with a message.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(map.status).toContainText('Hoito');
  await page.keyboard.press('c');
  const picker = page.getByRole('dialog', { name: /Yhdistä vaiheesta/ });
  await expect(picker).toBeVisible();
  await page.keyboard.type('hoito');
  await expect(picker.getByRole('option')).toHaveCount(2);
  await page.keyboard.press('Enter');
  await expect(map.toasts).toContainText('Vaihetta ei voi yhdistää itseensä.');
  await expect(map.canvas).toBeFocused();
  // C again, by step number: a loop back to step 2 (a cycle) is allowed and drawn.
  await page.keyboard.press('c');
  await expect(picker).toBeVisible();
  await page.keyboard.type('2.');
  await expect(picker.getByRole('option')).toHaveCount(1);
  await expect(picker.getByRole('option')).toContainText('2. Arvio');
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect.poll(() => edgePairs(page)).toContain('Hoito>Arvio');
  await expect(map.main.locator('.react-flow__edge')).toHaveCount(6);
});

test('keyboard only: naming a decision goes on to its "yes" step, Tab to its "no"; Home and End reach the first and last step', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const map = await emptyMap(page);
  for (const s of ['Yhteydenotto', 'Arvio']) await map.enterStep(s);
  await page.keyboard.press('Control+Enter');
  await expect(map.editor).toBeFocused();
  await page.keyboard.type('Tarvitaanko lähete?');
  await page.keyboard.press('Enter');
  await expect(map.canvas).toBeFocused();
  // The unnamed "yes" step is selected: typing names it at once.
  await page.keyboard.type('Lähete');
  await page.keyboard.press('Enter');
  await expect.poll(() => edgePairs(page)).toContain('Tarvitaanko lähete?>Lähete:yes');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Seuranta');
  await page.keyboard.press('Enter');
  await expect.poll(() => edgePairs(page)).toContain('Tarvitaanko lähete?>Seuranta:no');

  await page.keyboard.press('Home');
  await expect(map.status).toContainText('1/5: Yhteydenotto');
  // Enter on the first step inserts between it and "Arvio".
  await map.enterStep('Ajanvaraus');
  await expect
    .poll(() => edgePairs(page))
    .toEqual(expect.arrayContaining(['Yhteydenotto>Ajanvaraus', 'Ajanvaraus>Arvio']));
  await page.keyboard.press('End');
  await expect(map.status).toContainText('6/6: Seuranta');
});

/** Each step's lane name and position, by text, from the API. */
async function placements(page: Page): Promise<Record<string, { lane: string; x: number; y: number }>> {
  return page.evaluate(async () => {
    const post = async (m: string, body: unknown) =>
      (
        await (
          await fetch(`/api/${m}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          })
        ).json()
      ).value;
    const list = await post('library.list', {});
    const w = list[0].id;
    const ws = await post('workshop.get', { workshopId: w });
    const doc = (await post('boards.get', { workshopId: w, id: ws.boards[0].id })).doc;
    const laneIndex = new Map(doc.lanes.map((l: { id: string }, i: number) => [l.id, `L${i + 1}`]));
    return Object.fromEntries(
      doc.nodes.map((n: { text: string; laneId: string; x: number; y: number }) => [
        n.text,
        { lane: laneIndex.get(n.laneId), x: n.x, y: n.y },
      ]),
    );
  });
}

test('multi-select: Shift+click, Ctrl+A, move to another lane and align as one undo step each', async ({ page }) => {
  test.setTimeout(120_000);
  const map = await emptyMap(page);
  await page.keyboard.press('Alt+l');
  await page.keyboard.press('Escape');
  for (const s of ['Alku', 'Kaksi', 'Kolme', 'Neljä']) await map.enterStep(s);
  await map.expectCounts(3, 2, 0);
  await map.expectSaved();
  const before = await placements(page);

  // Shift+click adds a step to the selection (the last two steps are in view after typing).
  // Clicks by position: Playwright's scroll-into-view would scroll React Flow's clipped pane instead of panning.
  const clickStep = async (text: string) => {
    const box = (await map.main.locator('[data-testid="pm-node"]', { hasText: text }).boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  };
  await clickStep('Kolme');
  await page.keyboard.down('Shift');
  await clickStep('Neljä');
  await page.keyboard.up('Shift');
  await expect(map.status).toHaveText('2 vaihetta valittu');
  await expect(map.main.locator('.react-flow__node.selected')).toHaveCount(2);

  // Keyboard only from here: Ctrl+A selects every step (not the page's text), Shift+Down moves all to lane 2.
  await map.canvas.focus();
  await page.keyboard.press('Control+a');
  await expect(map.status).toHaveText('4 vaihetta valittu');
  await page.keyboard.press('Shift+ArrowDown');
  await expect
    .poll(async () => Object.values(await placements(page)).map((p) => p.lane))
    .toEqual(['L2', 'L2', 'L2', 'L2']);
  await map.expectSaved();
  await map.undoKey();
  await expect.poll(() => placements(page)).toEqual(before);

  // Align in one column (the first step's), then one undo brings every step back.
  await map.canvas.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await expect.poll(async () => new Set(Object.values(await placements(page)).map((p) => p.x)).size).toBe(1);
  await map.expectSaved();
  await map.undoKey();
  await expect.poll(() => placements(page)).toEqual(before);

  // Delete the selection: one step, one undo.
  await map.canvas.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await map.expectCounts(0, 2, 0);
  await map.expectSaved();
  await map.undoKey();
  await map.expectCounts(3, 2, 0);
});

test('paste a 5-line list into an empty map: 5 chained steps in order, one undo step; bad input gets a message', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const map = await emptyMap(page);
  await page.evaluate(() =>
    navigator.clipboard.writeText(
      'Nuori ottaa yhteyttä\r\n\r\n- Kuraattori kuulee\n• Terveydenhoitaja arvioi\nLääkäri\n   \nHoito alkaa\n',
    ),
  );
  await expect(map.canvas).toBeFocused();
  await page.keyboard.press('Control+v');
  await map.expectCounts(5, 1, 0);
  await expect
    .poll(() => stepTexts(map))
    .toEqual(['Nuori ottaa yhteyttä', 'Kuraattori kuulee', 'Terveydenhoitaja arvioi', 'Lääkäri', 'Hoito alkaa']);
  expect(await edgePairs(page)).toHaveLength(4);
  await expect(map.toasts).toContainText('Liitettiin 5 vaihetta');
  await map.expectSaved();
  await map.undoKey();
  await map.expectCounts(0, 1, 0);

  // 5,000 lines: the first 500 become steps, and the coach is told.
  await page.evaluate(() =>
    navigator.clipboard.writeText(Array.from({ length: 5000 }, (_, i) => `Rivi ${i + 1}`).join('\n')),
  );
  await map.canvas.focus();
  await page.keyboard.press('Control+v');
  await expect(map.toasts).toContainText(
    'Liitettiin 500 ensimmäistä riviä vaiheiksi (enintään 500 kerralla); 4500 riviä jäi pois.',
  );
  await map.expectCounts(500, 1, 0);
});

test('copy and paste through the system clipboard: to another board and to another workshop, links kept; duplicate', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const map = await emptyMap(page, 'Lähdetyöpaja', 'Nykytila');
  for (const s of ['Yhteydenotto', 'Arvio', 'Hoito']) await map.enterStep(s);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+c');
  // Other programs get the steps as lines of text.
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Yhteydenotto\nArvio\nHoito');

  // Ctrl+D duplicates the selection on the same map (one undo step).
  await page.keyboard.press('Control+d');
  await map.expectCounts(4, 1, 0);
  await map.expectSaved();
  await map.undoKey();
  await map.expectCounts(2, 1, 0);

  // Another board of the same team: the three steps and their two links arrive.
  await map.showTeam('Tiimi 1');
  await map.createBoard('Tavoitetila', 'Prosessikaavio');
  await expect(map.canvas).toBeFocused();
  await page.keyboard.press('Control+v');
  await map.expectCounts(2, 1, 0);
  await expect.poll(() => stepTexts(map)).toEqual(['Yhteydenotto', 'Arvio', 'Hoito']);
  await expect(map.main.locator('.react-flow__edge')).toHaveCount(2);
  await map.expectSaved();

  // Another workshop.
  await map.goLibrary();
  const lib = new LibraryPage(page);
  await lib.createWorkshop('Kohdetyöpaja');
  await map.addTeam();
  await map.createBoard('Kopio', 'Prosessikaavio');
  await expect(map.canvas).toBeFocused();
  await page.keyboard.press('Control+v');
  await map.expectCounts(2, 1, 0);
  await expect.poll(() => stepTexts(map)).toEqual(['Yhteydenotto', 'Arvio', 'Hoito']);
  await expect(map.main.locator('.react-flow__edge')).toHaveCount(2);

  // Ctrl+X takes them out (one undo step brings them back).
  await map.canvas.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+x');
  await map.expectCounts(0, 1, 0);
  await map.expectSaved();
  await map.undoKey();
  await map.expectCounts(2, 1, 0);
});

test('Ctrl+F finds step and problem text with ä/ö as letters, Enter cycles the hits and shows each', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const map = await emptyMap(page);
  for (const s of [
    'Päihdepoliklinikan arvio',
    'Lääkärin vastaanotto',
    'Paihde ilman pisteitä',
    'Hoito alkaa',
    'Päihdehoidon jatko',
  ])
    await map.enterStep(s);
  await page.keyboard.press('Control+f');
  const find = map.main.getByRole('search', { name: 'Etsi taululta' });
  await expect(find.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('PÄIHDE');
  // "Paihde" without dots is another word: two hits, not three.
  await expect(find.getByRole('status')).toHaveText('1/2');
  await expect(map.status).toContainText('Päihdepoliklinikan arvio');
  await page.keyboard.press('Enter');
  await expect(find.getByRole('status')).toHaveText('2/2');
  await expect(map.status).toContainText('Päihdehoidon jatko');
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { __studioFlow: { getZoom(): number } }).__studioFlow.getZoom()),
    )
    .toBeGreaterThanOrEqual(1);
  await page.keyboard.press('Enter');
  await expect(find.getByRole('status')).toHaveText('1/2');
  await page.keyboard.press('Shift+Enter');
  await expect(find.getByRole('status')).toHaveText('2/2');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('lääk');
  await expect(find.getByRole('status')).toHaveText('1/1');
  await expect(map.status).toContainText('Lääkärin vastaanotto');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('laak');
  await expect(find.getByRole('status')).toHaveText('Ei osumia');
  await expectNoSeriousA11yViolations(page, { include: ['.kit-find'] });
  await page.screenshot({ path: 'test-results/screens/find-1280.png' });
  await page.keyboard.press('Escape');
  await expect(find).toBeHidden();
  await expect(map.canvas).toBeFocused();
});

test('command palette (Ctrl+K), context menu (Shift+F10) and shortcut overlay (?) come from the registry; axe; screenshots', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const map = await emptyMap(page);
  for (const s of ['Yhteydenotto', 'Arvio']) await map.enterStep(s);

  // Palette: find a command by a word of its translated label (ä folded as a letter) and run it.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Komennot' });
  await expect(palette).toBeVisible();
  await expect(palette.getByRole('combobox', { name: 'Etsi komentoa' })).toBeFocused();
  await page.keyboard.type('päätös');
  // "Lisää päätös…" and "Tyypiksi päätös"; a second word narrows it to one.
  await expect(palette.getByRole('option')).toHaveCount(2);
  await page.keyboard.type(' haarat');
  await expect(palette.getByRole('option')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screens/palette-1280.png' });
  await expectNoSeriousA11yViolations(page, { include: ['.picker-dialog'] });
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(map.editor).toBeFocused();
  await page.keyboard.type('Tarvitaanko lähete?');
  await page.keyboard.press('Enter');
  await map.expectCounts(4, 1, 0);

  // Context menu from the keyboard on the selected step.
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Pikavalikko' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /Yhdistä vaiheeseen/ })).toBeVisible();
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.screenshot({ path: 'test-results/screens/context-menu-1280.png' });
  await expectNoSeriousA11yViolations(page, { include: ['.kit-context-menu'] });
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(map.canvas).toBeFocused();

  // Right-click opens the same menu; choosing "Merkitse ongelma" marks the selected step.
  await map.main.locator('[data-testid="pm-node"]', { hasText: 'Arvio' }).click({ button: 'right' });
  await menu.getByRole('menuitem', { name: /Merkitse ongelma/ }).click();
  await map.expectCounts(4, 1, 1);

  // The overlay lists every shortcut of the board, grouped.
  await map.canvas.focus();
  await page.keyboard.press('?');
  const overlay = page.getByRole('dialog', { name: 'Pikanäppäimet' });
  await expect(overlay).toBeVisible();
  await expect(overlay.getByRole('region', { name: 'Lisää' })).toContainText('Lisää päätös ja sen kyllä/ei-haarat');
  await expect(overlay).toContainText('Yhdistä vaiheeseen…');
  await page.screenshot({ path: 'test-results/screens/shortcuts-1280.png' });
  await expectNoSeriousA11yViolations(page, { include: ['.kit-shortcuts'] });
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();
  await expect(map.canvas).toBeFocused();
});
