import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runCommand, patchDoc, BoardCommandError } from '../../../../shared/boards/run';
import { valueStream, totalsOf, valueStreamSheetRows } from '../../../../shared/boards/value-stream/definition';
import {
  blankStep,
  ValueStreamCommand,
  ValueStreamDoc,
  type VsStep,
} from '../../../../shared/boards/value-stream/model';
import { isFormulaCell } from '../../../../shared/export/sheet';
import { writeWorkbook } from '../../../../electron/backend/export/workbook';
import { resolveFormula, columnLetter } from '../../../../electron/backend/export/cells';
import { readWorkbook, tempDir } from '../../export/helpers';

type Doc = ValueStreamDoc;
const apply = (doc: Doc, cmd: ValueStreamCommand): Doc =>
  runCommand(valueStream, doc, ValueStreamCommand.parse(cmd)).doc;

function stepWith(
  id: string,
  name: string,
  wait: [number | null, VsStep['wait']['unit']],
  proc: [number | null, VsStep['process']['unit']],
  extra: Partial<VsStep> = {},
): VsStep {
  return {
    ...blankStep(id, name),
    wait: { value: wait[0], min: null, max: null, unit: wait[1] },
    process: { value: proc[0], min: null, max: null, unit: proc[1] },
    ...extra,
  };
}

function sample(): Doc {
  let d: Doc = valueStream.createEmpty();
  d = apply(d, {
    type: 'addStep',
    step: stepWith('a', 'Yhteydenotto', [0, 'day'], [15, 'min'], { organisation: 'Koulu', complete: 90 }),
  });
  d = apply(d, {
    type: 'addStep',
    step: stepWith('b', 'Lähete', [2, 'workday'], [30, 'min'], { organisation: 'Koulu', complete: 80 }),
  });
  d = apply(d, {
    type: 'addStep',
    step: stepWith('c', 'Arvio', [3, 'week'], [1.5, 'h'], { organisation: 'Nuorisopsykiatria' }),
  });
  return d;
}

describe('value-stream apply', () => {
  it('adds, edits, moves and deletes steps; the empty doc is valid', () => {
    expect(ValueStreamDoc.parse(valueStream.createEmpty())).toBeTruthy();
    let d = sample();
    expect(d.steps.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    d = apply(d, { type: 'updateStep', id: 'b', patch: { name: 'Lähetteen käsittely', waitKind: 'referral' } });
    expect(d.steps[1]).toMatchObject({ name: 'Lähetteen käsittely', waitKind: 'referral' });
    d = apply(d, { type: 'moveStep', id: 'c', index: 0 });
    expect(d.steps.map((s) => s.id)).toEqual(['c', 'a', 'b']);
    d = apply(d, { type: 'deleteStep', id: 'a' });
    expect(d.steps.map((s) => s.id)).toEqual(['c', 'b']);
    d = apply(d, { type: 'addStep', step: blankStep('z'), index: 1 });
    expect(d.steps.map((s) => s.id)).toEqual(['c', 'z', 'b']);
    d = apply(d, { type: 'setSettings', patch: { hoursPerWorkday: 7.65, scale: 'linear' } });
    expect(d.settings).toEqual({ hoursPerWorkday: 7.65, workdaysPerWeek: 5, scale: 'linear' });
    d = apply(d, { type: 'setState', state: 'future' });
    d = apply(d, { type: 'setComparison', boardId: 'other-board' });
    expect([d.state, d.compareWith]).toEqual(['future', 'other-board']);
    expect(ValueStreamDoc.safeParse(d).success).toBe(true);
  });

  it('parallel links: only to earlier steps; deleting or moving a step drops links that no longer fit', () => {
    let d = sample();
    d = apply(d, { type: 'updateStep', id: 'c', patch: { after: ['a'] } });
    d = apply(d, { type: 'updateStep', id: 'b', patch: { after: ['a'] } });
    expect(totalsOf(d).branched).toBe(true);
    expect(() => apply(d, { type: 'updateStep', id: 'a', patch: { after: ['c'] } })).toThrow(BoardCommandError);
    expect(() => apply(d, { type: 'updateStep', id: 'a', patch: { after: ['nope'] } })).toThrow(BoardCommandError);
    const moved = apply(d, { type: 'moveStep', id: 'a', index: 2 });
    expect(moved.steps.find((s) => s.id === 'c')!.after).toEqual([]);
    const deleted = apply(d, { type: 'deleteStep', id: 'a' });
    expect(deleted.steps.every((s) => !s.after?.includes('a'))).toBe(true);
  });

  it('rejects unknown and duplicate ids with translated errors', () => {
    const d = sample();
    for (const cmd of [
      { type: 'updateStep', id: 'x', patch: { name: 'a' } },
      { type: 'moveStep', id: 'x', index: 0 },
      { type: 'deleteStep', id: 'x' },
      { type: 'addStep', step: blankStep('a') },
    ] as ValueStreamCommand[]) {
      expect(() => apply(d, cmd)).toThrow(BoardCommandError);
    }
  });

  it('bad input is kept and flagged, not lost: negative, absurd, missing unit', () => {
    let d = sample();
    d = apply(d, { type: 'updateStep', id: 'a', patch: { wait: { value: 1e9, min: null, max: null, unit: 'day' } } });
    d = apply(d, { type: 'updateStep', id: 'b', patch: { process: { value: -5, min: null, max: null, unit: 'min' } } });
    d = apply(d, { type: 'updateStep', id: 'c', patch: { wait: { value: 3, min: null, max: null, unit: null } } });
    expect(d.steps[0]!.wait.value).toBe(1e9);
    const t = totalsOf(d);
    expect(t.stepsWithIssues).toBe(3);
    expect(t.lacking).toMatchObject({ wait: 2, process: 1 });
    expect(
      ValueStreamCommand.safeParse({
        type: 'updateStep',
        id: 'a',
        patch: { wait: { value: Infinity, min: null, max: null, unit: 'day' } },
      }).success,
    ).toBe(false);
    expect(
      ValueStreamCommand.safeParse({
        type: 'updateStep',
        id: 'a',
        patch: { wait: { value: 1, min: null, max: null, unit: 'fortnight' } },
      }).success,
    ).toBe(false);
  });

  it('summary reports the totals for cli info', () => {
    const s = valueStream.summary(sample());
    // 0 + 2 working days (2.8 d) + 3 weeks (21 d) of waiting; 15 + 30 + 90 min of work.
    const leadMin = 2 * 1.4 * 1440 + 21 * 1440 + 135;
    expect(s).toMatchObject({
      steps: 3,
      handoffs: 1,
      processTimeHours: 2.25,
      rolledCompletePct: 72,
      stepsMissingWait: 0,
      state: 'current',
    });
    expect(s.leadTimeDays).toBeCloseTo(leadMin / 1440, 2);
    expect(s.flowEfficiencyPct).toBeCloseTo((135 / leadMin) * 100, 2);
    expect(valueStream.items(sample()).map((i) => i.tag)).toEqual(['step', 'step', 'step']);
  });

  it('undo (inverse patches) restores the document exactly, for random command sequences', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const arbCmd = fc.oneof(
      fc.record({
        type: fc.constant('addStep' as const),
        step: fc.constantFrom(...ids).map((id) => blankStep(id, id)),
        index: fc.integer({ min: 0, max: 5 }),
      }),
      fc.record({ type: fc.constant('deleteStep' as const), id: fc.constantFrom(...ids) }),
      fc.record({
        type: fc.constant('moveStep' as const),
        id: fc.constantFrom(...ids),
        index: fc.integer({ min: 0, max: 5 }),
      }),
      fc.record({
        type: fc.constant('updateStep' as const),
        id: fc.constantFrom(...ids),
        patch: fc.record({ after: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 2 }) }),
      }),
    );
    fc.assert(
      fc.property(fc.array(arbCmd, { maxLength: 20 }), (cmds) => {
        let d: Doc = valueStream.createEmpty();
        for (const c of cmds) {
          try {
            const out = runCommand(valueStream, d, c);
            expect(patchDoc(out.doc, out.inversePatches)).toEqual(d);
            d = out.doc;
          } catch (e) {
            expect(e).toBeInstanceOf(BoardCommandError);
          }
          expect(ValueStreamDoc.safeParse(d).success).toBe(true);
          // Links always point backwards.
          const seen = new Set<string>();
          for (const s of d.steps) {
            for (const a of s.after ?? []) expect(seen.has(a)).toBe(true);
            seen.add(s.id);
          }
        }
      }),
    );
  });
});

describe('value-stream Excel', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => {
    t = tempDir();
  });
  afterEach(() => t.cleanup());

  it('resolves row-relative references', () => {
    const cols = new Map([
      ['a', 1],
      ['b', 28],
    ]);
    expect(columnLetter(28)).toBe('AB');
    expect(resolveFormula('=SUM({a-3}:{a-1})*{b}', cols, 10)).toBe('SUM(A7:A9)*AB10');
    expect(resolveFormula('={zz}', cols, 10)).toBeNull();
    expect(resolveFormula('={a-9}', cols, 10)).toBeNull();
  });

  it('writes the steps and totals as live formulas with their values, read back with exceljs', async () => {
    const d = apply(sample(), {
      type: 'updateStep',
      id: 'c',
      patch: { wait: { value: 3, min: 2, max: 6, unit: 'week' } },
    });
    const sheets = valueStream.toSheets(d, {
      boardId: 'b1',
      boardName: 'Nykytila',
      teamId: 't1',
      teamName: 'Pirkanmaa',
    });
    const rows = sheets[0]!.rows;
    expect(rows.filter((r) => isFormulaCell(r.totalValue)).length).toBeGreaterThanOrEqual(8);
    // Two boards in one sheet, as the workshop export merges them: references must stay inside each board's rows.
    const other = valueStream.toSheets(apply(d, { type: 'deleteStep', id: 'b' }), {
      boardId: 'b2',
      boardName: 'Tavoitetila',
      teamId: 't1',
      teamName: 'Pirkanmaa',
    })[0]!;
    const target = join(t.dir, 'vs.xlsx');
    await writeWorkbook([{ ...sheets[0]!, rows: [...rows, ...other.rows] }], target);
    const wb = await readWorkbook(target);
    const ws = wb.getWorksheet('Arvovirta')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const col = (h: string) => header.indexOf(h) + 1;
    const find = (label: string, from = 2) => {
      for (let r = from; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(col('Yhteenveto')).value === label) return r;
      throw new Error(label);
    };
    const leadRow = find('Läpimenoaika, min (pisin polku)');
    const leadCell = ws.getRow(leadRow).getCell(col('Yhteenvedon arvo'));
    const v = leadCell.value as { formula: string; result: number };
    const tot = totalsOf(d);
    expect(v.formula).toMatch(/^SUMPRODUCT\(H2:H4,O2:O4\)\+SUMPRODUCT\(H2:H4,U2:U4\)$/);
    expect(v.result).toBeCloseTo(tot.lead!.typical);
    const stepMinutes = ws.getRow(4).getCell(col('Odotus, min')).value as { formula: string; result: number };
    expect(stepMinutes.formula).toContain('J4*N4');
    expect(stepMinutes.result).toBe(3 * 10080);
    const fe = ws.getRow(find('Virtaustehokkuus, % (prosessiaika ÷ läpimenoaika)')).getCell(col('Yhteenvedon arvo'))
      .value as { formula: string; result: number };
    expect(fe.result).toBeCloseTo(tot.flowEfficiency! * 100);
    const ca = ws.getRow(find('Kumulatiivinen %C&A')).getCell(col('Yhteenvedon arvo')).value as {
      formula: string;
      result: number;
    };
    expect(ca.formula).toBe('IF(COUNT(V2:V4)>0,PRODUCT(V2:V4)/100^(COUNT(V2:V4)-1),"")');
    expect(ca.result).toBeCloseTo(72);
    // The second board's lead time formula covers its own two step rows.
    const second = find('Läpimenoaika, min (pisin polku)', leadRow + 1);
    const v2 = ws.getRow(second).getCell(col('Yhteenvedon arvo')).value as { formula: string; result: number };
    const firstStep2 = leadRow + 12; // 12 totals rows per board
    expect(v2.formula).toBe(
      `SUMPRODUCT(H${firstStep2}:H${firstStep2 + 1},O${firstStep2}:O${firstStep2 + 1})+SUMPRODUCT(H${firstStep2}:H${firstStep2 + 1},U${firstStep2}:U${firstStep2 + 1})`,
    );
    expect(ws.getRow(firstStep2).getCell(col('Vaihe')).value).toBe('Yhteydenotto');
  });

  it('missing values stay empty cells, never zero', () => {
    const d = apply(sample(), {
      type: 'updateStep',
      id: 'a',
      patch: { wait: { value: null, min: null, max: null, unit: 'day' } },
    });
    const rows = valueStreamSheetRows(d);
    expect(rows[0]!.waitValue).toBeNull();
    expect(rows[0]!.waitMinutes).toMatchObject({ result: null });
    const lacking = rows.find((r) => r.totalLabel === 'Vaiheita ilman odotusaikaa')!;
    expect(lacking.totalValue).toMatchObject({ result: 1 });
  });
});
