import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { api, overlaps, pictureTexts, sectionCount, showSection, squash } from './helpers/audience-picture';
import {
  dotVoteLarge,
  dotVoteSmall,
  dotVoteTexts,
  fishboneLarge,
  fishboneSmall,
  fishboneTexts,
  initCommands,
  pdsaSmall,
  pdsaTexts,
  pdsaWithEveryField,
} from '../helpers/picture-boards';
import {
  driverDiagramLarge,
  driverDiagramSmall,
  fiveWhysLarge,
  fiveWhysSmall,
  ideasWallLarge,
  ideasWallSmall,
  measuresLarge,
  measuresSmall,
  type PictureBoard,
} from '../helpers/picture-boards-more';

/**
 * The room sees all of the team's work (issue 13): each board on the audience view at 1920x1080, stepped through
 * every section with presentation.setSection, shows every text of its data whole, no text under 24 px as rendered,
 * no two texts on top of each other, axe clean in light and high contrast. The coach's PageDown/PageUp move the
 * projector through the same sections.
 */

const SHOTS = 'test-results/audience-pictures';

interface Case {
  label: string;
  kind: string;
  init: PictureBoard['init'];
  texts: string[];
  name: string;
}

const built = (label: string, kind: string, name: string, b: PictureBoard): Case => ({ label, kind, name, ...b });

const CASES: Case[] = [
  {
    label: 'pdsa-small',
    kind: 'pdsa',
    init: initCommands('pdsa', pdsaSmall()),
    texts: pdsaTexts(pdsaSmall()),
    name: 'PDSA: muistutus',
  },
  {
    label: 'pdsa-large',
    kind: 'pdsa',
    init: initCommands('pdsa', pdsaWithEveryField()),
    texts: pdsaTexts(pdsaWithEveryField()),
    name: 'PDSA: takaisinsoitto',
  },
  {
    label: 'fishbone-small',
    kind: 'fishbone',
    init: initCommands('fishbone', fishboneSmall()),
    texts: fishboneTexts(fishboneSmall()),
    name: 'Kalanruoto: pieni',
  },
  {
    label: 'fishbone-large',
    kind: 'fishbone',
    init: initCommands('fishbone', fishboneLarge()),
    texts: fishboneTexts(fishboneLarge()),
    name: 'Kalanruoto: 30 syytä',
  },
  {
    label: 'dot-vote-small',
    kind: 'dot-vote',
    init: initCommands('dot-vote', dotVoteSmall()),
    texts: dotVoteTexts(dotVoteSmall()),
    name: 'Äänestys: pieni',
  },
  {
    label: 'dot-vote-large',
    kind: 'dot-vote',
    init: initCommands('dot-vote', dotVoteLarge()),
    texts: dotVoteTexts(dotVoteLarge()),
    name: 'Äänestys: pitkät vaihtoehdot',
  },
  built('five-whys-small', 'five-whys', '5 miksi: pieni', fiveWhysSmall()),
  built('five-whys-large', 'five-whys', '5 miksi: kolme haaraa', fiveWhysLarge()),
  built('measures-small', 'measures', 'Mittarit: yksi', measuresSmall()),
  built('measures-large', 'measures', 'Mittarit: kuusi', measuresLarge()),
  built('ideas-wall-small', 'ideas-wall', 'Ideaseinä: neljä', ideasWallSmall()),
  built('ideas-wall-large', 'ideas-wall', 'Ideaseinä: 30 ideaa', ideasWallLarge()),
  built('driver-diagram-small', 'driver-diagram', 'Ajuripuu: pieni', driverDiagramSmall()),
  built('driver-diagram-large', 'driver-diagram', 'Ajuripuu: 24 ideaa', driverDiagramLarge()),
];

test('every PDSA, fishbone, dot-vote, 5-whys, measures, ideas-wall and driver-diagram board shows all its text over its sections, at 24 px or more, nothing overlapping', async ({
  browser,
  page,
  host,
}) => {
  test.setTimeout(600_000);
  mkdirSync(SHOTS, { recursive: true });
  const { id: workshopId } = await api<{ id: string }>(page.request, 'library.create', {
    title: 'Kuvat projektorilla',
  });
  const { id: teamId } = await api<{ id: string }>(page.request, 'teams.create', {
    workshopId,
    team: { name: 'Ajanvaraus' },
  });
  const boards: (Case & { id: string })[] = [];
  for (const c of CASES) {
    const { id } = await api<{ id: string }>(page.request, 'boards.create', {
      workshopId,
      teamId,
      kind: c.kind,
      name: c.name,
      init: c.init,
    });
    boards.push({ ...c, id });
  }

  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    locale: 'fi-FI',
    baseURL: host.origin,
  });
  const aud = await context.newPage();
  const problems: string[] = [];
  aud.on('pageerror', (e) => problems.push(e.message));
  await aud.goto('/audience');

  const counts = new Map<string, number>();
  for (const theme of ['light', 'high-contrast'] as const) {
    await api(page.request, 'settings.set', { theme });
    await expect(aud.locator('html')).toHaveAttribute('data-theme', theme);
    for (const b of boards) {
      await api(page.request, 'presentation.show', { workshopId, content: { kind: 'board', boardId: b.id } });
      await expect(aud.getByRole('heading', { level: 1 })).toHaveText(b.name);
      await expect(aud.locator('.aud-picture-svg > svg')).toBeVisible();
      await expect(aud.getByRole('main')).toHaveAttribute('data-sections', /^\d+$/);
      const n = await sectionCount(aud);
      counts.set(b.label, n);
      // The backend knows the count the audience view reported (the coach's keys stop at the last section).
      await expect
        .poll(async () => (await api<{ sections?: number }>(page.request, 'presentation.get')).sections)
        .toBe(n);
      if (n > 1) await expect(aud.getByText(`1/${n}`, { exact: true })).toBeVisible();
      const seen: string[] = [];
      for (let i = 0; i < n; i++) {
        if (i > 0) await showSection(page.request, aud, i);
        const boxes = await pictureTexts(aud);
        expect(boxes.length, `${b.label} ${i + 1}/${n}: some text`).toBeGreaterThan(0);
        expect(
          boxes.filter((t) => t.px < 24 - 0.01).map((t) => `${t.text} ${t.px.toFixed(1)}px`),
          `${theme} ${b.label} ${i + 1}/${n}: texts under 24 px`,
        ).toEqual([]);
        expect(overlaps(boxes), `${theme} ${b.label} ${i + 1}/${n}: overlapping texts`).toEqual([]);
        expect(boxes.map((t) => t.text).join(' '), `${b.label}: nothing left out`).not.toMatch(/…|\+\d+ lisää/);
        seen.push(boxes.map((t) => t.text).join(' '));
        if (i === 0 || theme === 'light')
          await aud.screenshot({ path: `${SHOTS}/${b.label}-${theme}-${i + 1}of${n}.png` });
        if (i === 0) {
          await expectNoSeriousA11yViolations(aud);
          if (theme === 'high-contrast') {
            const aaa = await new AxeBuilder({ page: aud }).withRules(['color-contrast-enhanced']).analyze();
            expect(
              aaa.violations.map((v) => v.nodes.map((x) => x.target.join(' '))),
              `${b.label}: AAA contrast`,
            ).toEqual([]);
          }
        }
      }
      const all = squash(seen.join(' '));
      for (const text of b.texts) expect(all, `${theme} ${b.label}: "${text}" whole`).toContain(squash(text));
    }
  }
  // A large board with every field written does not fit one legible screen; a small one does.
  expect(counts.get('pdsa-large')).toBeGreaterThan(1);
  expect(counts.get('fishbone-large')).toBeGreaterThan(1);
  expect(counts.get('fishbone-small')).toBe(1);
  expect(counts.get('dot-vote-small')).toBe(1);
  expect(problems).toEqual([]);
  await context.close();
});

test("the coach's PageDown and PageUp step the projector through a board's sections, as presentation.setSection does", async ({
  browser,
  page,
  host,
}) => {
  test.setTimeout(180_000);
  const { id: workshopId } = await api<{ id: string }>(page.request, 'library.create', { title: 'Osiot' });
  const { id: teamId } = await api<{ id: string }>(page.request, 'teams.create', {
    workshopId,
    team: { name: 'Ajanvaraus' },
  });
  const doc = fishboneLarge();
  const { id: boardId } = await api<{ id: string }>(page.request, 'boards.create', {
    workshopId,
    teamId,
    kind: 'fishbone',
    name: 'Kalanruoto: osiot',
    init: initCommands('fishbone', doc),
  });

  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    locale: 'fi-FI',
    baseURL: host.origin,
  });
  const aud = await context.newPage();
  await aud.goto('/audience');
  // The coach opens the board; the projector follows.
  await page.goto(`/#/w/${workshopId}/board/${boardId}`);
  await expect(aud.getByRole('heading', { level: 1 })).toHaveText('Kalanruoto: osiot');
  await expect(aud.getByRole('main')).toHaveAttribute('data-sections', /^[2-9]\d*$/);
  const n = await sectionCount(aud);
  const root = aud.locator('.aud-picture');
  await expect(root).toHaveAttribute('data-section', '0');
  await expect.poll(async () => (await api<{ sections?: number }>(page.request, 'presentation.get')).sections).toBe(n);

  // Keys land on the coach's page, not in a field.
  await page.getByRole('heading', { level: 1 }).first().click();
  await page.keyboard.press('PageDown');
  await expect(root).toHaveAttribute('data-section', '1');
  await expect(aud.getByText(`2/${n}`, { exact: true })).toBeVisible();
  expect((await api<{ section?: number }>(page.request, 'presentation.get')).section).toBe(1);
  // Past the last section PageDown stays on it.
  for (let i = 0; i < n + 2; i++) await page.keyboard.press('PageDown');
  await expect(root).toHaveAttribute('data-section', String(n - 1));
  await page.keyboard.press('PageUp');
  await expect(root).toHaveAttribute('data-section', String(n - 2));

  // The API drives the same state the keys do, clamped at both ends.
  await showSection(page.request, aud, 0);
  expect((await api<{ section?: number }>(page.request, 'presentation.setSection', { index: 999 })).section).toBe(
    n - 1,
  );
  await expect(root).toHaveAttribute('data-section', String(n - 1));
  expect((await api<{ section?: number }>(page.request, 'presentation.setSection', { index: -5 })).section).toBe(0);
  await expect(root).toHaveAttribute('data-section', '0');
  await page.keyboard.press('PageDown');
  await expect(root).toHaveAttribute('data-section', '1');
  await context.close();
});
