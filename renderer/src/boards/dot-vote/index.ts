import { Vote } from 'lucide-react';
import type { DotVoteCommand, DotVoteDoc } from '../../../../shared/boards/dot-vote/model';
import type { BoardUiModule } from '../types';
import { DotVoteView } from './DotVoteView';
import './dot-vote.css';

export const dotVoteUi: BoardUiModule<DotVoteDoc, DotVoteCommand> = {
  kind: 'dot-vote',
  View: DotVoteView,
  icon: Vote,
};
