import type { TranslationKey } from '../../i18n/keys';
import { CLIPBOARD_MIME, type ReadBoardClip } from '../../../../shared/boards/clipboard';

/** Reading the clipboard from a menu or palette command (a key press gets it from the paste event instead). */
export async function readClipboardText(): Promise<{ ok: true; text: string } | { ok: false; key: TranslationKey }> {
  try {
    if (!navigator.clipboard?.readText) return { ok: false, key: 'boardKit.clipboard.unavailable' };
    const text = await navigator.clipboard.readText();
    return text ? { ok: true, text } : { ok: false, key: 'boardKit.clipboard.empty' };
  } catch {
    // The browser (or the user) refused: nothing on the board has changed.
    return { ok: false, key: 'boardKit.clipboard.refused' };
  }
}

/**
 * A copy, cut or paste event from a text field: the field's own text is copied or pasted, not the board's
 * selection.
 */
export function fromTextField(e: { target: EventTarget | null }): boolean {
  return (e.target as HTMLElement).closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/** What a paste event brings a board: its own kind's payload, plain-text lines, a message, or nothing usable. */
export type PastedContent<T> = { clip: T } | { text: string } | { key: TranslationKey } | { empty: true };

/**
 * Reads a paste event: the app's payload when it is this kind's; another kind's payload pastes its plain-text lines;
 * a payload from a newer version gets its message. Images and HTML are left out (only plain text is used).
 */
export function readPasteEvent<T>(
  e: { clipboardData: DataTransfer },
  read: (raw: string) => ReadBoardClip<T>,
): PastedContent<T> {
  const raw = e.clipboardData.getData(CLIPBOARD_MIME);
  const text = e.clipboardData.getData('text/plain');
  if (raw) {
    const r = read(raw);
    if (r.ok) return { clip: r.clip };
    if (r.key !== 'boardKit.clipboard.otherKind' || !text) return { key: r.key };
  }
  return text ? { text } : { empty: true };
}

/** Puts a board's payload and its plain-text lines on the clipboard of a copy or cut event. */
export function writeClipEvent(
  e: { clipboardData: DataTransfer; preventDefault(): void },
  clip: unknown,
  text: string,
) {
  e.preventDefault();
  e.clipboardData.setData(CLIPBOARD_MIME, JSON.stringify(clip));
  e.clipboardData.setData('text/plain', text);
}
