import { ListTree } from 'lucide-react';
import type { FiveWhysCommand, FiveWhysDoc } from '../../../../shared/boards/five-whys/model';
import type { BoardUiModule } from '../types';
import { FiveWhysView } from './FiveWhysView';

export const fiveWhysUi: BoardUiModule<FiveWhysDoc, FiveWhysCommand> = {
  kind: 'five-whys',
  View: FiveWhysView,
  icon: ListTree,
};
