import type { Patch } from '../../../shared/boards/run';
import type { TableName } from './tables';

/** One recorded change inside an undoable edit. */
export type Change =
  | { t: 'row'; table: TableName; id: string; before: object | null; after: object | null }
  | { t: 'doc'; boardId: string; patches: Patch[]; inverse: Patch[] };

/** The oldest edits are dropped past this many, so a long day cannot grow the file without bound. */
export const HISTORY_LIMIT = 2000;

/** The changes that reverse `changes`, in the order to run them. */
export function inverseOf(changes: readonly Change[]): Change[] {
  return [...changes].reverse().map((c) =>
    c.t === 'row'
      ? { t: 'row', table: c.table, id: c.id, before: c.after, after: c.before }
      : { t: 'doc', boardId: c.boardId, patches: c.inverse, inverse: c.patches },
  );
}
