import { test, expect } from './fixtures';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { Studio } from './pages/studio';
import { ProcessMapPage } from './pages/process-map';
import { ValueStreamPage } from './pages/value-stream';
import { blankStep } from '../../shared/boards/value-stream/model';
import { newMeasure } from '../../shared/boards/measures/model';

/**
 * Number fields save as they are typed, like text fields: a time typed without leaving the field is in the workshop
 * within a second (a host killed 1.5 s later and restarted shows it), a half-typed number is kept in the field and
 * never saved as a wrong value, and one field edit is one undo step.
 */
async function api<T>(request: APIRequestContext, method: string, input: unknown): Promise<T> {
  const r = await request.post(`/api/${method}`, { data: input });
  const body = (await r.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}

async function setUp(request: APIRequestContext, kind: string, init: unknown[]) {
  const { id: workshopId } = await api<{ id: string }>(request, 'library.create', { title: 'Luvut' });
  const { id: teamId } = await api<{ id: string }>(request, 'teams.create', {
    workshopId,
    team: { name: 'Kotihoito' },
  });
  const { id: boardId } = await api<{ id: string }>(request, 'boards.create', {
    workshopId,
    teamId,
    kind,
    name: kind,
    init,
  });
  const doc = async <T>() => (await api<{ doc: T }>(request, 'boards.get', { workshopId, id: boardId })).doc;
  return { workshopId, boardId, doc };
}

const MAP_INIT = [
  {
    type: 'addNode',
    node: {
      id: 'n1',
      kind: 'step',
      text: 'Yhteydenotto',
      laneId: 'lane-client',
      x: 100,
      y: 20,
      processTime: null,
      waitTime: null,
      performer: '',
    },
  },
];

interface NumberCase {
  name: string;
  kind: string;
  init: unknown[];
  /** Selects what the field belongs to (after every page load). */
  reach: (page: Page) => Promise<void>;
  field: (page: Page) => Locator;
  /** The saved number, read from the board's document. */
  saved: (doc: never) => number | null | undefined;
}

const CASES: NumberCase[] = [
  {
    name: 'value stream process time',
    kind: 'value-stream',
    init: [{ type: 'addStep', step: blankStep('s1', 'Vastaanotto') }],
    reach: (page) => new ValueStreamPage(page).selectStep(1),
    field: (page) => new ValueStreamPage(page).duration('Prosessiaika (työaika)').getByLabel('Tyypillinen'),
    saved: (doc: { steps: { process: { value: number | null } }[] }) => doc.steps[0]?.process.value,
  },
  {
    name: 'value stream longest wait (a range)',
    kind: 'value-stream',
    init: [{ type: 'addStep', step: blankStep('s1', 'Vastaanotto') }],
    reach: (page) => new ValueStreamPage(page).selectStep(1),
    field: (page) => new ValueStreamPage(page).duration('Odotus ennen vaihetta').getByLabel('Pisin'),
    saved: (doc: { steps: { wait: { max: number | null } }[] }) => doc.steps[0]?.wait.max,
  },
  {
    name: 'process map step duration in the inspector',
    kind: 'process-map',
    init: MAP_INIT,
    reach: async (page) => {
      const map = new ProcessMapPage(page);
      await map.canvas.focus();
      await page.keyboard.press('Tab');
      await expect(map.status).toContainText('Yhteydenotto');
    },
    field: (page) => new ProcessMapPage(page).inspector.getByLabel('Työaika: määrä'),
    saved: (doc: { nodes: { processTime: { value: number } | null }[] }) => doc.nodes[0]?.processTime?.value ?? null,
  },
  {
    name: 'measure target',
    kind: 'measures',
    init: [{ type: 'addMeasure', measure: newMeasure('m1', 'Odotusaika') }],
    reach: async () => undefined,
    field: (page) => page.getByRole('main').getByLabel('Tavoitearvo'),
    saved: (doc: { measures: { target: number | null }[] }) => doc.measures[0]?.target,
  },
];

for (const c of CASES) {
  test(`${c.name}: a number typed without leaving the field survives a host killed 1.5 s later`, async ({
    page,
    host,
  }) => {
    const s = await setUp(page.request, c.kind, c.init);
    const studio = new Studio(page);
    await studio.goto(`/#/w/${s.workshopId}/board/${s.boardId}`);
    await c.reach(page);
    const field = c.field(page);
    await field.click();
    await field.pressSequentially('12,5', { delay: 60 });
    await expect(field).toBeFocused();
    await page.waitForTimeout(1500);
    await host.kill();
    await host.restart();
    await page.reload();
    await c.reach(page);
    await expect(c.field(page)).toHaveValue('12,5');
    expect(c.saved((await s.doc()) as never)).toBe(12.5);
  });
}

test('a half-typed number stays in the field as typed and is never saved as a wrong value; one edit is one undo step', async ({
  page,
}) => {
  const s = await setUp(page.request, 'process-map', MAP_INIT);
  const studio = new Studio(page);
  await studio.goto(`/#/w/${s.workshopId}/board/${s.boardId}`);
  const map = new ProcessMapPage(page);
  const c = CASES[2]!;
  await c.reach(page);
  const field = c.field(page);
  const saved = async () => c.saved((await s.doc()) as never);

  // "1," is the number 1 on its way to "1,5": saved as 1, and the comma stays where the coach typed it.
  await field.click();
  await field.pressSequentially('1,', { delay: 30 });
  await expect.poll(saved).toBe(1);
  await studio.expectSaved();
  await expect(field).toHaveValue('1,');
  await field.pressSequentially('5', { delay: 30 });
  await expect.poll(saved).toBe(1.5);
  await expect(field).toHaveValue('1,5');

  // "-" typed over it: not a number yet, so nothing is saved while typing; leaving the field says why.
  await field.press('ControlOrMeta+a');
  await field.pressSequentially('-', { delay: 30 });
  await page.waitForTimeout(1500);
  await expect(field).toHaveValue('-');
  await expect(map.inspector.getByRole('alert')).toHaveCount(0);
  await field.press('Enter');
  await expect(map.inspector.getByRole('alert')).toContainText('Anna luku, esim. 2 tai 1,5.');
  await expect(field).toHaveValue('-');
  await field.pressSequentially('20', { delay: 30 });
  await field.press('Enter');
  await expect(map.inspector.getByRole('alert')).toContainText('Anna luku väliltä 0–100000.');
  await expect(field).toHaveValue('-20');
  await studio.expectSaved();
  expect(await saved()).toBe(1.5);
  await field.fill('20');
  await field.press('Enter');
  await expect.poll(saved).toBe(20);
  await expect(map.inspector.getByRole('alert')).toHaveCount(0);

  // Typing "1,5" saved 1 and then 1.5 in one field edit: one undo step each for it and for the 20.
  await map.canvas.focus();
  await studio.expectSaved();
  await api(page.request, 'history.undo', { workshopId: s.workshopId });
  expect(await saved()).toBe(1.5);
  await api(page.request, 'history.undo', { workshopId: s.workshopId });
  expect(await saved()).toBeNull();
});
