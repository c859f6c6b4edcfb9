import { Timer } from 'lucide-react';
import type { ValueStreamCommand, ValueStreamDoc } from '../../../../shared/boards/value-stream/model';
import type { BoardUiModule } from '../types';
import { ValueStreamView } from './ValueStreamView';

export const valueStreamUi: BoardUiModule<ValueStreamDoc, ValueStreamCommand> = {
  kind: 'value-stream',
  View: ValueStreamView,
  icon: Timer,
};
