import type { BoardAction } from '../kit/actions';
import type { FormBoardContext } from '../kit/FormBoardActions';
import { pictureExportActions } from '../kit/picture-actions';

/** Every dot-vote board command, declared once: toolbar, right-click menu, palette and overlay come from here. */
export const DOT_VOTE_ACTIONS: readonly BoardAction<FormBoardContext>[] = [
  ...pictureExportActions<FormBoardContext>('dotVote'),
];
