import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DotVoteCommand, DotVoteDoc } from '../../../../shared/boards/dot-vote/model';
import { LIMITS } from '../../../../shared/domain/limits';
import { TextField } from '../../components/TextField';
import type { BoardViewProps } from '../types';
import { useFormBoardActions } from '../kit/FormBoardActions';
import { DOT_VOTE_ACTIONS } from './actions';
import { SetupPanel } from './SetupPanel';
import { CollectPanel } from './CollectPanel';
import { ResultsPanel } from './ResultsPanel';
import { useTeamItems } from './useTeamItems';

/** The dot-vote board: set up options and rules, collect ballots and paper dots, reveal, decide. */
export function DotVoteView({ board, doc, dispatch, readOnly = false }: BoardViewProps<DotVoteDoc, DotVoteCommand>) {
  const { t } = useTranslation();
  const last = doc.rounds[doc.rounds.length - 1]!;
  const [roundId, setRoundId] = useState(last.id);
  // A new round (second round, undo) takes the stage.
  useEffect(() => setRoundId(last.id), [last.id, doc.rounds.length]);
  const round = doc.rounds.find((r) => r.id === roundId) ?? last;
  const roundIndex = doc.rounds.indexOf(round);
  const sources = useTeamItems(board.teamId, board.id, true);
  const actions = useFormBoardActions(DOT_VOTE_ACTIONS, board, doc);

  return (
    <div className="dv" {...actions.rootProps}>
      <div className="dv-bar">
        {round.status === 'setup' ? (
          <TextField
            className="dv-question"
            label={t('dotVote.question')}
            placeholder={t('dotVote.questionPlaceholder')}
            value={doc.question}
            maxLength={LIMITS.shortText}
            onCommit={(question) => dispatch({ type: 'setQuestion', question })}
          />
        ) : (
          <p className="dv-bar-question">{round.status === 'voting' ? doc.question : ''}</p>
        )}
        {doc.rounds.length > 1 && (
          <div className="dv-tabs" role="group" aria-label={t('dotVote.rounds')}>
            {doc.rounds.map((r, i) => (
              <button
                key={r.id}
                type="button"
                aria-pressed={r.id === round.id}
                className={`dv-tab${r.id === round.id ? ' is-active' : ''}`}
                onClick={() => setRoundId(r.id)}
              >
                {t('dotVote.roundN', { n: i + 1 })}
              </button>
            ))}
          </div>
        )}
        {/* A single revealed round says its status in the results panel. */}
        {(round.status !== 'revealed' || doc.rounds.length > 1) && (
          <span className={`dv-status dv-status-${round.status}`}>{t(`dotVote.status.${round.status}`)}</span>
        )}
        {actions.buttons}
      </div>
      <div className="dv-body">
        {round.status === 'setup' ? (
          <SetupPanel board={board} doc={doc} round={round} dispatch={dispatch} readOnly={readOnly} sources={sources} />
        ) : round.status === 'voting' ? (
          <CollectPanel
            doc={doc}
            round={round}
            roundIndex={roundIndex}
            dispatch={dispatch}
            readOnly={readOnly}
            sources={sources}
          />
        ) : (
          <ResultsPanel
            board={board}
            doc={doc}
            round={round}
            roundIndex={roundIndex}
            isLast={round.id === last.id}
            dispatch={dispatch}
            readOnly={readOnly}
            sources={sources}
          />
        )}
      </div>
      {actions.overlays}
    </div>
  );
}
