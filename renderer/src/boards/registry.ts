import { BOARD_DEFINITIONS } from '../../../shared/boards/registry';
import type { BoardDefinition } from '../../../shared/boards/types';
import type { BoardUiModule, UiModuleFor } from './types';
import { pdsaUi } from './pdsa';
import { measuresUi } from './measures';
import { ideasWallUi } from './ideas-wall';
import { dotVoteUi } from './dot-vote';
import { processMapUi } from './process-map';
import { fishboneUi } from './fishbone';
import { fiveWhysUi } from './five-whys';
import { valueStreamUi } from './value-stream';
import { driverDiagramUi } from './driver-diagram';

/**
 * One UI module per shared definition, keyed by kind. The record type is mapped from BOARD_DEFINITIONS, so a kind
 * added there without a UI module here (or one with the wrong doc/command types) fails to compile.
 */
type Defs = (typeof BOARD_DEFINITIONS)[number];
type UiRegistry = { readonly [D in Defs as D['kind']]: UiModuleFor<D> };
export const BOARD_UI: UiRegistry = {
  'ideas-wall': ideasWallUi,
  'dot-vote': dotVoteUi,
  'process-map': processMapUi,
  fishbone: fishboneUi,
  'five-whys': fiveWhysUi,
  'value-stream': valueStreamUi,
  measures: measuresUi,
  pdsa: pdsaUi,
  'driver-diagram': driverDiagramUi,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the lookup erases each kind's own types
type AnyUi = BoardUiModule<any, { type: string }>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as AnyUi: one definition type for every kind
type AnyDef = BoardDefinition<any, { type: string }>;

const byKind = new Map<string, { ui: AnyUi; def: AnyDef }>();
for (const def of BOARD_DEFINITIONS) {
  const ui = (BOARD_UI as unknown as Record<string, AnyUi | undefined>)[def.kind];
  if (!ui || ui.kind !== def.kind) throw new Error(`Board UI missing for ${def.kind}`);
  byKind.set(def.kind, { ui, def });
}

/** The UI modules in the shared registry's order (menus, pickers). */
export const BOARD_UI_LIST: readonly AnyUi[] = BOARD_DEFINITIONS.map((d) => byKind.get(d.kind)!.ui);

export function boardUi(kind: string): AnyUi | undefined {
  return byKind.get(kind)?.ui;
}

export function boardKindEntry(kind: string): { ui: AnyUi; def: AnyDef } | undefined {
  return byKind.get(kind);
}
