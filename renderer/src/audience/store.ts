import { create } from 'zustand';
import type { WorkshopState } from '../../../shared/api/contract';
import { INITIAL_PRESENTATION, type PresentationState } from '../../../shared/presentation/model';

export interface AudienceStore {
  presentation: PresentationState;
  /** Set once the first presentation.get answered (before that the view shows nothing, not a wrong screen). */
  ready: boolean;
  /** The workshop of `presentation.workshopId`, refetched on every `workshop.changed` of it. */
  workshop: WorkshopState | null;
  /** i18n key of why that workshop could not be read (deleted, corrupt). */
  workshopErrorKey: string | null;
  /**
   * Bumped on every `workshop.changed` of the shown workshop, with the board it named (undefined: any board may
   * have changed, e.g. undo). Board screens refetch when it names theirs.
   */
  change: { tick: number; boardId: string | undefined };
  /** How many sections the board on screen is split into (the page root's data-sections); 1 for anything else. */
  sections: number;
  /** The saved theme; pictures are drawn in its palette. */
  theme: 'light' | 'high-contrast';
}

export const useAudience = create<AudienceStore>(() => ({
  presentation: INITIAL_PRESENTATION,
  ready: false,
  workshop: null,
  workshopErrorKey: null,
  change: { tick: 0, boardId: undefined },
  sections: 1,
  theme: 'light',
}));
