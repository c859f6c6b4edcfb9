import { LineChart } from 'lucide-react';
import type { MeasuresCommand, MeasuresDoc } from '../../../../shared/boards/measures/model';
import type { BoardUiModule } from '../types';
import { MeasuresView } from './MeasuresView';

export const measuresUi: BoardUiModule<MeasuresDoc, MeasuresCommand> = {
  kind: 'measures',
  View: MeasuresView,
  icon: LineChart,
};
