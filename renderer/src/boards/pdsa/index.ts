import { RefreshCcw } from 'lucide-react';
import type { PdsaCommand, PdsaDoc } from '../../../../shared/boards/pdsa/model';
import type { BoardUiModule } from '../types';
import { PdsaView } from './PdsaView';

export const pdsaUi: BoardUiModule<PdsaDoc, PdsaCommand> = {
  kind: 'pdsa',
  View: PdsaView,
  icon: RefreshCcw,
};
