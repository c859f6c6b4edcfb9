import type { APIRequestContext } from '@playwright/test';
import { test, expect } from './fixtures';
import { finnishMap } from '../helpers/finnish-maps';

/**
 * Issue 13: the canvas's step boxes wrap their text (the pictures' wrapping and Finnish hyphenation) and grow to hold
 * it; nothing is cut with "…". A 15-step map of 40–90-character Finnish texts, laid out with "Järjestä", at 1280x720.
 */

async function api<T>(request: APIRequestContext, method: string, input: unknown = {}): Promise<T> {
  const r = await request.post(`/api/${method}`, { data: input });
  const body = (await r.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true);
  return body.value;
}

const squash = (s: string) => s.replace(/[\s\-\u00ad]+/g, '');

test('canvas steps show their whole text on wrapped lines, boxes as tall as the lines, no overlaps', async ({
  page,
}, testInfo) => {
  const { id: workshopId } = await api<{ id: string }>(page.request, 'library.create', {
    title: 'Kääriytyvät vaiheet',
  });
  const { id: teamId } = await api<{ id: string }>(page.request, 'teams.create', {
    workshopId,
    team: { name: 'Nuorten palvelut' },
  });
  const doc = finnishMap(15, 4);
  doc.nodes[7]!.text = `${doc.nodes[7]!.text}, johon osallistuvat nuori, huoltajat ja koulun opiskeluhuollon työntekijät`;
  const init = [
    ...doc.lanes.map((lane) => ({ type: 'addLane', lane })),
    ...doc.nodes.map((node) => ({ type: 'addNode', node })),
    ...doc.edges.map((edge) => ({ type: 'addEdge', edge })),
  ];
  const { id: boardId } = await api<{ id: string }>(page.request, 'boards.create', {
    workshopId,
    teamId,
    kind: 'process-map',
    name: 'Nykytila',
    init,
  });
  await page.goto(`/#/w/${workshopId}/board/${boardId}`);
  await expect(page.locator('.pm-canvas [data-testid="pm-node"]').first()).toBeVisible();
  await page.getByRole('button', { name: 'Järjestä' }).click();
  // The arranged map fits at under 28 %, where steps are drawn as outlines only; read the text at 100 % (a map this
  // size is not culled, so every step stays mounted).
  await page
    .getByRole('toolbar', { name: 'Prosessikaavion työkalut' })
    .getByRole('button', { name: /palauta 100 %/ })
    .click();

  const nodes = page.locator('.pm-canvas [data-testid="pm-node"]');
  await expect(nodes).toHaveCount(15);
  const shown = await nodes.evaluateAll((els) =>
    els.map((el) => {
      const inner = el.querySelector<HTMLElement>('.pm-text-inner');
      const text = el.querySelector<HTMLElement>('.pm-text');
      const r = el.getBoundingClientRect();
      return {
        lines: Array.from(el.querySelectorAll('.pm-text-line')).map((l) => l.textContent ?? ''),
        box: { x: r.x, y: r.y, w: r.width, h: r.height },
        // Layout sizes (unaffected by the canvas zoom): the lines fit the text area of the box.
        textInside:
          !!inner && !!text && inner.offsetHeight <= text.clientHeight + 1 && inner.scrollWidth <= text.clientWidth + 1,
      };
    }),
  );
  const all = squash(shown.map((s) => s.lines.join(' ')).join(' '));
  for (const n of doc.nodes) expect(all, `"${n.text}" whole`).toContain(squash(n.text));
  expect(shown.map((s) => s.lines.join(' ')).join(' ')).not.toContain('…');
  expect(shown.filter((s) => !s.textInside).map((s) => s.lines.join(' '))).toEqual([]);
  // The long step is taller than the standard box, and after "Järjestä" no two boxes overlap.
  expect(Math.max(...shown.map((s) => s.lines.length))).toBeGreaterThan(4);
  for (let i = 0; i < shown.length; i++) {
    for (let j = i + 1; j < shown.length; j++) {
      const a = shown[i]!.box;
      const b = shown[j]!.box;
      const overlap = a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
      expect(overlap, `${shown[i]!.lines[0]} / ${shown[j]!.lines[0]}`).toBe(false);
    }
  }
  await page.screenshot({ path: testInfo.outputPath('wrapped-steps-fitted-1280x720.png') });
  await page.getByRole('button', { name: /^Zoomaus \d+ %, palauta 100 %$/ }).click();
  // Tab walks the flow from the start and shows each step: stop at the decision and its neighbours.
  await page.getByRole('application', { name: /^Prosessikaavio:/ }).focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  await page.screenshot({ path: testInfo.outputPath('wrapped-steps-100-1280x720.png') });
});
