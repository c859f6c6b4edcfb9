/**
 * Where a word may be broken at the end of a line, from the TeX hyphenation patterns of the maintained `hyphen`
 * package (fi, sv, en-us). Board text is usually Finnish whatever the UI language, so Finnish is the default.
 */
import fi from 'hyphen/fi/index.js';
import sv from 'hyphen/sv/index.js';
import en from 'hyphen/en-us/index.js';

export type HyphenLang = 'fi' | 'sv' | 'en';

const HYPHENATORS: Record<HyphenLang, typeof fi> = { fi, sv, en };
/** Words of this many letters or fewer are never broken. */
export const MIN_BREAKABLE_LETTERS = 6;
const SOFT = '\u00AD';
const cache = new Map<string, readonly string[]>();

/**
 * The word split into the pieces between its allowed break points ("Ajanvaraus" → ["Ajan", "va", "raus"]).
 * A word of 5 letters or fewer, or one the patterns do not break, comes back whole as one piece. A hard hyphen in
 * the word ("sosiaali-") is a break point too, kept on the piece before it.
 */
export function hyphenationPieces(word: string, lang: HyphenLang = 'fi'): readonly string[] {
  const key = `${lang}\u0000${word}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let pieces: string[];
  if (Array.from(word.replace(/[^\p{L}]/gu, '')).length < MIN_BREAKABLE_LETTERS) pieces = [word];
  else {
    pieces = [];
    for (const part of word.split(/(?<=-)/)) {
      const soft = HYPHENATORS[lang].hyphenateSync(part, { hyphenChar: SOFT });
      pieces.push(...soft.split(SOFT).filter(Boolean));
    }
    if (pieces.length === 0) pieces = [word];
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(key, pieces);
  return pieces;
}
