import type { ComponentType } from 'react';
import type { LucideIcon } from 'lucide-react';
import type { BoardDefinition } from '../../../shared/boards/types';
import type { BoardMeta } from '../../../shared/domain/entities';

export interface BoardViewProps<Doc, Cmd extends { type: string }> {
  board: BoardMeta;
  doc: Doc;
  /** Applies the edit at once (optimistically) and sends it to the backend; reverts with a toast on failure. */
  dispatch: (command: Cmd) => void;
  readOnly?: boolean;
}

/** The renderer half of a board kind; the shared half is its `BoardDefinition`. */
export interface BoardUiModule<Doc, Cmd extends { type: string }> {
  kind: string;
  View: ComponentType<BoardViewProps<Doc, Cmd>>;
  icon: LucideIcon;
}

/** The UI module matching a definition's document and command types. */
export type UiModuleFor<D> = D extends BoardDefinition<infer Doc, infer Cmd> ? BoardUiModule<Doc, Cmd> : never;
