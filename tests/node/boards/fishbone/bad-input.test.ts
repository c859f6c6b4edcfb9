import { describe, expect, it } from 'vitest';
import { parsePackage, serializePackage, toPackage } from '../../../../shared/package';
import { fishbone } from '../../../../shared/boards/fishbone/definition';
import { fiveWhys } from '../../../../shared/boards/five-whys/definition';
import { layoutFishbone } from '../../../../shared/boards/fishbone/layout';
import type { FishboneDoc } from '../../../../shared/boards/fishbone/model';
import type { FiveWhysDoc } from '../../../../shared/boards/five-whys/model';
import { upgradeDoc } from '../../../../shared/boards/run';
import { smallWorkshop } from '../../package/fixture';
import { bigFishbone } from './helpers';

const stamp = { appVersion: '0.1.0', exportedAt: '2025-10-01T08:30:00.000Z' };

function packageWith(kind: string, doc: unknown): string {
  const w = smallWorkshop();
  w.boards.push({
    id: 'board-x',
    teamId: 'team-1',
    kind,
    name: 'Juurisyyt',
    ordinal: 1,
    createdAt: w.boards[0]!.createdAt,
    updatedAt: w.boards[0]!.updatedAt,
    docVersion: 1,
    doc,
  });
  return serializePackage(toPackage(w, stamp));
}

describe('root-cause boards: bad input in packages', () => {
  it('imports a 2,000-cause fishbone whole and lays it out', () => {
    const doc = bigFishbone(2000);
    const r = parsePackage(packageWith('fishbone', doc));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const board = r.data.boards.find((b) => b.id === 'board-x')!;
    expect((board.doc as FishboneDoc).causes).toHaveLength(2000);
    expect(layoutFishbone(board.doc as FishboneDoc).notes).toHaveLength(2000);
  });

  it('accepts empty texts everywhere and shows placeholders in the layout', () => {
    const doc = bigFishbone(12, () => '');
    doc.bones[0]!.name = '';
    doc.bones[0]!.preset = null;
    const r = parsePackage(packageWith('fishbone', doc));
    expect(r.ok).toBe(true);
    const l = layoutFishbone(doc, { emptyText: '(tyhjä syy)', emptyEffect: 'Kirjoita ongelma' });
    expect(l.notes.every((n) => n.lines[0] === '(tyhjä syy)')).toBe(true);
    expect(l.head.lines).toEqual(['Kirjoita ongelma']);
    expect(fishbone.toSheets(doc, { boardId: 'b', boardName: 'B', teamId: 't', teamName: 'T' })[0]!.rows).toHaveLength(
      12,
    );
  });

  it('rejects a cyclic why-chain with a message naming the board and the cycle, without hanging', () => {
    const doc: FiveWhysDoc = {
      problem: 'Odotus',
      source: null,
      steps: [
        { id: 'w1', parentId: 'w3', question: '', answer: 'a', rootCause: false, countermeasure: '' },
        { id: 'w2', parentId: 'w1', question: '', answer: 'b', rootCause: false, countermeasure: '' },
        { id: 'w3', parentId: 'w2', question: '', answer: 'c', rootCause: false, countermeasure: '' },
      ],
    };
    const r = parsePackage(packageWith('five-whys', doc));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.key).toBe('errors.package.invalid');
    expect(String(r.params.detail)).toContain('board "Juurisyyt" (five-whys)');
    expect(String(r.params.detail)).toContain('cyclic');
    // The same check guards documents read from the library file.
    expect(upgradeDoc(fiveWhys, 1, doc)).toEqual({ ok: false, key: 'errors.boardCorrupt' });
  });

  it('rejects a self-parented why, a cyclic fishbone and sub-causes on another bone than their parent', () => {
    const self = {
      problem: '',
      source: null,
      steps: [{ id: 'w1', parentId: 'w1', question: '', answer: '', rootCause: false, countermeasure: '' }],
    };
    expect(parsePackage(packageWith('five-whys', self)).ok).toBe(false);
    const cyclic = bigFishbone(3);
    cyclic.causes[0]!.parentId = 'c1';
    cyclic.causes[1]!.boneId = cyclic.causes[0]!.boneId;
    cyclic.causes[1]!.parentId = 'c0';
    const r = parsePackage(packageWith('fishbone', cyclic));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(String(r.params.detail)).toMatch(/cycle/);
    const crossBone = bigFishbone(2);
    crossBone.causes[1]!.parentId = 'c0';
    const r2 = parsePackage(packageWith('fishbone', crossBone));
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(String(r2.params.detail)).toContain('another category');
  });

  it('rejects a chain deeper than the limit and a 2,000-deep one quickly', () => {
    const steps = Array.from({ length: 1000 }, (_, i) => ({
      id: `w${i}`,
      parentId: i === 0 ? null : `w${i - 1}`,
      question: '',
      answer: `${i}`,
      rootCause: false,
      countermeasure: '',
    }));
    const t0 = performance.now();
    const r = parsePackage(packageWith('five-whys', { problem: 'x', source: null, steps }));
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(String(r.params.detail)).toContain('deeper than');
  });
});
