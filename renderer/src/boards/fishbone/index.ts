import { Fish } from 'lucide-react';
import type { FishboneCommand, FishboneDoc } from '../../../../shared/boards/fishbone/model';
import type { BoardUiModule } from '../types';
import { FishboneView } from './FishboneView';

export const fishboneUi: BoardUiModule<FishboneDoc, FishboneCommand> = {
  kind: 'fishbone',
  View: FishboneView,
  icon: Fish,
};
