import type { BoardKind } from '../../boards/registry';
import { ideasWallDemo } from './ideas-wall';
import { dotVoteDemo } from './dot-vote';
import { processMapDemo } from './process-map';
import { fishboneDemo } from './fishbone';
import { fiveWhysDemo } from './five-whys';
import { valueStreamDemo } from './value-stream';
import type { DemoBoardBuilder } from './types';
import { pdsaDemo } from './pdsa';
import { measuresDemo } from './measures';
import { driverDiagramDemo } from './driver-diagram';

/**
 * The demo's boards, one builder per board kind. A new kind adds its builder here (a test checks that every kind
 * in BOARD_DEFINITIONS has one). Boards are added to each team in this order.
 */
export const DEMO_BOARDS: Record<BoardKind, DemoBoardBuilder> = {
  'ideas-wall': ideasWallDemo,
  'dot-vote': dotVoteDemo,
  'process-map': processMapDemo,
  fishbone: fishboneDemo,
  'five-whys': fiveWhysDemo,
  'value-stream': valueStreamDemo,
  measures: measuresDemo,
  pdsa: pdsaDemo,
  'driver-diagram': driverDiagramDemo,
};

export type { DemoBoardBuilder, DemoBoardContext, DemoBoardSpec } from './types';
