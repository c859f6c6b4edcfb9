import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { LibraryPage } from './pages/library';
import { RootCausePage } from './pages/root-cause';
import { expectNoSeriousA11yViolations } from './helpers/axe';

const EFFECT = 'Nuori odottaa ensikäyntiä 9 viikkoa';
const A1 = 'Lähete vaaditaan aina lääkäriltä';
const A2 = 'Ajanvaraus vain puhelimitse';
const A2a = 'Puhelinaika klo 8–10 koulupäivän aikana';
const B1 = 'Kaksi sairaanhoitajan tehtävää auki';
const B2 = 'Nuori ei tiedä, kenelle soittaa';
const B2a = 'Numeroita on neljä';
const C1 = 'Odotusaikaa ei seurata';
const C2 = 'Odotus lasketaan lähetteen kirjauksesta';
const W = [
  'Poliklinikka ottaa vastaan vain lääkärin lähetteellä',
  'Ohjeen mukaan arvion tekee lääkäri',
  'Ohje on vanha',
  'Kukaan ei omista ohjetta',
];
const W3b = 'Järjestelmä ei salli lähetteetöntä kirjausta';
const COUNTER = 'Nimetään ohjeelle omistaja ja kokeillaan hoitajan arviota';

test('root causes: fishbone by keyboard, a root cause with evidence, a 5 whys from it with a branch and a root cause; survives a restart', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(180_000);
  const lib = new LibraryPage(page);
  const rc = new RootCausePage(page);
  await lib.goto('/');
  await lib.createWorkshop('Juurisyytesti');
  await rc.addTeam();
  await rc.createBoard('Miksi nuori odottaa?', 'Kalanruotokaavio');
  await rc.expectFishCounts(6, 0);
  await rc.commitField(rc.inspector.getByLabel('Ongelma (seuraus)'), EFFECT);
  await expect(rc.fishList).toContainText(EFFECT);

  // Six causes over three categories and two sub-causes, keyboard only: digits pick a category, Enter adds a
  // cause (the next one a sibling), Tab a sub-cause under the selected cause.
  await rc.fishCanvas.focus();
  await page.keyboard.press('1');
  await expect(rc.status).toHaveText('Valittu syyluokka: Työtavat');
  await rc.addCause(A1);
  await rc.addCause(A2);
  await rc.addCause(A2a, 'Tab');
  await page.keyboard.press('2');
  await rc.addCause(B1);
  await rc.addCause(B2);
  await rc.addCause(B2a, 'Tab');
  await page.keyboard.press('3');
  await expect(rc.status).toHaveText('Valittu syyluokka: Mittaaminen');
  await rc.addCause(C1);
  await rc.addCause(C2);
  await rc.expectFishCounts(6, 8);
  await expect(rc.categoryInList('Työtavat')).toContainText(`${A2}${A2a}`);
  await expect(rc.categoryInList('Ihmiset')).toContainText(`${B1}${B2}${B2a}`);
  await expect(rc.categoryInList('Mittaaminen')).toContainText(`${C1}${C2}`);

  // Drag a cause under a cause on another bone with the mouse: one command at drag end, one undo step.
  await rc.drag(await rc.causeOnStage(B1), await rc.causeOnStage(C1));
  await expect(rc.categoryInList('Mittaaminen')).toContainText(`${C1}${B1}${C2}`);
  await expect(rc.categoryInList('Ihmiset')).not.toContainText(B1);
  await expect(page.getByRole('button', { name: 'Kumoa', exact: true })).toHaveAttribute(
    'title',
    'Kumoa: Siirrä syy (Ctrl+Z)',
  );
  await rc.expectFishCounts(6, 8);

  // Arrow keys move by what is on screen: from the category label down to its first cause.
  await page.keyboard.press('1');
  await page.keyboard.press('ArrowDown');
  await expect(rc.status).toHaveText(`Valittu syy: ${A1}`);

  // Mark it as a candidate root cause with evidence.
  await rc.inspector.getByLabel('Juurisyyehdokas').check();
  await rc.inspector.getByLabel('Näyttö', { exact: true }).selectOption({ label: 'Havaittu' });
  await rc.commitField(rc.inspector.getByLabel('Näytön kuvaus'), 'Kaikki 20 syksyn lähetettä kulkivat lääkärin kautta');
  await expect(rc.categoryInList('Työtavat')).toContainText(`${A1} (Juurisyyehdokas, Havaittu)`);
  await rc.expectSaved();
  await page.screenshot({ path: testInfo.outputPath('fishbone-fi-1280x720.png') });
  await expectNoSeriousA11yViolations(page);

  // PNG (from the Konva stage) and SVG (from the same layout) of the whole diagram.
  const exports = rc.main.getByRole('group', { name: 'Vie kuvana' });
  for (const [button, ext] of [
    ['PNG', 'png'],
    ['SVG', 'svg'],
  ] as const) {
    const download = page.waitForEvent('download');
    await exports.getByRole('button', { name: button }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`Miksi-nuori-odottaa.${ext}`);
    const path = testInfo.outputPath(`fishbone.${ext}`);
    await file.saveAs(path);
    const head = readFileSync(path).subarray(0, 8);
    if (ext === 'png') expect([...head.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    else expect(readFileSync(path, 'utf8')).toContain(A1.split(' ')[0]!);
  }

  // Open a 5 whys from the cause: a new board, the problem and the link back set in the same step.
  await rc.inspector.getByRole('button', { name: 'Avaa 5 x miksi' }).click();
  await expect(rc.main.getByRole('heading', { level: 1, name: `5 x miksi: ${A1}` })).toBeVisible();
  await expect(rc.inspector.getByText('Kalanruotokaavio', { exact: true })).toBeVisible();
  await expect(rc.inspector.locator('.linked-item')).toHaveText(A1);
  const problem = rc.whyTree.getByRole('treeitem', { name: `Ongelma: ${A1}` });
  await expect(problem).toBeVisible();

  // Four whys by keyboard (Tab asks the next why), a branch at the third (Enter), the root cause with R.
  await problem.focus();
  await page.keyboard.press('Tab');
  for (const [i, answer] of W.slice(0, 3).entries()) {
    await expect(rc.answerEditor).toBeFocused();
    await page.keyboard.type(answer);
    await page.keyboard.press(i < 2 ? 'Tab' : 'Enter');
  }
  await expect(rc.why(W[2]!)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rc.answerEditor).toBeFocused();
  await page.keyboard.type(W3b);
  await page.keyboard.press('Enter');
  await expect(rc.why(W3b)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(rc.why(W[2]!)).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type(W[3]!);
  await page.keyboard.press('Enter');
  await expect(rc.why(W[3]!)).toBeFocused();
  await page.keyboard.press('r');
  await expect(rc.why(W[3]!)).toHaveAccessibleName(`4. Miksi? ${W[3]}, Juurisyy`);
  await rc.commitField(rc.inspector.getByLabel('Ehdotettu vastatoimi'), COUNTER);
  await expect(rc.why(W[3]!)).toContainText(`Vastatoimi: ${COUNTER}`);
  await expect(rc.whyTree.getByRole('treeitem')).toHaveCount(6);
  await expect(rc.why(W3b)).toHaveAttribute('aria-level', '4');
  await rc.expectSaved();
  await page.screenshot({ path: testInfo.outputPath('five-whys-fi-1280x720.png') });
  await expectNoSeriousA11yViolations(page);
  const whysPng = page.waitForEvent('download');
  await rc.main.getByRole('group', { name: 'Vie kuvana' }).getByRole('button', { name: 'PNG' }).click();
  expect((await whysPng).suggestedFilename()).toMatch(/^5-x-miksi-.*\.png$/);

  // Back to the fishbone through the link: the cause is selected and now leads to its chain.
  await rc.why(W[3]!).focus();
  await page.keyboard.press('Home');
  await expect(problem).toBeFocused();
  await rc.inspector.getByRole('button', { name: 'Siirry lähteeseen' }).click();
  await expect(rc.fishCanvas).toBeVisible();
  await expect(rc.inspector.getByRole('button', { name: 'Siirry 5 x miksi -ketjuun' })).toBeVisible();

  // Restart the host and reload: everything is still there.
  await host.restart();
  await page.reload();
  await rc.expectFishCounts(6, 8);
  await expect(rc.fishList).toContainText(EFFECT);
  await expect(rc.categoryInList('Työtavat')).toContainText(`${A1} (Juurisyyehdokas, Havaittu)${A2}${A2a}`);
  await expect(rc.categoryInList('Ihmiset')).toContainText(`${B2}${B2a}`);
  await expect(rc.categoryInList('Mittaaminen')).toContainText(`${C1}${B1}${C2}`);
  await rc.fishCanvas.focus();
  await page.keyboard.press('1');
  await page.keyboard.press('ArrowDown');
  await expect(rc.inspector.getByLabel('Näytön kuvaus')).toHaveValue(
    'Kaikki 20 syksyn lähetettä kulkivat lääkärin kautta',
  );
  await rc.inspector.getByRole('button', { name: 'Siirry 5 x miksi -ketjuun' }).click();
  await expect(rc.whyTree.getByRole('treeitem')).toHaveCount(6);
  await expect(rc.why(W[3]!)).toHaveAccessibleName(`4. Miksi? ${W[3]}, Juurisyy`);
  await expect(rc.why(W[3]!)).toContainText(`Vastatoimi: ${COUNTER}`);
  await expect(rc.why(W3b)).toBeVisible();

  // A link whose source board is gone reads "source removed"; the chain itself is untouched.
  await rc.showTeam('Tiimi 1');
  await rc.boards.getByRole('button', { name: 'Poista: Miksi nuori odottaa?' }).click();
  await expect(rc.boards.getByRole('button', { name: 'Miksi nuori odottaa?', exact: true })).toHaveCount(0);
  await rc.boards.getByRole('button', { name: `5 x miksi: ${A1}`, exact: true }).click();
  await expect(rc.inspector.getByText('Lähde poistettu')).toBeVisible();
  await expect(rc.whyTree.getByRole('treeitem')).toHaveCount(6);
});
