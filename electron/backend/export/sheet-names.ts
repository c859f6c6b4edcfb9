/** Excel's rules for sheet names: at most 31 characters, none of `[]:*?/\`, not starting or ending with `'`, unique ignoring case. */

const MAX = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;
// Excel reserves this name for its own change-tracking sheet.
const RESERVED = new Set(['history']);

/** Cuts to `max` UTF-16 units without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = /[\uD800-\uDBFF]/.test(s.charAt(max - 1)) ? max - 1 : max;
  return s.slice(0, end);
}

/** A name Excel accepts, keeping as much of the wish as possible. */
export function cleanSheetName(wish: string): string {
  let s = wish
    .replace(FORBIDDEN, '-')
    // eslint-disable-next-line no-control-regex -- Excel refuses control characters in sheet names
    .replace(/[\u0000-\u001F]/g, ' ')
    .trim();
  s = s.replace(/^'+|'+$/g, '').trim();
  if (s === '' || RESERVED.has(s.toLowerCase())) s = s === '' ? 'Taulukko' : `${s} 1`;
  return cut(s, MAX).trim();
}

/** Clean, unique names for the given wishes, in order; later duplicates get ` (2)`, ` (3)`… */
export function uniqueSheetNames(wishes: readonly string[]): string[] {
  const used = new Set<string>();
  return wishes.map((wish) => {
    const base = cleanSheetName(wish);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${cut(base, MAX - suffix.length).trimEnd()}${suffix}`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}
