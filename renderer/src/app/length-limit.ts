/**
 * Fields cap their text with `maxLength` (shared/domain/limits.ts), and the browser drops what does not fit without
 * a word. This watches every capped input and text area in the page and says so when typing or pasting hits the
 * cap, so a 200-character name is never cut silently.
 */

type Capped = HTMLInputElement | HTMLTextAreaElement;

/** How many characters of `inserted` a capped field drops when they replace its current selection. */
export function charactersCut(
  value: string,
  selection: readonly [number, number],
  inserted: string,
  max: number,
): number {
  if (max < 0) return 0;
  const kept = value.length - (selection[1] - selection[0]);
  return Math.max(0, kept + inserted.length - max);
}

function capped(target: EventTarget | null): Capped | null {
  if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return null;
  return target.maxLength > 0 ? target : null;
}

/** Calls `onCut(max)` when an edit would go past a field's cap (at most once a second per field). Returns a stop. */
export function watchLengthLimits(root: Document, onCut: (max: number) => void): () => void {
  const lastTold = new WeakMap<Capped, number>();
  const check = (el: Capped, inserted: string) => {
    const selection: [number, number] = [el.selectionStart ?? el.value.length, el.selectionEnd ?? el.value.length];
    if (charactersCut(el.value, selection, inserted, el.maxLength) === 0) return;
    const now = Date.now();
    if (now - (lastTold.get(el) ?? 0) < 1000) return;
    lastTold.set(el, now);
    onCut(el.maxLength);
  };
  const onPaste = (e: ClipboardEvent) => {
    const el = capped(e.target);
    if (el) check(el, e.clipboardData?.getData('text/plain') ?? '');
  };
  const onBeforeInput = (e: InputEvent) => {
    const el = capped(e.target);
    // Pastes are seen (with their full text) by the paste listener.
    if (el && e.inputType.startsWith('insert') && e.inputType !== 'insertFromPaste')
      check(el, e.data ?? (e.inputType === 'insertLineBreak' ? '\n' : ''));
  };
  root.addEventListener('paste', onPaste, true);
  root.addEventListener('beforeinput', onBeforeInput, true);
  return () => {
    root.removeEventListener('paste', onPaste, true);
    root.removeEventListener('beforeinput', onBeforeInput, true);
  };
}
