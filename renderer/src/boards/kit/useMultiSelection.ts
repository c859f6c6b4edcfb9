import { useCallback, useMemo, useState } from 'react';

/** A click that adds to (or takes from) the selection instead of replacing it. */
export function isToggleClick(e: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }): boolean {
  return e.shiftKey || e.ctrlKey || e.metaKey;
}

export interface MultiSelection {
  /** Items selected together (two or more), in the order picked; empty when one or none is selected. */
  many: readonly string[];
  has: (id: string) => boolean;
  /**
   * Shift/Ctrl+click on `id` while `current` is the board's single selection: adds it, or takes it out when it is
   * in. Returns the item that should be the board's single selection afterwards (the last one picked), or null.
   */
  toggle: (id: string, current: string | null) => string | null;
  /** Ctrl+A, a paste: these items together. */
  setMany: (ids: readonly string[]) => void;
  /**
   * A rubber band: these items join what is selected (`current` is the board's single selection). Returns the item
   * that should be the single selection afterwards (`current`, else the first one taken), or null when none.
   */
  add: (ids: readonly string[], current: string | null) => string | null;
  clear: () => void;
  /** What a command acts on: the items selected together, else the single selection. */
  chosen: (current: string | null) => string[];
}

/**
 * The multi-selection every board kind shares, beside its own single selection (which keeps driving focus, the
 * inspector and keyboard navigation). Ids that leave the board (deleted, undone) drop out by themselves.
 */
export function useMultiSelection(liveIds: readonly string[]): MultiSelection {
  const [picked, setPicked] = useState<readonly string[]>([]);
  const many = useMemo(() => {
    if (picked.length === 0) return picked;
    const live = new Set(liveIds);
    const kept = picked.filter((id) => live.has(id));
    return kept.length > 1 ? kept : [];
  }, [picked, liveIds]);
  const set = useMemo(() => new Set(many), [many]);

  const toggle = useCallback(
    (id: string, current: string | null) => {
      const base = many.length > 0 ? many : current !== null ? [current] : [];
      const next = base.includes(id) ? base.filter((x) => x !== id) : [...base, id];
      setPicked(next);
      return next.length > 0 ? next[next.length - 1]! : null;
    },
    [many],
  );
  const setMany = useCallback((ids: readonly string[]) => setPicked([...ids]), []);
  const add = useCallback(
    (ids: readonly string[], current: string | null) => {
      const base = many.length > 0 ? many : current !== null ? [current] : [];
      const next = [...base, ...ids.filter((id) => !base.includes(id))];
      setPicked(next);
      return current ?? next[0] ?? null;
    },
    [many],
  );
  const clear = useCallback(() => setPicked((p) => (p.length === 0 ? p : [])), []);
  const chosen = useCallback(
    (current: string | null) => (many.length > 0 ? [...many] : current !== null ? [current] : []),
    [many],
  );
  return { many, has: (id) => set.has(id), toggle, setMany, add, clear, chosen };
}
