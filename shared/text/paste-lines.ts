/** Most items one paste creates; the rest of the list is left out with a message. */
export const MAX_PASTED_ITEMS = 500;

/**
 * Pasted text (from Word, Teams chat or an e-mail) as items: one per non-empty line, list bullets and numbers
 * ("- ", "• ", "3) ") dropped, each cut to `maxLength`.
 */
export function pastedLines(text: string, maxLength: number): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^\s*(?:[-*•·–]|\d{1,3}[.)])\s+/, '').trim())
    .filter((l) => l.length > 0)
    .map((l) => l.slice(0, maxLength));
}
