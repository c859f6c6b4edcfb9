import { Fish } from 'lucide-react';
import type { FishboneCommand, FishboneDoc } from '../../../../shared/boards/fishbone/model';
import type { BoardUiModule } from '../types';
import { lazyView } from '../lazyView';

export const fishboneUi: BoardUiModule<FishboneDoc, FishboneCommand> = {
  kind: 'fishbone',
  View: lazyView(() => import('./FishboneView').then((m) => m.FishboneView)),
  icon: Fish,
};
