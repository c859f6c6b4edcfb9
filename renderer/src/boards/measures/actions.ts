import type { BoardAction } from '../kit/actions';
import type { FormBoardContext } from '../kit/FormBoardActions';
import { pictureExportActions } from '../kit/picture-actions';

/** Every measures board command, declared once: toolbar, right-click menu, palette and overlay come from here. */
export const MEASURES_ACTIONS: readonly BoardAction<FormBoardContext>[] = [
  ...pictureExportActions<FormBoardContext>('measures'),
];
