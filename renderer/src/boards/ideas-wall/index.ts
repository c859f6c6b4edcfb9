import { StickyNote } from 'lucide-react';
import type { IdeasWallCommand, IdeasWallDoc } from '../../../../shared/boards/ideas-wall/model';
import type { BoardUiModule } from '../types';
import { lazyView } from '../lazyView';

export const ideasWallUi: BoardUiModule<IdeasWallDoc, IdeasWallCommand> = {
  kind: 'ideas-wall',
  View: lazyView(() => import('./IdeasWallView').then((m) => m.IdeasWallView)),
  icon: StickyNote,
};
