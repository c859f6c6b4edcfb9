import { StickyNote } from 'lucide-react';
import type { IdeasWallCommand, IdeasWallDoc } from '../../../../shared/boards/ideas-wall/model';
import type { BoardUiModule } from '../types';
import { IdeasWallView } from './IdeasWallView';

export const ideasWallUi: BoardUiModule<IdeasWallDoc, IdeasWallCommand> = {
  kind: 'ideas-wall',
  View: IdeasWallView,
  icon: StickyNote,
};
