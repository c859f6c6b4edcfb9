/**
 * Deterministic JSON: object keys in a fixed order so the same workshop always gives the same bytes (diffable,
 * hashable, and testable as serialize∘parse∘serialize = serialize).
 */

/** Keys that read best first; every other key follows in code-point order. */
const LEADING_KEYS = [
  'format',
  'packageVersion',
  'appVersion',
  'exportedAt',
  'workshop',
  'id',
  'kind',
  'name',
  'title',
];
const rank = new Map(LEADING_KEYS.map((k, i) => [k, i]));

function compareKeys(a: string, b: string): number {
  const ra = rank.get(a) ?? LEADING_KEYS.length;
  const rb = rank.get(b) ?? LEADING_KEYS.length;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : a > b ? 1 : 0;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const src = value as Record<string, unknown>;
    // A null prototype so a key named "__proto__" (legal in JSON) stays a plain key.
    const out = Object.create(null) as Record<string, unknown>;
    for (const k of Object.keys(src).sort(compareKeys)) {
      // undefined would vanish in JSON anyway; skipping it here keeps the key order logic simple.
      if (src[k] !== undefined) out[k] = canonical(src[k]);
    }
    return out;
  }
  return value;
}

/** JSON with stable key order, two-space indent and a final newline. */
export function stableStringify(value: unknown): string {
  return `${JSON.stringify(canonical(value), null, 2)}\n`;
}
