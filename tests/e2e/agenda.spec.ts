import { test, expect } from './fixtures';
import type { APIRequestContext, BrowserContext, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/axe';

/**
 * The agenda runner and the quick timer through the real UI, with the presenter and the audience view open on the
 * same host. The host runs with its test-only `--time-scale 10` (printed in its log, shown as a badge in the panel):
 * one agenda minute takes six seconds in the backend and in both pages alike, so a real three-item agenda of
 * minutes reaches overtime within the test. Nothing is faked: the countdowns come from the stored instants.
 */
const SCALE = 10;
test.use({ hostArgs: ['--time-scale', String(SCALE)] });

async function api<T>(request: APIRequestContext, method: string, input: unknown): Promise<T> {
  const r = await request.post(`/api/${method}`, { data: input });
  const body = (await r.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}

async function workshopWithDay(
  request: APIRequestContext,
  agenda: { start: string; durationMin: number; title: string }[],
) {
  const ws = await api<{ id: string }>(request, 'library.create', { title: 'Asialistan testi' });
  const { id: dayId } = await api<{ id: string }>(request, 'days.create', {
    workshopId: ws.id,
    day: { title: 'Työpaja 1, päivä 1', date: '2026-02-03', venue: 'Tampere' },
  });
  const items = agenda.map((a, i) => ({ id: `item-${i + 1}`, ...a }));
  await api(request, 'days.setAgenda', { workshopId: ws.id, id: dayId, agenda: items });
  return { workshopId: ws.id, dayId };
}

/** The coach's window at the projector's 1280x720 on the workshop, and the audience view at 1920x1080 beside it. */
async function presenterAndAudience(
  page: Page,
  context: BrowserContext,
  workshopId: string,
  problems: string[],
): Promise<Page> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/#/w/${workshopId}`);
  await expect(page.getByRole('heading', { name: 'Työpaja 1, päivä 1' })).toBeVisible();
  const audience = await context.newPage();
  audience.on('pageerror', (e) => problems.push(`audience: ${e.message}`));
  await audience.setViewportSize({ width: 1920, height: 1080 });
  await audience.goto('/audience');
  return audience;
}

const panelButton = (page: Page) => page.getByRole('button', { name: /^Ajastin ja asialista/ });
const panel = (page: Page) => page.getByRole('region', { name: 'Ajastin ja asialista' });

/** Every text on the audience view is at least 24 px on the 1920x1080 stage. */
async function smallestAudienceText(page: Page): Promise<number> {
  return page.evaluate(() => {
    let min = Infinity;
    const stage = document.querySelector('.aud-stage');
    if (!stage) return 0;
    const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim() || !n.parentElement) continue;
      const el = n.parentElement;
      if (el.closest('svg')) continue; // board pictures are checked by the audience view's own tests
      min = Math.min(min, parseFloat(getComputedStyle(el).fontSize));
    }
    return min;
  });
}

test('a three-item agenda runs on the presenter and the audience view: countdown, overtime, +5 min, next, skip; actual times survive a restart', async ({
  page,
  host,
  context,
}) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  expect(host.log()).toContain(`TEST ONLY: agenda and timer time runs ${SCALE}x faster`);
  const { workshopId, dayId } = await workshopWithDay(page.request, [
    { start: '09:00', durationMin: 2, title: 'Avaus' },
    { start: '09:02', durationMin: 1, title: 'Ryhmätyö' },
    { start: '09:03', durationMin: 2, title: 'Purku' },
  ]);

  const audience = await presenterAndAudience(page, context, workshopId, problems);

  await panelButton(page).click();
  await expect(panel(page)).toBeVisible();
  await panel(page).getByRole('button', { name: 'Aloita asialista', exact: true }).click();
  // The scaled clock arrives with the first countdown, and the panel says so.
  await expect(panel(page).getByText(`Testinopeus ×${SCALE}`)).toBeVisible();

  // Pause at once, so both pages can be compared on a countdown that stands still (under load a running one may
  // already be over before the check); a paused countdown is the same stored remaining time in every window.
  await panel(page).getByRole('button', { name: 'Keskeytä asialistan aika' }).click();
  // Presenter: the current item and its countdown, the next item.
  const now = panel(page).getByRole('timer', { name: 'Nyt' });
  await expect(panel(page).getByText('Avaus', { exact: true })).toBeVisible();
  await expect(now).toHaveText(/^[01]:\d\d$/);
  await expect(panel(page).getByText('09:02 Ryhmätyö')).toBeVisible();
  // Audience: the day, the current item highlighted, the same countdown large.
  await expect(audience.getByRole('heading', { name: 'Työpaja 1, päivä 1' })).toBeVisible();
  await expect(audience.locator('[aria-current="step"]')).toContainText('Avaus');
  const bigClock = audience.getByRole('timer');
  await expect(bigClock).toHaveText((await now.textContent()) ?? '');
  await expect(audience.getByText('Keskeytetty', { exact: true })).toBeVisible();
  expect(await bigClock.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(200);
  expect(await smallestAudienceText(audience)).toBeGreaterThanOrEqual(24);
  await expectNoSeriousA11yViolations(audience);

  await panel(page).getByRole('button', { name: 'Jatka asialistan aikaa' }).click();
  await expect(bigClock).not.toHaveText((await now.textContent()) ?? '');

  // The timebox ends: overtime counts up on both, in the overtime colour; the chime plays once.
  await expect(now).toHaveText(/^\+\d:\d\d$/, { timeout: 30_000 });
  await expect(bigClock).toHaveText(/^\+\d:\d\d$/);
  await expect(audience.getByText('Yli ajan', { exact: true })).toBeVisible();
  expect(await bigClock.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(164, 22, 26)');
  await expect(page.locator('.ta-root')).toHaveAttribute('data-chimes', '1');
  await expect(page.getByRole('status').filter({ hasText: 'Kohdan aika päättyi: Avaus' })).toBeAttached();
  await page.waitForTimeout(1500);
  await expect(page.locator('.ta-root')).toHaveAttribute('data-chimes', '1');
  await expectNoSeriousA11yViolations(page, { include: ['.ta-panel'] });

  // +5 min: back under time.
  await panel(page).getByRole('button', { name: 'Lisää 5 minuuttia kohtaan: Avaus' }).click();
  await expect(now).toHaveText(/^[1-5]:\d\d$/);
  await expect(bigClock).toHaveText(/^[1-5]:\d\d$/);

  // Next, skip, finish.
  await panel(page).getByRole('button', { name: 'Seuraava kohta' }).click();
  await expect(audience.locator('[aria-current="step"]')).toContainText('Ryhmätyö');
  await panel(page).getByRole('button', { name: 'Ohita kohta: Ryhmätyö' }).click();
  await expect(audience.locator('[aria-current="step"]')).toContainText('Purku');
  await expect(panel(page).getByText('Seuraavaksi Viimeinen kohta')).toBeVisible();
  await page.waitForTimeout(700);
  await panel(page).getByRole('button', { name: 'Päätä viimeinen kohta' }).click();
  await expect(panel(page).getByRole('button', { name: 'Aloita asialista', exact: true })).toBeVisible();

  // The round screen's day: planned next to actual.
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(panelButton(page)).toBeFocused();
  const actual = page.getByRole('table', { name: 'Suunniteltu ja toteutunut aikataulu: Työpaja 1, päivä 1' });
  await expect(actual.getByRole('row')).toHaveCount(4);
  await expect(actual.getByRole('row', { name: /Avaus \(jatkettu 5 min/ })).toContainText('09:00–09:02');
  await expect(actual.getByRole('row', { name: /Ryhmätyö \(ohitettu\)/ })).toBeVisible();
  await expect(actual.getByRole('row', { name: /^Purku/ })).toContainText(/\d\d:\d\d\s*\d\d:\d\d/);

  // A restart keeps the actual times (they are in the workshop file).
  const before = await api<{ itemId: string; startedAt: string; endedAt: string; skipped: boolean }[]>(
    page.request,
    'agenda.log',
    { workshopId, dayId },
  );
  await host.restart();
  const after = await api<typeof before>(page.request, 'agenda.log', { workshopId, dayId });
  expect(after).toEqual(before);
  expect(after.map((l) => [l.itemId, l.skipped, l.endedAt !== ''])).toEqual([
    ['item-1', false, true],
    ['item-2', true, true],
    ['item-3', false, true],
  ]);
  await page.reload();
  await expect(page.getByRole('table', { name: /Suunniteltu ja toteutunut aikataulu/ }).getByRole('row')).toHaveCount(
    4,
  );
  expect(problems).toEqual([]);
});

test('quick timer by keyboard: Alt+T, typed minutes, 0 and 1,000 refused with a message, overtime on the audience view', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  const { workshopId } = await workshopWithDay(page.request, [{ start: '09:00', durationMin: 30, title: 'Avaus' }]);
  const audience = await presenterAndAudience(page, context, workshopId, problems);

  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('Alt+t');
  const minutes = panel(page).getByLabel('Minuutit');
  await expect(minutes).toBeFocused();

  for (const bad of ['0', '1000']) {
    await minutes.fill(bad);
    await page.keyboard.press('Enter');
    await expect(panel(page).getByRole('alert')).toHaveText('Ajastimen pituus on 1–180 minuuttia.');
    await expect(minutes).toHaveAttribute('aria-invalid', 'true');
    const state = await api<{ timer?: unknown; seq: number }>(page.request, 'presentation.get', {});
    expect(state.timer ?? null).toBeNull();
  }
  // The API refuses them the same way (nothing changes).
  for (const bad of [0, 1000]) {
    const r = await page.request.post('/api/timer.start', { data: { minutes: bad, workshopId } });
    const body = (await r.json()) as { ok: boolean; error: { key: string } };
    expect(body).toMatchObject({ ok: false, error: { key: 'agendaRun.errors.timerRange' } });
  }

  await minutes.fill('2');
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('alert')).toHaveCount(0);
  // Paused by keyboard at once (see the agenda test): both pages then show the same standing countdown.
  await panel(page).getByRole('button', { name: 'Keskeytä ajastin' }).press('Enter');
  // Read the standing value only once the backend has acknowledged the pause (the button turns to "Jatka"):
  // at 10x time a value read before that can be a second ahead of the paused one.
  await expect(panel(page).getByRole('button', { name: 'Jatka ajastinta' })).toBeVisible();
  await expect
    .poll(async () => {
      const state = await api<{ timer?: { pausedRemainingMs: number | null } }>(page.request, 'presentation.get', {});
      return state.timer?.pausedRemainingMs ?? null;
    })
    .not.toBeNull();
  const small = panel(page).getByRole('timer', { name: 'Ajastin' });
  await expect(small).toHaveText(/^[0-2]:\d\d$/);
  const shown = (await small.textContent()) ?? '';
  await expect(panelButton(page)).toHaveAccessibleName(`Ajastin ja asialista ${shown}`);
  // The audience shows the timer full screen, huge.
  const huge = audience.getByRole('timer');
  await expect(huge).toHaveText(shown);
  await expect(audience.getByText('Keskeytetty', { exact: true })).toBeVisible();
  await page.waitForTimeout(1200);
  await expect(huge).toHaveText(shown);
  expect(await huge.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(400);
  expect(await smallestAudienceText(audience)).toBeGreaterThanOrEqual(24);
  await expectNoSeriousA11yViolations(audience);

  await panel(page).getByRole('button', { name: 'Jatka ajastinta' }).press('Enter');
  await expect(huge).toHaveText(/^\+\d:\d\d$/, { timeout: 30_000 });
  await expect(audience.getByText('Yli ajan', { exact: true })).toBeVisible();
  await expect(panel(page).getByText(/^Aika ylittyi/)).toBeVisible();

  // Keyboard only: +5 min brings it back under time, pause with Space.
  await panel(page).getByRole('button', { name: 'Lisää ajastimeen 5 minuuttia' }).focus();
  await page.keyboard.press('Enter');
  await expect(huge).toHaveText(/^[1-5]:\d\d$/);
  await expect(panel(page).getByText(/^Aikaa jäljellä/)).toBeVisible();
  await panel(page).getByRole('button', { name: 'Keskeytä ajastin' }).focus();
  await page.keyboard.press('Space');
  await expect(panel(page).getByText(/^Keskeytetty/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, { include: ['.ta-panel'] });
  await panel(page).getByRole('button', { name: 'Lopeta ajastin' }).press('Enter');
  await expect(small).toHaveCount(0);
  // The projector follows the coach again.
  await expect(huge).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('an agenda with overlapping items: a calm warning in the day editor, and it runs in the listed order', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  const { workshopId } = await workshopWithDay(page.request, [
    { start: '10:00', durationMin: 60, title: 'Ryhmätyö' },
    { start: '09:30', durationMin: 60, title: 'Päällekkäinen puheenvuoro' },
  ]);
  await page.goto(`/#/w/${workshopId}`);
  const note = page.getByRole('note', { name: 'Päällekkäisiä ohjelmakohtia' });
  await expect(note).toContainText('Kohdat 1 ja 2 menevät päällekkäin klo 10:00–10:30.');
  await expect(note).toContainText('Asialista etenee listan järjestyksessä.');
  await expectNoSeriousA11yViolations(page, { include: ['.agenda'] });

  await page.getByRole('button', { name: 'Aloita asialista: Työpaja 1, päivä 1' }).click();
  const audience = await context.newPage();
  await audience.goto('/audience');
  await expect(audience.locator('[aria-current="step"]')).toContainText('Ryhmätyö');
  await panelButton(page).click();
  await panel(page).getByRole('button', { name: 'Seuraava kohta' }).click();
  await expect(audience.locator('[aria-current="step"]')).toContainText('Päällekkäinen puheenvuoro');
  // While a board-less screen is chosen the agenda stays in the corner: the coach shows the welcome screen.
  await api(page.request, 'presentation.show', { workshopId, content: { kind: 'welcome' } });
  await expect(audience.getByRole('complementary', { name: 'Päällekkäinen puheenvuoro' })).toBeVisible();
  await expect(audience.getByRole('complementary').getByRole('timer')).toHaveText(/^\d+:\d\d$/);
});
