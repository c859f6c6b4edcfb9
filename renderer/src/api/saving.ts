import { create } from 'zustand';
import { ApiCallError } from '../../../shared/api/client';

interface SavingState {
  /** Data-changing calls in flight. */
  inFlight: number;
  /** Text fields (and queued board commands) with changes the backend has not acknowledged yet, by id. */
  unsaved: Record<string, true>;
  /** The i18n key of why a typed change could not be saved (its text stays in its field), by id. */
  failed: Record<string, string>;
  begin(): void;
  end(): void;
  setUnsaved(id: string, unsaved: boolean): void;
  setFailed(id: string, error: unknown): void;
}

/** Drives the header's indicator: "saving" while anything typed is not acknowledged, "saved" only when all is. */
export const useSaving = create<SavingState>((set) => ({
  inFlight: 0,
  unsaved: {},
  failed: {},
  begin: () => set((s) => ({ inFlight: s.inFlight + 1 })),
  end: () => set((s) => ({ inFlight: Math.max(0, s.inFlight - 1) })),
  setUnsaved: (id, unsaved) =>
    set((s) => {
      if (!!s.unsaved[id] === unsaved) return s;
      const next = { ...s.unsaved };
      if (unsaved) next[id] = true;
      else delete next[id];
      return { unsaved: next };
    }),
  setFailed: (id, error) =>
    set((s) => {
      const key = error == null ? null : error instanceof ApiCallError ? error.error.key : 'errors.unexpected';
      if ((s.failed[id] ?? null) === key) return s;
      const next = { ...s.failed };
      if (key) next[id] = key;
      else delete next[id];
      return { failed: next };
    }),
}));

export type SaveStatus = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; key: string };

export function saveStatus(s: Pick<SavingState, 'inFlight' | 'unsaved' | 'failed'>): SaveStatus {
  const failed = Object.values(s.failed)[0];
  if (failed) return { kind: 'failed', key: failed };
  if (s.inFlight > 0 || Object.keys(s.unsaved).length > 0) return { kind: 'saving' };
  return { kind: 'saved' };
}

/** Everything that can save pending typed text right now (mounted text fields), by id. */
const flushers = new Map<string, () => Promise<boolean>>();

export function registerFlusher(id: string, flush: () => Promise<boolean>): () => void {
  flushers.set(id, flush);
  return () => {
    if (flushers.get(id) === flush) flushers.delete(id);
  };
}

/**
 * Saves every field's pending text at once (close, reload, route change, hidden page, undo); resolves true when
 * the backend acknowledged everything.
 */
export async function flushAllDrafts(): Promise<boolean> {
  const results = await Promise.all([...flushers.values()].map((f) => f().catch(() => false)));
  return results.every(Boolean);
}
