import { test, expect } from './fixtures';
import { LibraryPage } from './pages/library';
import { WorkshopPage } from './pages/workshop';
import { expectNoSeriousA11yViolations } from './helpers/axe';

type Api = (method: string, input: unknown) => Promise<unknown>;

const TEAM_AIM = 'Toukokuuhun 2026 mennessä 80 % nuorista pääsee ensikäynnille 14 vuorokaudessa.';
const P = ['Nuori saa yhteyden helposti', 'Palvelut toimivat yhtenä ketjuna'];
const S = ['Matala kynnys ottaa yhteyttä', 'Selkeä tieto seuraavasta askeleesta', 'Konsultaatio ilman lähetettä'];
const I = [
  'Chat-yhteydenotto iltapäivisin',
  'Tekstiviesti ensikäynnin ajasta',
  'Viikoittainen konsultaatiotunti koululla',
];
const COUNTER = 'Yhteiset ohjauskriteerit opiskeluhuollolle';

test('driver diagram: SMART aim, a diagram built by keyboard, an idea adopted from a 5 whys board, picked in PDSA, restart, axe', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(180_000);
  const lib = new LibraryPage(page);
  const ws = new WorkshopPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Ajurikaaviotesti');
  await ws.addTeam();
  await ws.commitField(ws.teamBasics.getByLabel('Tavoite', { exact: true }), TEAM_AIM);
  await ws.expectSaved();
  const [, workshopId, , teamId] = /#\/w\/([^/]+)\/(team)\/([^/]+)/.exec(page.url())!;
  const api: Api = async (method, input) => {
    const res = await page.request.post(`/api/${method}`, { data: input });
    const body = (await res.json()) as { ok: boolean; value: unknown };
    expect(body.ok, JSON.stringify(body)).toBe(true);
    return body.value;
  };
  // A 5 whys chain whose root cause has a countermeasure: the change-idea list offers it.
  const { id: whysId } = (await api('boards.create', {
    workshopId,
    teamId,
    kind: 'five-whys',
    name: 'Miksi nuori odottaa?',
    init: [
      { type: 'setProblem', text: 'Nuori odottaa ensikäyntiä 41 vrk' },
      {
        type: 'addStep',
        step: { id: 'w1', parentId: null, question: '', answer: 'Lähete kiertää lääkärin kautta' },
        afterId: null,
      },
      { type: 'setRootCause', id: 'w1', rootCause: true },
      { type: 'setCountermeasure', id: 'w1', text: COUNTER },
    ],
  })) as { id: string };
  const { id: pdsaId } = (await api('boards.create', { workshopId, teamId, kind: 'pdsa', name: 'PDSA-syklit' })) as {
    id: string;
  };
  const { id: driverId } = (await api('boards.create', {
    workshopId,
    teamId,
    kind: 'driver-diagram',
    name: 'Tavoite ja ajurit',
  })) as { id: string };
  expect(whysId).toBeTruthy();
  const driverUrl = `/#/w/${workshopId}/board/${driverId}`;
  await page.goto(driverUrl);
  const main = ws.main;

  // --- The frame: the three questions of the Model for Improvement; the aim prefilled from the team's aim.
  const frame = main.getByRole('list', { name: 'Parantamisen malli: kolme kysymystä' });
  await expect(frame).toContainText('Mitä yritämme saavuttaa?');
  await expect(frame).toContainText('Mistä tiedämme, että muutos on parannus?');
  await expect(frame).toContainText('Mitä muutoksia voimme tehdä, jotka johtavat parannukseen?');
  await main.getByRole('tab', { name: 'Tavoite (SMART)' }).click();
  await expect(main.getByLabel('Tavoitelause')).toHaveValue(TEAM_AIM);
  await expect(main.getByText('Esitäytetty tiimin tavoitteesta')).toBeVisible();
  await ws.commitField('Mitä parannetaan?', 'Odotusaika ensimmäiselle hoitokäynnille');
  await ws.commitField('Kenelle?', 'itäisen Tampereen yläkoululaiset');
  await ws.commitField('Kuinka paljon?', '80 % 14 vrk:ssa (lähtötaso 41 vrk)');
  await ws.commitField('Mihin mennessä?', '31.5.2026');
  await expect(main.getByText('Kaikki SMART-osat on kirjattu.')).toBeVisible();
  await ws.expectSaved();

  // --- The diagram, by keyboard only: Tab adds a child, Enter a sibling, Shift+Tab goes up a level.
  await main.getByRole('tab', { name: 'Ajurikaavio' }).focus();
  await page.keyboard.press('Enter');
  const tree = main.getByRole('tree');
  const aim = tree.getByRole('treeitem', { name: /^Tavoite:/ });
  await expect(aim).toHaveAccessibleName(`Tavoite: ${TEAM_AIM}`);
  await aim.focus();
  const type = async (text: string) => {
    const editor = tree.getByRole('textbox');
    await expect(editor).toBeFocused();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await expect(tree.getByRole('treeitem', { name: new RegExp(`: ${text}$`) })).toBeFocused();
  };
  await page.keyboard.press('Tab');
  await type(P[0]!);
  await page.keyboard.press('Tab');
  await type(S[0]!);
  await page.keyboard.press('Tab');
  await type(I[0]!);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await type(S[1]!);
  await page.keyboard.press('Tab');
  await type(I[1]!);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(tree.getByRole('treeitem', { name: `Ensisijainen ajuri: ${P[0]}` })).toBeFocused();
  await page.keyboard.press('Enter');
  await type(P[1]!);
  await page.keyboard.press('Tab');
  await type(S[2]!);
  await page.keyboard.press('Tab');
  await type('Konsultaatiotunti');
  // F2 edits in place (one command); Delete removes, Ctrl+Z brings it back.
  await page.keyboard.press('F2');
  await page.keyboard.press('Control+a');
  await type(I[2]!);
  await expect(tree.getByRole('treeitem')).toHaveCount(9);
  await page.keyboard.press('Delete');
  await expect(tree.getByRole('treeitem')).toHaveCount(8);
  await expect(tree.getByRole('treeitem', { name: `Toissijainen ajuri: ${S[2]}` })).toBeFocused();
  await ws.expectSaved();
  await page.keyboard.press('Control+z');
  await expect(tree.getByRole('treeitem')).toHaveCount(9);
  // Arrow keys: left to the level above, up and down within a column.
  await tree.getByRole('treeitem', { name: `Muutosidea: ${I[2]}` }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tree.getByRole('treeitem', { name: `Toissijainen ajuri: ${S[2]}` })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(tree.getByRole('treeitem', { name: `Toissijainen ajuri: ${S[1]}` })).toBeFocused();
  await expect(main.getByRole('list', { name: 'Parantamisen malli: kolme kysymystä' })).toContainText(
    '5 ajuria, 3 muutosideaa kaaviossa, 1 muualta',
  );
  await ws.expectSaved();

  // --- The change-idea list: the typed ideas and the 5 whys countermeasure with its source; adopt it.
  await main.getByRole('tab', { name: /^Muutosideat/ }).click();
  const list = main.getByRole('table', { name: 'Muutosideat' });
  await expect(list.getByRole('row')).toHaveCount(5);
  await expect(list.getByRole('row', { name: new RegExp(I[0]!) })).toContainText('Kirjoitettu kaavioon');
  const row = list.getByRole('row', { name: new RegExp(COUNTER) });
  await expect(row).toContainText('Miksi nuori odottaa? (5 x miksi)');
  await expect(row).toContainText('vastatoimi');
  await row.getByLabel(`Toissijainen ajuri idealle: ${COUNTER}`).selectOption({ label: `${S[2]} (${P[1]})` });
  await row.getByRole('button', { name: `Ota kaavioon: ${COUNTER}` }).click();
  await expect(row).toContainText('Kaaviossa');
  await expect(row).toContainText(S[2]!);
  await expect(row).toContainText('Miksi nuori odottaa? (5 x miksi)');
  await expect(list.getByRole('row')).toHaveCount(5);
  await ws.expectSaved();
  await list.getByRole('button', { name: `Näytä kaaviossa: ${COUNTER}` }).click();
  const adopted = tree.getByRole('treeitem', {
    name: `Muutosidea: ${COUNTER}. Lähde: Miksi nuori odottaa? (5 x miksi)`,
  });
  await expect(adopted).toBeFocused();

  await page.getByRole('button', { name: 'Piilota sivupalkki' }).click();
  const toasts = page.getByRole('button', { name: 'Sulje ilmoitus' });
  while ((await toasts.count()) > 0) await toasts.first().click();
  await page.screenshot({ path: testInfo.outputPath('driver-diagram-fi-1280x720.png') });
  await expectNoSeriousA11yViolations(page);
  await main.getByRole('tab', { name: /^Muutosideat/ }).click();
  await page.screenshot({ path: testInfo.outputPath('driver-diagram-ideas-fi-1280x720.png') });
  await expectNoSeriousA11yViolations(page);
  await main.getByRole('tab', { name: 'Tavoite (SMART)' }).click();
  await expectNoSeriousA11yViolations(page);

  // --- The PDSA board's change-idea picker lists the diagram's ideas, the adopted one included.
  await page.goto(`/#/w/${workshopId}/board/${pdsaId}`);
  await main.getByRole('button', { name: 'Uusi sykli' }).first().click();
  const picker = main.getByLabel('Muutosidea', { exact: true });
  await expect(picker.locator('option', { hasText: `${I[0]} (Tavoite ja ajurit)` })).toHaveCount(1);
  await picker.selectOption({ label: `${COUNTER} (Tavoite ja ajurit)` });
  await expect(main.getByText('Muutosidean lähde: Tavoite ja ajurit')).toBeVisible();
  await ws.expectSaved();

  // --- Restart the host: everything is still there.
  await host.restart();
  await page.goto(driverUrl);
  await page.reload();
  await expect(tree.getByRole('treeitem')).toHaveCount(10);
  for (const text of [...P, ...S, ...I])
    await expect(tree.getByRole('treeitem', { name: new RegExp(`: ${text}$`) })).toBeVisible();
  await expect(adopted).toBeVisible();
  await main.getByRole('tab', { name: 'Tavoite (SMART)' }).click();
  await expect(main.getByLabel('Mihin mennessä?')).toHaveValue('31.5.2026');
  await expect(main.getByLabel('Kenelle?')).toHaveValue('itäisen Tampereen yläkoululaiset');
  await page.goto(`/#/w/${workshopId}/board/${pdsaId}`);
  await expect(main.getByLabel('Muutosidea', { exact: true })).toHaveValue(new RegExp(`^${driverId}:`));
});

test('driver diagram through the board kit: a pasted list becomes boxes after the selected one (one undo step), Ctrl+F with ä/ö', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lib = new LibraryPage(page);
  const ws = new WorkshopPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Ajurikaavion liittäminen');
  await ws.addTeam();
  await ws.createBoard('Ajurit', 'Tavoite ja ajurikaavio');
  const main = ws.main;
  await main.getByRole('tab', { name: 'Ajurikaavio' }).click();
  const tree = main.getByRole('tree');
  await tree.getByRole('treeitem', { name: /^Tavoite:/ }).focus();
  // With the aim selected, the lines become primary drivers.
  await page.evaluate(() => navigator.clipboard.writeText('- Päivystäjä tavoitettavissa\n\n- Yhteinen kirjaaminen\n'));
  await page.keyboard.press('Control+v');
  await expect(tree.getByRole('treeitem')).toHaveCount(3);
  await expect(ws.toasts).toContainText('Liitettiin 2 laatikkoa.');
  await expect(tree.getByRole('treeitem', { name: 'Ensisijainen ajuri: Yhteinen kirjaaminen' })).toBeFocused();
  // After the first driver, at its level: one more line goes between the two.
  await tree.getByRole('treeitem', { name: 'Ensisijainen ajuri: Päivystäjä tavoitettavissa' }).focus();
  await page.evaluate(() => navigator.clipboard.writeText('Paivystys ilman pisteitä'));
  await page.keyboard.press('Control+v');
  await expect(tree.getByRole('treeitem')).toHaveCount(4);
  await expect(tree.getByRole('treeitem').nth(2)).toHaveAccessibleName('Ensisijainen ajuri: Paivystys ilman pisteitä');
  await ws.expectSaved();
  await ws.undoKey();
  await expect(tree.getByRole('treeitem')).toHaveCount(3);

  // Find: "PÄIVYST" is not "Paivystys".
  await tree.getByRole('treeitem', { name: 'Ensisijainen ajuri: Yhteinen kirjaaminen' }).focus();
  await page.keyboard.press('Control+f');
  const find = main.getByRole('search', { name: 'Etsi taululta' });
  await expect(find.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('PÄIVYST');
  await expect(find.getByRole('status')).toHaveText('1/1');
  await expect(tree.getByRole('treeitem', { name: 'Ensisijainen ajuri: Päivystäjä tavoitettavissa' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expectNoSeriousA11yViolations(page, { include: ['.kit-find'] });
  await page.keyboard.press('Escape');
  await expect(find).toBeHidden();
  await expect(tree.getByRole('treeitem', { name: 'Ensisijainen ajuri: Päivystäjä tavoitettavissa' })).toBeFocused();
});
