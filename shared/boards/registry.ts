import type { AnyBoardDefinition } from './types';
import { pdsaBoard } from './pdsa/definition';
import { measuresBoard } from './measures/definition';
import { ideasWall } from './ideas-wall/definition';
import { dotVote } from './dot-vote/definition';
import { processMap } from './process-map/definition';
import { valueStream } from './value-stream/definition';
import { fishbone } from './fishbone/definition';
import { fiveWhys } from './five-whys/definition';
import { driverDiagram } from './driver-diagram/definition';

/** Every board kind the app knows. A new kind adds one line here and one in the renderer's UI registry. */
export const BOARD_DEFINITIONS = [
  ideasWall,
  dotVote,
  processMap,
  fishbone,
  fiveWhys,
  valueStream,
  measuresBoard,
  pdsaBoard,
  driverDiagram,
] as const satisfies readonly AnyBoardDefinition[];

export type BoardKind = (typeof BOARD_DEFINITIONS)[number]['kind'];

const byKind = new Map<string, AnyBoardDefinition>(BOARD_DEFINITIONS.map((d) => [d.kind, d]));

/** The definition of a kind, or undefined for a kind this app version does not know. */
export function boardDefinition(kind: string): AnyBoardDefinition | undefined {
  return byKind.get(kind);
}

export const BOARD_KINDS: readonly string[] = BOARD_DEFINITIONS.map((d) => d.kind);
