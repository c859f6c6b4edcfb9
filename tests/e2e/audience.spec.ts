import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { WallPage } from './pages/wall';

async function api<T>(request: APIRequestContext, method: string, input: unknown = {}): Promise<T> {
  const r = await request.post(`/api/${method}`, { data: input });
  const body = (await r.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true);
  return body.value;
}

interface Setup {
  workshopId: string;
  wallId: string;
  fishId: string;
}

/** A workshop with one team, its ideas wall and a fishbone. */
async function setup(request: APIRequestContext): Promise<Setup> {
  const { id: workshopId } = await api<{ id: string }>(request, 'library.create', { title: 'Projektorin testi' });
  const { id: teamId } = await api<{ id: string }>(request, 'teams.create', {
    workshopId,
    team: { name: 'Nuorten polku' },
  });
  const { id: wallId } = await api<{ id: string }>(request, 'boards.create', {
    workshopId,
    teamId,
    kind: 'ideas-wall',
    name: 'Ideaseinä: jonot',
  });
  const { id: fishId } = await api<{ id: string }>(request, 'boards.create', {
    workshopId,
    teamId,
    kind: 'fishbone',
    name: 'Kalanruoto: odotus',
  });
  return { workshopId, wallId, fishId };
}

function projectorButton(page: Page) {
  return page.getByRole('banner').getByRole('button', { name: /^Projektori/ });
}

async function projectorMenu(page: Page) {
  await projectorButton(page).click();
  const menu = page.getByRole('menu', { name: 'Projektori' });
  await expect(menu).toBeVisible();
  return menu;
}

/** Opens the audience page from the Projektori menu, as a coach in the browser host does. */
async function openAudience(page: Page): Promise<Page> {
  const menu = await projectorMenu(page);
  const [aud] = await Promise.all([
    page.context().waitForEvent('page'),
    menu.getByRole('menuitem', { name: 'Avaa projektori-ikkuna' }).click(),
  ]);
  await aud.waitForLoadState();
  expect(new URL(aud.url()).pathname).toBe('/audience');
  return aud;
}

function audienceTitle(aud: Page) {
  return aud.getByRole('heading', { level: 1 });
}

function collectErrors(...pages: Page[]): string[] {
  const problems: string[] = [];
  for (const p of pages) p.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

test('the projector follows the coach, shows an edit at once, freezes, blanks and shows a board on demand', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const s = await setup(page.request);
  const wall = new WallPage(page);
  await page.goto(`/#/w/${s.workshopId}/board/${s.wallId}`);
  await expect(wall.canvas).toBeVisible();
  await expect(projectorButton(page)).toContainText('Seuraa');

  const aud = await openAudience(page);
  const problems = collectErrors(page, aud);
  await expect(audienceTitle(aud)).toHaveText('Ideaseinä: jonot');
  await expect(aud.getByText('Nuorten polku · Ideaseinä')).toBeVisible();
  // Nothing of the coach's UI reaches the room.
  await expect(aud.getByRole('banner')).toHaveCount(0);
  await expect(aud.getByRole('button')).toHaveCount(0);

  // An idea typed on the laptop appears on the projector (the time is measured in tests/bench/audience-latency).
  await wall.canvas.focus();
  await wall.addNoteByKeyboard('Takaisinsoitto');
  await expect(aud.locator('.aud-picture-svg svg')).toContainText('Takaisinsoitto');

  // Freeze: the coach looks at another board, the room keeps the wall.
  await page.keyboard.press('Control+Shift+F');
  await expect(projectorButton(page)).toContainText('Pysäytetty');
  await page.goto(`/#/w/${s.workshopId}/board/${s.fishId}`);
  await expect(page.getByRole('main')).toContainText('Kalanruoto: odotus');
  await expect(audienceTitle(aud)).toHaveText('Ideaseinä: jonot');
  await page.keyboard.press('Control+Shift+F');
  await expect(projectorButton(page)).toContainText('Seuraa');
  await expect(audienceTitle(aud)).toHaveText('Kalanruoto: odotus');

  // Blank: truly black, nothing on it; and back.
  await page.keyboard.press('Control+Shift+B');
  await expect(projectorButton(page)).toContainText('Pimennetty');
  await expect(aud.getByRole('main')).toHaveAttribute('data-mode', 'blank');
  await expect(aud.locator('.aud-stage')).toHaveCount(0);
  expect(await aud.evaluate(() => getComputedStyle(document.querySelector('main')!).backgroundColor)).toBe(
    'rgb(0, 0, 0)',
  );
  expect(await aud.evaluate(() => document.body.innerText.trim())).toBe('');
  await expectNoSeriousA11yViolations(aud);
  await page.keyboard.press('Control+Shift+B');
  await expect(projectorButton(page)).toContainText('Seuraa');
  await expect(audienceTitle(aud)).toHaveText('Kalanruoto: odotus');

  // From the menu: show this board now holds it while the coach moves on; "what the room sees" is stated.
  await page.goto(`/#/w/${s.workshopId}/board/${s.wallId}`);
  await expect(audienceTitle(aud)).toHaveText('Ideaseinä: jonot');
  let menu = await projectorMenu(page);
  await expect(page.getByText('Valkokankaalla: Taulu: Ideaseinä: jonot')).toBeVisible();
  await expect(menu.getByRole('menuitemradio', { name: /Seuraa näkymääni/ })).toHaveAttribute('aria-checked', 'true');
  await expectNoSeriousA11yViolations(page);
  await menu.getByRole('menuitem', { name: /Näytä tämä taulu nyt/ }).click();
  await expect(projectorButton(page)).toContainText('Pysäytetty');
  await page.goto(`/#/w/${s.workshopId}`);
  await expect(audienceTitle(aud)).toHaveText('Ideaseinä: jonot');
  menu = await projectorMenu(page);
  await menu.getByRole('menuitemradio', { name: /Seuraa näkymääni/ }).click();
  // The round view has nothing for the room: the calm welcome screen with the workshop's title.
  await expect(audienceTitle(aud)).toHaveText('Projektorin testi');

  // The menu is keyboard-complete: Enter opens it, arrows move, Enter picks. (The audience page holds the window
  // focus, so the active element is read rather than asserted with toBeFocused.)
  const active = () =>
    page.evaluate(
      () => document.activeElement?.getAttribute('data-command') ?? document.activeElement?.className ?? '',
    );
  await page.mouse.move(640, 700); // hovering an item would move the menu's focus to it
  await projectorButton(page).focus();
  await page.keyboard.press('Enter');
  await expect.poll(active).toBe('projector.open');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(active).toBe('projector.blank');
  await page.keyboard.press('Enter');
  await expect(projectorButton(page)).toContainText('Pimennetty');
  await expect.poll(active).toContain('projector-button');
  await page.keyboard.press('Control+Shift+B');
  await expect(projectorButton(page)).toContainText('Seuraa');

  expect(problems).toEqual([]);
  void host;
});

test('the day goes on: audience closed and reopened, host restarted, a shown board deleted or unknown', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const s = await setup(page.request);
  await page.goto(`/#/w/${s.workshopId}/board/${s.wallId}`);
  let aud = await openAudience(page);
  const problems = collectErrors(page);
  await expect(audienceTitle(aud)).toHaveText('Ideaseinä: jonot');

  // The projector window closed mid-day: the coach carries on; reopening shows where the coach is now.
  await aud.close();
  await page.goto(`/#/w/${s.workshopId}/board/${s.fishId}`);
  await expect(page.getByRole('main')).toContainText('Kalanruoto: odotus');
  aud = await openAudience(page);
  problems.push(...collectErrors(aud));
  await expect(audienceTitle(aud)).toHaveText('Kalanruoto: odotus');

  // The host restarts (its presentation state is in memory): both pages reconnect, the coach's page reports again,
  // the audience reads the state afresh and shows the same board.
  await page.keyboard.press('Control+Shift+F');
  await expect(projectorButton(page)).toContainText('Pysäytetty');
  await host.restart();
  await expect(projectorButton(page)).toContainText('Seuraa', { timeout: 20_000 });
  await expect(audienceTitle(aud)).toHaveText('Kalanruoto: odotus', { timeout: 20_000 });
  // And it is live again after the restart.
  await api(page.request, 'boards.rename', {
    workshopId: s.workshopId,
    id: s.fishId,
    name: 'Kalanruoto: miksi odotetaan',
  });
  await expect(audienceTitle(aud)).toHaveText('Kalanruoto: miksi odotetaan');

  // A board shown on the projector is deleted: a calm message, not an error.
  await api(page.request, 'presentation.show', {
    workshopId: s.workshopId,
    content: { kind: 'board', boardId: s.wallId },
  });
  await expect(audienceTitle(aud)).toHaveText('Ideaseinä: jonot');
  await api(page.request, 'boards.delete', { workshopId: s.workshopId, id: s.wallId });
  await expect(audienceTitle(aud)).toHaveText('Taulua ei enää ole');
  await expect(aud.getByText('Taulu on poistettu. Valmentaja valitsee seuraavan näkymän.')).toBeVisible();
  await expectNoSeriousA11yViolations(aud);

  // A board id nobody has: the same calm message.
  await api(page.request, 'presentation.show', {
    workshopId: s.workshopId,
    content: { kind: 'board', boardId: '99999999-9999-4999-8999-999999999999' },
  });
  await expect(audienceTitle(aud)).toHaveText('Taulua ei enää ole');

  // Undo brings the board back, and the projector shows it again.
  await api(page.request, 'presentation.show', {
    workshopId: s.workshopId,
    content: { kind: 'board', boardId: s.wallId },
  });
  await api(page.request, 'history.undo', { workshopId: s.workshopId });
  await expect(audienceTitle(aud)).toHaveText('Ideaseinä: jonot');

  expect(problems).toEqual([]);
});

interface TextSize {
  text: string;
  px: number;
}

/** Every visible text on the page with its rendered size in screen px (SVG text: font size × the SVG's scale). */
function visibleTextSizes(aud: Page): Promise<TextSize[]> {
  return aud.evaluate(() => {
    const out: { text: string; px: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const el = n.parentElement;
      if (!text || !el) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const rect = range.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden' || cs.display === 'none' || Number(cs.opacity) === 0) continue;
      let px = parseFloat(cs.fontSize);
      if (el instanceof SVGGraphicsElement) {
        const m = el.getScreenCTM();
        if (m) px *= Math.hypot(m.a, m.b);
      } else {
        const stage = el.closest<HTMLElement>('.aud-stage');
        if (stage) px *= stage.getBoundingClientRect().width / stage.offsetWidth;
      }
      out.push({ text: text.slice(0, 60), px: Math.round(px * 100) / 100 });
    }
    return out;
  });
}

test('every audience screen reads from the back of the room: text >= 24 px at 1920x1080, axe clean, light and high contrast', async ({
  browser,
  page,
  host,
}) => {
  test.setTimeout(300_000);
  const demo = await api<{ id: string }>(page.request, 'library.createDemo');
  const ws = await api<{ boards: { id: string; kind: string; name: string }[] }>(page.request, 'workshop.get', {
    workshopId: demo.id,
  });
  const byKind = new Map<string, { id: string; name: string }>();
  for (const b of ws.boards) if (!byKind.has(b.kind)) byKind.set(b.kind, b);
  expect(byKind.size).toBeGreaterThanOrEqual(9);

  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    locale: 'fi-FI',
    baseURL: host.origin,
  });
  const aud = await context.newPage();
  const problems = collectErrors(aud);
  await aud.goto('/audience');

  for (const theme of ['light', 'high-contrast'] as const) {
    await api(page.request, 'settings.set', { theme });
    await expect(aud.locator('html')).toHaveAttribute('data-theme', theme);
    const screens: { label: string; content: unknown; ready: () => Promise<void> }[] = [
      {
        label: 'welcome',
        content: { kind: 'welcome' },
        ready: () => expect(audienceTitle(aud)).toHaveText(/Esimerkkityöpaja/),
      },
      ...[...byKind].map(([kind, b]) => ({
        label: kind,
        content: { kind: 'board', boardId: b.id },
        ready: async () => {
          await expect(audienceTitle(aud)).toHaveText(b.name);
          await expect(aud.locator('.aud-picture-svg svg, .aud-picture-missing').first()).toBeVisible();
        },
      })),
    ];
    for (const screen of screens) {
      await api(page.request, 'presentation.show', { workshopId: demo.id, content: screen.content });
      await screen.ready();
      const sizes = await visibleTextSizes(aud);
      expect(sizes.length, `${theme} ${screen.label}: some text`).toBeGreaterThan(0);
      const small = sizes.filter((s) => s.px < 24 - 0.01);
      expect(small, `${theme} ${screen.label}: texts under 24 px`).toEqual([]);
      await expectNoSeriousA11yViolations(aud);
      if (theme === 'high-contrast') {
        // The high-contrast theme aims at AAA (7:1) for its HTML text.
        const aaa = await new AxeBuilder({ page: aud }).withRules(['color-contrast-enhanced']).analyze();
        expect(
          aaa.violations.map((v) => v.nodes.map((n) => n.target.join(' '))),
          `${screen.label}: AAA contrast`,
        ).toEqual([]);
      }
    }
    await api(page.request, 'presentation.setMode', { mode: 'blank' });
    await expect(aud.getByRole('main')).toHaveAttribute('data-mode', 'blank');
    expect(await visibleTextSizes(aud)).toEqual([]);
    expect(await aud.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');
    await expectNoSeriousA11yViolations(aud);
    await api(page.request, 'presentation.setMode', { mode: 'follow' });
  }
  expect(problems).toEqual([]);
  await context.close();
});
