import { Workflow } from 'lucide-react';
import type { ProcessMapCommand, ProcessMapDoc } from '../../../../shared/boards/process-map/model';
import type { BoardUiModule } from '../types';
import { lazyView } from '../lazyView';

export const processMapUi: BoardUiModule<ProcessMapDoc, ProcessMapCommand> = {
  kind: 'process-map',
  View: lazyView(() => import('./ProcessMapView').then((m) => m.ProcessMapView)),
  icon: Workflow,
};
