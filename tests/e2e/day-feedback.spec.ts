import { test, expect } from './fixtures';
import type { APIRequestContext, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/axe';

async function api<T>(request: APIRequestContext, method: string, input: unknown): Promise<T> {
  const r = await request.post(`/api/${method}`, { data: input });
  const body = (await r.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}

const Q = ['Järjestelyt', 'Oppiminen', 'Tiimin yhteistyö', 'Kokonaisarvio'] as const;

/** One respondent's turn: scores per question (null = skipped) and a comment. */
async function answer(page: Page, scores: (number | null)[], comment: string) {
  const flow = page.getByRole('dialog');
  await flow.getByRole('button', { name: 'Aloita vastaaminen' }).click();
  await expect(flow.getByRole('heading', { name: 'Palaute työpajapäivästä' })).toBeFocused();
  // A fresh form: nothing of the previous respondent.
  await expect(flow.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(flow.getByRole('textbox', { name: /Vapaa palaute/ })).toHaveValue('');
  for (const [i, s] of scores.entries()) {
    if (s !== null)
      await flow
        .getByRole('group', { name: new RegExp(`^${Q[i]}`) })
        .getByRole('radio', { name: new RegExp(`^${s} `) })
        .check();
  }
  if (comment) await flow.getByRole('textbox', { name: /Vapaa palaute/ }).fill(comment);
  await flow.getByRole('button', { name: 'Lähetä palaute' }).click();
  await expect(flow.getByRole('heading', { name: 'Kiitos! Anna kone seuraavalle' })).toBeFocused();
  await expect(flow.getByRole('status')).toHaveText(/Kiitos! Vastauksesi on tallennettu./);
  // The hand-over screen shows nothing of the answer.
  await expect(flow.getByRole('radio')).toHaveCount(0);
  if (comment) await expect(page.getByText(comment)).toHaveCount(0);
}

test('three respondents pass the laptop around; an empty form saves nothing; the summary shows n=3 and the means', async ({
  page,
  host,
}) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));

  const ws = await api<{ id: string }>(page.request, 'library.create', { title: 'Palautteen testi' });
  await api(page.request, 'days.create', {
    workshopId: ws.id,
    day: { title: 'Työpaja 2', date: '2026-03-03', venue: 'Tampere' },
  });

  await page.goto(`/#/w/${ws.id}/feedback`);
  await expect(page.getByRole('heading', { name: 'Päivän palaute', level: 1 })).toBeVisible();
  await expect(page.getByText('Tästä päivästä ei ole vielä palautetta.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Aloita palautteen keruu' }).click();
  const flow = page.getByRole('dialog');
  await expect(flow.getByRole('heading', { name: 'Anna palautetta päivästä' })).toBeFocused();
  await expectNoSeriousA11yViolations(page);

  await answer(page, [4, 5, 2, 4], 'Hyvä päivä, kiitos');

  // An empty form: a calm message, nothing saved, the laptop can go on.
  await flow.getByRole('button', { name: 'Aloita vastaaminen' }).click();
  await expectNoSeriousA11yViolations(page);
  await flow.getByRole('button', { name: 'Lähetä palaute' }).click();
  await expect(flow.getByRole('alert')).toContainText('mitään ei tallennettu');
  await flow.getByRole('alert').getByRole('button', { name: 'Anna kone seuraavalle' }).click();
  await expect(flow.getByRole('heading', { name: 'Kiitos! Anna kone seuraavalle' })).toBeFocused();
  await expect(flow.getByRole('status')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await answer(page, [5, 4, 2, 4], '');
  await answer(page, [3, null, 5, 4], 'Aamu oli pitkä');
  await flow.getByRole('button', { name: 'Lopeta palautteen keruu' }).click();
  await expect(page.getByRole('button', { name: 'Aloita palautteen keruu' })).toBeFocused();

  // (4+5+3)/3 = 4,0; (5+4)/2 = 4,5; (2+2+5)/3 = 3,0; (4+4+4)/3 = 4,0.
  const check = async () => {
    await expect(page.getByText('3 vastaajaa')).toBeVisible();
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows.filter({ hasText: 'Järjestelyt' }).getByRole('cell').first()).toHaveText('4,0');
    await expect(rows.filter({ hasText: 'Oppiminen' }).getByRole('cell').first()).toHaveText('4,5');
    await expect(rows.filter({ hasText: 'Tiimin yhteistyö' }).getByRole('cell').first()).toHaveText('3,0');
    await expect(rows.filter({ hasText: 'Kokonaisarvio' }).getByRole('cell').first()).toHaveText('4,0');
    await expect(page.getByRole('main').getByRole('listitem')).toHaveText(['Aamu oli pitkä', 'Hyvä päivä, kiitos']);
  };
  await check();
  await expectNoSeriousA11yViolations(page);

  await host.restart();
  await page.reload();
  await check();
  expect(problems).toEqual([]);
});
