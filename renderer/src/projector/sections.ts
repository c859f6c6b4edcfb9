import { call } from '../api';
import { isTyping } from '../app/commands';
import { toastError } from '../app/toasts';
import { acceptPresentation } from './sync';
import { usePresentation } from './store';

/** Steps the board on the projector `delta` sections on (the backend clamps to the sections it shows). */
export async function stepSection(delta: number): Promise<void> {
  const s = usePresentation.getState().state;
  if (!s) return;
  try {
    acceptPresentation(await call('presentation.setSection', { index: (s.section ?? 0) + delta }));
  } catch (e) {
    toastError(e);
  }
}

/**
 * PageDown / PageUp (what presenter clickers send) step through the sections of a board the projector shows in
 * sections. Other keys and other content are left alone (the gallery walk's own panel uses PageDown for its stops);
 * so is a key typed into a field.
 */
export function handleSectionKey(e: KeyboardEvent): void {
  if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
  if (e.key !== 'PageDown' && e.key !== 'PageUp') return;
  const s = usePresentation.getState().state;
  if (!s || s.mode === 'blank' || s.shown.kind !== 'board' || (s.sections ?? 1) <= 1) return;
  if (isTyping(e.target)) return;
  e.preventDefault();
  void stepSection(e.key === 'PageDown' ? 1 : -1);
}
