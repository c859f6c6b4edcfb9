import { RefreshCcw } from 'lucide-react';
import type { PdsaCommand, PdsaDoc } from '../../../../shared/boards/pdsa/model';
import type { BoardUiModule } from '../types';
import { lazyView } from '../lazyView';

export const pdsaUi: BoardUiModule<PdsaDoc, PdsaCommand> = {
  kind: 'pdsa',
  View: lazyView(() => import('./PdsaView').then((m) => m.PdsaView)),
  icon: RefreshCcw,
};
