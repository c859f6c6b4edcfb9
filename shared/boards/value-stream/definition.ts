import { batchLabelKey } from '../batch';
import { BoardCommandError, type BoardDefinition } from '../types';
import type { BoardCounts } from '../counts';
import {
  BOARD_SHEET_COLUMNS,
  type FormulaCell,
  type SheetCell,
  type SheetColumn,
  type SheetSpec,
} from '../../export/sheet';
import {
  ABSURD_MINUTES,
  minutesPerUnit,
  MINUTES_PER_DAY,
  type TimeRole,
  type TimeUnit,
} from '../../analysis/value-stream/units';
import { valueStreamTotals, type ValueStreamTotals } from '../../analysis/value-stream/totals';
import { ValueStreamCommand, ValueStreamDoc, type VsStep } from './model';

function step(doc: ValueStreamDoc, id: string): VsStep {
  const s = doc.steps.find((x) => x.id === id);
  if (!s) throw new BoardCommandError('errors.board.noSuchItem', { id });
  return s;
}

/** Links may only point to earlier steps; after a reorder, links that now point forward are dropped. */
function pruneForwardLinks(doc: ValueStreamDoc): void {
  const seen = new Set<string>();
  for (const s of doc.steps) {
    if (s.after) s.after = s.after.filter((id) => seen.has(id) || !doc.steps.some((x) => x.id === id));
    seen.add(s.id);
  }
}

/** The totals of a value-stream document (pure; under a millisecond for 60 steps). */
export function totalsOf(doc: ValueStreamDoc): ValueStreamTotals {
  return valueStreamTotals(doc.steps, doc.settings);
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Finnish unit names in the sheet. */
const UNIT_FI: Record<TimeUnit, string> = {
  min: 'min',
  h: 'h',
  workday: 'työpäivä',
  day: 'kalenterivuorokausi',
  week: 'viikko',
};
const WAIT_FI: Record<VsStep['waitKind'], string> = {
  queue: 'Jono',
  referral: 'Lähetteen käsittely',
  client: 'Asiakkaan odottaminen',
  decision: 'Päätöksen odottaminen',
  other: 'Muu odotus',
};

const SHEET_COLUMNS: SheetColumn[] = [
  ...BOARD_SHEET_COLUMNS,
  { key: 'nr', headerKey: 'export.header.no', type: 'integer', width: 6 },
  { key: 'step', headerKey: 'export.header.step', type: 'text', width: 30 },
  { key: 'performer', headerKey: 'export.header.performer', type: 'text', width: 20 },
  { key: 'organisation', headerKey: 'export.header.organisation', type: 'text', width: 22 },
  { key: 'after', headerKey: 'export.header.precedingStepsNo', type: 'text', width: 12 },
  { key: 'onPath', headerKey: 'export.header.onLongestPath', type: 'integer', width: 12 },
  { key: 'waitKind', headerKey: 'export.header.kindOfWait', type: 'text', width: 20 },
  { key: 'waitValue', headerKey: 'export.header.waitTypical', type: 'number' },
  { key: 'waitShortest', headerKey: 'export.header.waitShortest', type: 'number' },
  { key: 'waitLongest', headerKey: 'export.header.waitLongest', type: 'number' },
  { key: 'waitUnit', headerKey: 'export.header.waitUnit', type: 'text', width: 18 },
  { key: 'waitFactor', headerKey: 'export.header.waitMinPerUnit', type: 'number' },
  { key: 'waitMinutes', headerKey: 'export.header.waitMin', type: 'number' },
  { key: 'processValue', headerKey: 'export.header.processTimeTypical', type: 'number' },
  { key: 'processShortest', headerKey: 'export.header.processTimeShortest', type: 'number' },
  { key: 'processLongest', headerKey: 'export.header.processTimeLongest', type: 'number' },
  { key: 'processUnit', headerKey: 'export.header.processTimeUnit', type: 'text', width: 18 },
  { key: 'processFactor', headerKey: 'export.header.processMinPerUnit', type: 'number' },
  { key: 'processMinutes', headerKey: 'export.header.processTimeInMin', type: 'number' },
  { key: 'complete', headerKey: 'export.header.percentCompleteAccurate', type: 'number', width: 8 },
  { key: 'handoff', headerKey: 'export.header.handoffFromAnotherOrganisation', type: 'integer', width: 12 },
  { key: 'issues', headerKey: 'export.header.issues', type: 'text', width: 30 },
  { key: 'note', headerKey: 'export.header.note', type: 'text', width: 30 },
  { key: 'totalLabel', headerKey: 'export.header.summary', type: 'text', width: 36 },
  { key: 'totalValue', headerKey: 'export.header.summaryValue', type: 'number', width: 14 },
];

const ISSUE_FI: Record<string, string> = {
  missing: 'puuttuu',
  missingUnit: 'yksikkö puuttuu',
  negative: 'negatiivinen, ei laskettu',
  absurd: 'epäuskottavan suuri, ei laskettu',
  rangeOrder: 'vaihteluväli väärin päin',
};

function issuesText(t: ValueStreamTotals['steps'][number], linkedMissing: boolean): string {
  const out: string[] = [];
  for (const i of t.issues) {
    if (i.code === 'completeOutOfRange') out.push('%C&A ei ole välillä 0–100');
    else if (i.code === 'badLink') out.push('linkki myöhempään tai puuttuvaan vaiheeseen ohitettu');
    else out.push(`${i.field === 'wait' ? 'Odotus' : 'Prosessiaika'}: ${ISSUE_FI[i.code] ?? i.code}`);
  }
  if (linkedMissing) out.push('prosessikartan vaihe on poistettu');
  return out.join('; ');
}

function minutesFormula(prefix: 'wait' | 'process', result: number | null): FormulaCell {
  const v = `{${prefix}Value}`;
  const f = `{${prefix}Factor}`;
  return {
    formula: `=IF(AND(ISNUMBER(${v}),ISNUMBER(${f}),${v}>=0,${v}*${f}<=${ABSURD_MINUTES}),${v}*${f},"")`,
    result,
  };
}

/** The steps with per-step minutes as formulas, then the totals as formulas over the board's own rows. */
export function valueStreamSheetRows(
  doc: ValueStreamDoc,
  missingSources: ReadonlySet<string> = new Set(),
): Record<string, SheetCell>[] {
  const totals = totalsOf(doc);
  const s = doc.settings;
  const nr = new Map(doc.steps.map((st, i) => [st.id, i + 1]));
  const org = new Map(doc.steps.map((st) => [st.id, st.organisation.trim().toLocaleLowerCase('fi')]));
  const factor = (unit: TimeUnit | null, role: TimeRole) => (unit ? minutesPerUnit(unit, role, s) : null);
  const rows: Record<string, SheetCell>[] = doc.steps.map((st, i) => {
    const t = totals.steps[i]!;
    const handoffs = t.preds.filter((p) => {
      const a = org.get(p) ?? '';
      const b = org.get(st.id) ?? '';
      return a !== '' && b !== '' && a !== b;
    }).length;
    return {
      nr: i + 1,
      step: st.name,
      performer: st.performer,
      organisation: st.organisation,
      after: t.preds.map((p) => nr.get(p)).join(', '),
      onPath: t.onPath ? 1 : 0,
      waitKind: WAIT_FI[st.waitKind],
      waitValue: st.wait.value,
      waitShortest: st.wait.min,
      waitLongest: st.wait.max,
      waitUnit: st.wait.unit ? UNIT_FI[st.wait.unit] : '',
      waitFactor: factor(st.wait.unit, 'wait'),
      waitMinutes: minutesFormula('wait', t.wait ? t.wait.typical : null),
      processValue: st.process.value,
      processShortest: st.process.min,
      processLongest: st.process.max,
      processUnit: st.process.unit ? UNIT_FI[st.process.unit] : '',
      processFactor: factor(st.process.unit, 'process'),
      processMinutes: minutesFormula('process', t.process ? t.process.typical : null),
      complete: st.complete,
      handoff: handoffs,
      issues: issuesText(t, st.source !== null && missingSources.has(st.source.itemId ?? '')),
      note: st.note,
    };
  });

  const n = doc.steps.length;
  const lead = totals.lead?.typical ?? null;
  const proc = totals.process?.typical ?? null;
  const completes = doc.steps.filter((st) => st.complete !== null);
  type Total = [label: string, cell: SheetCell];
  const out: Total[] = [];
  // A column range over this board's step rows, seen from totals row k.
  const range = (key: string, k: number) => `{${key}-${n + k}}:{${key}-${k + 1}}`;
  const f = (k: number, formula: string, result: number | null): SheetCell => (n > 0 ? { formula, result } : result);
  const push = (label: string, make: (k: number) => SheetCell) => out.push([label, make(out.length)]);
  push('Läpimenoaika, min (pisin polku)', (k) =>
    f(
      k,
      `=SUMPRODUCT(${range('onPath', k)},${range('waitMinutes', k)})+SUMPRODUCT(${range('onPath', k)},${range('processMinutes', k)})`,
      lead,
    ),
  );
  push('Läpimenoaika, kalenterivuorokautta', () => ({
    formula: '={totalValue-1}/1440',
    result: lead === null ? null : lead / MINUTES_PER_DAY,
  }));
  push('Prosessiaika, min (pisin polku)', (k) =>
    f(k, `=SUMPRODUCT(${range('onPath', k)},${range('processMinutes', k)})`, proc),
  );
  push('Prosessiaika, tuntia', () => ({ formula: '={totalValue-1}/60', result: proc === null ? null : proc / 60 }));
  push('Virtaustehokkuus, % (prosessiaika ÷ läpimenoaika)', () => ({
    formula: '=IF({totalValue-4}>0,{totalValue-2}/{totalValue-4}*100,"")',
    result: totals.flowEfficiency === null ? null : totals.flowEfficiency * 100,
  }));
  push('Kumulatiivinen %C&A', (k) =>
    f(
      k,
      `=IF(COUNT(${range('complete', k)})>0,PRODUCT(${range('complete', k)})/100^(COUNT(${range('complete', k)})-1),"")`,
      completes.length > 0 ? totals.rolledComplete : null,
    ),
  );
  push('Luovutukset organisaatioiden välillä', (k) => f(k, `=SUM(${range('handoff', k)})`, totals.handoffs));
  push('Vaiheita ilman odotusaikaa', (k) => f(k, `=COUNTBLANK(${range('waitMinutes', k)})`, totals.lacking.wait));
  push('Vaiheita ilman prosessiaikaa', (k) =>
    f(k, `=COUNTBLANK(${range('processMinutes', k)})`, totals.lacking.process),
  );
  push('Läpimenoaika lyhin, vrk (laskettu sovelluksessa)', () =>
    totals.lead ? totals.lead.min / MINUTES_PER_DAY : null,
  );
  push('Läpimenoaika pisin, vrk (laskettu sovelluksessa)', () =>
    totals.lead ? totals.lead.max / MINUTES_PER_DAY : null,
  );
  out.push([
    `Muunnos: työpäivä = ${s.hoursPerWorkday} h työtä; odotuksissa työpäivä = 7/${s.workdaysPerWeek} vrk, viikko = 7 vrk`,
    null,
  ]);
  return [...rows, ...out.map(([totalLabel, totalValue]) => ({ totalLabel, totalValue }))];
}

/** The board's items counted once (header, storyboard, Excel, cli info). */
function countItems(doc: ValueStreamDoc) {
  return { steps: doc.steps.length } satisfies BoardCounts;
}

export const valueStream = {
  kind: 'value-stream' as const,
  docVersion: 1,
  docSchema: ValueStreamDoc,
  commandSchema: ValueStreamCommand,
  migrations: {},
  createEmpty: (): ValueStreamDoc => ({
    state: 'current',
    settings: { hoursPerWorkday: 7.5, workdaysPerWeek: 5, scale: 'compressed' },
    compareWith: null,
    source: null,
    steps: [],
  }),

  apply(doc, cmd) {
    switch (cmd.type) {
      case 'addStep': {
        if (doc.steps.some((s) => s.id === cmd.step.id))
          throw new BoardCommandError('errors.board.duplicateId', { id: cmd.step.id });
        if (doc.steps.length >= 200) throw new BoardCommandError('errors.valueStream.tooManySteps', { max: 200 });
        const at = Math.min(cmd.index ?? doc.steps.length, doc.steps.length);
        doc.steps.splice(at, 0, { ...cmd.step });
        pruneForwardLinks(doc);
        return;
      }
      case 'updateStep': {
        const s = step(doc, cmd.id);
        if (cmd.patch.after) {
          const i = doc.steps.indexOf(s);
          for (const id of cmd.patch.after) {
            const j = doc.steps.findIndex((x) => x.id === id);
            if (j === -1) throw new BoardCommandError('errors.board.noSuchItem', { id });
            if (j >= i) throw new BoardCommandError('errors.valueStream.linkForward', { id });
          }
        }
        Object.assign(s, cmd.patch);
        return;
      }
      case 'moveStep': {
        const s = step(doc, cmd.id);
        const from = doc.steps.indexOf(s);
        doc.steps.splice(from, 1);
        doc.steps.splice(Math.min(cmd.index, doc.steps.length), 0, s);
        pruneForwardLinks(doc);
        return;
      }
      case 'deleteStep': {
        step(doc, cmd.id);
        doc.steps = doc.steps.filter((s) => s.id !== cmd.id);
        for (const s of doc.steps) if (s.after?.includes(cmd.id)) s.after = s.after.filter((x) => x !== cmd.id);
        return;
      }
      case 'setSettings':
        Object.assign(doc.settings, cmd.patch);
        return;
      case 'setState':
        doc.state = cmd.state;
        return;
      case 'setComparison':
        doc.compareWith = cmd.boardId;
        return;
      case 'setSource':
        doc.source = cmd.source;
        return;
      case 'importSteps': {
        for (const st of cmd.steps) {
          if (doc.steps.some((s) => s.id === st.id))
            throw new BoardCommandError('errors.board.duplicateId', { id: st.id });
        }
        if (doc.steps.length + cmd.steps.length > 200)
          throw new BoardCommandError('errors.valueStream.tooManySteps', { max: 200 });
        if (cmd.source) doc.source = cmd.source;
        doc.steps.push(...cmd.steps.map((s) => ({ ...s })));
        pruneForwardLinks(doc);
        return;
      }
      case 'pasteSteps': {
        for (const st of cmd.steps) {
          if (doc.steps.some((s) => s.id === st.id))
            throw new BoardCommandError('errors.board.duplicateId', { id: st.id });
        }
        if (doc.steps.length + cmd.steps.length > 200)
          throw new BoardCommandError('errors.valueStream.tooManySteps', { max: 200 });
        doc.steps.splice(Math.min(cmd.index, doc.steps.length), 0, ...cmd.steps.map((s) => ({ ...s })));
        pruneForwardLinks(doc);
        return;
      }
      case 'batch':
        for (const c of cmd.commands) valueStream.apply(doc, c);
        return;
    }
  },

  commandLabel: (cmd) => (cmd.type === 'batch' ? batchLabelKey(cmd.label) : `boards.value-stream.commands.${cmd.type}`),

  counts: countItems,

  summary: (doc) => {
    const t = totalsOf(doc);
    const names = new Map(doc.steps.map((s) => [s.id, s.name]));
    return {
      state: doc.state,
      steps: countItems(doc).steps,
      leadTimeDays: t.lead ? round(t.lead.typical / MINUTES_PER_DAY, 2) : null,
      leadTimeRangeDays: t.lead
        ? `${round(t.lead.min / MINUTES_PER_DAY, 1)}–${round(t.lead.max / MINUTES_PER_DAY, 1)}`
        : null,
      processTimeHours: t.process ? round(t.process.typical / 60, 2) : null,
      flowEfficiencyPct: t.flowEfficiency === null ? null : round(t.flowEfficiency * 100, 2),
      rolledCompletePct: t.rolledComplete === null ? null : round(t.rolledComplete, 1),
      handoffs: t.handoffs,
      stepsMissingWait: t.lacking.wait,
      stepsMissingProcess: t.lacking.process,
      longestPath: t.branched ? t.path.map((id) => names.get(id) ?? '').join(' → ') : null,
    };
  },

  items: (doc) =>
    doc.steps.map((s) => ({ itemId: s.id, text: s.name, tag: 'step' as const, group: s.organisation || undefined })),

  toSheets(doc, ctx): SheetSpec[] {
    return [
      {
        name: 'Arvovirta',
        columns: SHEET_COLUMNS,
        rows: valueStreamSheetRows(doc).map((r) => ({ team: ctx.teamName, board: ctx.boardName, ...r })),
      },
    ];
  },
} satisfies BoardDefinition<ValueStreamDoc, ValueStreamCommand>;
