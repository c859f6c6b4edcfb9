import type { Patch } from '../../../shared/boards/run';
import type { TableName } from './tables';

/** One recorded change inside an undoable edit. */
export type Change =
  | { t: 'row'; table: TableName; id: string; before: object | null; after: object | null }
  | { t: 'doc'; boardId: string; patches: Patch[]; inverse: Patch[]; folded?: true };

/** The oldest edits are dropped past this many, so a long day cannot grow the file without bound. */
export const HISTORY_LIMIT = 2000;

/** The changes that reverse `changes`, in the order to run them. */
export function inverseOf(changes: readonly Change[]): Change[] {
  return [...changes].reverse().map((c) =>
    c.t === 'row'
      ? { t: 'row', table: c.table, id: c.id, before: c.after, after: c.before }
      : { t: 'doc', boardId: c.boardId, patches: c.inverse, inverse: c.patches, ...(c.folded ? { folded: true as const } : {}) },
  );
}

/** A change that replaces a whole document: it carries states, not the steps (or their order) between them. */
export function wholeDocChange(boardId: string, before: unknown, after: unknown): Change {
  return {
    t: 'doc',
    boardId,
    patches: [{ op: 'replace', path: [], value: after }],
    inverse: [{ op: 'replace', path: [], value: before }],
    folded: true,
  };
}

/** Folds a private change into the previous entry's when both are folded changes of the same board. */
export function foldInto(previous: readonly Change[], next: readonly Change[]): Change[] | null {
  const [a] = previous;
  const [b] = next;
  if (previous.length !== 1 || next.length !== 1 || !a || !b) return null;
  if (a.t !== 'doc' || b.t !== 'doc' || !a.folded || !b.folded || a.boardId !== b.boardId) return null;
  return [{ ...b, inverse: a.inverse }];
}
