import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { api, overlaps, pictureTexts, sectionCount, showSection, squash } from './helpers/audience-picture';
import {
  driverDiagramLarge,
  driverDiagramSmall,
  fiveWhysBranches,
  fiveWhysSmall,
  ideasWallClusters,
  ideasWallSmall,
  valueStreamLarge,
  valueStreamSmall,
  type PictureBoard,
} from '../helpers/picture-boards-more';

/**
 * The five whys, value stream, driver diagram and ideas wall draw their diagram in sections on the projector
 * (issue 13): a small board is one section, a large one several; stepping through them with presentation.setSection
 * shows every text of the board whole, at 24 px or more, no two texts on top of each other, axe clean in light and
 * high contrast. Screenshots of every section: /tmp/sect13-*.png.
 */

interface Case extends PictureBoard {
  label: string;
  kind: string;
  name: string;
  /** One section when it fits, several when it does not. */
  many: boolean;
}

const CASES: Case[] = [
  { label: 'five-whys-small', kind: 'five-whys', name: '5 miksi: yksi haara', many: false, ...fiveWhysSmall() },
  { label: 'five-whys-large', kind: 'five-whys', name: '5 miksi: viisi haaraa', many: true, ...fiveWhysBranches() },
  {
    label: 'value-stream-small',
    kind: 'value-stream',
    name: 'Arvovirta: neljä vaihetta',
    many: false,
    ...valueStreamSmall(),
  },
  {
    label: 'value-stream-large',
    kind: 'value-stream',
    name: 'Arvovirta: 18 vaihetta',
    many: true,
    ...valueStreamLarge(),
  },
  {
    label: 'driver-diagram-small',
    kind: 'driver-diagram',
    name: 'Ajuripuu: pieni',
    many: false,
    ...driverDiagramSmall(),
  },
  {
    label: 'driver-diagram-large',
    kind: 'driver-diagram',
    name: 'Ajuripuu: 24 ideaa',
    many: true,
    ...driverDiagramLarge(),
  },
  { label: 'ideas-wall-small', kind: 'ideas-wall', name: 'Ideaseinä: neljä', many: false, ...ideasWallSmall() },
  {
    label: 'ideas-wall-large',
    kind: 'ideas-wall',
    name: 'Ideaseinä: neljä ryhmää',
    many: true,
    ...ideasWallClusters(8),
  },
];

test('five whys, value stream, driver diagram and ideas wall show their diagram whole over its sections at 24 px or more', async ({
  browser,
  page,
  host,
}) => {
  test.setTimeout(600_000);
  const { id: workshopId } = await api<{ id: string }>(page.request, 'library.create', { title: 'Kaaviot osissa' });
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

  for (const theme of ['light', 'high-contrast'] as const) {
    await api(page.request, 'settings.set', { theme });
    await expect(aud.locator('html')).toHaveAttribute('data-theme', theme);
    for (const b of boards) {
      await api(page.request, 'presentation.show', { workshopId, content: { kind: 'board', boardId: b.id } });
      await expect(aud.getByRole('heading', { level: 1 })).toHaveText(b.name);
      await expect(aud.locator('.aud-picture-svg > svg')).toBeVisible();
      await expect(aud.getByRole('main')).toHaveAttribute('data-sections', b.many ? /^([2-9]|\d\d+)$/ : '1');
      const n = await sectionCount(aud);
      const seen: string[] = [];
      for (let i = 0; i < n; i++) {
        if (i > 0) await showSection(page.request, aud, i);
        const at = `${theme} ${b.label} ${i + 1}/${n}`;
        const boxes = await pictureTexts(aud);
        expect(boxes.length, `${at}: some text`).toBeGreaterThan(0);
        expect(
          boxes.filter((t) => t.px < 24 - 0.01).map((t) => `${t.text} ${t.px.toFixed(1)}px`),
          `${at}: texts under 24 px`,
        ).toEqual([]);
        expect(overlaps(boxes), `${at}: overlapping texts`).toEqual([]);
        // Nothing left out, and no text runs off the screen.
        expect(boxes.map((t) => t.text).join(' '), `${at}: nothing left out`).not.toMatch(/…|\+\d+ lisää/);
        expect(
          boxes.filter((t) => t.x < 0 || t.y < 0 || t.x + t.w > 1920 + 1 || t.y + t.h > 1080 + 1).map((t) => t.text),
          `${at}: texts off the screen`,
        ).toEqual([]);
        seen.push(boxes.map((t) => t.text).join(' '));
        if (theme === 'light' || i === 0)
          await aud.screenshot({ path: `/tmp/sect13-${b.label}-${theme}-${i + 1}of${n}.png` });
        if (i === 0) {
          await expectNoSeriousA11yViolations(aud);
          if (theme === 'high-contrast') {
            const aaa = await new AxeBuilder({ page: aud }).withRules(['color-contrast-enhanced']).analyze();
            expect(
              aaa.violations.map((v) => v.nodes.map((x) => x.target.join(' '))),
              `${at}: AAA contrast`,
            ).toEqual([]);
          }
        }
      }
      const all = squash(seen.join(' '));
      for (const text of b.texts) expect(all, `${theme} ${b.label}: "${text}" whole`).toContain(squash(text));
    }
  }
  expect(problems).toEqual([]);
  await context.close();
});
