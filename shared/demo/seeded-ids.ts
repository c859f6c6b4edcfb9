/** Deterministic ids for generated content: the same seed always yields the same sequence. */

/** mulberry32: tiny, fast, good enough to spread ids; not for anything secret. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A generator of UUID-shaped (version 4 layout) ids from a seed. Shaped like `newId()` output so demo data looks
 * and sorts like real data, while tests can rely on exact values.
 */
export function seededIds(seed: number): () => string {
  const rnd = mulberry32(seed);
  const hex = (n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += Math.floor(rnd() * 16).toString(16);
    return s;
  };
  return () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(rnd() * 4)]}${hex(3)}-${hex(12)}`;
}
