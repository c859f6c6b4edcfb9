import type { z } from 'zod';
import type { SheetSpec, CellValue } from '../export/sheet';
import type { BoardItem } from './links';
import type { BoardCounts } from './counts';

/** What a board's `toSheet` knows beyond its own document. */
export interface SheetContext {
  boardId: string;
  boardName: string;
  teamId: string;
  teamName: string;
}

/**
 * One board kind, pure and shared by renderer and backend (the same `apply` runs optimistically in the UI and
 * authoritatively in the backend, so both see the same result).
 */
export interface BoardDefinition<Doc, Cmd extends { type: string }> {
  /** kebab-case id stored with every board. */
  kind: string;
  /** Current document version; older documents are migrated on load. */
  docVersion: number;
  docSchema: z.ZodType<Doc>;
  commandSchema: z.ZodType<Cmd>;
  /** `migrations[n]` turns a version-n document into version n+1. */
  migrations: Record<number, (doc: unknown) => unknown>;
  createEmpty(): Doc;
  /**
   * An immer recipe: mutate `draft` to carry out `cmd`. Throws `BoardCommandError` when the command refers to
   * something that does not exist; the draft is then discarded.
   */
  apply(draft: Doc, cmd: Cmd): void;
  /** i18n key naming the command, shown in the undo/redo tooltips. */
  commandLabel(cmd: Cmd): string;
  /** The board's items counted once for every place that says how many (header, storyboard, Excel, `cli info`). */
  counts(doc: Doc): BoardCounts;
  /** A small JSON summary for `cli info` and the board list; its counts come from `counts`. */
  summary(doc: Doc): Record<string, CellValue>;
  /** Excel projection: one or more sheets, rows carrying board and team columns. */
  toSheets(doc: Doc, ctx: SheetContext): SheetSpec[];
  /** The items this board offers to others (vote options, change ideas, links); in display order. */
  items(doc: Doc): BoardItem[];
  /**
   * Commands whose order must not be recoverable from the file (private ballots). Consecutive ones on the same board
   * are folded into one history entry holding only whole-document states, so the undo history cannot tell who voted
   * first. Undo then reverses the whole run at once.
   */
  privateCommands?: readonly Cmd['type'][];
}

/** A command that does not fit the document (unknown id, etc.); carries an i18n key. */
export class BoardCommandError extends Error {
  constructor(
    public readonly key: string,
    public readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'BoardCommandError';
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- registry erases each kind's own doc/command types
export type AnyBoardDefinition = BoardDefinition<any, { type: string }>;
