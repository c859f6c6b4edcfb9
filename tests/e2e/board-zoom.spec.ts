import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { ZOOM_RANGE } from '../../renderer/src/boards/kit/zoom';

/** Issue 15: one pan/zoom stage. The same gestures zoom every canvas board, within one range. */

async function api<T>(request: APIRequestContext, method: string, input: unknown = {}): Promise<T> {
  const r = await request.post(`/api/${method}`, { data: input });
  const body = (await r.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}

interface View {
  x: number;
  y: number;
  scale: number;
}

/** The stage's transform: the view every layer is drawn through. */
function stageView(page: Page): Promise<View> {
  return page.evaluate(() => {
    const s = (window as unknown as { __studioStage?: { x(): number; y(): number; scaleX(): number } }).__studioStage;
    if (!s) throw new Error('no stage');
    return { x: s.x(), y: s.y(), scale: s.scaleX() };
  });
}

/** The zoom the toolbar shows, in per cent (read from the reset button's name, which is there even in the menu). */
async function shownPercent(page: Page): Promise<number> {
  const name = await page.locator('[role="toolbar"] .zoom-value').getAttribute('aria-label');
  return Number(/(\d+) %/.exec(name ?? '')?.[1]);
}

const BOARDS = [
  { kind: 'fishbone', name: 'Miksi jonot?', toolbar: 'Kalanruotokaavion työkalut', fit: 'Sovita näkymään' },
  { kind: 'ideas-wall', name: 'Ideat', toolbar: 'Ideaseinän työkalut', fit: 'Sovita koko seinä näkyviin' },
  { kind: 'value-stream', name: 'Kotiutus', toolbar: 'Arvovirran työkalut', fit: 'Näytä koko arvovirta' },
] as const;

test.use({ viewport: { width: 1280, height: 720 } });

for (const b of BOARDS) {
  test(`${b.kind}: Ctrl+wheel, + / − / 0, wheel and space/middle drag work the view within the one zoom range`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const w = await api<{ id: string }>(page.request, 'library.create', { title: 'Zoomaus' });
    const team = await api<{ id: string }>(page.request, 'teams.create', { workshopId: w.id, team: { name: 'Tiimi' } });
    const board = await api<{ id: string }>(page.request, 'boards.create', {
      workshopId: w.id,
      teamId: team.id,
      kind: b.kind,
      name: b.name,
    });
    await page.goto(`/#/w/${w.id}/board/${board.id}`);
    const toolbar = page.getByRole('toolbar', { name: b.toolbar });
    // The board's code loads on first use; a busy machine takes a while.
    await expect(toolbar).toBeVisible({ timeout: 30_000 });
    const canvas = page.getByRole('application').first();
    await expect(canvas).toBeVisible();
    await page.waitForFunction(() => !!(window as unknown as { __studioStage?: unknown }).__studioStage);

    // 0 is 100 %, + and − step by the same factor on every board.
    await canvas.focus();
    await page.keyboard.press('0');
    await expect.poll(() => shownPercent(page)).toBe(100);
    await page.keyboard.type('+');
    await expect.poll(() => shownPercent(page)).toBe(120);
    await page.keyboard.press('-');
    await expect.poll(() => shownPercent(page)).toBe(100);
    await expect.poll(async () => (await stageView(page)).scale).toBeCloseTo(1, 6);

    // Ctrl+wheel zooms around the pointer: the board point under it stays put.
    const box = (await canvas.boundingBox())!;
    // Whole pixels: the browser reports the pointer in them.
    const at = { x: Math.round(box.x + box.width * 0.3), y: Math.round(box.y + box.height * 0.4) };
    await page.mouse.move(at.x, at.y);
    const before = await stageView(page);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await expect.poll(() => shownPercent(page)).toBe(110);
    const after = await stageView(page);
    // Within a tenth of a board pixel: the canvas box sits at a fractional offset.
    const local = { x: at.x - box.x, y: at.y - box.y };
    expect((local.x - after.x) / after.scale).toBeCloseTo((local.x - before.x) / before.scale, 1);
    expect((local.y - after.y) / after.scale).toBeCloseTo((local.y - before.y) / before.scale, 1);

    // A plain wheel pans and leaves the zoom alone.
    await page.mouse.wheel(0, 120);
    await expect.poll(async () => (await stageView(page)).y).toBeCloseTo(after.y - 120, 3);
    expect((await stageView(page)).scale).toBeCloseTo(after.scale, 6);

    // Space + drag pans, even starting over something on the board; so does the middle button.
    const panned = await stageView(page);
    await canvas.focus();
    await page.keyboard.down(' ');
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 60, at.y + 30, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.up(' ');
    await expect.poll(async () => (await stageView(page)).x).toBeCloseTo(panned.x + 60, 3);
    expect((await stageView(page)).y).toBeCloseTo(panned.y + 30, 3);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down({ button: 'middle' });
    await page.mouse.move(at.x - 40, at.y, { steps: 4 });
    await page.mouse.up({ button: 'middle' });
    await expect.poll(async () => (await stageView(page)).x).toBeCloseTo(panned.x + 20, 3);

    // The range is the same on every board: + stops at its top, − at its bottom, the toolbar shows where it is.
    await canvas.focus();
    for (let i = 0; i < 12; i++) await page.keyboard.type('+');
    await expect.poll(async () => (await stageView(page)).scale).toBe(ZOOM_RANGE.max);
    await expect.poll(() => shownPercent(page)).toBe(ZOOM_RANGE.max * 100);
    await page.keyboard.down('Control');
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    expect((await stageView(page)).scale).toBe(ZOOM_RANGE.max);
    for (let i = 0; i < 40; i++) await page.keyboard.press('-');
    await expect.poll(async () => (await stageView(page)).scale).toBe(ZOOM_RANGE.min);

    // The toolbar's buttons are the same actions: fit, then 100 % from the percentage.
    await toolbar.getByRole('button', { name: b.fit }).click();
    await expect.poll(() => shownPercent(page)).toBeGreaterThan(ZOOM_RANGE.min * 100);
    const fitted = await stageView(page);
    await toolbar.getByRole('button', { name: /^Zoomaus \d+ %, palauta 100 %$/ }).click();
    await expect.poll(() => shownPercent(page)).toBe(100);
    await toolbar.getByRole('button', { name: 'Lähennä' }).click();
    await expect.poll(() => shownPercent(page)).toBe(120);
    await toolbar.getByRole('button', { name: 'Loitonna' }).click();
    await expect.poll(() => shownPercent(page)).toBe(100);
    // Shift+1 is the same fit as the button.
    await page.keyboard.type('+');
    await canvas.focus();
    await page.keyboard.press('Shift+1');
    await expect.poll(async () => (await stageView(page)).scale).toBeCloseTo(fitted.scale, 6);

    await page.screenshot({ path: `/tmp/kit15-zoom-${b.kind}.png` });
    await expectNoSeriousA11yViolations(page, { include: ['[role="toolbar"]'] });
  });
}
