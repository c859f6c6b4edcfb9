import type { TFunction } from 'i18next';

const caches = new WeakMap<TFunction, Map<string, string>>();
/** Enough for every kind, unit and count a big map uses; past it the cache starts again rather than growing. */
const MAX = 4000;

/**
 * `t` with its answers remembered: a map of 300 steps asks for the same few kind names and time texts on every
 * render, and i18next's lookup and interpolation cost far more than a Map. One cache per `t` (a language change
 * brings a new `t`, so a cached text is never of the wrong language).
 */
export function memoT(t: TFunction): TFunction {
  let cache = caches.get(t);
  if (!cache) caches.set(t, (cache = new Map()));
  const memo = cache;
  const fn = (key: string, options?: Record<string, unknown>): string => {
    const k = options ? `${key}\u0000${JSON.stringify(options)}` : key;
    let text = memo.get(k);
    if (text === undefined) {
      if (memo.size >= MAX) memo.clear();
      text = String((t as unknown as (key: string, options?: Record<string, unknown>) => unknown)(key, options));
      memo.set(k, text);
    }
    return text;
  };
  return fn as unknown as TFunction;
}
