import type { BoardAction } from './kit/actions';
import { DRIVER_DIAGRAM_ACTIONS } from './driver-diagram/actions';
import { FISHBONE_ACTIONS } from './fishbone/actions';
import { FIVE_WHYS_ACTIONS } from './five-whys/actions';
import { IDEAS_WALL_ACTIONS } from './ideas-wall/actions';
import { PROCESS_MAP_ACTIONS } from './process-map/actions';
import { VALUE_STREAM_ACTIONS } from './value-stream/actions';
import { DOT_VOTE_ACTIONS } from './dot-vote/actions';
import { MEASURES_ACTIONS } from './measures/actions';
import { PDSA_ACTIONS } from './pdsa/actions';

/** Each board kind's action registry: its toolbar commands, keys, context menu, palette and shortcut overlay. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each list has its own context type; tests read ids, keys and labels only
export const BOARD_ACTION_LISTS: Record<string, readonly BoardAction<any>[]> = {
  'process-map': PROCESS_MAP_ACTIONS,
  'ideas-wall': IDEAS_WALL_ACTIONS,
  fishbone: FISHBONE_ACTIONS,
  'five-whys': FIVE_WHYS_ACTIONS,
  'driver-diagram': DRIVER_DIAGRAM_ACTIONS,
  'value-stream': VALUE_STREAM_ACTIONS,
  pdsa: PDSA_ACTIONS,
  measures: MEASURES_ACTIONS,
  'dot-vote': DOT_VOTE_ACTIONS,
};
