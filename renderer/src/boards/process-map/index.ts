import { Workflow } from 'lucide-react';
import type { ProcessMapCommand, ProcessMapDoc } from '../../../../shared/boards/process-map/model';
import type { BoardUiModule } from '../types';
import { ProcessMapView } from './ProcessMapView';

export const processMapUi: BoardUiModule<ProcessMapDoc, ProcessMapCommand> = {
  kind: 'process-map',
  View: ProcessMapView,
  icon: Workflow,
};
