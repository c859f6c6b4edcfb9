import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { finnishMap } from '../helpers/finnish-maps';

async function api<T>(request: APIRequestContext, method: string, input: unknown = {}): Promise<T> {
  const r = await request.post(`/api/${method}`, { data: input });
  const body = (await r.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}

/** A workshop with one team and one process map built from `doc` through the board's own commands. */
async function mapBoard(page: Page, steps: number, lanes: number): Promise<{ ws: string; board: string }> {
  const ws = await api<{ id: string }>(page.request, 'library.create', { title: `Kartta ${steps}` });
  const team = await api<{ id: string }>(page.request, 'teams.create', {
    workshopId: ws.id,
    team: { name: 'Nuorten palvelut' },
  });
  const doc = finnishMap(steps, lanes);
  const init = [
    ...doc.lanes.map((lane) => ({ type: 'addLane', lane })),
    ...doc.nodes.map((node) => ({ type: 'addNode', node })),
    ...doc.edges.map((edge) => ({ type: 'addEdge', edge })),
    ...doc.markers.map((marker) => ({ type: 'addMarker', marker })),
  ];
  const board = await api<{ id: string }>(page.request, 'boards.create', {
    workshopId: ws.id,
    teamId: team.id,
    kind: 'process-map',
    name: `Nykytila ${steps}`,
    init,
  });
  return { ws: ws.id, board: board.id };
}

const transformOf = (page: Page) => page.locator('.react-flow__viewport').first().getAttribute('style');

async function inside(node: Locator, pane: Locator): Promise<boolean> {
  const a = await node.boundingBox();
  const b = await pane.boundingBox();
  return (
    !!a &&
    !!b &&
    a.x >= b.x - 1 &&
    a.y >= b.y - 1 &&
    a.x + a.width <= b.x + b.width + 1 &&
    a.y + a.height <= b.y + b.height + 1
  );
}

test('a 300-step map: opens at a readable zoom at the start of the flow, "Järjestä" shares columns, fit shows the first and last steps and says text is small', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const { ws, board } = await mapBoard(page, 300, 5);
  await page.goto(`/#/w/${ws}/board/${board}`);
  const pane = page.locator('.react-flow').first();
  await expect(pane).toBeVisible();
  // Opens at the readable zoom (text 12 px: 67 %) with the first step of the flow in view.
  await expect(page.getByRole('button', { name: /Zoomaus 67 %/ })).toBeVisible();
  await expect(page.locator('.react-flow__node[data-id="s0"]')).toBeVisible();
  expect(await inside(page.locator('.react-flow__node[data-id="s0"]'), pane)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('map-300-open-1280x720.png') });

  const before = await transformOf(page);
  await page.getByRole('button', { name: 'Sovita näkymään' }).click();
  await expect.poll(() => transformOf(page)).not.toBe(before);
  const first = page.locator('.react-flow__node[data-id="s0"]');
  const last = page.locator('.react-flow__node[data-id="s299"]');
  await expect(last).toBeAttached();
  await expect.poll(() => inside(first, pane)).toBe(true);
  await expect.poll(() => inside(last, pane)).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'pienempää kuin luettava 12 px' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('map-300-fitted-1280x720.png') });
});

test('a 15-step map: opens at the readable zoom, "Järjestä" puts steps in flow columns, lanes named in whole words', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const { ws, board } = await mapBoard(page, 15, 4);
  const doc = finnishMap(15, 4);
  await page.goto(`/#/w/${ws}/board/${board}`);
  await expect(page.locator('.react-flow').first()).toBeVisible();
  // Too wide to fit at 1280x720 with readable text: opens at the readable zoom (67 %) at the start of the flow.
  await expect(page.getByRole('button', { name: /Zoomaus 67 %/ })).toBeVisible();
  await page.getByRole('button', { name: 'Järjestä' }).click();
  // Creation positions are scrambled; after the layout every connector runs forward (a step's column follows the flow).
  const xOf = async (id: string) => (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())?.x ?? NaN;
  await expect
    .poll(async () => {
      for (const e of doc.edges)
        if (!((await xOf(e.target)) > (await xOf(e.source)))) return `${e.source}->${e.target}`;
      return 'forward';
    })
    .toBe('forward');
  // Lane names wrap between words or at hyphenation points, never as "Päihdepoliklinik ka".
  const lines = await page.locator('.pm-lane-line').allTextContents();
  expect(lines.length).toBeGreaterThan(4);
  for (const l of lines) expect(l.trim().length).toBeGreaterThan(1);
  const joined = lines.join(' ');
  expect(joined).toContain('Koulu ja');
  expect(joined).toContain('opiskeluhuolto');
  expect(joined).toContain('mielenterveys-');
  await page.screenshot({ path: testInfo.outputPath('map-15-arranged-1280x720.png') });
  await expectNoSeriousA11yViolations(page);
});
