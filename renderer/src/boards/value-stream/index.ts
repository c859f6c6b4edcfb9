import { Timer } from 'lucide-react';
import type { ValueStreamCommand, ValueStreamDoc } from '../../../../shared/boards/value-stream/model';
import type { BoardUiModule } from '../types';
import { lazyView } from '../lazyView';

export const valueStreamUi: BoardUiModule<ValueStreamDoc, ValueStreamCommand> = {
  kind: 'value-stream',
  View: lazyView(() => import('./ValueStreamView').then((m) => m.ValueStreamView)),
  icon: Timer,
};
