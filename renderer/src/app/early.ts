import { call } from '../api';
import { isAudiencePage } from '../audience/page';
import { parseStoryboardPrintHash } from '../../../shared/storyboard/print';
import type { Output } from '../../../shared/api/contract';

// main.tsx imports this module first, so the coach's first two requests leave while React, i18next and the rest of
// the start are still being evaluated (~100-200 ms on a slow laptop) instead of after them.
type Early = { 'settings.get': Promise<Output<'settings.get'>>; 'library.list': Promise<Output<'library.list'>> };

let early: Partial<Early> = {};
/** Who takes each answer: the settings load; the first route's lookup and the library screen's first list. */
const takers: Record<keyof Early, number> = { 'settings.get': 1, 'library.list': 2 };
if (!isAudiencePage() && !parseStoryboardPrintHash(location.hash)) {
  early = { 'settings.get': call('settings.get', {}), 'library.list': call('library.list', {}) };
  // A failure is reported by whoever takes the answer; until then it must not count as unhandled.
  for (const p of Object.values(early)) p.catch(() => undefined);
}

/** The answer of a request sent at start, for its first takers only: later callers ask the backend again (the data
 * may have changed since). */
export function takeEarly<K extends keyof Early>(method: K): Early[K] | undefined {
  const p = early[method];
  if (--takers[method] <= 0) delete early[method];
  return p;
}

/** Forgets the answers nobody took (the start opened a workshop: a later library screen lists afresh). */
export function dropEarly(): void {
  early = {};
}
