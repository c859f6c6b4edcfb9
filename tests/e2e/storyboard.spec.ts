import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { finnishMap } from '../helpers/finnish-maps';

async function api<T>(request: APIRequestContext, method: string, input: unknown = {}): Promise<T> {
  const r = await request.post(`/api/${method}`, { data: input });
  const body = (await r.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}

interface WorkshopState {
  id: string;
  teams: { id: string; name: string; aim: string }[];
  boards: { id: string; teamId: string; kind: string }[];
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** pdfinfo and pdftotext from poppler-utils: the file's page count, page size and text. */
function readPdf(path: string): { pages: number; size: string; text: string } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
  const size = /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '';
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return { pages, size, text };
}

/** Exports through the storyboard view's button, saves the download and reads it back. */
async function exportPdf(page: Page, button: string, path: string) {
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Tarinataulu .+ A[34]\.pdf$/);
  await file.saveAs(path);
  expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return readPdf(path);
}

test('storyboard of a demo team: coach view, audience view on a second page, PDF in A4 and A3 landscape with the aim', async ({
  page,
  host,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));

  const demo = await api<{ id: string }>(page.request, 'library.createDemo');
  const ws = await api<WorkshopState>(page.request, 'workshop.get', { workshopId: demo.id });
  const team = ws.teams[0]!;
  const driver = ws.boards.find((b) => b.teamId === team.id && b.kind === 'driver-diagram')!;
  const driverDoc = (
    await api<{ doc: { aim: { statement: string } } }>(page.request, 'boards.get', { workshopId: ws.id, id: driver.id })
  ).doc;
  const aim = collapse(driverDoc.aim.statement);
  expect(aim.length).toBeGreaterThan(40);

  // From the team view, by keyboard: the storyboard button opens the storyboard route.
  await page.goto(`/#/w/${ws.id}/team/${team.id}`);
  await expect(page.getByRole('heading', { name: team.name, level: 1 })).toBeVisible();
  const open = page.getByRole('button', { name: 'Tarinataulu', exact: true });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/w/${ws.id}/team/${team.id}/storyboard$`));
  const sheet = page.getByTestId('storyboard-sheet');
  await expect(sheet.getByTestId('storyboard-aim')).toHaveText(aim);
  for (const section of ['Tiimi', 'Nykytila', 'Juurisyyt', 'Äänestyksen tulos', 'PDSA-syklit', 'Mittarit']) {
    await expect(sheet.getByRole('heading', { name: new RegExp(`^${section}`), level: 2 })).toBeVisible();
  }
  // Names and roles only; the roster comes from the demo team.
  await expect(sheet.getByText('Asiakasedustaja', { exact: true })).toBeVisible();
  await expect(sheet.getByRole('img', { name: /^Prosessikaavio: nykytila/ })).toBeVisible();
  await expect(sheet.getByRole('img', { name: /^Seurantakaavio: / })).toHaveCount(3);
  await expect(sheet.getByText(/^Viimeisin vk \d+\/\d{4}: /).first()).toBeVisible();
  await expect(sheet.getByText('valittu').first()).toBeVisible();
  await expect(sheet.getByText('Valmis').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: testInfo.outputPath('storyboard-1280x720.png') });
  // The preview at its actual size, by keyboard: a scrollable, focusable region.
  const actual = page.getByRole('button', { name: 'Todellinen koko' });
  await actual.focus();
  await page.keyboard.press('Enter');
  await expect(actual).toHaveAttribute('aria-pressed', 'true');
  const preview = page.getByRole('region', { name: 'Tarinataulun esikatselu' });
  await expect(preview).toHaveAttribute('tabindex', '0');
  expect(await preview.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: testInfo.outputPath('storyboard-actual-size-1280x720.png') });
  await page.keyboard.press('Enter');
  await expect(actual).toHaveAttribute('aria-pressed', 'false');

  // The audience view: a second page against the same host shows the projector version.
  const audienceCtx = await browser.newContext({ locale: 'fi-FI', viewport: { width: 1920, height: 1080 } });
  const audience = await audienceCtx.newPage();
  await audience.goto(`${host.origin}/audience`);
  await page.getByRole('button', { name: 'Näytä yleisölle' }).click();
  await expect(page.getByText('Tarinataulu näkyy yleisönäkymässä.')).toBeVisible();
  const projected = audience.getByTestId('storyboard-sheet');
  await expect(projected.getByRole('heading', { name: team.name, level: 1 })).toBeVisible();
  await expect(projected.getByTestId('storyboard-aim')).toHaveText(aim);
  await expect(projected.getByText(/^9 jäsentä: 1 asiakasedustaja, 5 ammattilaista/)).toBeVisible();
  await expect(projected.getByRole('img', { name: /^Seurantakaavio: / })).toHaveCount(2);
  // Projector legibility: every text on the 1920x1080 stage is at least 24 px (charts are drawn with minFontPx 24).
  const smallest = await projected.evaluate((root) => {
    const sizes: { px: number; text: string }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || el.closest('.visually-hidden')) continue;
      sizes.push({ px: parseFloat(getComputedStyle(el).fontSize), text: n.textContent.trim() });
    }
    return sizes.sort((a, b) => a.px - b.px)[0];
  });
  expect(smallest?.px, `smallest text: ${JSON.stringify(smallest)}`).toBeGreaterThanOrEqual(24);
  await expectNoSeriousA11yViolations(audience);
  await audience.screenshot({ path: testInfo.outputPath('storyboard-audience-1920x1080.png') });
  // The high-contrast theme: the projected storyboard follows it and stays AA (axe checks the contrast).
  await api(page.request, 'settings.set', { theme: 'high-contrast' });
  await expect(audience.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
  await expect(projected).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  await expectNoSeriousA11yViolations(audience);
  await audience.screenshot({ path: testInfo.outputPath('storyboard-audience-high-contrast.png') });
  await api(page.request, 'settings.set', { theme: 'light' });

  // A change on the laptop reaches the projected storyboard: a new aim in the driver diagram.
  const newAim = 'Kevääseen 2027 mennessä 90 % nuorista pääsee ensikäynnille kahdessa viikossa.';
  await api(page.request, 'boards.apply', {
    workshopId: ws.id,
    id: driver.id,
    command: { type: 'setAim', patch: { statement: newAim } },
  });
  await expect(projected.getByTestId('storyboard-aim')).toHaveText(newAim);
  await expect(sheet.getByTestId('storyboard-aim')).toHaveText(newAim);

  // PDF exports: landscape pages, with the aim text.
  const a4 = await exportPdf(page, 'Vie PDF (A4 vaaka)', testInfo.outputPath('storyboard-A4.pdf'));
  // The sheet on the first page; the current-state map follows whole on its own page(s).
  expect(a4.pages).toBeGreaterThanOrEqual(2);
  expect(a4.size).toMatch(/^841\.\d+ x 595\.\d+|^841\.\d+ x 594\.\d+/);
  expect(collapse(a4.text)).toContain(newAim);
  expect(collapse(a4.text)).toContain(team.name);
  const a3 = await exportPdf(page, 'Vie PDF (A3 vaaka)', testInfo.outputPath('storyboard-A3.pdf'));
  expect(a3.pages).toBeGreaterThanOrEqual(2);
  expect(a3.size).toMatch(/^1190\.\d+ x 841\.\d+|^1191\.\d+ x 841\.\d+/);
  expect(collapse(a3.text)).toContain(newAim);
  for (const size of ['A4', 'A3']) {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-singlefile',
      testInfo.outputPath(`storyboard-${size}.pdf`),
      testInfo.outputPath(`storyboard-${size}`),
    ]);
  }

  // Nothing is lost across a restart: the storyboard is made from the saved data again.
  await host.restart();
  await page.reload();
  await expect(page.getByTestId('storyboard-sheet').getByTestId('storyboard-aim')).toHaveText(newAim);
  expect(problems).toEqual([]);
  await audienceCtx.close();
});

test('a team with no boards: the storyboard says calmly what is still to do, and its PDF is one page', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const ws = await api<{ id: string }>(page.request, 'library.create', { title: 'Tyhjä tarinataulu' });
  const team = await api<{ id: string }>(page.request, 'teams.create', {
    workshopId: ws.id,
    team: { name: 'Uusi tiimi' },
  });
  await page.goto(`/#/w/${ws.id}/team/${team.id}/storyboard`);
  const sheet = page.getByTestId('storyboard-sheet');
  await expect(sheet.getByRole('heading', { name: 'Uusi tiimi', level: 1 })).toBeVisible();
  for (const text of [
    'Tavoitetta ei ole vielä kirjattu.',
    'Tiimin jäseniä ei ole vielä lisätty.',
    'Nykytilan prosessikaaviota ei ole vielä piirretty.',
    'Juurisyitä ei ole vielä merkitty',
    'Pisteäänestystä ei ole vielä tehty.',
    'PDSA-syklejä ei ole vielä suunniteltu.',
    'Mittareille ei ole vielä kirjattu mittauspisteitä.',
  ]) {
    await expect(sheet.getByText(text, { exact: false })).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);

  // The team writes its aim; the storyboard follows at once.
  await api(page.request, 'teams.update', { workshopId: ws.id, id: team.id, patch: { aim: 'Puolet nopeammin apua.' } });
  await expect(sheet.getByTestId('storyboard-aim')).toHaveText('Puolet nopeammin apua.');
  const pdf = await exportPdf(page, 'Vie PDF (A4 vaaka)', testInfo.outputPath('empty-A4.pdf'));
  expect(pdf.pages).toBe(1);
  expect(collapse(pdf.text)).toContain('Puolet nopeammin apua.');
  expect(collapse(pdf.text)).toContain('Pisteäänestystä ei ole vielä tehty.');
});

test('a storyboard full to the brim (longest names, a 5,000-character aim, many causes, cycles and measures) still prints on one readable page', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(180_000);
  const long = (seed: string, n: number) =>
    (seed + ' ')
      .repeat(Math.ceil(n / (seed.length + 1)))
      .slice(0, n)
      .trim();
  const ws = await api<{ id: string }>(page.request, 'library.create', { title: 'Täysi tarinataulu' });
  const teamName = long('Erittäin pitkä tiimin nimi', 200);
  const aim = long('Tavoitteena on, että jokainen asiakas saa avun nopeammin ja turvallisemmin kuin ennen', 5000);
  const { id: teamId } = await api<{ id: string }>(page.request, 'teams.create', {
    workshopId: ws.id,
    team: { name: teamName, aim, process: long('Prosessi', 500) },
  });
  for (let i = 0; i < 14; i++) {
    await api(page.request, 'members.create', {
      workshopId: ws.id,
      teamId,
      member: {
        name: long(`Jäsen ${i} Pitkänimi-Sukunimi`, 200),
        role: i === 0 ? 'client-rep' : i < 12 ? 'professional' : 'coach',
      },
    });
  }
  const board = async (kind: string, name: string) =>
    (
      await api<{ id: string }>(page.request, 'boards.create', {
        workshopId: ws.id,
        teamId,
        kind,
        name: long(name, 200),
      })
    ).id;
  const apply = (id: string, command: unknown) => api(page.request, 'boards.apply', { workshopId: ws.id, id, command });

  const fish = await board('fishbone', 'Kalanruoto');
  const fishDoc = (
    await api<{ doc: { bones: { id: string }[] } }>(page.request, 'boards.get', { workshopId: ws.id, id: fish })
  ).doc;
  for (let i = 0; i < 8; i++) {
    await apply(fish, {
      type: 'addCause',
      cause: {
        id: `cause-${i}`,
        boneId: fishDoc.bones[i % fishDoc.bones.length]!.id,
        parentId: null,
        text: long(`Juurisyy ${i} pitkästi kuvattuna`, 2000),
      },
      afterId: null,
    });
    await apply(fish, { type: 'setRootCause', id: `cause-${i}`, rootCause: true });
  }
  const pdsa = await board('pdsa', 'PDSA');
  for (let i = 0; i < 12; i++) {
    const empty = { objective: '', question: '', prediction: '', who: '', what: '', when: '', where: '', data: '' };
    await apply(pdsa, {
      type: 'addCycle',
      cycle: {
        id: `cycle-${i}`,
        title: long(`Sykli ${i} testattava muutos`, 200),
        changeIdea: null,
        changeIdeaText: '',
        previousId: i > 0 ? `cycle-${i - 1}` : null,
        status: i < 10 ? 'done' : 'doing',
        startDate: `2026-0${1 + (i % 9)}-10`,
        studyDate: '',
        plan: empty,
        do: { happened: '', observations: '', problems: '' },
        study: { result: '', learned: '' },
        act: { decision: i < 10 ? 'adapt' : '', next: '' },
      },
    });
  }
  const measures = await board('measures', 'Mittarit');
  for (let i = 0; i < 6; i++) {
    await apply(measures, {
      type: 'addMeasure',
      measure: {
        id: `m-${i}`,
        name: long(`Mittari ${i} jolla on pitkä nimi`, 200),
        type: i === 0 ? 'outcome' : 'process',
        definition: '',
        unit: 'vrk',
        direction: 'down',
        baseline: null,
        target: 10,
        frequency: 'week',
        source: 'hand-count',
        owner: '',
        isRate: false,
        multiplier: 1,
        freezeAfter: 0,
        points: [],
      },
    });
    const points = Array.from({ length: 30 }, (_, w) => ({
      period: `2026-W${String(w + 1).padStart(2, '0')}`,
      value: 20 + ((w * 7 + i) % 9) - (w > 15 ? 8 : 0),
      denominator: null,
      note: '',
      astronomical: false,
    }));
    await apply(measures, { type: 'setPoints', measureId: `m-${i}`, points });
  }

  await page.goto(`/#/w/${ws.id}/team/${teamId}/storyboard`);
  const sheet = page.getByTestId('storyboard-sheet');
  await expect(sheet.getByRole('img', { name: /^Seurantakaavio: / })).toHaveCount(4);
  await expect(sheet.getByText('+2 muuta')).toHaveCount(1);
  await expect(sheet.getByText('+3 muuta')).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);

  // The print page keeps type readable: long texts are clamped rather than the page shrunk.
  for (const size of ['A4', 'A3'] as const) {
    // A fresh document: the print route is chosen when the page loads, as the printers load it.
    const print = await page.context().newPage();
    await print.goto(`/#/print/storyboard/${ws.id}/${teamId}/${size}/fi`);
    await expect(print.locator('html')).toHaveAttribute('data-print-ready', '');
    const scale = await print
      .locator('.sb-sheet-holder')
      .evaluate((el) => Number(/scale\(([\d.]+)\)/.exec((el as HTMLElement).style.transform)?.[1]));
    expect(scale).toBeGreaterThan(size === 'A4' ? 0.6 : 0.85);
    await print.screenshot({ path: testInfo.outputPath(`full-${size}-print-page.png`), fullPage: true });
    await print.close();
    const file = await api<{ token: string }>(page.request, 'storyboard.exportPdf', {
      workshopId: ws.id,
      teamId,
      pageSize: size,
    });
    const download = await page.request.get(`/api/download/${file.token}`);
    const path = testInfo.outputPath(`full-${size}.pdf`);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, await download.body());
    const pdf = readPdf(path);
    expect(pdf.pages).toBe(1);
    expect(collapse(pdf.text)).toContain(aim.slice(0, 60));
  }
  expect(host.log()).not.toMatch(/error/i);
});

test('a storyboard address of a deleted team says so, and the PDF export refuses it with a message', async ({
  page,
}) => {
  const ws = await api<{ id: string }>(page.request, 'library.create', { title: 'Poistettu tiimi' });
  const team = await api<{ id: string }>(page.request, 'teams.create', {
    workshopId: ws.id,
    team: { name: 'Lähtevä tiimi' },
  });
  await api(page.request, 'teams.delete', { workshopId: ws.id, id: team.id });
  await page.goto(`/#/w/${ws.id}/team/${team.id}/storyboard`);
  await expect(page.getByRole('heading', { name: 'Tiimiä ei löydy. Se on ehkä poistettu.' })).toBeVisible();
  const r = await page.request.post('/api/storyboard.exportPdf', {
    data: { workshopId: ws.id, teamId: team.id, pageSize: 'A4' },
  });
  const body = (await r.json()) as { ok: boolean; error?: { key: string } };
  expect(body).toMatchObject({ ok: false, error: { key: 'errors.notFound.team' } });
});

test('a storyboard with a phone number is refused with a message, and "Vie peitettynä" prints it masked', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const ws = await api<{ id: string }>(page.request, 'library.create', { title: 'Henkilötiedot' });
  const team = await api<{ id: string }>(page.request, 'teams.create', {
    workshopId: ws.id,
    team: { name: 'Kotihoito' },
  });
  await api(page.request, 'teams.update', {
    workshopId: ws.id,
    id: team.id,
    patch: { aim: 'Soita 040.123.4567 ennen käyntiä.' },
  });
  await page.goto(`/#/w/${ws.id}/team/${team.id}/storyboard`);
  await expect(page.getByTestId('storyboard-aim')).toHaveText('Soita 040.123.4567 ennen käyntiä.');

  await page.getByRole('button', { name: 'Vie PDF (A4 vaaka)' }).click();
  await expect(
    page.getByText(
      'Tiimin tarinataulussa on 1 henkilötieto (henkilötunnus, puhelinnumero tai sähköposti). Vie se peitettynä tai poista tieto ensin.',
    ),
  ).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: testInfo.outputPath('personal-data-refused.png') });
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Vie peitettynä' }).click();
  const file = await download;
  const path = testInfo.outputPath('masked-A4.pdf');
  await file.saveAs(path);
  const pdf = readPdf(path);
  expect(pdf.pages).toBe(1);
  expect(collapse(pdf.text)).toContain('Soita ***.***.**** ennen käyntiä.');
  expect(pdf.text).not.toContain('4567');
  // The coach's own screen keeps the text as written; only the exported page is masked.
  await expect(page.getByTestId('storyboard-aim')).toHaveText('Soita 040.123.4567 ennen käyntiä.');
});

test('the storyboard PDF shows a 15-step, 4-lane map whole, every step text found by pdftotext at 9 pt or more on A4', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const ws = await api<{ id: string }>(page.request, 'library.create', { title: 'Kartta tarinataululla' });
  const team = await api<{ id: string }>(page.request, 'teams.create', {
    workshopId: ws.id,
    team: { name: 'Nuorten palvelut' },
  });
  const doc = finnishMap(15, 4);
  const init = [
    ...doc.lanes.map((lane) => ({ type: 'addLane', lane })),
    ...doc.nodes.map((node) => ({ type: 'addNode', node })),
    ...doc.edges.map((edge) => ({ type: 'addEdge', edge })),
    ...doc.markers.map((marker) => ({ type: 'addMarker', marker })),
  ];
  await api(page.request, 'boards.create', {
    workshopId: ws.id,
    teamId: team.id,
    kind: 'process-map',
    name: 'Nykytila',
    init,
  });
  await page.goto(`/#/w/${ws.id}/team/${team.id}/storyboard`);
  await expect(page.getByTestId('storyboard-sheet')).toBeVisible();
  await expect(page.getByRole('region', { name: /Nykytilan prosessikaavio Nykytila, sivu 1\// })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('storyboard-map-1280x720.png'), fullPage: true });

  const path = testInfo.outputPath('storyboard-map-A4.pdf');
  const a4 = await exportPdf(page, 'Vie PDF (A4 vaaka)', path);
  expect(a4.pages).toBeGreaterThanOrEqual(2);
  // Hyphenated line ends joined again ("terveydenhoita-" + "jaan").
  const text = collapse(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }))
    .replace(/- /g, '')
    .replace(/ /g, '');
  for (const n of doc.nodes) expect(text, n.text).toContain(n.text.replace(/- /g, '').replace(/ /g, ''));
  // Word boxes of the map pages: every word of a step is at least 9 pt high (the line box of 9 pt text is taller).
  const bbox = execFileSync('pdftotext', ['-bbox', '-f', '2', path, '-'], { encoding: 'utf8' });
  const heights = [
    ...bbox.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g),
  ]
    .filter((m) => doc.nodes.some((n) => n.text.includes(m[3]!) && m[3]!.length > 3))
    .map((m) => Number(m[2]) - Number(m[1]));
  expect(heights.length).toBeGreaterThan(30);
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(9);
  for (let p = 1; p <= Math.min(3, a4.pages); p++) {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      String(p),
      '-l',
      String(p),
      '-singlefile',
      path,
      testInfo.outputPath(`storyboard-map-A4-p${p}`),
    ]);
  }
});
