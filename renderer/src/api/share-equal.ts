/**
 * `next` with every part that equals the same part of `prev` replaced by `prev`'s object (structural sharing, as
 * TanStack Query's `replaceEqualDeep`): when nothing changed, `prev` itself comes back, so React and zustand see
 * the same reference and skip the re-render; when one item changed, its siblings keep their identity. JSON data only.
 */
export function shareEqual<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return prev as T;
  if (Array.isArray(prev) && Array.isArray(next)) {
    let same = prev.length === next.length;
    const out = next.map((item, i) => {
      const shared = shareEqual(prev[i], item);
      if (shared !== prev[i]) same = false;
      return shared;
    });
    return (same ? prev : out) as T;
  }
  if (isPlainObject(prev) && isPlainObject(next)) {
    const prevKeys = Object.keys(prev);
    const nextKeys = Object.keys(next);
    let same = prevKeys.length === nextKeys.length;
    const out: Record<string, unknown> = {};
    for (const k of nextKeys) {
      const shared = shareEqual(prev[k], next[k]);
      if (shared !== prev[k] || !Object.hasOwn(prev, k)) same = false;
      // JSON may hold an own "__proto__" key; plain assignment would set the prototype instead.
      if (k === '__proto__')
        Object.defineProperty(out, k, { value: shared, enumerable: true, writable: true, configurable: true });
      else out[k] = shared;
    }
    return (same ? prev : out) as T;
  }
  return next;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}
