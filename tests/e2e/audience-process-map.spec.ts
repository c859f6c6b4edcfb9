import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { finnishMap } from '../helpers/finnish-maps';

/**
 * The process map on the audience view at 1920x1080 (issue 13): a 6-step map (one section), the 15-step, 4-lane
 * reference map (three sections at most) and a 30-step, 5-lane map of Finnish labels, stepped through every section with presentation.setSection, show every step text whole, nothing
 * under 24 px as rendered, no two texts on top of each other, axe clean in light and high contrast.
 */

async function api<T>(request: APIRequestContext, method: string, input: unknown = {}): Promise<T> {
  const r = await request.post(`/api/${method}`, { data: input });
  const body = (await r.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true);
  return body.value;
}

interface TextBox {
  text: string;
  px: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

function pictureTexts(aud: Page): Promise<TextBox[]> {
  return aud.evaluate(() =>
    Array.from(document.querySelectorAll<SVGTextElement>('.aud-picture-svg svg text')).map((el) => {
      const m = el.getScreenCTM();
      const r = el.getBoundingClientRect();
      return {
        text: el.textContent ?? '',
        px: parseFloat(getComputedStyle(el).fontSize) * (m ? Math.hypot(m.a, m.b) : 1),
        x: r.x,
        y: r.y,
        w: r.width,
        h: r.height,
      };
    }),
  );
}

/** Pairs of texts whose boxes overlap by more than a sliver (glyph boxes of adjacent lines may touch). */
function overlaps(boxes: readonly TextBox[]): string[] {
  const out: string[] = [];
  const live = boxes.filter((b) => b.w > 0 && b.h > 0 && b.text.trim() !== '');
  for (let i = 0; i < live.length; i++) {
    for (let j = i + 1; j < live.length; j++) {
      const a = live[i]!;
      const b = live[j]!;
      const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (dx > 2 && dy > Math.min(a.h, b.h) * 0.25) out.push(`"${a.text}" / "${b.text}"`);
    }
  }
  return out;
}

/** Text compared without spaces and hyphens: wrapping and hyphenation may break it anywhere else it is the same. */
const squash = (s: string) => s.replace(/[\s\-\u00ad\u2010]+/g, '');

test('6-, 15- and 30-step Finnish process maps show every step whole in at most 1, 3 and 9 sections, at 24 px or more, nothing overlapping', async ({
  browser,
  page,
  host,
}, testInfo) => {
  test.setTimeout(600_000);
  const { id: workshopId } = await api<{ id: string }>(page.request, 'library.create', {
    title: 'Kartat projektorilla',
  });
  const { id: teamId } = await api<{ id: string }>(page.request, 'teams.create', {
    workshopId,
    team: { name: 'Nuorten palvelut' },
  });
  // Most sections each map may take: the room sees the 15-step reference map in three screens, a 6-step map in one
  // (gutters for continuation stubs only where a connector is cut, a lane-name column where every word fits whole).
  const maps = [
    { label: 'map-6x3', doc: finnishMap(6, 3), name: 'Nykytila 6', maxSections: 1 },
    { label: 'map-15x4', doc: finnishMap(15, 4), name: 'Nykytila 15', maxSections: 3 },
    { label: 'map-30x5', doc: finnishMap(30, 5), name: 'Nykytila 30', maxSections: 9 },
  ];
  const boards: { label: string; id: string; name: string; texts: string[]; maxSections: number }[] = [];
  for (const m of maps) {
    // The map as described (its own lanes only): a new board's default client lane is removed.
    const init = [
      ...m.doc.lanes.map((lane) => ({ type: 'addLane', lane })),
      { type: 'deleteLane', id: 'lane-client' },
      ...m.doc.nodes.map((node) => ({ type: 'addNode', node })),
      ...m.doc.edges.map((edge) => ({ type: 'addEdge', edge })),
      ...m.doc.markers.map((marker) => ({ type: 'addMarker', marker })),
    ];
    const { id } = await api<{ id: string }>(page.request, 'boards.create', {
      workshopId,
      teamId,
      kind: 'process-map',
      name: m.name,
      init,
    });
    boards.push({
      label: m.label,
      id,
      name: m.name,
      texts: [...m.doc.nodes.map((n) => n.text), ...m.doc.lanes.map((l) => l.name)],
      maxSections: m.maxSections,
    });
  }

  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    locale: 'fi-FI',
    baseURL: host.origin,
  });
  const aud = await context.newPage();
  const problems: string[] = [];
  aud.on('pageerror', (e) => problems.push(e.message));
  await aud.goto('/audience');

  for (const theme of ['light', 'high-contrast'] as const) {
    await api(page.request, 'settings.set', { theme });
    await expect(aud.locator('html')).toHaveAttribute('data-theme', theme);
    for (const b of boards) {
      await api(page.request, 'presentation.show', { workshopId, content: { kind: 'board', boardId: b.id } });
      await expect(aud.getByRole('heading', { level: 1 })).toHaveText(b.name);
      await expect(aud.locator('.aud-picture-svg > svg')).toBeVisible();
      await expect(aud.getByRole('main')).toHaveAttribute('data-sections', /^\d+$/);
      const n = Number(await aud.getByRole('main').getAttribute('data-sections'));
      expect(n, `${b.label}: sections`).toBeGreaterThanOrEqual(1);
      expect(n, `${b.label}: sections`).toBeLessThanOrEqual(b.maxSections);
      await expect
        .poll(async () => (await api<{ sections?: number }>(page.request, 'presentation.get')).sections)
        .toBe(n);
      const seen: string[] = [];
      for (let i = 0; i < n; i++) {
        if (i > 0) {
          await api(page.request, 'presentation.setSection', { index: i });
          await expect(aud.locator('.aud-picture')).toHaveAttribute('data-section', String(i));
        }
        const boxes = await pictureTexts(aud);
        expect(boxes.length, `${b.label} ${i + 1}/${n}: some text`).toBeGreaterThan(0);
        expect(
          boxes.filter((t) => t.px < 24 - 0.01).map((t) => `${t.text} ${t.px.toFixed(1)}px`),
          `${theme} ${b.label} ${i + 1}/${n}: under 24 px`,
        ).toEqual([]);
        expect(overlaps(boxes), `${theme} ${b.label} ${i + 1}/${n}: overlapping texts`).toEqual([]);
        expect(boxes.map((t) => t.text).join(' '), `${b.label}: nothing left out`).not.toMatch(/…|\+\d+ lisää/);
        seen.push(boxes.map((t) => t.text).join(' '));
        if (theme === 'light' || i === 0)
          await aud.screenshot({ path: testInfo.outputPath(`${b.label}-${theme}-${i + 1}of${n}.png`) });
        if (i === 0) {
          await expectNoSeriousA11yViolations(aud);
          if (theme === 'high-contrast') {
            const aaa = await new AxeBuilder({ page: aud }).withRules(['color-contrast-enhanced']).analyze();
            expect(
              aaa.violations.map((v) => v.nodes.map((x) => x.target.join(' '))),
              `${b.label}: AAA contrast`,
            ).toEqual([]);
          }
        }
      }
      const all = squash(seen.join(' '));
      for (const text of b.texts) expect(all, `${theme} ${b.label}: "${text}" whole`).toContain(squash(text));
    }
  }
  expect(problems).toEqual([]);
  await context.close();
});
