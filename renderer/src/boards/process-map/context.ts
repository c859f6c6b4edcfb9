import { createContext, useContext } from 'react';
import type { ProblemKind } from '../../../../shared/boards/process-map/model';

/** What node and edge components need from the view, kept stable so a drag re-renders only the dragged node. */
export interface MapUi {
  readOnly: boolean;
  editingId: string | null;
  /** Text the editor starts with (a typed first character replaces the old text). */
  editSeed: string | null;
  /** Editing ended (null: cancelled); the text itself is saved as typed through `saveText`. */
  commitText: (id: string, text: string | null) => void;
  saveText: (id: string, text: string) => void;
  selectLane: (id: string) => void;
  toggleLane: (id: string, collapsed: boolean) => void;
  problemLabel: (kind: ProblemKind) => string;
}

export const MapUiContext = createContext<MapUi | null>(null);

export function useMapUi(): MapUi {
  const v = useContext(MapUiContext);
  if (!v) throw new Error('MapUiContext missing');
  return v;
}
