import { test, expect } from './fixtures';
import type { APIRequestContext, Page } from '@playwright/test';
import { Studio } from './pages/studio';
import { ProcessMapPage } from './pages/process-map';
import { WallPage } from './pages/wall';
import { RootCausePage } from './pages/root-cause';
import { ValueStreamPage } from './pages/value-stream';
import { blankStep } from '../../shared/boards/value-stream/model';
import { NOTE_COLORS } from '../../shared/domain/vocab';

/**
 * Nothing typed is lost: text typed into a field (without leaving it) is in the workshop file within a second, so a
 * host killed with SIGKILL 1.5 s after the last keystroke and started again on the same library shows it after a
 * reload; and text typed right before a reload is saved on the way out (pagehide).
 */
async function api<T>(request: APIRequestContext, method: string, input: unknown): Promise<T> {
  const r = await request.post(`/api/${method}`, { data: input });
  const body = (await r.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}

const CYCLE = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'Soittoaikojen kokeilu',
  changeIdea: null,
  changeIdeaText: '',
  previousId: null,
  status: 'doing',
  startDate: '',
  studyDate: '',
  plan: { objective: '', question: '', prediction: '', who: '', what: '', when: '', where: '', data: '' },
  do: { happened: '', observations: '', problems: '' },
  study: { result: '', learned: '' },
  act: { decision: '', next: '' },
};

async function setUp(request: APIRequestContext) {
  const { id: workshopId } = await api<{ id: string }>(request, 'library.create', { title: 'Autotallennus' });
  const { id: teamId } = await api<{ id: string }>(request, 'teams.create', {
    workshopId,
    team: { name: 'Kotihoito' },
  });
  const { id: dayId } = await api<{ id: string }>(request, 'days.create', { workshopId, day: { title: 'Päivä 1' } });
  const board = async (kind: string, init: unknown[] = []) =>
    (await api<{ id: string }>(request, 'boards.create', { workshopId, teamId, kind, name: kind, init })).id;
  const member = async (name: string) =>
    api(request, 'members.create', { workshopId, teamId, member: { name, role: 'professional' } });
  return { workshopId, teamId, dayId, board, member };
}

interface FieldCase {
  name: string;
  /** The page's hash route, given the set-up. */
  open: (s: Awaited<ReturnType<typeof setUp>>) => Promise<string>;
  /** The field, by its accessible name. */
  field: (page: Page) => ReturnType<Page['getByLabel']>;
  /** What the coach does to reach the field after the page opens (e.g. open a member's details). */
  reach?: (page: Page) => Promise<void>;
  /** How the text is found after the reload, when not in the same field. */
  check?: (page: Page, text: string) => Promise<void>;
  /** The field already holds text: the typing replaces it. */
  replace?: boolean;
}

const CASES: FieldCase[] = [
  {
    name: 'PDSA "Mitä tapahtui?"',
    open: async (s) => `board/${await s.board('pdsa', [{ type: 'addCycle', cycle: CYCLE }])}`,
    field: (page) => page.getByRole('textbox', { name: 'Mitä tapahtui?' }),
  },
  {
    name: 'team "Kehitettävä prosessi"',
    open: async (s) => `team/${s.teamId}`,
    field: (page) => page.getByRole('textbox', { name: 'Kehitettävä prosessi' }),
  },
  {
    name: 'round notes',
    open: async () => '',
    field: (page) => page.getByRole('textbox', { name: 'Muistiinpanot', exact: true }),
  },
  {
    name: 'day venue',
    open: async () => '',
    field: (page) => page.getByRole('textbox', { name: 'Paikka', exact: true }),
  },
  {
    name: 'member profession',
    open: async (s) => {
      await s.member('Anna Ammattilainen');
      return `team/${s.teamId}`;
    },
    reach: async (page) => page.getByRole('button', { name: 'Muokkaa: Anna Ammattilainen' }).click(),
    field: (page) =>
      page
        .getByRole('listitem')
        .filter({ has: page.getByRole('button', { name: 'Valmis' }) })
        .getByRole('textbox', { name: 'Ammatti', exact: true }),
  },
  {
    name: 'fishbone effect',
    open: async (s) => `board/${await s.board('fishbone')}`,
    field: (page) => page.getByRole('textbox', { name: 'Ongelma (seuraus)' }),
  },
  {
    name: '5 whys problem',
    open: async (s) => `board/${await s.board('five-whys')}`,
    field: (page) => page.getByRole('textbox', { name: 'Ongelma', exact: true }),
  },
  {
    name: 'dot vote question',
    open: async (s) => `board/${await s.board('dot-vote')}`,
    field: (page) => page.getByRole('textbox', { name: 'Mistä äänestetään?' }),
  },
  {
    name: 'driver diagram aim, typed in the canvas inline editor',
    open: async (s) => `board/${await s.board('driver-diagram')}`,
    reach: async (page) => {
      await page.getByRole('treeitem', { name: 'Tavoite: Kirjoita tavoite (F2)' }).click();
      await page.keyboard.press('F2');
    },
    field: (page) => page.locator('textarea.dd-editor'),
    // After the reload the editor is closed: the text is on the aim's box.
    check: async (page, text) => expect(page.locator('.dd-text').filter({ hasText: text })).toBeVisible(),
  },
  {
    name: 'driver diagram SMART "Mitä parannetaan?"',
    open: async (s) => `board/${await s.board('driver-diagram')}`,
    reach: async (page) => page.getByRole('tab', { name: 'Tavoite (SMART)' }).click(),
    field: (page) => page.getByRole('textbox', { name: 'Mitä parannetaan?' }),
  },
  {
    name: 'process map step, typed in the canvas inline editor',
    open: async (s) => `board/${await s.board('process-map')}`,
    reach: async (page) => {
      const map = new ProcessMapPage(page);
      await map.canvas.focus();
      await page.keyboard.press('Enter');
      await expect(map.editor).toBeFocused();
    },
    field: (page) => new ProcessMapPage(page).editor,
    check: async (page, text) => expect(new ProcessMapPage(page).stepList).toContainText(text),
  },
  {
    name: 'ideas wall note text in the inspector',
    open: async (s) =>
      `board/${await s.board('ideas-wall', [
        {
          type: 'addNote',
          note: { id: 'n1', text: 'Lappu', color: NOTE_COLORS[0], authorRole: '', clusterId: null, x: 200, y: 150 },
        },
      ])}`,
    reach: async (page) => new WallPage(page).selectNote('Lappu'),
    field: (page) => new WallPage(page).inspector.getByLabel('Lapun teksti'),
    check: async (page, text) => {
      const wall = new WallPage(page);
      await wall.selectNote(text);
    },
    replace: true,
  },
  {
    name: 'value stream step name',
    open: async (s) => `board/${await s.board('value-stream', [{ type: 'addStep', step: blankStep('s1', 'Vaihe') }])}`,
    reach: async (page) => new ValueStreamPage(page).selectStep(1),
    field: (page) => new ValueStreamPage(page).inspector.getByLabel('Vaiheen nimi'),
    replace: true,
  },
  {
    name: 'measure name',
    open: async (s) => `board/${await s.board('measures')}`,
    reach: async (page) => page.getByRole('main').getByRole('button', { name: 'Lisää mittari' }).first().click(),
    field: (page) => page.getByRole('main').getByLabel('Mittarin nimi'),
    // The new measure is shown after the reload too (adding another is not needed).
    check: async (page, text) => expect(page.getByRole('main').getByLabel('Mittarin nimi')).toHaveValue(text),
    replace: true,
  },
  {
    name: 'measure data note',
    open: async (s) => `board/${await s.board('measures')}`,
    reach: async (page) => {
      const main = page.getByRole('main');
      await main.getByRole('button', { name: 'Lisää mittari' }).first().click();
      await main.getByRole('button', { name: 'Mittaustiedot' }).click();
    },
    field: (page) =>
      page
        .getByRole('table', { name: /^Mittaustiedot:/ })
        .getByRole('textbox', { name: /: Huomio$/ })
        .first(),
    // After the reload the grid starts at the noted period; the note is read from the workshop.
    check: async (page, text) => {
      const [, workshopId, id] = /#\/w\/([^/]+)\/board\/([^/?]+)/.exec(page.url())!;
      const board = await api<{ doc: { measures: { points: { note: string }[] }[] } }>(page.request, 'boards.get', {
        workshopId,
        id,
      });
      expect(board.doc.measures[0]!.points.map((p) => p.note)).toEqual([text]);
    },
  },
];

for (const c of CASES) {
  test(`${c.name}: typed text survives a host killed 1.5 s after the last keystroke`, async ({ page, host }) => {
    const s = await setUp(page.request);
    const route = await c.open(s);
    const studio = new Studio(page);
    await studio.goto(`/#/w/${s.workshopId}/${route}`);
    await c.reach?.(page);
    const field = c.field(page);
    const text = `Tallentuu kirjoittaessa ${c.name}`;
    await field.click();
    if (c.replace) await field.selectText();
    await field.pressSequentially(text, { delay: 20 });
    await expect(field).toBeFocused();
    await page.waitForTimeout(1500);
    await host.kill();
    await host.restart();
    await page.reload();
    if (c.check) {
      await c.check(page, text);
      return;
    }
    await c.reach?.(page);
    await expect(c.field(page)).toHaveValue(text);
  });
}

test('text typed right before a reload is saved on the way out (pagehide)', async ({ page }) => {
  const s = await setUp(page.request);
  const studio = new Studio(page);
  await studio.goto(`/#/w/${s.workshopId}/team/${s.teamId}`);
  const aim = page.getByRole('textbox', { name: 'Kehitettävä prosessi' });
  await aim.click();
  await aim.pressSequentially('Heti ennen uudelleenlatausta', { delay: 5 });
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Kehitettävä prosessi' })).toHaveValue('Heti ennen uudelleenlatausta');
});

test('the indicator says saving while typed text is not saved, and saved only when it is', async ({ page }) => {
  const s = await setUp(page.request);
  const studio = new Studio(page);
  await studio.goto(`/#/w/${s.workshopId}/team/${s.teamId}`);
  await studio.expectSaved();
  const aim = page.getByRole('textbox', { name: 'Tavoite' });
  // Every text the indicator shows is recorded as it changes, so a save acknowledged quickly (its "saving" lasting
  // less than one poll of an expectation) is still seen, and the order of the two states is checked.
  await studio.saveState.evaluate((el) => {
    const seen: string[] = [];
    (window as unknown as { __saveStates: string[] }).__saveStates = seen;
    new MutationObserver(() => seen.push((el.textContent ?? '').replace(/\s+/g, ' ').trim())).observe(el, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
  await aim.click();
  await aim.pressSequentially('Odotusaika puoleen', { delay: 10 });
  await studio.expectSaved();
  const states = await page.evaluate(() => (window as unknown as { __saveStates: string[] }).__saveStates);
  expect(states).toContain('Tallennetaan…');
  expect(states.at(-1)).toBe('Tallennettu');
  await expect(aim).toBeFocused();
  const state = await api<{ teams: { aim: string }[] }>(page.request, 'workshop.get', { workshopId: s.workshopId });
  expect(state.teams[0]!.aim).toBe('Odotusaika puoleen');
});

test('a gallery note and a feedback comment not yet sent survive a reload; sending clears them', async ({ page }) => {
  const s = await setUp(page.request);
  const studio = new Studio(page);
  await studio.goto(`/#/w/${s.workshopId}/gallery`);
  const note = page.getByRole('textbox', { name: /^Palaute tiimille / });
  await note.click();
  await note.pressSequentially('Varastetaan soittoaikalista', { delay: 10 });
  await page.reload();
  await expect(page.getByRole('textbox', { name: /^Palaute tiimille / })).toHaveValue('Varastetaan soittoaikalista');
  await page.getByRole('textbox', { name: /^Palaute tiimille / }).press('Enter');
  await expect(page.getByRole('textbox', { name: /^Palaute tiimille / })).toHaveValue('');
  await page.reload();
  await expect(page.getByRole('textbox', { name: /^Palaute tiimille / })).toHaveValue('');

  await studio.goto(`/#/w/${s.workshopId}/feedback`);
  await page.getByRole('button', { name: 'Aloita palautteen keruu' }).click();
  let flow = page.getByRole('dialog');
  await flow.getByRole('button', { name: 'Aloita vastaaminen' }).click();
  await flow.getByRole('textbox', { name: /Vapaa palaute/ }).pressSequentially('Hyvä päivä', { delay: 10 });
  await page.reload();
  await page.getByRole('button', { name: 'Aloita palautteen keruu' }).click();
  flow = page.getByRole('dialog');
  await flow.getByRole('button', { name: 'Aloita vastaaminen' }).click();
  await expect(flow.getByRole('textbox', { name: /Vapaa palaute/ })).toHaveValue('Hyvä päivä');
  await flow.getByRole('button', { name: 'Lähetä palaute' }).click();
  await expect(flow.getByRole('heading', { name: 'Kiitos! Anna kone seuraavalle' })).toBeFocused();
  // The next respondent starts with an empty comment.
  await flow.getByRole('button', { name: 'Aloita vastaaminen' }).click();
  await expect(flow.getByRole('textbox', { name: /Vapaa palaute/ })).toHaveValue('');
});

async function causesOf(request: APIRequestContext, workshopId: string, id: string): Promise<string[]> {
  const b = await api<{ doc: { causes: { text: string }[] } }>(request, 'boards.get', { workshopId, id });
  return b.doc.causes.map((c) => c.text);
}

test('a new fishbone cause is in the workshop while it is typed; one undo removes it with its text', async ({
  page,
  host,
}) => {
  const s = await setUp(page.request);
  const id = await s.board('fishbone');
  const rc = new RootCausePage(page);
  await rc.goto(`/#/w/${s.workshopId}/board/${id}`);
  await rc.fishCanvas.focus();
  await page.keyboard.press('Enter');
  await expect(rc.causeEditor).toBeFocused();
  await page.keyboard.type('Päivystäjä vaihtuu viikoittain', { delay: 20 });
  await expect(rc.causeEditor).toBeFocused();
  await page.waitForTimeout(1500);
  await host.kill();
  await host.restart();
  await page.reload();
  await expect(rc.fishList).toContainText('Päivystäjä vaihtuu viikoittain');
  expect(await causesOf(page.request, s.workshopId, id)).toEqual(['Päivystäjä vaihtuu viikoittain']);
  await rc.undoKey();
  await expect(rc.fishList).not.toContainText('Päivystäjä');
  await expect.poll(() => causesOf(page.request, s.workshopId, id)).toEqual([]);
});

test('a cause typed and then emptied again leaves no empty cause behind', async ({ page }) => {
  const s = await setUp(page.request);
  const id = await s.board('fishbone');
  const rc = new RootCausePage(page);
  await rc.goto(`/#/w/${s.workshopId}/board/${id}`);
  await rc.fishCanvas.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Hetken', { delay: 20 });
  await expect.poll(() => causesOf(page.request, s.workshopId, id)).toEqual(['Hetken']);
  await page.keyboard.press('Escape');
  await expect(rc.causeEditor).toBeHidden();
  await expect.poll(() => causesOf(page.request, s.workshopId, id)).toEqual([]);
});

test('a new ideas-wall note is in the workshop while it is typed; one undo removes it with its text', async ({
  page,
  host,
}) => {
  const s = await setUp(page.request);
  const id = await s.board('ideas-wall');
  const wall = new WallPage(page);
  await wall.goto(`/#/w/${s.workshopId}/board/${id}`);
  await wall.canvas.focus();
  await page.keyboard.press('n');
  await expect(wall.noteEditor).toBeFocused();
  await page.keyboard.type('Soittoajat tekstiviestillä', { delay: 20 });
  await expect(wall.noteEditor).toBeFocused();
  await page.waitForTimeout(1500);
  await host.kill();
  await host.restart();
  await page.reload();
  await expect(wall.noteList).toContainText('Soittoajat tekstiviestillä');
  await wall.undoKey();
  await wall.expectCounts(0, 0);
});

test('a new 5 whys answer is in the workshop while it is typed; one undo removes the step with its text', async ({
  page,
  host,
}) => {
  const s = await setUp(page.request);
  const id = await s.board('five-whys');
  const rc = new RootCausePage(page);
  await rc.goto(`/#/w/${s.workshopId}/board/${id}`);
  await page.getByRole('button', { name: 'Kysy miksi' }).click();
  await expect(rc.answerEditor).toBeFocused();
  await page.keyboard.type('Soittoaika on liian lyhyt', { delay: 20 });
  await page.waitForTimeout(1500);
  await host.kill();
  await host.restart();
  await page.reload();
  await expect(rc.why('Soittoaika on liian lyhyt')).toBeVisible();
  await rc.undoKey();
  await expect(rc.whyTree.getByRole('treeitem', { name: /Soittoaika/ })).toHaveCount(0);
});

test('a new driver-diagram box is in the workshop while it is typed; one undo removes it with its text', async ({
  page,
  host,
}) => {
  const s = await setUp(page.request);
  const id = await s.board('driver-diagram');
  const studio = new Studio(page);
  await studio.goto(`/#/w/${s.workshopId}/board/${id}`);
  const tree = page.getByRole('tree');
  await tree.getByRole('treeitem').first().focus();
  await page.keyboard.press('Tab');
  await expect(tree.getByRole('textbox')).toBeFocused();
  await page.keyboard.type('Sujuva takaisinsoitto', { delay: 20 });
  await page.waitForTimeout(1500);
  await host.kill();
  await host.restart();
  await page.reload();
  await expect(tree.getByRole('treeitem', { name: 'Ensisijainen ajuri: Sujuva takaisinsoitto' })).toBeVisible();
  await studio.undoKey();
  await expect(tree.getByRole('treeitem', { name: /Sujuva takaisinsoitto/ })).toHaveCount(0);
});
