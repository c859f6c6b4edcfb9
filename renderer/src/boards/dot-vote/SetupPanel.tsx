import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Import, Play, Plus, Trash2 } from 'lucide-react';
import type { DotVoteCommand, DotVoteDoc, VoteRound } from '../../../../shared/boards/dot-vote/model';
import { DOT_VOTE_LIMITS } from '../../../../shared/boards/dot-vote/model';
import { expectedBallots } from '../../../../shared/boards/dot-vote/results';
import type { BoardMeta } from '../../../../shared/domain/entities';
import { LIMITS } from '../../../../shared/domain/limits';
import { newId } from '../../../../shared/domain/ids';
import { RulesForm } from './RulesForm';
import { ImportDialog } from './ImportDialog';
import { OptionSource } from './OptionSource';
import type { useTeamItems } from './useTeamItems';

interface Props {
  board: BoardMeta;
  doc: DotVoteDoc;
  round: VoteRound;
  dispatch: (cmd: DotVoteCommand) => void;
  readOnly: boolean;
  sources: ReturnType<typeof useTeamItems>;
}

export function SetupPanel({ board, doc, round, dispatch, readOnly, sources }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [importOpen, setImportOpen] = useState(false);
  const full = doc.options.length >= DOT_VOTE_LIMITS.options;

  function addTyped() {
    const text = typed.trim();
    if (!text || full) return;
    dispatch({
      type: 'addOptions',
      options: [{ id: newId(), text, source: null, sourceBoardName: '', sourceGroup: '' }],
    });
    setTyped('');
  }

  const problems: string[] = [];
  if (doc.options.length < 2) problems.push(t('dotVote.setup.needTwo'));
  if (round.rules.collection === 'laptop' && expectedBallots(round.rules) === 0)
    problems.push(t('dotVote.setup.noVoters'));

  return (
    <div className="dv-setup">
      <section className="dv-card dv-options" aria-labelledby={`${id}-opts`}>
        <div className="dv-card-head">
          <h2 id={`${id}-opts`}>{t('dotVote.setup.options', { count: doc.options.length })}</h2>
          <button type="button" className="btn" onClick={() => setImportOpen(true)} disabled={readOnly || full}>
            <Import size={18} aria-hidden />
            {t('dotVote.setup.import')}
          </button>
        </div>
        {doc.options.length === 0 ? (
          <p className="dv-empty">{t('dotVote.setup.empty')}</p>
        ) : (
          <ol className="dv-option-list">
            {doc.options.map((o, i) => (
              <li key={o.id} className="dv-option-row">
                <span className="dv-option-n" aria-hidden>
                  {i + 1}
                </span>
                <div className="dv-option-main">
                  <span className="dv-option-text">{o.text || t('dotVote.emptyOption')}</span>
                  <OptionSource option={o} sources={sources} />
                </div>
                <button
                  type="button"
                  className="icon-btn"
                  aria-label={t('dotVote.setup.removeNamed', { text: o.text || t('dotVote.emptyOption') })}
                  title={t('dotVote.setup.remove')}
                  onClick={() => dispatch({ type: 'removeOption', id: o.id })}
                  disabled={readOnly}
                >
                  <Trash2 size={18} aria-hidden />
                </button>
              </li>
            ))}
          </ol>
        )}
        <form
          className="dv-add"
          onSubmit={(e) => {
            e.preventDefault();
            addTyped();
          }}
        >
          <div className="field grow">
            <label htmlFor={`${id}-typed`}>{t('dotVote.setup.typeOption')}</label>
            <input
              id={`${id}-typed`}
              value={typed}
              maxLength={LIMITS.noteText}
              onChange={(e) => setTyped(e.target.value)}
              disabled={readOnly || full}
            />
          </div>
          <button type="submit" className="btn" disabled={readOnly || full || !typed.trim()}>
            <Plus size={18} aria-hidden />
            {t('dotVote.setup.add')}
          </button>
        </form>
        {full && <p className="field-hint">{t('dotVote.setup.full', { max: DOT_VOTE_LIMITS.options })}</p>}
      </section>
      <section className="dv-card dv-rules" aria-labelledby={`${id}-rules`}>
        <h2 id={`${id}-rules`}>{t('dotVote.rules.title')}</h2>
        <RulesForm
          teamId={board.teamId}
          round={round}
          optionCount={doc.options.length}
          dispatch={dispatch}
          readOnly={readOnly}
        />
        {problems.length > 0 && (
          <ul className="dv-problems" aria-live="polite">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        <button
          type="button"
          className="btn btn-primary dv-big-btn"
          disabled={readOnly || problems.length > 0}
          onClick={() => dispatch({ type: 'startVoting', roundId: round.id })}
        >
          <Play size={20} aria-hidden />
          {t('dotVote.setup.start')}
        </button>
      </section>
      <ImportDialog
        open={importOpen}
        onClose={() => setImportOpen(false)}
        doc={doc}
        dispatch={dispatch}
        sources={sources}
      />
    </div>
  );
}
