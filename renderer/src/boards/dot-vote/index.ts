import { Vote } from 'lucide-react';
import type { DotVoteCommand, DotVoteDoc } from '../../../../shared/boards/dot-vote/model';
import type { BoardUiModule } from '../types';
import { lazyView } from '../lazyView';
import './dot-vote.css';

export const dotVoteUi: BoardUiModule<DotVoteDoc, DotVoteCommand> = {
  kind: 'dot-vote',
  View: lazyView(() => import('./DotVoteView').then((m) => m.DotVoteView)),
  icon: Vote,
};
