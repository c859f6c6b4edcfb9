import { test, expect } from './fixtures';
import type { APIRequestContext, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/axe';

async function api<T>(request: APIRequestContext, method: string, input: unknown): Promise<T> {
  const r = await request.post(`/api/${method}`, { data: input });
  const body = (await r.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}

const TEAMS = ['Nuorten polku', 'Kotiutuminen', 'Ikäihmisten arki'] as const;

async function audienceHeading(audience: Page) {
  return audience.getByRole('heading', { level: 1 });
}

test('gallery walk over three teams: boards rotate on the audience view, visitors write notes, each team sees its feedback', async ({
  page,
  host,
  browser,
}) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));

  const ws = await api<{ id: string }>(page.request, 'library.create', { title: 'Posterikierroksen testi' });
  const ids: string[] = [];
  for (const name of TEAMS)
    ids.push(
      (
        await api<{ id: string }>(page.request, 'teams.create', {
          workshopId: ws.id,
          team: { name, county: 'pirkanmaa' },
        })
      ).id,
    );
  await api(page.request, 'boards.create', {
    workshopId: ws.id,
    teamId: ids[0],
    kind: 'process-map',
    name: 'Nykytila',
  });
  await api(page.request, 'boards.create', { workshopId: ws.id, teamId: ids[0], kind: 'ideas-wall', name: 'Ideat' });
  await api(page.request, 'boards.create', {
    workshopId: ws.id,
    teamId: ids[1],
    kind: 'fishbone',
    name: 'Miksi kotiutus katkeaa?',
  });
  // The third team has no boards at all.

  await page.goto(`/#/w/${ws.id}/gallery`);
  await expect(page.getByRole('heading', { name: 'Posterikierros', level: 1 })).toBeVisible();
  // Sensible defaults: the process map and the fishbone are chosen, the ideas wall is not.
  await expect(page.getByRole('checkbox', { name: /Nykytila/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Ideat/ })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Miksi kotiutus katkeaa/ })).toBeChecked();
  await expect(page.getByText('Tiimillä ei ole tauluja.', { exact: false })).toBeVisible();
  await page.getByRole('group', { name: TEAMS[2] }).getByRole('combobox', { name: 'Aika' }).selectOption('3');
  await expect(page.getByText('3 tiimiä, yhteensä 13 min')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The projector: a second page against the same host.
  const audienceCtx = await browser.newContext({ locale: 'fi-FI', viewport: { width: 1920, height: 1080 } });
  let audience = await audienceCtx.newPage();
  await audience.goto(`${host.url.split('?')[0]}audience`);

  await page.getByRole('button', { name: 'Aloita posterikierros' }).click();
  await expect(page.getByText('Nyt vuorossa: tiimi 1/3')).toBeVisible();
  await expect(await audienceHeading(audience)).toHaveText(TEAMS[0]);
  await expect(audience.getByText('Pirkanmaan hyvinvointialue · Tiimi 1/3')).toBeVisible();
  await expect(audience.getByRole('timer')).toHaveAccessibleName(/^Aikaa jäljellä [45]:\d\d$/);
  await expect(audience.getByText('Prosessikaavio', { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(audience);

  // Quick notes for team 1: Enter adds, the kind toggles.
  const note = page.getByRole('textbox', { name: /^Palaute tiimille / });
  await note.fill('Aamun soittoaika – kokeillaan meilläkin');
  await note.press('Enter');
  await expect(note).toHaveValue('');
  await page.getByRole('radio', { name: 'Kysymys' }).check();
  await note.fill('Miten saitte asiakasedustajan mukaan?');
  await note.press('Enter');
  const list = page.getByRole('region', { name: 'Mitä voisimme varastaa' });
  await expect(list.getByText('Aamun soittoaika – kokeillaan meilläkin')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Kysymys' }).getByText('Miten saitte asiakasedustajan mukaan?'),
  ).toBeVisible();

  // A 5,000-character note gets a clear message and is not added.
  await note.fill('x'.repeat(5000));
  await expect(
    page.getByRole('alert').filter({ hasText: 'Palaute on liian pitkä: 5000 merkkiä, enintään 2000.' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lisää palaute' })).toBeDisabled();
  await note.fill('');

  // The clicker's PageDown works while typing: team 2 on the projector; the note form follows.
  await note.press('PageDown');
  await expect(page.getByText('Nyt vuorossa: tiimi 2/3')).toBeVisible();
  await expect(await audienceHeading(audience)).toHaveText(TEAMS[1]);
  await expect(page.getByRole('combobox', { name: 'Palaute tiimille' })).toHaveValue(ids[1]!);
  await page.getByRole('radio', { name: 'Mitä voisimme varastaa' }).check();
  await page.getByRole('combobox', { name: 'Keneltä' }).selectOption({ label: TEAMS[2] });
  await note.fill('Kotiutuksen tarkistuslista');
  await note.press('Enter');
  await expect(page.getByText(`Tiimiltä ${TEAMS[2]}`)).toBeVisible();

  // Space pauses (focus outside text fields), → moves on: the team without boards is shown with its name.
  await page.getByRole('heading', { name: 'Vierailijoiden palaute' }).click();
  await page.keyboard.press('Space');
  await expect(audience.getByText('Tauolla', { exact: true })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(await audienceHeading(audience)).toHaveText(TEAMS[2]);
  await expect(audience.getByText('Tiimi esittelee työnsä')).toBeVisible();
  await expect(audience.getByRole('timer')).toHaveAccessibleName('Aikaa jäljellä 3:00');
  await expectNoSeriousA11yViolations(audience);
  await expectNoSeriousA11yViolations(page);

  // The audience window closed mid-walk and opened again: the walk is where it was (state is in the backend).
  await audience.close();
  audience = await audienceCtx.newPage();
  await audience.goto(`${host.url.split('?')[0]}audience`);
  await expect(await audienceHeading(audience)).toHaveText(TEAMS[2]);
  await expect(audience.getByText('Tauolla', { exact: true })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(await audienceHeading(audience)).toHaveText(TEAMS[1]);

  await page.getByRole('button', { name: 'Lopeta kierros' }).click();
  await expect(page.getByRole('button', { name: 'Aloita posterikierros' })).toBeVisible();
  await audienceCtx.close();

  // After a restart every note is still there, and each team sees its own feedback on its page.
  await host.restart();
  await page.goto(`/#/w/${ws.id}/team/${ids[0]}`);
  const panel = page.getByRole('region', { name: 'Posterikierroksen palaute' });
  await expect(panel.getByText('Aamun soittoaika – kokeillaan meilläkin')).toBeVisible();
  await expect(panel.getByText('Miten saitte asiakasedustajan mukaan?')).toBeVisible();
  await expect(panel.getByText('Kotiutuksen tarkistuslista')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.goto(`/#/w/${ws.id}/team/${ids[1]}`);
  await expect(
    page.getByRole('region', { name: 'Posterikierroksen palaute' }).getByText('Kotiutuksen tarkistuslista'),
  ).toBeVisible();
  await page.goto(`/#/w/${ws.id}/team/${ids[2]}`);
  await expect(page.getByText('Tiimi ei ole vielä saanut palautetta posterikierrokselta.')).toBeVisible();

  expect(problems).toEqual([]);
});
