/**
 * Text as search compares it: NFC (a pasted "a + combining diaeresis" is the same ä as a typed one) and lower case
 * by Finnish rules. Ä, Ö and Å stay letters of their own, as in Finnish and Swedish: "ä" never matches "a".
 */
export function searchFold(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase('fi');
}

/** Whether every word of the query occurs in the text (folded). An empty query matches nothing. */
export function textMatches(text: string, query: string): boolean {
  const words = searchFold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  const hay = searchFold(text);
  return words.every((w) => hay.includes(w));
}
