import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { api } from './helpers/audience-picture';

const STEPS = 400;
const LANES = 4;
/** Step i: lane i % 4, one column per four steps, a chain s0 → s1 → … */
const step = (i: number) => ({
  id: `s${i}`,
  kind: 'step',
  text: `Vaihe ${i + 1}: asiakas odottaa seuraavaa käyntiä`,
  laneId: `lane-${i % LANES}`,
  x: Math.floor(i / LANES) * 260,
  y: 30,
  processTime: null,
  waitTime: null,
  performer: '',
});

async function bigMap(page: Page): Promise<{ ws: string; board: string }> {
  const ws = await api<{ id: string }>(page.request, 'library.create', { title: 'Iso kartta' });
  const team = await api<{ id: string }>(page.request, 'teams.create', { workshopId: ws.id, team: { name: 'Tiimi' } });
  const init = [
    ...Array.from({ length: LANES }, (_, i) => ({
      type: 'addLane',
      lane: { id: `lane-${i}`, type: 'other', name: `Kaista ${i + 1}`, collapsed: false },
    })),
    ...Array.from({ length: STEPS }, (_, i) => ({ type: 'addNode', node: step(i) })),
    ...Array.from({ length: STEPS - 1 }, (_, i) => ({
      type: 'addEdge',
      edge: { id: `e${i}`, source: `s${i}`, target: `s${i + 1}`, label: '', branch: null },
    })),
  ];
  const board = await api<{ id: string }>(page.request, 'boards.create', {
    workshopId: ws.id,
    teamId: team.id,
    kind: 'process-map',
    name: 'Nykytila',
    init,
  });
  return { ws: ws.id, board: board.id };
}

/** React Flow's viewport transform: translate(x, y) scale(zoom). */
async function viewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  const style = (await page.locator('.react-flow__viewport').first().getAttribute('style')) ?? '';
  const m = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(style);
  if (!m) throw new Error(`no transform in "${style}"`);
  return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
}

test('a 400-step map fitted is drawn as one picture: a step is picked, dragged to another lane (one undo) and opened by double-click', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const { ws, board } = await bigMap(page);
  await page.goto(`/#/w/${ws}/board/${board}`);
  const flow = page.locator('.pm-canvas .react-flow').first();
  await expect(flow).toBeVisible();
  // At the readable zoom the steps are React Flow nodes, as always.
  await expect(page.locator('.react-flow__node[data-id="s0"]')).toBeVisible();
  await expect(flow).not.toHaveAttribute('data-far-view', 'true');

  await page.getByRole('button', { name: 'Sovita näkymään' }).click();
  await expect(flow).toHaveAttribute('data-far-view', 'true');
  await expect(page.locator('.pm-far-layer')).toHaveAttribute('data-steps', String(STEPS));
  // No step is mounted as a node; the lanes are.
  await expect(page.locator('.react-flow__node-pm')).toHaveCount(0);
  for (let i = 0; i < LANES; i++)
    await expect(page.locator(`.react-flow__node-lane[data-id="lane:lane-${i}"]`)).toBeAttached();
  await page.screenshot({ path: testInfo.outputPath('map-400-far-1280x720.png') });
  await page.screenshot({
    path: testInfo.outputPath('map-400-far-strip.png'),
    clip: { x: 260, y: 470, width: 400, height: 60 },
    scale: 'device',
  });

  // Step s41 (lane 1, column 10): its centre on screen from the lane's band and the viewport.
  const v = await viewport(page);
  const flowBox = (await flow.boundingBox())!;
  const lane = (i: number) => page.locator(`.react-flow__node-lane[data-id="lane:lane-${i}"]`).boundingBox();
  const lane1 = (await lane(1))!;
  const lane3 = (await lane(3))!;
  const s = step(41);
  const at = { x: flowBox.x + v.x + (s.x + 100) * v.zoom, y: lane1.y + (s.y + 20) * v.zoom };

  // A click picks it: the inspector names it.
  await page.mouse.click(at.x, at.y);
  await expect(page.getByRole('textbox', { name: /Teksti|Vaiheen teksti/ }).first()).toHaveValue(/^Vaihe 42:/);

  // A drag down to lane 4 moves it there, one command.
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  const to = lane3.y + lane3.height / 2;
  for (let k = 1; k <= 10; k++) await page.mouse.move(at.x, at.y + ((to - at.y) * k) / 10);
  await page.mouse.up();
  const laneOf = async () => {
    const b = await api<{ doc: { nodes: { id: string; laneId: string }[] } }>(page.request, 'boards.get', {
      workshopId: ws,
      id: board,
    });
    return b.doc.nodes.find((n) => n.id === 's41')!.laneId;
  };
  await expect.poll(laneOf).toBe('lane-3');
  await page.keyboard.press('Control+z');
  await expect.poll(laneOf).toBe('lane-1');

  // A double-click zooms to the step at the readable zoom, where it is a node again. (Undo may have moved the view to
  // what it undid: the step's place on screen is taken again.)
  const v2 = await viewport(page);
  const back = (await lane(1))!;
  await page.mouse.dblclick(flowBox.x + v2.x + (s.x + 100) * v2.zoom, back.y + (s.y + 20) * v2.zoom);
  await expect(flow).not.toHaveAttribute('data-far-view', 'true');
  await expect(page.getByRole('button', { name: /Zoomaus 67 %/ })).toBeVisible();
  await expect(page.locator('.react-flow__node[data-id="s41"]')).toBeVisible();
});
