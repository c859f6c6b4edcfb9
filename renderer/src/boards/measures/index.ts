import { LineChart } from 'lucide-react';
import type { MeasuresCommand, MeasuresDoc } from '../../../../shared/boards/measures/model';
import type { BoardUiModule } from '../types';
import { lazyView } from '../lazyView';

export const measuresUi: BoardUiModule<MeasuresDoc, MeasuresCommand> = {
  kind: 'measures',
  View: lazyView(() => import('./MeasuresView').then((m) => m.MeasuresView)),
  icon: LineChart,
};
