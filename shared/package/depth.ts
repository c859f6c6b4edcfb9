/**
 * How deeply a parsed JSON value nests, measured without recursion (a hostile package nests thousands of levels, and
 * every recursive walk after parsing — schema, masking, serialising — would overflow the stack on it).
 */
export function nestingDepth(value: unknown, stopAbove = Infinity): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    const here = depth + 1;
    if (here > deepest) deepest = here;
    if (deepest > stopAbove) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v as Record<string, unknown>)) {
      if (child !== null && typeof child === 'object') stack.push([child, here]);
    }
  }
  return deepest;
}

/** Deepest nesting a package may have; the app's own documents stay far below it. */
export const MAX_PACKAGE_DEPTH = 64;
