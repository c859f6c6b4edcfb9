import type { ValueStreamCommand, ValueStreamDoc } from './model';

/**
 * `boards.create` init commands for a future state of `doc`: the same steps (new ids, links between them kept,
 * links to the process map kept), state `future`, compared with the current board. One undoable step.
 */
export function futureStateInit(
  doc: ValueStreamDoc,
  currentBoardId: string,
  newId: () => string,
): ValueStreamCommand[] {
  const ids = new Map(doc.steps.map((s) => [s.id, newId()]));
  const steps = doc.steps.map((s) => ({
    ...s,
    id: ids.get(s.id)!,
    after: s.after === null ? null : s.after.map((a) => ids.get(a)).filter((a): a is string => a !== undefined),
  }));
  return [
    { type: 'importSteps', source: doc.source, steps },
    { type: 'setSettings', patch: { ...doc.settings } },
    { type: 'setState', state: 'future' },
    { type: 'setComparison', boardId: currentBoardId },
  ];
}
