import { describe, expect, it } from 'vitest';
import { createDemoWorkshop } from '../../../shared/demo';
import type { ProcessMapDoc } from '../../../shared/boards/process-map/model';
import { processMapCounts } from '../../../shared/boards/process-map/counts';
import { drawBoard } from '../../../shared/boards/pictures';
import { buildStoryboard } from '../../../shared/storyboard/model';
import { PROJECTOR } from '../pictures/helpers';
import { dynamicTranslator } from '../../../shared/i18n/translate';
import { workshopInfo } from '../../../electron/cli/info';
import { workshopWorkbook } from '../../../electron/backend/export/cover-sheet';
import { BOARD_KINDS, boardDefinition } from '../../../shared/boards/registry';
import { COUNT_KEYS, countsText } from '../../../shared/boards/counts';

describe('one count of a process map', () => {
  const demo = createDemoWorkshop({ lang: 'fi' });
  const board = demo.boards.find((b) => b.kind === 'process-map')!;
  const doc = structuredClone(board.doc as ProcessMapDoc);
  // A marker whose step was deleted (kept in the file, drawn nowhere) is not a problem on the map.
  doc.markers.push({ id: 'orphan', kind: 'delay', note: '', target: { type: 'node', id: 'gone' }, links: [] });
  const data = { ...demo, boards: demo.boards.map((b) => (b.id === board.id ? { ...b, doc } : b)) };
  const counts = processMapCounts(doc);

  it('does not count start and end as steps, nor markers on nothing as problems', () => {
    expect(counts.steps).toBe(doc.nodes.filter((n) => n.kind !== 'start' && n.kind !== 'end').length);
    expect(counts.steps).toBeLessThan(doc.nodes.length);
    expect(counts.problems).toBe(doc.markers.length - 1);
  });

  it('the board header, storyboard, picture and cli info say the same numbers', () => {
    const t = dynamicTranslator('fi');
    expect(t('processMap.canvasLabel', { ...counts })).toContain(`${counts.steps} vaihe`);
    expect(countsText(t, boardDefinition('process-map')!.counts(doc))).toBe(
      `${counts.steps} vaihetta · ${counts.problems} ongelmaa · ${counts.lanes} kaistaa`,
    );
    const team = data.teams.find((x) => x.id === board.teamId)!;
    const own = data.boards
      .filter((b) => b.teamId === team.id)
      .map((b) => ({ id: b.id, kind: b.kind, name: b.name, ordinal: b.ordinal, doc: b.doc }));
    const sb = buildStoryboard({ team, members: data.members, boards: own, today: '2026-01-01' });
    expect(sb.processMap!.board.id).toBe(board.id);
    expect(sb.processMap).toMatchObject({ steps: counts.steps, problems: counts.problems });
    const svg = drawBoard('process-map', doc, board, PROJECTOR)!;
    expect(svg).toContain(`${counts.steps} vaihetta`);
    expect(svg).toContain(`${counts.problems} ongelma`);
    const info = workshopInfo(data);
    const listed = info.teams.flatMap((x) => x.boards).find((b) => b.name === board.name && b.kind === 'process-map')!;
    expect(listed.summary).toMatchObject({ steps: counts.steps, problems: counts.problems, lanes: counts.lanes });
  });
});

describe('one count per board kind', () => {
  const demo = createDemoWorkshop({ lang: 'fi' });
  const readable = demo.boards.filter((b) => boardDefinition(b.kind) !== undefined);

  it('every kind counts something, and every count has its plural text in fi, sv and en', () => {
    expect(new Set(readable.map((b) => b.kind))).toEqual(new Set(BOARD_KINDS));
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const t = dynamicTranslator(lang);
      for (const b of readable) {
        const counts = boardDefinition(b.kind)!.counts(b.doc);
        expect(Object.keys(counts).length).toBeGreaterThan(0);
        for (const key of Object.keys(counts)) expect(COUNT_KEYS).toContain(key);
        const text = countsText(t, counts);
        expect(text).not.toContain('count.');
        for (const n of Object.values(counts)) expect(text).toContain(String(n));
      }
    }
  });

  it('cli info and the Excel cover sheet say the counts the board header says', () => {
    const t = dynamicTranslator('fi');
    const info = workshopInfo(demo);
    const cover = workshopWorkbook(demo, { appVersion: '1.0.0', exportedAt: new Date(2026, 0, 1) })[0]!;
    for (const b of readable) {
      const counts = boardDefinition(b.kind)!.counts(b.doc);
      const team = demo.teams.find((x) => x.id === b.teamId)!;
      const listed = info.teams
        .find((x) => x.name === team.name)!
        .boards.find((x) => x.name === b.name && x.kind === b.kind)!;
      expect(listed.counts).toEqual(counts);
      const row = cover.rows.find((r) => r.item === `Taulu: ${team.name} / ${b.name}`);
      expect(row?.value).toBe(countsText(t, counts));
    }
  });

  it('the cover sheet counts in the header language', () => {
    const cover = workshopWorkbook(demo, { appVersion: '1.0.0', exportedAt: new Date(2026, 0, 1), lang: 'en' })[0]!;
    const map = readable.find((b) => b.kind === 'process-map')!;
    const row = cover.rows.find(
      (r) => String(r.item).startsWith('Board: ') && String(r.item).endsWith(`/ ${map.name}`),
    );
    expect(row?.value).toMatch(/^\d+ steps · \d+ problems? · \d+ lanes?$/);
  });
});
