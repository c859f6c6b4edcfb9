import { create } from 'zustand';

/** How many data-changing calls are in flight; drives the header's "saving / saved" indicator. */
export const useSaving = create<{ inFlight: number; begin(): void; end(): void }>((set) => ({
  inFlight: 0,
  begin: () => set((s) => ({ inFlight: s.inFlight + 1 })),
  end: () => set((s) => ({ inFlight: Math.max(0, s.inFlight - 1) })),
}));
