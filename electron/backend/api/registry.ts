import type { Method } from '../../../shared/api/contract';
import { appHandlers } from './handlers/app';
import { boardHandlers } from './handlers/boards';
import { historyHandlers } from './handlers/history';
import { libraryHandlers } from './handlers/library';
import { measuresHandlers } from './handlers/measures';
import { presentationHandlers } from './handlers/presentation';
import { excelHandlers } from './handlers/excel';
import { agendaHandlers } from './handlers/agenda';
import { galleryHandlers } from './handlers/gallery';
import { feedbackHandlers } from './handlers/feedback';
import { storyboardHandlers } from './handlers/storyboard';
import { innokylaHandlers } from './handlers/innokyla';
import { roundHandlers } from './handlers/round';
import { teamHandlers } from './handlers/teams';
import type { Handlers } from './handlers/types';
import { workshopHandlers } from './handlers/workshop';

const GROUPS = [
  appHandlers,
  libraryHandlers,
  workshopHandlers,
  roundHandlers,
  teamHandlers,
  boardHandlers,
  historyHandlers,
  measuresHandlers,
  presentationHandlers,
  galleryHandlers,
  feedbackHandlers,
  storyboardHandlers,
  innokylaHandlers,
  agendaHandlers,
  excelHandlers,
];

/** Combines the domains' handlers; a method claimed twice is a programming error caught at start. */
export function combineHandlers(groups: readonly object[]): Record<string, unknown> {
  const all: Record<string, unknown> = {};
  for (const g of groups) {
    for (const [k, v] of Object.entries(g)) {
      if (k in all) throw new Error(`handler registered twice: ${k}`);
      all[k] = v;
    }
  }
  return all;
}

type Union<T extends readonly unknown[]> = T[number];
type Merge<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Combined = Merge<Union<typeof GROUPS>>;
// Compile-time completeness: every contract method has exactly the handler type it needs.
const _complete: Handlers = null as unknown as Combined;
void _complete;
type _NoExtra = Exclude<keyof Combined, Method> extends never ? true : never;
const _noExtra: _NoExtra = true;
void _noExtra;

export const HANDLERS = combineHandlers(GROUPS) as Handlers;
