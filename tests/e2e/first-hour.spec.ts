import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Issue 22: the small things a coach notices in the first hour, each through the real UI at 1280×720. */

async function api<T>(request: APIRequestContext, method: string, input: unknown = {}): Promise<T> {
  const r = await request.post(`/api/${method}`, { data: input });
  const body = (await r.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}

interface Workshop {
  id: string;
  teams: { id: string; name: string }[];
  boards: { id: string; teamId: string; kind: string; name: string }[];
}

/** A fresh workshop with one team, made through the API (the UI parts under test come after). */
async function workshopWithTeam(page: Page, teamName = 'Kotihoito'): Promise<{ workshopId: string; teamId: string }> {
  const w = await api<{ id: string }>(page.request, 'library.create', { title: 'Ensimmäinen tunti' });
  const t = await api<{ id: string }>(page.request, 'teams.create', { workshopId: w.id, team: { name: teamName } });
  return { workshopId: w.id, teamId: t.id };
}

async function shot(page: Page, name: string, testInfo: { outputPath(...p: string[]): string }): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

test.use({ viewport: { width: 1280, height: 720 } });

test('PDSA: the Kuka/Mitä/Milloin/Missä boxes grow with their text, up to a limit, then scroll', async ({
  page,
}, testInfo) => {
  const { workshopId, teamId } = await workshopWithTeam(page);
  const board = await api<{ id: string }>(page.request, 'boards.create', {
    workshopId,
    teamId,
    kind: 'pdsa',
    name: 'PDSA',
  });
  await page.goto(`/#/w/${workshopId}/board/${board.id}`);
  await page.getByRole('button', { name: 'Uusi sykli' }).click();
  const who = page.getByRole('main').getByLabel('Kuka', { exact: true });
  await expect(who).toBeVisible();
  const empty = (await who.boundingBox())!.height;

  const sixLines = [
    'Hoitaja Aino',
    'soittaa uusille',
    'asiakkaille,',
    'Mikko kirjaa,',
    'Sari tarkistaa',
    'perjantaisin.',
  ].join('\n');
  await who.fill(sixLines);
  // Everything written is in sight: the box is as tall as its text, nothing scrolled away.
  await expect.poll(async () => who.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  const grown = (await who.boundingBox())!.height;
  expect(grown).toBeGreaterThan(empty + 40);

  // Much more text: the box stops growing at its limit and scrolls.
  await who.fill(Array.from({ length: 40 }, (_, i) => `Rivi ${i + 1}: kuka tekee mitä ja milloin`).join('\n'));
  const capped = (await who.boundingBox())!.height;
  expect(capped).toBeLessThan(320);
  expect(
    await who.evaluate((el) => el.scrollHeight > el.clientHeight && getComputedStyle(el).overflowY === 'auto'),
  ).toBe(true);
  await who.fill(sixLines);
  await who.press('Tab');
  await page
    .getByRole('main')
    .getByLabel('Mitä', { exact: true })
    .fill('Soitto, jossa kysytään kolme asiaa: miten ensikäynti meni, mitä jäi epäselväksi ja kenelle voi soittaa.');
  await shot(page, 'pdsa-long-text', testInfo);
});

test('"Lisää tiimi" asks for the name; Enter takes a unique default, and no two teams get one name', async ({
  page,
}) => {
  const { workshopId } = await workshopWithTeam(page, 'Tiimi 2');
  await page.goto(`/#/w/${workshopId}/round`);
  const sidebar = page.getByRole('navigation', { name: 'Työpajan sisältö' });
  const add = sidebar.getByRole('button', { name: 'Lisää tiimi' });
  const dialog = page.getByRole('dialog', { name: 'Lisää tiimi' });
  const field = dialog.getByLabel('Tiimin nimi');

  // Pressing the button quickly: one dialog, nothing created until a name is accepted.
  await add.click();
  await add.click({ force: true }).catch(() => undefined);
  await expect(field).toBeFocused();
  // "Tiimi 2" is taken (one team exists), so the default skips it.
  await expect(field).toHaveValue('Tiimi 3');
  await field.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Tiimi 3' })).toBeVisible();

  // A taken name (in any case or spacing) is refused with a reason; another name goes through.
  await add.click();
  await expect(field).toHaveValue('Tiimi 4');
  await field.fill('  tiimi   3 ');
  await expect(dialog.getByRole('alert')).toHaveText('Tiimi nimeltä ”tiimi   3” on jo olemassa. Anna toinen nimi.');
  await expect(dialog.getByRole('button', { name: 'Lisää tiimi' })).toBeDisabled();
  await field.press('Enter');
  await expect(dialog).toBeVisible();
  await field.fill('Kotihoidon yöpalvelut');
  await field.press('Enter');
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Kotihoidon yöpalvelut' })).toBeVisible();

  // Escape cancels without a team.
  await add.click();
  await field.press('Escape');
  await expect(dialog).toBeHidden();
  const teams = (await api<Workshop>(page.request, 'workshop.get', { workshopId })).teams.map((t) => t.name);
  expect(teams.sort()).toEqual(['Kotihoidon yöpalvelut', 'Tiimi 2', 'Tiimi 3']);

  // The backend holds the line too (two windows, a double request): the second "Tiimi 3" is refused.
  const r = await page.request.post('/api/teams.create', { data: { workshopId, team: { name: 'TIIMI 3' } } });
  expect(((await r.json()) as { ok: boolean; error: { key: string } }).error.key).toBe('errors.team.nameTaken');
});

test('a 200-character team name: ellipsized in the sidebar with its icon intact, full name in the tooltip and accessible name; a longer paste says it was cut', async ({
  page,
}, testInfo) => {
  const words =
    'Kotona asuvien ikääntyneiden palvelutarpeen arviointi ja kuntoutumista tukeva kotihoito yhdessä omaisten kanssa';
  const name = `${words} ${words}`.slice(0, 200).replace(/ $/, '.');
  expect(name).toHaveLength(200);
  const { workshopId, teamId } = await workshopWithTeam(page, name);
  await api(page.request, 'boards.create', { workshopId, teamId, kind: 'ideas-wall', name: 'Ideat' });
  await page.goto(`/#/w/${workshopId}/team/${teamId}`);
  const sidebar = page.getByRole('navigation', { name: 'Työpajan sisältö' });
  const link = sidebar.getByRole('button', { name, exact: true });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('title', name);
  const icon = link.locator('svg');
  expect((await icon.boundingBox())!.width).toBeGreaterThanOrEqual(17);
  const text = link.locator('.nav-text');
  expect(
    await text.evaluate((el) => el.scrollWidth > el.clientWidth && getComputedStyle(el).textOverflow === 'ellipsis'),
  ).toBe(true);
  await shot(page, 'team-view-200-characters', testInfo);

  // Pasting more than fits: the field keeps 200 characters and says it cut the rest.
  const field = page.getByRole('region', { name: 'Perustiedot' }).getByLabel('Tiimin nimi');
  await field.fill(`${name} ja vielä lisää tekstiä`);
  await expect(field).toHaveValue(name);
  await expect(field).toHaveAccessibleDescription(/Teksti oli liian pitkä: kenttään jäi 200 ensimmäistä merkkiä\./);
  // Typing at the cap says so too.
  await field.fill(name);
  await field.press('End');
  await page.keyboard.type('x');
  await expect(field).toHaveValue(name);
  await expect(field).toHaveAccessibleDescription(/Teksti oli liian pitkä/);
});

test('ideas wall: ten new notes in a row land in view around the selected one, not off-screen to the right', async ({
  page,
}, testInfo) => {
  const { WallPage } = await import('./pages/wall');
  const wall = new WallPage(page);
  const { workshopId, teamId } = await workshopWithTeam(page);
  const board = await api<{ id: string }>(page.request, 'boards.create', {
    workshopId,
    teamId,
    kind: 'ideas-wall',
    name: 'Ideat',
  });
  await page.goto(`/#/w/${workshopId}/board/${board.id}`);
  await wall.canvas.focus();
  // N adds a note beside the selected one (each new note becomes the selection) and opens its editor.
  for (let i = 1; i <= 10; i++) {
    await page.keyboard.press('n');
    await expect(wall.noteEditor).toBeFocused();
    await page.keyboard.type(`Idea ${i}`);
    await page.keyboard.press('Escape');
    await expect(wall.noteEditor).toBeHidden();
    // The new note is on screen (when the screen is full, the view follows it).
    const box = (await wall.canvas.boundingBox())!;
    const note = await wall.stageItem('note', `Idea ${i}`);
    expect(note.cx - note.width / 2, `Idea ${i}`).toBeGreaterThanOrEqual(box.x - 1);
    expect(note.cx + note.width / 2, `Idea ${i}`).toBeLessThanOrEqual(box.x + box.width + 1);
    expect(note.cy - note.height / 2, `Idea ${i}`).toBeGreaterThanOrEqual(box.y - 1);
    expect(note.cy + note.height / 2, `Idea ${i}`).toBeLessThanOrEqual(box.y + box.height + 1);
  }
  await wall.expectCounts(10, 0);
  // The board header counts the notes with the one count every place uses.
  await expect(page.locator('.board-head .board-counts')).toHaveText('10 lappua · 0 ryhmää');
  // Each new note sits next to the one before it.
  const notes = await wall.stageItems('note');
  for (let i = 2; i <= 10; i++) {
    const a = notes.find((n) => n.text === `Idea ${i - 1}`)!;
    const b = notes.find((n) => n.text === `Idea ${i}`)!;
    expect(Math.hypot(a.cx - b.cx, a.cy - b.cy), `Idea ${i}`).toBeLessThan(2 * Math.max(a.width, a.height) + 60);
  }
  await shot(page, 'ideas-wall-ten-notes', testInfo);
});

test('measures grid: a paste with a bad cell names the cell and pastes the rest when the coach confirms', async ({
  page,
}) => {
  const { workshopId, teamId } = await workshopWithTeam(page);
  const board = await api<{ id: string }>(page.request, 'boards.create', {
    workshopId,
    teamId,
    kind: 'measures',
    name: 'Mittarit',
  });
  await page.goto(`/#/w/${workshopId}/board/${board.id}`);
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Lisää mittari' }).first().click();
  const name = main.getByLabel('Mittarin nimi', { exact: true });
  await name.fill('Odotusaika');
  await name.press('Enter');
  await main.getByRole('button', { name: 'Mittaustiedot' }).click();
  const grid = main.getByRole('table', { name: 'Mittaustiedot: Odotusaika' });
  const first = grid.getByRole('textbox').first();
  const firstLabel = ((await first.getAttribute('aria-label')) ?? '').split(':')[0]!;
  const third = grid.getByRole('textbox').nth(4);
  const thirdLabel = ((await third.getAttribute('aria-label')) ?? '').split(':')[0]!;

  const paste = async (target: typeof first, text: string) =>
    target.evaluate((el, t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);

  // 9,5 is a value (not a day number), "joulu" its note; 1.234,5 mixes thousands and decimals and is refused by name.
  await paste(first, '9,5\tjoulu\n12\t\n1.234,5\tkesken\n14\t');
  const status = main.getByRole('status').filter({ hasText: 'ei ole luku' });
  await expect(status).toContainText(`${thirdLabel}, Arvo: ”1.234,5” ei ole luku.`);
  await expect(grid.getByRole('textbox').first()).toHaveValue('');
  // Nothing is stored until the coach says so; then the rest goes in and the bad cell keeps what it had.
  await main.getByRole('button', { name: 'Liitä muut (4 pistettä)' }).click();
  await expect(
    main
      .getByRole('status')
      .filter({ hasText: 'Liitettiin 4 mittauspistettä. 1 virheellinen solu jätettiin ennalleen.' }),
  ).toBeVisible();
  await expect(grid.getByLabel(`${firstLabel}: Arvo`)).toHaveValue('9,5');
  await expect(grid.getByLabel(`${firstLabel}: Huomio`)).toHaveValue('joulu');
  await expect(grid.getByLabel(`${thirdLabel}: Arvo`)).toHaveValue('');
  await expect(grid.getByLabel(`${thirdLabel}: Huomio`)).toHaveValue('kesken');

  // Or nothing at all.
  await paste(grid.getByLabel(`${thirdLabel}: Arvo`), '1,234.5\n7');
  await main.getByRole('button', { name: 'Älä liitä mitään' }).click();
  await expect(main.getByRole('status').filter({ hasText: 'Liittäminen peruttiin' })).toBeVisible();
  await expect(grid.getByLabel(`${thirdLabel}: Arvo`)).toHaveValue('');
});

test('value stream: the settings panel never covers the stream, fit sees all of it, missing waits are one message with a way to fill them', async ({
  page,
}, testInfo) => {
  const { workshopId, teamId } = await workshopWithTeam(page);
  const board = await api<{ id: string }>(page.request, 'boards.create', {
    workshopId,
    teamId,
    kind: 'value-stream',
    name: 'Arvovirta',
  });
  const names = [
    'Yhteydenotto',
    'Tarpeen arviointi',
    'Ajanvaraus',
    'Ensikäynti',
    'Hoitosuunnitelma',
    'Seurantakäynti',
    'Kotiutus',
  ];
  for (const [i, name] of names.entries()) {
    // Five steps came from a map without their wait; two have it.
    const wait =
      i === 0 || i === 3
        ? { value: 2, min: null, max: null, unit: 'day' }
        : { value: null, min: null, max: null, unit: 'day' };
    const step = {
      id: `s${i}`,
      name,
      performer: '',
      organisation: '',
      note: '',
      waitKind: 'queue',
      wait,
      process: { value: 30, min: null, max: null, unit: 'min' },
      complete: null,
      after: null,
      source: null,
    };
    await api(page.request, 'boards.apply', { workshopId, id: board.id, command: { type: 'addStep', step, index: i } });
  }
  await page.goto(`/#/w/${workshopId}/board/${board.id}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('toolbar', { name: /Arvovirran työkalut/ })).toBeVisible();
  const totals = main.getByRole('region', { name: 'Yhteenveto' });
  // One grouped message for the five missing waits (no extra "to check" count for them), with a way to fill them.
  await expect(totals.getByText('5 vaiheelta puuttuu odotusaika')).toHaveCount(1);
  await expect(totals).not.toContainText('tarkistettavaa');
  await shot(page, 'value-stream-panel-open', testInfo);

  // Fit: the whole stream inside the area beside the open panel, none of it under the panel.
  const sceneRight = async () =>
    page.evaluate(() => {
      type Shape = { getClientRect(): { x: number; width: number } };
      const stage = (window as unknown as { __studioStage: { container(): HTMLElement; find(sel: string): Shape[] } })
        .__studioStage;
      const right = Math.max(...stage.find('Text').map((n) => n.getClientRect().x + n.getClientRect().width));
      return { right: stage.container().getBoundingClientRect().left + right };
    });
  await main.getByRole('button', { name: 'Näytä koko arvovirta' }).click();
  const panel = main.getByRole('complementary');
  const panelLeft = (await panel.boundingBox())!.x;
  expect((await sceneRight()).right).toBeLessThanOrEqual(panelLeft);
  await shot(page, 'value-stream-fit', testInfo);
  // Folding the panel gives the stream the full width.
  await main.getByRole('button', { name: 'Piilota tietopaneeli' }).click();
  await expect(panel).toHaveCount(0);
  await main.getByRole('button', { name: 'Näytä koko arvovirta' }).click();
  expect((await sceneRight()).right).toBeLessThanOrEqual(1280);

  // "Täytä odotusajat" walks through the steps lacking a wait, the cursor in the wait field.
  await totals.getByRole('button', { name: 'Täytä odotusajat' }).click();
  await expect(main.getByRole('heading', { name: 'Vaihe 2' })).toBeVisible();
  const typical = main
    .getByRole('complementary')
    .getByRole('group', { name: 'Odotus ennen vaihetta' })
    .getByLabel('Tyypillinen');
  await expect(typical).toBeFocused();
  await typical.fill('3');
  await typical.press('Enter');
  await expect(totals.getByText('4 vaiheelta puuttuu odotusaika')).toBeVisible();
  await totals.getByRole('button', { name: 'Täytä odotusajat' }).click();
  await expect(main.getByRole('heading', { name: 'Vaihe 3' })).toBeVisible();
});

test('A+ grows the board with the text; the toolbar keeps one row and its labels, and what does not fit is under "Lisää toimintoja"', async ({
  page,
}, testInfo) => {
  const { workshopId, teamId } = await workshopWithTeam(page);
  const board = await api<{ id: string }>(page.request, 'boards.create', {
    workshopId,
    teamId,
    kind: 'process-map',
    name: 'Kotiutus',
  });
  await page.goto(`/#/w/${workshopId}/board/${board.id}`);
  const toolbar = page.getByRole('toolbar', { name: 'Prosessikaavion työkalut' });
  await expect(toolbar).toBeVisible();
  await expect(page.locator('.board-head .board-counts')).toHaveText('0 vaihetta · 0 ongelmaa · 1 kaista');
  const more = toolbar.getByRole('button', { name: 'Lisää toimintoja' });
  await expect(more).toBeHidden();
  // The zoom button is read even when it sits in the overflow menu.
  const zoom = async () =>
    Number(/(\d+) %/.exec((await page.locator('.pm-toolbar .zoom-value').getAttribute('aria-label')) ?? '')?.[1]);
  await expect.poll(zoom).toBeGreaterThan(0);
  // Let the opening fit settle, then zoom to a known point well under React Flow's maximum.
  await page.waitForTimeout(400);
  await page.locator('.pm-toolbar .zoom-value').click();
  await expect.poll(zoom).toBe(100);

  const larger = page.getByRole('button', { name: 'Suurenna tekstiä' });
  for (let i = 0; i < 5; i++) await larger.click();
  await expect(page.getByRole('button', { name: /^Tekstin koko 150 %/ })).toBeVisible();
  // The board zooms with the text: 100 % × 1.5.
  await expect.poll(zoom).toBe(150);

  // One row: every visible item of the toolbar sits on the same line, and the labelled buttons keep their words.
  const rows = await toolbar.evaluate((bar) => {
    const tops = [...bar.children]
      .filter((el) => getComputedStyle(el).display !== 'none')
      .map((el) => Math.round(el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2));
    return new Set(tops.map((y) => Math.round(y / 8))).size;
  });
  expect(rows).toBe(1);
  const barBox = (await toolbar.boundingBox())!;
  expect(barBox.x + barBox.width).toBeLessThanOrEqual(1280);
  await expect(toolbar.getByRole('button', { name: 'Lisää vaihe' })).toHaveText('Lisää vaihe');
  await expect(more).toBeVisible();
  const moreBox = (await more.boundingBox())!;
  expect(moreBox.x + moreBox.width).toBeLessThanOrEqual(barBox.x + barBox.width);

  // The hidden buttons are in the menu with their words, and a menu item does what its button does. The working
  // group's last buttons went first: zoom and fit are still on the bar.
  const hiddenAt150 = await toolbar.locator(':scope > [data-overflow]').count();
  expect(hiddenAt150).toBeGreaterThan(0);
  await more.click();
  const menu = page.getByRole('menu', { name: 'Lisää toimintoja' });
  await expect(menu.getByRole('menuitem', { name: /^Järjestä/ })).toBeVisible();
  await shot(page, 'toolbar-overflow-150', testInfo);
  await menu.getByRole('menuitem', { name: 'Lisää kaista' }).click();
  await expect(menu).toBeHidden();
  await expect(page.locator('.board-head .board-counts')).toHaveText('0 vaihetta · 0 ongelmaa · 2 kaistaa');
  await expect(toolbar.getByRole('button', { name: 'Lähennä' })).toBeVisible();
  await expect(toolbar.getByRole('button', { name: 'Sovita näkymään' })).toBeVisible();

  // Back to 100 %: the board zooms back and fewer buttons need the menu.
  const shown = await zoom();
  await page.getByRole('button', { name: /^Tekstin koko 150 %/ }).click();
  await expect.poll(zoom).toBe(Math.round(shown / 1.5));
  await expect.poll(() => toolbar.locator(':scope > [data-overflow]').count()).toBeLessThan(hiddenAt150);
});

test('every board toolbar stays one row inside the window at 100 % and at 150 % text', async ({ page }) => {
  const { workshopId, teamId } = await workshopWithTeam(page);
  const kinds: [string, string][] = [
    ['ideas-wall', 'Ideaseinän työkalut'],
    ['process-map', 'Prosessikaavion työkalut'],
    ['fishbone', 'Kalanruotokaavion työkalut'],
    ['five-whys', '5 x miksi -työkalut'],
    ['value-stream', 'Arvovirran työkalut'],
    ['driver-diagram', 'Ajurikaavion työkalut'],
  ];
  const boards: { id: string; toolbar: string }[] = [];
  for (const [kind, toolbar] of kinds)
    boards.push({
      ...(await api<{ id: string }>(page.request, 'boards.create', { workshopId, teamId, kind, name: kind })),
      toolbar,
    });
  for (const scale of [100, 150]) {
    for (const b of boards) {
      await page.goto(`/#/w/${workshopId}/board/${b.id}`);
      await expect(page.getByRole('button', { name: new RegExp(`^Tekstin koko ${scale} %`) })).toBeVisible();
      const toolbar = page.getByRole('toolbar', { name: b.toolbar });
      await expect(toolbar).toBeVisible();
      // Let the overflow settle (it measures on the next frame after a resize).
      await page.waitForTimeout(150);
      const layout = await toolbar.evaluate((bar) => {
        const shown = [...bar.children].filter(
          (el) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().width > 0,
        );
        const mids = shown.map((el) => el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2);
        return {
          spread: Math.max(...mids) - Math.min(...mids),
          right: Math.max(...shown.map((el) => el.getBoundingClientRect().right)),
        };
      });
      expect(layout.spread, `${b.toolbar} at ${scale} %`).toBeLessThan(8);
      expect(layout.right, `${b.toolbar} at ${scale} %`).toBeLessThanOrEqual(1280);
    }
    if (scale === 100) for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Suurenna tekstiä' }).click();
  }
});
