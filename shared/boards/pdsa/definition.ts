import { BoardCommandError, type BoardDefinition } from '../types';
import type { BoardCounts } from '../counts';
import type { ExportHeaderKey, SheetSpec } from '../../export/sheet';
import { PdsaCommand, PdsaDoc, isOverdue, ramps, type Cycle } from './model';

function cycle(doc: PdsaDoc, id: string): Cycle {
  const c = doc.cycles.find((x) => x.id === id);
  if (!c) throw new BoardCommandError('errors.board.noSuchItem', { id });
  return c;
}

const STATUS_FI = { planned: 'Suunniteltu', doing: 'Käynnissä', studying: 'Tutkitaan', done: 'Valmis' } as const;
const DECISION_FI = { adopt: 'Ota käyttöön', adapt: 'Muokkaa', abandon: 'Hylkää', '': '' } as const;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The board's items counted once (header, storyboard, Excel, cli info). */
function countItems(doc: PdsaDoc) {
  return {
    cycles: doc.cycles.length,
    done: doc.cycles.filter((c) => c.status === 'done').length,
  } satisfies BoardCounts;
}

export const pdsaBoard = {
  kind: 'pdsa' as const,
  docVersion: 1,
  docSchema: PdsaDoc,
  commandSchema: PdsaCommand,
  migrations: {},
  createEmpty: (): PdsaDoc => ({ cycles: [] }),

  apply(doc, cmd) {
    switch (cmd.type) {
      case 'addCycle':
        if (doc.cycles.some((c) => c.id === cmd.cycle.id))
          throw new BoardCommandError('errors.board.duplicateId', { id: cmd.cycle.id });
        if (cmd.cycle.previousId !== null) cycle(doc, cmd.cycle.previousId);
        doc.cycles.push(structuredClone(cmd.cycle));
        return;
      case 'updateCycle': {
        const c = cycle(doc, cmd.id);
        const { plan, do: doPart, study, act, ...top } = cmd.patch;
        Object.assign(c, top);
        if (plan) Object.assign(c.plan, plan);
        if (doPart) Object.assign(c.do, doPart);
        if (study) Object.assign(c.study, study);
        if (act) Object.assign(c.act, act);
        return;
      }
      case 'deleteCycle': {
        const gone = cycle(doc, cmd.id);
        doc.cycles = doc.cycles.filter((c) => c.id !== cmd.id);
        for (const c of doc.cycles) if (c.previousId === cmd.id) c.previousId = gone.previousId;
        return;
      }
    }
  },

  commandLabel: (cmd) => `boards.pdsa.commands.${cmd.type}`,

  counts: countItems,

  summary: (doc) => {
    const t = today();
    return {
      cycles: countItems(doc).cycles,
      ramps: ramps(doc).length,
      planned: doc.cycles.filter((c) => c.status === 'planned').length,
      doing: doc.cycles.filter((c) => c.status === 'doing' || c.status === 'studying').length,
      done: countItems(doc).done,
      overdue: doc.cycles.filter((c) => isOverdue(c, t)).length,
      adopted: doc.cycles.filter((c) => c.act.decision === 'adopt').length,
    };
  },

  // Cycles test change ideas; they are not change ideas themselves, so they offer nothing to the change-idea list.
  items: () => [],

  toSheets(doc, ctx): SheetSpec[] {
    const t = today();
    const rampNo = new Map<string, [number, number]>();
    ramps(doc).forEach((chain, ri) => chain.forEach((c, ci) => rampNo.set(c.id, [ri + 1, ci + 1])));
    const col = (key: string, headerKey: ExportHeaderKey, width = 40) => ({
      key,
      headerKey,
      type: 'text' as const,
      width,
    });
    return [
      {
        name: 'PDSA-syklit',
        columns: [
          col('team', 'export.header.team', 24),
          col('board', 'export.header.board', 24),
          { key: 'ramp', headerKey: 'export.header.ramp', type: 'integer', width: 8 },
          { key: 'step', headerKey: 'export.header.cycleInRamp', type: 'integer', width: 8 },
          col('title', 'export.header.changeTested'),
          col('changeIdea', 'export.header.changeIdea'),
          col('status', 'export.header.status', 14),
          { key: 'startDate', headerKey: 'export.header.start', type: 'date', width: 12 },
          { key: 'studyDate', headerKey: 'export.header.study', type: 'date', width: 12 },
          { key: 'overdue', headerKey: 'export.header.studyOverdue', type: 'boolean', width: 10 },
          col('objective', 'export.header.aim'),
          col('question', 'export.header.question'),
          col('prediction', 'export.header.prediction'),
          col('who', 'export.header.who'),
          col('what', 'export.header.what'),
          col('when', 'export.header.when'),
          col('where', 'export.header.where'),
          col('data', 'export.header.dataToCollect'),
          col('happened', 'export.header.whatHappened'),
          col('observations', 'export.header.observations'),
          col('problems', 'export.header.problems'),
          col('result', 'export.header.resultAgainstThePrediction'),
          col('learned', 'export.header.whatWasLearned'),
          col('decision', 'export.header.decision', 14),
          col('next', 'export.header.nextCycle'),
          { key: 'cycleId', headerKey: 'export.header.cycleId', type: 'id', width: 38 },
        ],
        rows: doc.cycles.map((c) => ({
          team: ctx.teamName,
          board: ctx.boardName,
          ramp: rampNo.get(c.id)?.[0] ?? null,
          step: rampNo.get(c.id)?.[1] ?? null,
          title: c.title,
          changeIdea: c.changeIdeaText,
          status: STATUS_FI[c.status],
          startDate: c.startDate || null,
          studyDate: c.studyDate || null,
          overdue: isOverdue(c, t),
          ...c.plan,
          ...c.do,
          ...c.study,
          decision: DECISION_FI[c.act.decision],
          next: c.act.next,
          cycleId: c.id,
        })),
      },
    ];
  },
} satisfies BoardDefinition<PdsaDoc, PdsaCommand>;
