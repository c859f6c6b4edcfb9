import type { Input, Method } from '../../../shared/api/contract';
import { call } from '../api';
import { toastError } from '../app/toasts';
import { acceptPresentation } from '../projector/sync';

type StateMethod =
  | 'agenda.start'
  | 'agenda.pause'
  | 'agenda.resume'
  | 'agenda.next'
  | 'agenda.skip'
  | 'agenda.extend'
  | 'agenda.stop'
  | 'timer.start'
  | 'timer.pause'
  | 'timer.resume'
  | 'timer.add'
  | 'timer.stop';

/** Runs one agenda or timer step; the answer (the new presentation state) is taken at once, errors become a toast. */
export async function step<K extends StateMethod & Method>(method: K, input: Input<K>): Promise<boolean> {
  try {
    acceptPresentation(await call(method, input));
    return true;
  } catch (e) {
    toastError(e);
    return false;
  }
}

/** Puts the timer or the agenda on the audience view now (the projector holds it until the coach follows again). */
export async function showOnProjector(
  workshopId: string,
  content: { kind: 'timer' } | { kind: 'agenda'; dayId: string },
): Promise<void> {
  try {
    acceptPresentation(await call('presentation.show', { workshopId, content }));
  } catch (e) {
    toastError(e);
  }
}
