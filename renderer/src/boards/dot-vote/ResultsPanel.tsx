import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowRightCircle, Image, Repeat, Target, Undo2 } from 'lucide-react';
import type { DecisionKind, DotVoteCommand, DotVoteDoc, VoteRound } from '../../../../shared/boards/dot-vote/model';
import { roundResult } from '../../../../shared/boards/dot-vote/results';
import type { BoardMeta } from '../../../../shared/domain/entities';
import { newId } from '../../../../shared/domain/ids';
import { toastError } from '../../app/toasts';
import { NumberField } from './NumberField';
import { PaperForm } from './PaperForm';
import { ParetoPanel } from './ParetoPanel';
import { BUCKETS, ResultChart, bucketLabelKey } from './ResultChart';
import { exportPng } from './exportPng';
import type { useTeamItems } from './useTeamItems';
import { pictureRefusedForPersonalData } from '../../app/picture-gate';

interface Props {
  board: BoardMeta;
  doc: DotVoteDoc;
  round: VoteRound;
  roundIndex: number;
  isLast: boolean;
  dispatch: (cmd: DotVoteCommand) => void;
  readOnly: boolean;
  sources: ReturnType<typeof useTeamItems>;
}

export function ResultsPanel({ board, doc, round, roundIndex, isLast, dispatch, readOnly, sources }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  const res = roundResult(doc, round);
  const { cut } = res;
  const optionIds = res.options.map((o) => o.id);
  const text = (oid: string) => doc.options.find((o) => o.id === oid)?.text || t('dotVote.emptyOption');

  // Winners so far: a second round fills the places its tie left open, so round 1's clear winners count too.
  const prev = roundIndex > 0 ? roundResult(doc, doc.rounds[roundIndex - 1]!) : null;
  const carried = prev ? prev.cut.chosen.map((i) => prev.options[i]!.id).filter((oid) => !optionIds.includes(oid)) : [];
  const suggested = [...carried, ...cut.chosen.map((i) => optionIds[i]!)];
  const [picked, setPicked] = useState<Set<string>>(new Set(suggested));
  const suggestedKey = suggested.join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- reset the picks when the suggestion changes in value, not in identity
  useEffect(() => setPicked(new Set(suggested)), [suggestedKey, round.id]);
  const [topN, setTopN] = useState(Math.min(res.options.length, Math.max(2, cut.wanted * 2)));

  const decision = doc.decision;
  const decided = new Set(decision?.optionIds ?? []);
  // The options worth sending onwards: the winners so far and the next few by rank (never a 200-row list).
  const candidates = [
    ...carried,
    ...res.ranked
      .filter((r, pos) => pos < Math.max(6, cut.wanted + 3) && (r.total > 0 || picked.has(optionIds[r.index]!)))
      .map((r) => optionIds[r.index]!),
  ];
  const revealedChanged = round.corrections.length > 0;

  function runoff(ids: string[]) {
    dispatch({ type: 'startRunoff', fromRoundId: round.id, roundId: newId(), optionIds: ids });
  }

  function decide(as: DecisionKind) {
    const ids = candidates.filter((c) => picked.has(c));
    if (ids.length > 0) dispatch({ type: 'decide', roundId: round.id, optionIds: ids, as });
  }

  async function png() {
    if (!chartRef.current || pictureRefusedForPersonalData(board, doc)) return;
    try {
      await exportPng(chartRef.current, `${board.name} – ${t('dotVote.roundN', { n: roundIndex + 1 })}.png`);
    } catch (e) {
      toastError(e);
    }
  }

  const tiedRank = cut.tiedAtCut.length > 0 ? res.ranked.find((r) => r.index === cut.tiedAtCut[0])?.rank : undefined;

  return (
    <div className="dv-results">
      <div className="dv-results-left">
        <div className="dv-results-main" ref={chartRef}>
          <div className="dv-results-head">
            <div className="dv-results-titlebar">
              <h2 className="dv-results-title">{doc.question || board.name}</h2>
              {doc.rounds.length === 1 && (
                <span className="dv-status dv-status-revealed">{t('dotVote.status.revealed')}</span>
              )}
            </div>
            <p className="dv-results-sub">
              {t('dotVote.results.summary', { n: roundIndex + 1, voters: res.tally.voters, dots: res.tally.totalDots })}
              {res.tally.paperVoters > 0 && ` · ${t('dotVote.results.paperPart', { count: res.tally.paperVoters })}`}
            </p>
          </div>
          {revealedChanged && (
            <div className="banner banner-warning dv-corrected" role="note">
              <strong>{t('dotVote.results.corrected')}</strong>{' '}
              {round.corrections
                .map((c) =>
                  c.optionId
                    ? t('dotVote.results.correctionLine', { text: text(c.optionId), before: c.before, after: c.after })
                    : t('dotVote.results.correctionVoters', { before: c.before, after: c.after }),
                )
                .join(' · ')}
            </div>
          )}
          <ResultChart result={res} sources={sources} animate decided={decided} />
        </div>
        <details className="dv-card dv-breakdown">
          <summary>{t('pareto.show')}</summary>
          <ParetoPanel res={res} title={board.name} />
        </details>
        <details className="dv-card dv-breakdown">
          <summary>{t('dotVote.results.byRole')}</summary>
          <RoleTable res={res} />
          <p className="field-hint">{t('dotVote.results.byRoleHint')}</p>
        </details>
      </div>

      <aside className="dv-results-side" aria-label={t('dotVote.results.actions')}>
        {cut.tiedAtCut.length > 0 ? (
          <section className="dv-card dv-tie" aria-labelledby={`${id}-tie`}>
            <h2 id={`${id}-tie`}>{t('dotVote.results.tieTitle', { rank: tiedRank ?? cut.wanted })}</h2>
            <p>{t('dotVote.results.tieText', { count: cut.tiedAtCut.length, places: cut.placesLeft })}</p>
            {isLast && (
              <button
                type="button"
                className="btn btn-primary"
                disabled={readOnly}
                onClick={() => runoff(cut.tiedAtCut.map((i) => optionIds[i]!))}
              >
                <Repeat size={18} aria-hidden />
                {t('dotVote.results.runoffTied', { count: cut.tiedAtCut.length })}
              </button>
            )}
          </section>
        ) : (
          <section className="dv-card">
            <p className="dv-clear">
              <Target size={20} aria-hidden /> {t('dotVote.results.clear', { count: cut.chosen.length })}
            </p>
          </section>
        )}

        {isLast && res.options.length > 2 && (
          <section className="dv-card dv-runoff" aria-labelledby={`${id}-ro`}>
            <h2 id={`${id}-ro`}>{t('dotVote.results.runoffTitle')}</h2>
            <div className="dv-inline">
              <NumberField
                label={t('dotVote.results.topN')}
                value={topN}
                min={2}
                max={res.options.length}
                onCommit={setTopN}
                disabled={readOnly}
              />
              <button
                type="button"
                className="btn"
                disabled={readOnly}
                onClick={() => runoff(res.ranked.slice(0, topN).map((r) => optionIds[r.index]!))}
              >
                <Repeat size={18} aria-hidden />
                {t('dotVote.results.runoffTop', { n: topN })}
              </button>
            </div>
          </section>
        )}

        <section className="dv-card dv-decide" aria-labelledby={`${id}-dec`}>
          <h2 id={`${id}-dec`}>{t('dotVote.decide.title')}</h2>
          {decision ? (
            <>
              <p>{t(`dotVote.decide.done.${decision.as}`, { count: decision.optionIds.length })}</p>
              <ul className="dv-decided-list">
                {decision.optionIds.map((oid) => (
                  <li key={oid}>{text(oid)}</li>
                ))}
              </ul>
              <button
                type="button"
                className="btn btn-ghost"
                disabled={readOnly}
                onClick={() => dispatch({ type: 'clearDecision' })}
              >
                <Undo2 size={18} aria-hidden />
                {t('dotVote.decide.clear')}
              </button>
            </>
          ) : (
            <>
              <fieldset className="dv-fieldset dv-decide-list">
                <legend className="visually-hidden">{t('dotVote.decide.pick')}</legend>
                {candidates.map((oid) => (
                  <label key={oid} className="dv-check">
                    <input
                      type="checkbox"
                      checked={picked.has(oid)}
                      onChange={(e) =>
                        setPicked((p) => {
                          const n = new Set(p);
                          if (e.target.checked) n.add(oid);
                          else n.delete(oid);
                          return n;
                        })
                      }
                    />
                    {text(oid)}
                  </label>
                ))}
              </fieldset>
              <div className="dv-decide-actions">
                <button
                  type="button"
                  className="btn btn-primary"
                  disabled={readOnly || picked.size === 0}
                  onClick={() => decide('change-idea')}
                >
                  <ArrowRightCircle size={18} aria-hidden />
                  {t('dotVote.decide.changeIdeas')}
                </button>
                <button
                  type="button"
                  className="btn"
                  disabled={readOnly || picked.size === 0}
                  onClick={() => decide('root-cause')}
                >
                  <Target size={18} aria-hidden />
                  {t('dotVote.decide.rootCauses')}
                </button>
              </div>
            </>
          )}
        </section>

        <button type="button" className="btn" onClick={() => void png()}>
          <Image size={18} aria-hidden />
          {t('dotVote.results.png')}
        </button>

        {round.rules.collection !== 'laptop' && (
          <details className="dv-card dv-correct">
            <summary>{t('dotVote.paper.correctTitle')}</summary>
            <PaperForm doc={doc} round={round} dispatch={dispatch} readOnly={readOnly} mode="correct" />
          </details>
        )}
      </aside>
    </div>
  );
}

function RoleTable({ res }: { res: ReturnType<typeof roundResult> }) {
  const { t } = useTranslation();
  const used = BUCKETS.filter((b) => (res.tally.votersByRole[b] ?? 0) > 0);
  return (
    <div className="dv-table-wrap" tabIndex={0} role="region" aria-label={t('dotVote.results.byRole')}>
      <table className="dv-table">
        <thead>
          <tr>
            <th scope="col">{t('dotVote.results.option')}</th>
            {used.map((b) => (
              <th key={b} scope="col">
                {t(bucketLabelKey(b))} ({res.tally.votersByRole[b]})
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {res.ranked.map((r) => (
            <tr key={r.index}>
              <th scope="row">{res.options[r.index]?.text}</th>
              {used.map((b) => (
                <td key={b}>{res.tally.options[r.index]?.byRole[b] ?? 0}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
