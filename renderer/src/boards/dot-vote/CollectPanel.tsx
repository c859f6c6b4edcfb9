import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Eye, Laptop } from 'lucide-react';
import type { DotVoteCommand, DotVoteDoc, VoteRound } from '../../../../shared/boards/dot-vote/model';
import { expectedBallots, roundResult } from '../../../../shared/boards/dot-vote/results';
import { BallotFlow } from './BallotFlow';
import { PaperForm } from './PaperForm';
import { ResultChart } from './ResultChart';
import type { useTeamItems } from './useTeamItems';

interface Props {
  doc: DotVoteDoc;
  round: VoteRound;
  roundIndex: number;
  dispatch: (cmd: DotVoteCommand) => void;
  readOnly: boolean;
  sources: ReturnType<typeof useTeamItems>;
}

/** While voting: progress, the laptop ballot round, paper counts, and the reveal. */
export function CollectPanel({ doc, round, roundIndex, dispatch, readOnly, sources }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [flowOpen, setFlowOpen] = useState(false);
  const expected = expectedBallots(round.rules);
  const cast = round.ballots.length;
  const res = roundResult(doc, round);
  const laptop = round.rules.collection !== 'paper';
  const paper = round.rules.collection !== 'laptop';
  const canReveal = res.tally.voters > 0;

  return (
    <div className="dv-collect">
      <section className="dv-card dv-progress-card" aria-labelledby={`${id}-p`}>
        <h2 id={`${id}-p`}>{t('dotVote.collect.title', { n: roundIndex + 1 })}</h2>
        <p className="dv-rules-line">
          {t('dotVote.collect.rulesLine', {
            dots: round.rules.dotsPerVoter,
            max: round.rules.maxPerOption,
            options: res.options.length,
          })}
        </p>
        {laptop && (
          <>
            <div className="dv-progress" role="group" aria-label={t('dotVote.collect.progressLabel')}>
              <div className="dv-progress-big">
                <span className="dv-progress-num">{cast}</span>
                <span className="dv-progress-of">/ {expected}</span>
              </div>
              <p>{t('dotVote.collect.ballotsCast', { count: cast, total: expected })}</p>
              <div className="dv-progress-dots" aria-hidden>
                {Array.from({ length: Math.min(expected, 60) }, (_, i) => (
                  <span key={i} className={i < cast ? 'is-done' : ''} />
                ))}
              </div>
            </div>
            <button
              type="button"
              className="btn btn-primary dv-big-btn"
              onClick={() => setFlowOpen(true)}
              disabled={readOnly || cast >= expected}
            >
              <Laptop size={20} aria-hidden />
              {cast === 0 ? t('dotVote.collect.startLaptop') : t('dotVote.collect.continueLaptop')}
            </button>
            {cast >= expected && <p className="field-hint">{t('dotVote.collect.allCast')}</p>}
          </>
        )}
        {paper && <p className="dv-rules-line">{t('dotVote.collect.paperSummary', { count: round.paper.voters })}</p>}
        <div className="dv-reveal-box">
          <button
            type="button"
            className="btn btn-primary dv-big-btn dv-reveal-btn"
            disabled={readOnly || !canReveal}
            onClick={() => dispatch({ type: 'reveal', roundId: round.id })}
          >
            <Eye size={20} aria-hidden />
            {t('dotVote.collect.reveal')}
          </button>
          {!canReveal && <p className="field-hint">{t('dotVote.collect.nothingYet')}</p>}
          {canReveal && laptop && cast < expected && (
            <p className="field-hint">{t('dotVote.collect.revealEarly', { count: expected - cast })}</p>
          )}
        </div>
      </section>
      <div className="dv-collect-side">
        {paper && <PaperForm doc={doc} round={round} dispatch={dispatch} readOnly={readOnly} mode="collect" />}
        {round.rules.hideUntilReveal ? (
          <section className="dv-card dv-hidden-note">
            <h2>{t('dotVote.collect.hiddenTitle')}</h2>
            <p className="muted">{t('dotVote.collect.hiddenText')}</p>
          </section>
        ) : (
          <section className="dv-card" aria-label={t('dotVote.collect.live')}>
            <h2>{t('dotVote.collect.live')}</h2>
            <ResultChart result={res} sources={sources} animate={false} compact />
          </section>
        )}
      </div>
      {flowOpen && <BallotFlow doc={doc} round={round} dispatch={dispatch} onClose={() => setFlowOpen(false)} />}
    </div>
  );
}
