import { readFileSync } from 'node:fs';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { dotVoteSmall, dotVoteTexts, initCommands, pdsaSmall, pdsaTexts } from '../helpers/picture-boards';
import { driverDiagramSmall, ideasWallSmall, measuresSmall, type PictureBoard } from '../helpers/picture-boards-more';

/**
 * Board picture export (issue 13) for the kinds whose commands come from a small registry: PDSA, measures, dot
 * vote, ideas wall, driver diagram. The PNG and SVG buttons download the projector's picture; the SVG holds every
 * text of the board; a phone number in the board refuses the export with the translated message. The palette
 * (Ctrl+K) and the right-click menu run the same commands.
 */

async function api<T>(request: APIRequestContext, method: string, input: unknown = {}): Promise<T> {
  const r = await request.post(`/api/${method}`, { data: input });
  const body = (await r.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true);
  return body.value;
}

interface Case {
  kind: string;
  name: string;
  board: PictureBoard;
}

const CASES: Case[] = [
  {
    kind: 'pdsa',
    name: 'PDSA muistutus',
    board: { init: initCommands('pdsa', pdsaSmall()), texts: pdsaTexts(pdsaSmall()) },
  },
  { kind: 'measures', name: 'Mittarit', board: measuresSmall() },
  {
    kind: 'dot-vote',
    name: 'Äänestys',
    board: { init: initCommands('dot-vote', dotVoteSmall()), texts: dotVoteTexts(dotVoteSmall()) },
  },
  { kind: 'ideas-wall', name: 'Ideaseinä', board: ideasWallSmall() },
  { kind: 'driver-diagram', name: 'Ajuripuu', board: driverDiagramSmall() },
];

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const squash = (s: string) => s.replace(/[\s\-\u00ad\u2010]+/g, '');

/** The words of an SVG document's <text> elements, entities decoded, in document order. */
function svgTexts(svg: string): string {
  const texts = [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
  return texts
    .join(' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const event = page.waitForEvent('download');
  await click();
  const d = await event;
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

async function createBoard(page: Page, kind: string, name: string, init: PictureBoard['init']) {
  const ws = await api<{ id: string }>(page.request, 'library.create', { title: `Kuvavienti ${kind}` });
  const team = await api<{ id: string }>(page.request, 'teams.create', { workshopId: ws.id, team: { name: 'Tiimi' } });
  const board = await api<{ id: string }>(page.request, 'boards.create', {
    workshopId: ws.id,
    teamId: team.id,
    kind,
    name,
    init,
  });
  return { ws: ws.id, board: board.id };
}

/**
 * Clicks a toolbar command by its name: on the bar when it fits there, else from the bar's "more" menu, where a full
 * bar puts the rare commands (the exports) first.
 */
async function pressToolbar(main: Locator, name: string): Promise<void> {
  const button = main.getByRole('button', { name, exact: true });
  const more = main.getByRole('button', { name: 'Lisää toimintoja' });
  // The board is up once the command is on the bar or the bar has its "more" menu.
  await expect(button.or(more).first()).toBeVisible();
  if (await button.isVisible()) return button.click();
  await more.click();
  await main.page().getByRole('menuitem', { name, exact: true }).click();
}

for (const c of CASES) {
  test(`${c.kind}: the board exports as PNG and SVG with every text; a phone number refuses it`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const { ws, board } = await createBoard(page, c.kind, c.name, c.board.init);
    await page.goto(`/#/w/${ws}/board/${board}`);
    const main = page.getByRole('main');
    // The board is up once its PNG command is on the bar or in the bar's "more" menu.
    await expect(
      main
        .getByRole('button', { name: 'PNG', exact: true })
        .or(main.getByRole('button', { name: 'Lisää toimintoja' }))
        .first(),
    ).toBeVisible();
    await page.screenshot({ path: `/tmp/export13-${c.kind}-1280x720.png` });

    const p = await download(page, () => pressToolbar(main, 'PNG'));
    expect(p.name).toMatch(/\.png$/);
    expect(p.bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);

    const s = await download(page, () => pressToolbar(main, 'SVG'));
    expect(s.name).toMatch(/\.svg$/);
    const svg = s.bytes.toString('utf8');
    expect(svg).toMatch(/^<svg\b/);
    const all = squash(svgTexts(svg));
    for (const text of c.board.texts) expect(all, `"${text}" in the SVG`).toContain(squash(text));

    // The same board with a phone number in its name: refused with the message, nothing downloaded.
    const bad = await createBoard(page, c.kind, `${c.name}, soita 040 1234567`, c.board.init);
    await page.goto(`/#/w/${bad.ws}/board/${bad.board}`);
    let downloads = 0;
    page.on('download', () => downloads++);
    for (const name of ['PNG', 'SVG']) {
      await pressToolbar(main, name);
      await expect(
        page
          .getByText(
            'Taulussa on 1 henkilötieto (henkilötunnus, puhelinnumero tai sähköposti). Poista se ennen kuin viet taulun kuvana.',
          )
          .first(),
      ).toBeVisible();
    }
    expect(downloads).toBe(0);
  });
}

test('the export is in the Ctrl+K palette and the right-click menu (PDSA)', async ({ page }) => {
  const { ws, board } = await createBoard(page, 'pdsa', 'PDSA muistutus', initCommands('pdsa', pdsaSmall()));
  await page.goto(`/#/w/${ws}/board/${board}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('button', { name: 'PNG', exact: true })).toBeVisible();

  await main.getByRole('button', { name: 'PNG', exact: true }).focus();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog');
  await expect(palette.getByRole('option', { name: /Vie taulu vektorikuvana \(SVG\)/ })).toBeVisible();
  await page.keyboard.type('vektori');
  const fromPalette = await download(page, () => page.keyboard.press('Enter'));
  expect(fromPalette.name).toMatch(/\.svg$/);

  await main.locator('.pdsa-list').click({ button: 'right', position: { x: 20, y: 200 } });
  const menu = page.getByRole('menu');
  const fromMenu = await download(page, () => menu.getByRole('menuitem', { name: /Vie taulu kuvana \(PNG\)/ }).click());
  expect(fromMenu.bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);
});
