import { create } from 'zustand';
import type { Settings, WorkshopState } from '../../../shared/api/contract';
import type { Route } from './route';

export const DEFAULT_SETTINGS: Settings = { language: 'fi', fontScale: 1, theme: 'light', demoOffered: true };

interface AppState {
  route: Route | null;
  settings: Settings;
  settingsLoaded: boolean;
  workshop: WorkshopState | null;
  /** i18n key of why the open workshop failed to load. */
  workshopErrorKey: string | null;
  /** Bumped when the open board must be refetched (undo, another window). */
  boardEpoch: number;
  /** Bumped by File › New workshop so the library focuses its title field. */
  newWorkshopRequest: number;
  /** Bumped on `library.changed` so the library list refetches. */
  libraryEpoch: number;
  /** Hides the workshop sidebar to give a board the whole projector width. */
  sidebarHidden: boolean;
}

export const useApp = create<AppState>(() => ({
  route: null,
  settings: DEFAULT_SETTINGS,
  settingsLoaded: false,
  workshop: null,
  workshopErrorKey: null,
  boardEpoch: 0,
  newWorkshopRequest: 0,
  libraryEpoch: 0,
  sidebarHidden: false,
}));
