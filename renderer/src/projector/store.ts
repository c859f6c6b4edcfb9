import { create } from 'zustand';
import type { PresentationState } from '../../../shared/presentation/model';

/** The coach's window's copy of what the projector shows (null until the first answer). */
export const usePresentation = create<{ state: PresentationState | null }>(() => ({ state: null }));
