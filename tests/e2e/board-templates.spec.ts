import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { LibraryPage } from './pages/library';
import { WorkshopPage } from './pages/workshop';
import { ProcessMapPage } from './pages/process-map';
import { FI } from './pages/studio';

/** The lane names of the open workshop's boards, by board name, read from the API. */
async function laneNames(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const post = async (m: string, body: unknown) =>
      (
        await (
          await fetch(`/api/${m}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          })
        ).json()
      ).value;
    const w = decodeURIComponent(location.hash.match(/#\/w\/([^/?]+)/)![1]!);
    const ws = await post('workshop.get', { workshopId: w });
    const out: Record<string, string[]> = {};
    for (const b of ws.boards)
      out[b.name] = ((await post('boards.get', { workshopId: w, id: b.id })).doc.lanes ?? []).map(
        (l: { name: string }) => l.name,
      );
    return out;
  });
}

test('a process map from a target group template: the lanes in the workshop language, one undo step', async ({
  page,
}) => {
  const lib = new LibraryPage(page);
  const ws = new WorkshopPage(page);
  const map = new ProcessMapPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Pohjatesti');
  await ws.addTeam('Nuoret');

  const boards = ws.boards;
  await boards.getByLabel('Taulun tyyppi').selectOption({ label: 'Prosessikaavio' });
  const template = boards.getByLabel('Pohja');
  await expect(template).toHaveValue('');
  await template.selectOption({ label: 'Nuoret (mielenterveys ja päihteet)' });
  await expect(boards).toContainText(
    'Kaistat: Nuori ja perhe · Koulu ja opiskeluhuolto · Kouluterveydenhuolto · Nuorten mielenterveys- ja päihdepalvelut · Nuorisopsykiatria',
  );
  await expectNoSeriousA11yViolations(page, {
    include: ['#team-boards-title + *', '.create-board', '.create-board-more'],
  });
  await boards.screenshot({ path: test.info().outputPath('template-form.png') });
  await boards.getByLabel('Taulun nimi').filter({ visible: true }).fill('Nuoren polku');
  await boards.getByRole('button', { name: 'Luo taulu' }).click();
  await expect(map.main.getByRole('heading', { level: 1, name: 'Nuoren polku' })).toBeVisible();
  await map.expectCounts(0, 5, 0);
  expect((await laneNames(page))['Nuoren polku']).toEqual([
    'Nuori ja perhe',
    'Koulu ja opiskeluhuolto',
    'Kouluterveydenhuolto',
    'Nuorten mielenterveys- ja päihdepalvelut',
    'Nuorisopsykiatria',
  ]);
  await page.screenshot({ path: test.info().outputPath('template-map.png') });
  // The board and its lanes came in one step: one undo removes the board.
  await map.undoKey();
  await expect.poll(async () => Object.keys(await laneNames(page))).toEqual([]);

  // In Swedish the same template writes Swedish lane names; a blank map keeps its one lane.
  await ws.header.getByLabel('Kieli').selectOption({ label: 'svenska' });
  await ws.teamLink('Nuoret').click();
  const tavlor = ws.main.getByRole('region', { name: 'Tavlor' });
  await tavlor.getByLabel('Tavlans typ').selectOption({ label: 'Processkarta' });
  await tavlor.getByLabel('Mall').selectOption({ label: 'Barnskyddets familjer' });
  await tavlor.getByLabel('Tavlans namn').filter({ visible: true }).fill('Familjens väg');
  await tavlor.getByRole('button', { name: 'Skapa tavla' }).click();
  await expect(ws.main.getByRole('heading', { level: 1, name: 'Familjens väg' })).toBeVisible();
  await expect
    .poll(async () => (await laneNames(page))['Familjens väg'])
    .toEqual([
      'Barnet och familjen',
      'Familjecenter och rådgivning',
      'Skola och elevhälsa',
      'Barnskydd',
      'Barn- och ungdomspsykiatri',
    ]);
});

test('copy a board from another workshop file: pick the file, pick the board, it opens in this team; a wrong file gets a message; axe', async ({
  page,
}, testInfo) => {
  const lib = new LibraryPage(page);
  const ws = new WorkshopPage(page);
  const map = new ProcessMapPage(page);
  await lib.goto('/');
  await lib.acceptDemo();
  await expect(ws.teamLink('Nuorten mielenterveyspolku, Pirkanmaa')).toBeVisible();
  const exported = await ws.exportVia(FI.menu.exportFile);
  const filePath = testInfo.outputPath('toinen.lapimurto');
  await exported.saveAs(filePath);
  const textPath = testInfo.outputPath('muistio.lapimurto');
  writeFileSync(textPath, 'Tämä on tavallinen tekstitiedosto.\n');

  await ws.header.getByRole('button', { name: 'Kirjasto' }).click();
  await lib.createWorkshop('Kopiotesti');
  await ws.addTeam('Kotiutus');
  await ws.boards.getByRole('button', { name: 'Kopioi toisesta työpajasta…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kopioi taulu toisesta työpajatiedostosta' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('kopioidaan tiimiin ”Kotiutus”');
  await expect(dialog.getByRole('button', { name: 'Kopioi tiimiin' })).toBeDisabled();

  // Not a workshop file: a message in the dialog, nothing copied.
  let chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Valitse tiedosto…' }).click();
  await (await chooser).setFiles(textPath);
  await expect(dialog.getByRole('alert')).toHaveText('Tiedosto ei ole Läpimurtostudion työpajatiedosto.');

  chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Valitse tiedosto…' }).click();
  await (await chooser).setFiles(filePath);
  await expect(dialog).toContainText('Tiedosto: toinen.lapimurto');
  const options = dialog.getByRole('group', { name: 'Kopioitava taulu' }).getByRole('radio');
  await expect(options.first()).toBeChecked();
  const choice = dialog
    .getByRole('radio', { name: /^Ikäihmisen turvallinen kotiutuminen, Pohjois-Karjala: .*Prosessikaavio$/ })
    .first();
  const label = (await choice.evaluate((el) => el.closest('label')!.querySelector('span')!.textContent ?? '')).trim();
  const boardName = label.split(': ').slice(1).join(': ');
  await choice.check();
  await expectNoSeriousA11yViolations(page, { include: ['dialog[open]'] });
  await page.screenshot({ path: testInfo.outputPath('copy-dialog.png') });
  await dialog.getByRole('button', { name: 'Kopioi tiimiin' }).click();
  await expect(dialog).toBeHidden();
  await expect(ws.toasts).toContainText(`Taulu ”${boardName}” kopioitiin tiimiin.`);
  await expect(map.main.getByRole('heading', { level: 1, name: boardName })).toBeVisible();
  await expect(map.canvas).toBeVisible();
  await expect.poll(() => map.stepList.getByRole('listitem').count()).toBeGreaterThan(5);
  await page.screenshot({ path: testInfo.outputPath('copied-map.png') });
  // Only the board came: this workshop still has its one team.
  await expect(ws.sidebar.getByRole('button', { name: 'Kotiutus', exact: true })).toBeVisible();
  await expect(ws.teamLink('Nuorten mielenterveyspolku, Pirkanmaa')).toHaveCount(0);
});
