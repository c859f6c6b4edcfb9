import type { APIRequestContext } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './helpers/axe';

async function api<T>(request: APIRequestContext, method: string, input: unknown = {}): Promise<T> {
  const r = await request.post(`/api/${method}`, { data: input });
  const body = (await r.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}

interface WorkshopState {
  id: string;
  teams: { id: string; name: string }[];
}

test("a team's toimintamalli: open it from the team view, write a section, reload and regenerate keep it, export a .docx, axe", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.setViewportSize({ width: 1280, height: 720 });

  const demo = await api<{ id: string }>(page.request, 'library.createDemo');
  const ws = await api<WorkshopState>(page.request, 'workshop.get', { workshopId: demo.id });
  const team = ws.teams[0]!;

  // From the team view by keyboard.
  await page.goto(`/#/w/${ws.id}/team/${team.id}`);
  await expect(page.getByRole('heading', { name: team.name, level: 1 })).toBeVisible();
  const open = page.getByRole('button', { name: 'Toimintamalli', exact: true });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/w/${ws.id}/team/${team.id}/toimintamalli$`));

  // Every section in the template's order, each marked.
  const headings = page.getByRole('heading', { level: 2 });
  await expect(headings.first()).toHaveText('Perustiedot');
  await expect(headings).toHaveCount(18);
  await expect(headings.last()).toHaveText('Arvioinnin tulokset tiivistettynä');
  const tips = page.getByRole('region', { name: 'Vinkit soveltajille' });
  await expect(tips.getByText('kirjoitettava', { exact: true })).toBeVisible();
  const testing = page.getByRole('region', { name: 'Idean testaus asiakkaalla / ratkaisun testaaminen' });
  await expect(testing.getByText(/PDSA-taulusta /)).toBeVisible();
  await page.screenshot({ path: '/tmp/innokyla20-view.png' });

  // The team writes a section; it is saved as typed.
  const field = tips.getByRole('textbox', { name: 'Tiimin teksti' });
  await field.fill('Aloittakaa yhdestä koulusta ja laajentakaa vasta, kun mittari näyttää muutoksen.');
  await field.blur();
  await expect(tips.getByText('täytetty', { exact: true })).toBeVisible();
  await expect
    .poll(async () => {
      const d = await api<{ sections: { id: string; teamText: string }[] }>(page.request, 'innokyla.draft', {
        workshopId: ws.id,
        teamId: team.id,
      });
      return d.sections.find((s) => s.id === 'tips')?.teamText;
    })
    .toBe('Aloittakaa yhdestä koulusta ja laajentakaa vasta, kun mittari näyttää muutoksen.');

  // Reload: kept. Regenerate: kept.
  await page.reload();
  const tipsAgain = page.getByRole('region', { name: 'Vinkit soveltajille' });
  await expect(tipsAgain.getByRole('textbox', { name: 'Tiimin teksti' })).toHaveValue(
    'Aloittakaa yhdestä koulusta ja laajentakaa vasta, kun mittari näyttää muutoksen.',
  );
  await page.getByRole('button', { name: 'Luo luonnos uudelleen' }).click();
  await expect(page.getByText('Luonnos luotu uudelleen tiedoista; tiimin tekstit ennallaan')).toBeVisible();
  await expect(tipsAgain.getByRole('textbox', { name: 'Tiimin teksti' })).toHaveValue(
    'Aloittakaa yhdestä koulusta ja laajentakaa vasta, kun mittari näyttää muutoksen.',
  );

  // Copy as HTML: the clipboard holds the section as clean HTML.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await tipsAgain.getByRole('button', { name: 'Kopioi HTML: Vinkit soveltajille' }).click();
  await expect(page.getByText('Osio kopioitu leikepöydälle')).toBeVisible();
  const html = await page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    const blob = await items[0]!.getType('text/html');
    return blob.text();
  });
  expect(html).toContain('<h2>Vinkit soveltajille</h2>');
  expect(html).toContain('<p>Aloittakaa yhdestä koulusta');
  expect(html).not.toMatch(/class=|style=/);

  // Export: a .docx download.
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('button', { name: 'Vie Word-tiedostona' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Toimintamalli .+\.docx$/);

  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: '/tmp/innokyla20-view-2.png', fullPage: false });
  expect(problems).toEqual([]);
});
