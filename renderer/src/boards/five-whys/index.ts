import { ListTree } from 'lucide-react';
import type { FiveWhysCommand, FiveWhysDoc } from '../../../../shared/boards/five-whys/model';
import type { BoardUiModule } from '../types';
import { lazyView } from '../lazyView';

export const fiveWhysUi: BoardUiModule<FiveWhysDoc, FiveWhysCommand> = {
  kind: 'five-whys',
  View: lazyView(() => import('./FiveWhysView').then((m) => m.FiveWhysView)),
  icon: ListTree,
};
