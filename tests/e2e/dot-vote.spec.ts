import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import type { Page, APIRequestContext } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/axe';

const NOTES = [
  'Ajanvaraus vain puhelimitse aamulla',
  'Lähete vaatii lääkärin allekirjoituksen',
  'Sama tarina kerrotaan kolmesti',
  'Kirjaukset eri järjestelmissä',
  'Ei konsultaatioaikaa kalenterissa',
  'Odotusaikana ei tukea',
  'Huoltajan suostumus viivästyttää',
  'Idea: chat koulupäivän jälkeen',
  'Idea: nimetty yhteyshenkilö',
];

async function api<T>(request: APIRequestContext, method: string, input: unknown): Promise<T> {
  const r = await request.post(`/api/${method}`, { data: input });
  const body = (await r.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}

/** One voter's turn on the passed-around laptop: role, dots (option index → count), cast. */
async function vote(page: Page, role: string, dots: Record<number, number>, options: string[]) {
  const flow = page.getByRole('dialog');
  await flow.getByRole('button', { name: 'Aloita äänestys' }).click();
  await flow.getByRole('button', { name: role, exact: true }).click();
  await expect(flow.getByRole('heading', { name: 'Äänestyslippusi' })).toBeVisible();
  // A fresh ballot: nothing of the previous voter is visible.
  await expect(flow.getByRole('img', { name: /^0 pistettä:/ })).toHaveCount(options.length);
  for (const [i, n] of Object.entries(dots)) {
    for (let k = 0; k < n; k++)
      await flow.getByRole('button', { name: `Lisää piste: ${options[Number(i)]}`, exact: true }).click();
  }
  await flow.getByRole('button', { name: 'Jätä ääni' }).click();
  await expect(flow.getByText('Kiitos! Äänesi on tallennettu.')).toBeVisible();
}

test('a team votes privately, adds paper dots, breaks a tie at place 3 in a second round and sends winners onwards', async ({
  page,
  host,
}) => {
  test.setTimeout(240_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));

  // A team of 6 (one client representative, four professionals, one process owner) plus its coach, and its ideas wall.
  const ws = await api<{ id: string }>(page.request, 'library.create', { title: 'Pisteäänestyksen testi' });
  const { id: teamId } = await api<{ id: string }>(page.request, 'teams.create', {
    workshopId: ws.id,
    team: { name: 'Nuorten polku' },
  });
  const roster: [string, string][] = [
    ['Eveliina Koskinen', 'client-rep'],
    ['Sanna Lehtinen', 'professional'],
    ['Johanna Heikkinen', 'professional'],
    ['Mikko Laine', 'professional'],
    ['Antti Mäkinen', 'professional'],
    ['Pekka Räsänen', 'process-owner'],
    ['Tiina Aaltonen', 'coach'],
  ];
  for (const [name, role] of roster)
    await api(page.request, 'members.create', { workshopId: ws.id, teamId, member: { name, role } });
  const wall = await api<{ id: string }>(page.request, 'boards.create', {
    workshopId: ws.id,
    teamId,
    kind: 'ideas-wall',
    name: 'Ideaseinä',
    init: NOTES.map((text, i) => ({
      type: 'addNote',
      note: {
        id: `note-${i}`,
        text,
        color: 'yellow',
        authorRole: '',
        clusterId: null,
        x: 40 + (i % 3) * 220,
        y: 40 + Math.floor(i / 3) * 150,
      },
    })),
  });

  await page.goto(`/#/w/${ws.id}/team/${teamId}`);
  await page.getByLabel('Taulun tyyppi').selectOption({ label: 'Pisteäänestys' });
  await page.getByRole('textbox', { name: 'Taulun nimi' }).fill('Mihin tartumme ensin?');
  await page.getByRole('button', { name: 'Luo taulu' }).click();
  await page.getByRole('button', { name: 'Piilota sivupalkki' }).click();

  // Options from the ideas wall (links kept).
  await page.getByLabel('Mistä äänestetään?').fill('Mihin juurisyyhyn tartumme ensin?');
  await page.getByLabel('Mistä äänestetään?').press('Enter');
  await page.getByRole('button', { name: 'Tuo tauluilta' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Tuo vaihtoehtoja tauluilta' });
  await importDialog.getByRole('checkbox', { name: 'Valitse kaikki (9)' }).check();
  await importDialog.getByRole('button', { name: 'Lisää 9 vaihtoehtoa' }).click();
  await expect(page.getByRole('heading', { name: 'Vaihtoehdot (9)' })).toBeVisible();
  // Each option shows where it came from.
  await expect(page.getByText('Ideaseinä', { exact: true })).toHaveCount(9);

  // Rules: 3 dots suggested for 9 options; the team votes by role; both laptop and paper.
  await expect(page.getByLabel('Pisteitä äänestäjälle')).toHaveValue('3');
  await expect(page.getByText('Ehdotus: 3 (noin kolmannes vaihtoehdoista)')).toBeVisible();
  await page.getByRole('radio', { name: /Molemmat/ }).check();
  await page.getByRole('radio', { name: /Tiimin jäsenet rooleittain/ }).check();
  await expect(page.getByRole('textbox', { name: 'Ammattilainen', exact: true })).toHaveValue('4');
  await expect(page.getByRole('textbox', { name: 'Valmentaja', exact: true })).toHaveValue('0');
  await page.screenshot({ path: test.info().outputPath('dot-vote-setup.png') });
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Aloita äänestys' }).click();
  await expect(page.getByText('0 / 6 on äänestänyt koneella')).toBeVisible();

  // Private ballots on the passed-around laptop.
  await page.getByRole('button', { name: 'Aloita kiertävä äänestys' }).click();
  const flow = page.getByRole('dialog');
  await expect(flow.getByRole('heading', { name: 'Äänestäjä 1 / 6' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // The client representative first votes [0, 1, 2], then corrects the ballot before handing the laptop on.
  await vote(page, 'Asiakasedustaja', { 0: 1, 1: 1, 2: 1 }, NOTES);
  await flow.getByRole('button', { name: 'Korjaa äsken jätetty ääni' }).click();
  await flow.getByRole('button', { name: `Poista piste: ${NOTES[2]}` }).click();
  await flow.getByRole('button', { name: `Lisää piste: ${NOTES[0]}` }).click();
  // No more than 2 dots on one option.
  await expect(flow.getByRole('button', { name: `Lisää piste: ${NOTES[0]}` })).toBeDisabled();
  await flow.getByRole('button', { name: 'Tallenna korjaus' }).click();
  await expect(flow.getByRole('heading', { name: 'Äänestäjä 2 / 6' })).toBeVisible();
  await vote(page, 'Ammattilainen', { 0: 1, 1: 1, 2: 1 }, NOTES);
  await vote(page, 'Ammattilainen', { 0: 1, 1: 1, 3: 1 }, NOTES);
  await vote(page, 'Ammattilainen', { 1: 1, 2: 1, 3: 1 }, NOTES);
  await page.screenshot({ path: test.info().outputPath('dot-vote-handover.png') });
  // The budget holds: after three dots every + is disabled.
  await flow.getByRole('button', { name: 'Aloita äänestys' }).click();
  await flow.getByRole('button', { name: 'Ammattilainen', exact: true }).click();
  for (const i of [0, 4, 5]) await flow.getByRole('button', { name: `Lisää piste: ${NOTES[i]}`, exact: true }).click();
  await expect(flow.getByText('Kaikki pisteet käytetty')).toBeVisible();
  await expect(flow.getByRole('button', { name: `Lisää piste: ${NOTES[6]}` })).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('dot-vote-ballot.png') });
  await expectNoSeriousA11yViolations(page);
  await flow.getByRole('button', { name: 'Jätä ääni' }).click();
  // Only the roles with a free place are offered.
  await flow.getByRole('button', { name: 'Aloita äänestys' }).click();
  await expect(flow.getByRole('button', { name: 'Ammattilainen', exact: true })).toHaveCount(0);
  await flow.getByRole('button', { name: 'Prosessinomistaja' }).click();
  for (const i of [1, 2, 6]) await flow.getByRole('button', { name: `Lisää piste: ${NOTES[i]}`, exact: true }).click();
  await flow.getByRole('button', { name: 'Jätä ääni' }).click();
  await expect(flow.getByRole('heading', { name: 'Kaikki ovat äänestäneet' })).toBeVisible();
  await flow.getByRole('button', { name: 'Palaa valmentajalle' }).click();
  await expect(page.getByText('6 / 6 on äänestänyt koneella')).toBeVisible();
  // Results stay hidden until the reveal.
  await expect(page.getByText('Tulos on piilossa')).toBeVisible();

  // Paper dots from 4 more voters; a negative count is explained and not saved.
  await page.getByLabel('Paperilla äänestäneitä').fill('4');
  await page.getByLabel(NOTES[0]!, { exact: true }).fill('-2');
  await expect(page.getByText('Määrä ei voi olla negatiivinen.')).toBeVisible();
  await page.getByRole('button', { name: 'Tallenna paperipisteet' }).click();
  await expect(page.getByText('Korjaa merkityt kentät ennen tallennusta.')).toBeVisible();
  for (const [i, n] of [
    [0, 2],
    [1, 1],
    [2, 1],
    [3, 2],
  ] as const)
    await page.getByLabel(NOTES[i]!, { exact: true }).fill(String(n));
  await page.getByRole('button', { name: 'Tallenna paperipisteet' }).click();
  await expect(page.getByText('Paperilla äänesti 4 henkilöä.')).toBeVisible();

  // Reveal: 10 voters; totals 7, 6, 4, 4 → a tie at place 3.
  await page.getByRole('button', { name: 'Paljasta tulos' }).click();
  const ranked = page.getByRole('list', { name: 'Tulos järjestyksessä' });
  await expect(page.getByText('Kierros 1 · 10 äänestäjää · 24 pistettä · näistä 4 paperilla')).toBeVisible();
  await expect(ranked.getByRole('listitem').nth(0)).toContainText(NOTES[0]!);
  await expect(ranked.getByRole('listitem').nth(0)).toContainText('7');
  await expect(ranked.getByRole('listitem').nth(1)).toContainText(NOTES[1]!);
  await expect(ranked.getByLabel('Jaettu sija 3')).toHaveCount(2);
  await expect(ranked.getByText('Tasapeli rajalla')).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'Tasapeli sijalla 3' })).toBeVisible();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.getByRole('heading', { name: 'Mihin juurisyyhyn tartumme ensin?' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('dot-vote-result.png') });
  await expectNoSeriousA11yViolations(page);
  // Breakdown by role: totals only.
  await page.getByText('Jakauma rooleittain').click();
  await expect(page.getByRole('columnheader', { name: 'Ammattilainen (4)' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Paperi (4)' })).toBeVisible();

  // A paper count corrected after the reveal is shown as a correction; the tie stays.
  await page.getByText('Korjaa paperipisteitä').click();
  await page.getByRole('textbox', { name: NOTES[5]!, exact: true }).fill('1');
  await page.getByRole('button', { name: 'Tallenna korjaus' }).click();
  await expect(page.getByRole('note')).toContainText('Tulosta korjattu paljastuksen jälkeen:');
  await expect(page.getByRole('note')).toContainText(`${NOTES[5]} 0 → 1`);
  await expect(ranked.getByLabel('Jaettu sija 3')).toHaveCount(2);

  // The second round on the tied options in one step.
  await page.getByRole('button', { name: 'Toinen kierros tasapisteisistä (2)' }).click();
  await expect(page.getByRole('button', { name: 'Kierros 2', pressed: true })).toBeVisible();
  await expect(
    page.getByText('2 pistettä äänestäjälle, enintään 2 yhdelle vaihtoehdolle · 2 vaihtoehtoa'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Aloita kiertävä äänestys' }).click();
  const second = [NOTES[2]!, NOTES[3]!];
  await vote(page, 'Asiakasedustaja', { 0: 1 }, second);
  await vote(page, 'Ammattilainen', { 0: 2 }, second);
  await vote(page, 'Ammattilainen', { 0: 1, 1: 1 }, second);
  await vote(page, 'Ammattilainen', { 1: 1 }, second);
  await vote(page, 'Ammattilainen', { 0: 1 }, second);
  // The last voter uses the keyboard only.
  await page.keyboard.press('Tab');
  await expect(flow.getByRole('button', { name: 'Aloita äänestys' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(flow.getByRole('button', { name: 'Prosessinomistaja' })).toBeFocused();
  await page.keyboard.press('Enter');
  for (let k = 0; k < 4; k++) await page.keyboard.press('Tab');
  await expect(flow.getByRole('button', { name: `Lisää piste: ${second[1]}` })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(flow.getByText('Kaikki pisteet käytetty')).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(flow.getByRole('button', { name: 'Jätä ääni' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(flow.getByRole('heading', { name: 'Kaikki ovat äänestäneet' })).toBeVisible();
  await flow.getByRole('button', { name: 'Palaa valmentajalle' }).click();
  await page.getByRole('button', { name: 'Paljasta tulos' }).click();
  await expect(ranked.getByRole('listitem').nth(0)).toContainText(NOTES[2]!);
  await expect(page.getByText('Selvä tulos: 1 vaihtoehto valittiin.')).toBeVisible();

  // Winners become change ideas: round 1's two clear winners and the second round's winner.
  const decide = page.getByRole('group', { name: 'Valitse vietävät vaihtoehdot' });
  for (const i of [0, 1, 2]) await expect(decide.getByRole('checkbox', { name: NOTES[i]! })).toBeChecked();
  await expect(decide.getByRole('checkbox', { name: NOTES[3]! })).not.toBeChecked();
  await page.getByRole('button', { name: 'Tee muutosideoiksi (PDSA)' }).click();
  await expect(page.getByText('3 vaihtoehtoa vietiin muutosideoiksi.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('dot-vote-decided.png') });
  // The result as a PNG picture.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tallenna tulos kuvana (PNG)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Mihin tartumme ensin- – Kierros 2.png');
  const png = readFileSync((await download.path())!);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.length).toBeGreaterThan(5000);

  // A source deleted after the vote: the result stays, marked "source removed".
  await api(page.request, 'boards.delete', { workshopId: ws.id, id: wall.id });

  // Restart: everything is still there.
  await host.restart();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Kierros 2', pressed: true })).toBeVisible();
  await expect(page.getByText('3 vaihtoehtoa vietiin muutosideoiksi.')).toBeVisible();
  await expect(page.getByText('lähde poistettu').first()).toBeVisible();
  await page.getByRole('button', { name: 'Kierros 1', pressed: false }).click();
  await expect(ranked.getByRole('listitem').nth(0)).toContainText('7');
  await expect(ranked.getByLabel('Jaettu sija 3')).toHaveCount(2);
  const board = await api<{ doc: { decision: { as: string; sources: { boardId: string; itemId: string }[] } } }>(
    page.request,
    'boards.get',
    {
      workshopId: ws.id,
      id: page.url().split('/board/')[1]!,
    },
  );
  expect(board.doc.decision.as).toBe('change-idea');
  expect(board.doc.decision.sources.map((s) => s.itemId)).toEqual(['note-0', 'note-1', 'note-2']);
  await expectNoSeriousA11yViolations(page);
  expect(problems).toEqual([]);
});
