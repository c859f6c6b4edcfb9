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
      : {
          t: 'doc',
          boardId: c.boardId,
          patches: c.inverse,
          inverse: c.patches,
          ...(c.folded ? { folded: true as const } : {}),
        },
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

function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

/** Both patch lists only replace values, at the same paths: the later one supersedes the earlier. */
function sameReplacements(a: readonly Patch[], b: readonly Patch[]): boolean {
  return (
    a.length === b.length &&
    a.length > 0 &&
    a.every((p, i) => p.op === 'replace' && b[i]!.op === 'replace' && samePath(p.path, b[i]!.path))
  );
}

/**
 * Merges the changes of one more keystroke batch into the open entry of the same field edit, so typing a sentence
 * is one undo step. The merged entry stays small: a row keeps its first `before` and latest `after`; a document
 * change that replaces the same value keeps the first inverse and the latest patch; anything else is appended.
 */
export function coalesceInto(previous: readonly Change[], next: readonly Change[]): Change[] {
  const out = [...previous];
  for (const c of next) {
    const at = out.length - 1;
    const last = out[at];
    if (last && c.t === 'row' && last.t === 'row' && last.table === c.table && last.id === c.id) {
      out[at] = { ...last, after: c.after };
      continue;
    }
    if (
      last &&
      c.t === 'doc' &&
      last.t === 'doc' &&
      last.boardId === c.boardId &&
      !last.folded &&
      !c.folded &&
      sameReplacements(last.patches, c.patches)
    ) {
      out[at] = { ...last, patches: c.patches };
      continue;
    }
    out.push(c);
  }
  return out;
}
