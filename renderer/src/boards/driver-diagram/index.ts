import { Network } from 'lucide-react';
import type { DriverDiagramCommand, DriverDiagramDoc } from '../../../../shared/boards/driver-diagram/model';
import type { BoardUiModule } from '../types';
import { DriverDiagramView } from './DriverDiagramView';

export const driverDiagramUi: BoardUiModule<DriverDiagramDoc, DriverDiagramCommand> = {
  kind: 'driver-diagram',
  View: DriverDiagramView,
  icon: Network,
};
