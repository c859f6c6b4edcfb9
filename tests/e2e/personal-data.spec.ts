import type { APIRequestContext } from '@playwright/test';
import { test, expect } from './fixtures';

async function api<T>(request: APIRequestContext, method: string, input: unknown = {}): Promise<T> {
  const r = await request.post(`/api/${method}`, { data: input });
  const body = (await r.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}

test('a board picture with a phone number in it is refused with a message and nothing is downloaded; without it, it downloads', async ({
  page,
}, testInfo) => {
  const ws = await api<{ id: string }>(page.request, 'library.create', { title: 'Kuvan henkilötiedot' });
  const team = await api<{ id: string }>(page.request, 'teams.create', {
    workshopId: ws.id,
    team: { name: 'Nuorten polku' },
  });
  const board = await api<{ id: string }>(page.request, 'boards.create', {
    workshopId: ws.id,
    teamId: team.id,
    kind: 'fishbone',
    name: 'Miksi nuori odottaa?',
    init: [{ type: 'setEffect', text: 'Nuori odottaa, soittaa numeroon 040/1234567 turhaan' }],
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/#/w/${ws.id}/board/${board.id}`);
  const exports = page.getByRole('main').getByRole('group', { name: 'Vie kuvana' });

  let downloads = 0;
  page.on('download', () => downloads++);
  for (const button of ['PNG', 'SVG']) {
    await exports.getByRole('button', { name: button }).click();
    await expect(
      page
        .getByText(
          'Taulussa on 1 henkilötieto (henkilötunnus, puhelinnumero tai sähköposti). Poista se ennen kuin viet taulun kuvana.',
        )
        .first(),
    ).toBeVisible();
  }
  await page.screenshot({ path: testInfo.outputPath('picture-refused-1280x720.png') });
  expect(downloads).toBe(0);

  // The number taken out of the text, the same buttons give the picture.
  await api(page.request, 'boards.apply', {
    workshopId: ws.id,
    id: board.id,
    command: { type: 'setEffect', text: 'Nuori odottaa, soittaa turhaan' },
  });
  await expect(page.getByText('Nuori odottaa, soittaa turhaan').first()).toBeVisible();
  const download = page.waitForEvent('download');
  await exports.getByRole('button', { name: 'SVG' }).click();
  expect((await download).suggestedFilename()).toBe('Miksi-nuori-odottaa.svg');
});
