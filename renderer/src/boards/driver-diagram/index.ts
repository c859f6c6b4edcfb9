import { Network } from 'lucide-react';
import type { DriverDiagramCommand, DriverDiagramDoc } from '../../../../shared/boards/driver-diagram/model';
import type { BoardUiModule } from '../types';
import { lazyView } from '../lazyView';

export const driverDiagramUi: BoardUiModule<DriverDiagramDoc, DriverDiagramCommand> = {
  kind: 'driver-diagram',
  View: lazyView(() => import('./DriverDiagramView').then((m) => m.DriverDiagramView)),
  icon: Network,
};
