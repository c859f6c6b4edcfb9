import { BoardCommandError, type BoardDefinition } from '../types';
import type { BoardCounts } from '../counts';
import { BOARD_SHEET_COLUMNS, type SheetSpec } from '../../export/sheet';
import type { BoardItem } from '../links';
import { batchLabelKey } from '../batch';
import { FiveWhysCommand, FiveWhysDoc, WHYS_LIMITS, type WhyStep } from './model';
import { orderedSteps, stepDepth, stepSubtree } from './tree';

function step(doc: FiveWhysDoc, id: string): WhyStep {
  const s = doc.steps.find((x) => x.id === id);
  if (!s) throw new BoardCommandError('errors.board.noSuchItem', { id });
  return s;
}

/** The board's items counted once (header, storyboard, Excel, cli info). */
function countItems(doc: FiveWhysDoc) {
  return { answers: doc.steps.length, rootCauses: doc.steps.filter((s) => s.rootCause).length } satisfies BoardCounts;
}

export const fiveWhys = {
  kind: 'five-whys' as const,
  docVersion: 1,
  docSchema: FiveWhysDoc,
  commandSchema: FiveWhysCommand,
  migrations: {},
  createEmpty: (): FiveWhysDoc => ({ problem: '', source: null, steps: [] }),

  apply(doc, cmd) {
    switch (cmd.type) {
      case 'setProblem':
        doc.problem = cmd.text;
        return;
      case 'setSource':
        doc.source = cmd.source;
        return;
      case 'addStep': {
        if (doc.steps.some((s) => s.id === cmd.step.id))
          throw new BoardCommandError('errors.board.duplicateId', { id: cmd.step.id });
        if (doc.steps.length >= WHYS_LIMITS.steps)
          throw new BoardCommandError('whys.errors.tooMany', { max: WHYS_LIMITS.steps });
        if (cmd.step.parentId !== null) {
          step(doc, cmd.step.parentId);
          if (stepDepth(doc, cmd.step.parentId) + 1 > WHYS_LIMITS.depth)
            throw new BoardCommandError('whys.errors.tooDeep', { max: WHYS_LIMITS.depth });
        }
        const s: WhyStep = { ...cmd.step, rootCause: false, countermeasure: '' };
        let at = -1;
        if (cmd.afterId !== null) {
          const after = step(doc, cmd.afterId);
          if (after.parentId !== s.parentId) throw new BoardCommandError('errors.board.invalidCommand');
          at = doc.steps.indexOf(after);
        } else {
          doc.steps.forEach((x, i) => {
            if (x.parentId === s.parentId) at = i;
          });
        }
        if (at < 0) doc.steps.push(s);
        else doc.steps.splice(at + 1, 0, s);
        return;
      }
      case 'setQuestion':
        step(doc, cmd.id).question = cmd.text;
        return;
      case 'setAnswer':
        step(doc, cmd.id).answer = cmd.text;
        return;
      case 'addChain': {
        let parentId = cmd.parentId;
        for (const st of cmd.steps) {
          fiveWhys.apply(doc, {
            type: 'addStep',
            step: { id: st.id, parentId, question: '', answer: st.answer },
            afterId: null,
          });
          parentId = st.id;
        }
        return;
      }
      case 'deleteStep': {
        step(doc, cmd.id);
        const gone = stepSubtree(doc, cmd.id);
        doc.steps = doc.steps.filter((s) => !gone.has(s.id));
        return;
      }
      case 'setRootCause':
        step(doc, cmd.id).rootCause = cmd.rootCause;
        return;
      case 'setCountermeasure':
        step(doc, cmd.id).countermeasure = cmd.text;
        return;
      case 'batch':
        for (const c of cmd.commands) fiveWhys.apply(doc, c);
        return;
    }
  },

  commandLabel: (cmd) => (cmd.type === 'batch' ? batchLabelKey(cmd.label) : `boards.five-whys.commands.${cmd.type}`),

  counts: countItems,

  summary: (doc) => {
    const ordered = orderedSteps(doc);
    return {
      problem: doc.problem,
      whys: countItems(doc).answers,
      deepest: ordered.reduce((m, s) => Math.max(m, s.depth), 0),
      rootCauses: countItems(doc).rootCauses,
      countermeasures: doc.steps.filter((s) => s.rootCause && s.countermeasure.trim() !== '').length,
    };
  },

  items: (doc) => {
    const items: BoardItem[] = [];
    for (const { step: s } of orderedSteps(doc)) {
      items.push({ itemId: s.id, text: s.answer, tag: s.rootCause ? 'root-cause' : 'why' });
      if (s.rootCause && s.countermeasure.trim() !== '')
        items.push({
          itemId: `${s.id}-countermeasure`,
          text: s.countermeasure,
          tag: 'countermeasure',
          group: s.answer,
        });
    }
    return items;
  },

  toSheets(doc, ctx): SheetSpec[] {
    const answer = new Map(doc.steps.map((s) => [s.id, s.answer]));
    return [
      {
        name: '5 x miksi',
        columns: [
          ...BOARD_SHEET_COLUMNS,
          { key: 'problem', headerKey: 'export.header.problem', type: 'text', width: 40 },
          { key: 'depth', headerKey: 'export.header.depth', type: 'integer', width: 8 },
          { key: 'parent', headerKey: 'export.header.previousAnswer', type: 'text', width: 40 },
          { key: 'question', headerKey: 'export.header.question', type: 'text', width: 30 },
          { key: 'answer', headerKey: 'export.header.answer', type: 'text', width: 50 },
          { key: 'rootCause', headerKey: 'export.header.rootCause', type: 'boolean', width: 10 },
          { key: 'countermeasure', headerKey: 'export.header.suggestedCountermeasure', type: 'text', width: 50 },
          { key: 'sourceBoard', headerKey: 'export.header.sourceBoard', type: 'id', width: 38 },
          { key: 'stepId', headerKey: 'export.header.id', type: 'id', width: 38 },
        ],
        rows: orderedSteps(doc).map(({ step: s, depth }) => ({
          team: ctx.teamName,
          board: ctx.boardName,
          problem: doc.problem,
          depth,
          parent: s.parentId ? (answer.get(s.parentId) ?? '') : doc.problem,
          question: s.question || 'Miksi?',
          answer: s.answer,
          rootCause: s.rootCause,
          countermeasure: s.countermeasure,
          sourceBoard: doc.source?.boardId ?? '',
          stepId: s.id,
        })),
      },
    ];
  },
} satisfies BoardDefinition<FiveWhysDoc, FiveWhysCommand>;
