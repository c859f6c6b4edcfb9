import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { produce } from 'immer';
import { pdsaBoard } from '../../../../shared/boards/pdsa/definition';
import { PdsaCommand, PdsaDoc, emptyCycle, isOverdue, ramps } from '../../../../shared/boards/pdsa/model';
import { BoardCommandError } from '../../../../shared/boards/types';
import { pdsaDemo } from '../../../../shared/demo/boards/pdsa';
import { DEMO_TEAM_KEYS } from '../../../../shared/demo/content-fi';

const apply = (doc: PdsaDoc, cmd: PdsaCommand) => produce(doc, (d) => pdsaBoard.apply(d, cmd));

describe('pdsa apply', () => {
  const one = apply(pdsaBoard.createEmpty(), { type: 'addCycle', cycle: emptyCycle('c1', 'Testi 1') });

  it('patches worksheet parts field by field', () => {
    let d = apply(one, { type: 'updateCycle', id: 'c1', patch: { plan: { prediction: 'Odotus lyhenee' } } });
    d = apply(d, { type: 'updateCycle', id: 'c1', patch: { plan: { who: 'Hanna' }, act: { decision: 'adopt' } } });
    expect(d.cycles[0]!.plan).toMatchObject({ prediction: 'Odotus lyhenee', who: 'Hanna', objective: '' });
    expect(d.cycles[0]!.act.decision).toBe('adopt');
  });

  it('chains cycles into ramps and re-links when a middle cycle goes', () => {
    let d = apply(one, { type: 'addCycle', cycle: emptyCycle('c2', 'Testi 2', { previousId: 'c1' }) });
    d = apply(d, { type: 'addCycle', cycle: emptyCycle('c3', 'Testi 3', { previousId: 'c2' }) });
    d = apply(d, { type: 'addCycle', cycle: emptyCycle('x', 'Toinen ramppi') });
    expect(ramps(d).map((r) => r.map((c) => c.id))).toEqual([['c1', 'c2', 'c3'], ['x']]);
    d = apply(d, { type: 'deleteCycle', id: 'c2' });
    expect(ramps(d).map((r) => r.map((c) => c.id))).toEqual([['c1', 'c3'], ['x']]);
  });

  it('refuses unknown cycles and predecessors, bad dates at the schema', () => {
    expect(() => apply(one, { type: 'updateCycle', id: 'nope', patch: { title: 'x' } })).toThrow(BoardCommandError);
    expect(() => apply(one, { type: 'addCycle', cycle: emptyCycle('c9', 'x', { previousId: 'nope' }) })).toThrow(
      BoardCommandError,
    );
    expect(() => apply(one, { type: 'addCycle', cycle: emptyCycle('c1', 'dup') })).toThrow(/duplicateId/);
    expect(PdsaCommand.safeParse({ type: 'updateCycle', id: 'c1', patch: { startDate: '17.11.2025' } }).success).toBe(
      false,
    );
  });

  it('flags an evaluation overdue only when it is past and the cycle is not done', () => {
    expect(isOverdue({ status: 'doing', studyDate: '2026-01-01' }, '2026-02-01')).toBe(true);
    expect(isOverdue({ status: 'done', studyDate: '2026-01-01' }, '2026-02-01')).toBe(false);
    expect(isOverdue({ status: 'doing', studyDate: '2026-03-01' }, '2026-02-01')).toBe(false);
    expect(isOverdue({ status: 'doing', studyDate: '' }, '2026-02-01')).toBe(false);
  });

  it('every cycle appears in exactly one ramp, whatever is deleted (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(20), { minLength: 1, maxLength: 20 }),
        fc.array(fc.nat(20), { maxLength: 8 }),
        (parents, deletions) => {
          let d = pdsaBoard.createEmpty();
          parents.forEach((p, i) => {
            const prev = i > 0 && p % 3 !== 0 ? `c${p % i}` : null;
            d = apply(d, { type: 'addCycle', cycle: emptyCycle(`c${i}`, `T${i}`, { previousId: prev }) });
          });
          for (const k of deletions)
            if (d.cycles.some((c) => c.id === `c${k}`)) d = apply(d, { type: 'deleteCycle', id: `c${k}` });
          const seen = ramps(d)
            .flat()
            .map((c) => c.id);
          expect(seen.sort()).toEqual(d.cycles.map((c) => c.id).sort());
          expect(PdsaDoc.safeParse(d).success).toBe(true);
        },
      ),
    );
  });

  it('demo: each team has a ramp with dated cycles; sheets carry team and board', () => {
    for (const team of DEMO_TEAM_KEYS) {
      let n = 0;
      const [spec] = pdsaDemo({ team, lang: 'fi', nextId: () => `id${n++}`, teamBoards: [] });
      const doc = PdsaDoc.parse(spec!.doc);
      expect(doc.cycles.length).toBeGreaterThanOrEqual(2);
      expect(doc.cycles[0]!.startDate).toBe('2025-11-17');
      expect(ramps(doc)).toHaveLength(1);
      const [sheet] = pdsaBoard.toSheets(doc, { boardId: 'b', boardName: 'PDSA', teamId: 't', teamName: 'Tiimi' });
      expect(sheet!.rows).toHaveLength(doc.cycles.length);
      expect(sheet!.rows[0]).toMatchObject({ team: 'Tiimi', board: 'PDSA', ramp: 1, step: 1 });
    }
  });
});
