import { BOARD_DEFINITIONS } from '../../../shared/boards/registry';
import type { BoardDefinition } from '../../../shared/boards/types';
import type { BoardUiModule, UiModuleFor } from './types';
import { ideasWallUi } from './ideas-wall';

/**
 * One UI module per shared definition, in the same order. The tuple type is mapped from BOARD_DEFINITIONS, so a
 * kind added there without a UI module here (or one with the wrong doc/command types) fails to compile.
 */
type UiTuple<T extends readonly unknown[]> = { readonly [I in keyof T]: UiModuleFor<T[I]> };
export const BOARD_UI: UiTuple<typeof BOARD_DEFINITIONS> = [ideasWallUi];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the lookup erases each kind's own types
type AnyUi = BoardUiModule<any, { type: string }>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDef = BoardDefinition<any, { type: string }>;

const byKind = new Map<string, { ui: AnyUi; def: AnyDef }>();
BOARD_DEFINITIONS.forEach((def, i) => {
  const ui = BOARD_UI[i] as AnyUi | undefined;
  if (!ui || ui.kind !== def.kind) throw new Error(`Board UI registry out of order at ${def.kind}`);
  byKind.set(def.kind, { ui, def });
});

export function boardUi(kind: string): AnyUi | undefined {
  return byKind.get(kind)?.ui;
}

export function boardKindEntry(kind: string): { ui: AnyUi; def: AnyDef } | undefined {
  return byKind.get(kind);
}
