import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Check, Minus, Plus } from 'lucide-react';
import type { Ballot, DotVoteCommand, DotVoteDoc, VoteRound } from '../../../../shared/boards/dot-vote/model';
import { expectedBallots, openSlots, roundOptions } from '../../../../shared/boards/dot-vote/results';
import { checkBallot } from '../../../../shared/analysis/dot-vote';
import { MEMBER_ROLES } from '../../../../shared/domain/vocab';
import { newId } from '../../../../shared/domain/ids';

interface Props {
  doc: DotVoteDoc;
  round: VoteRound;
  dispatch: (cmd: DotVoteCommand) => void;
  onClose: () => void;
}

type Step =
  | { kind: 'handover'; thanks: boolean }
  | { kind: 'role' }
  | { kind: 'ballot'; role: Ballot['role']; dots: number[]; correcting: string | null };

/**
 * The laptop passed around the table: a neutral hand-over screen, the voter's own ballot, and back. Covers the
 * whole window so nothing else is visible; the last ballot can be corrected only until the next voter starts, and
 * it is remembered in memory only (the file never links a ballot to a turn).
 */
export function BallotFlow({ doc, round, dispatch, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'handover', thanks: false });
  const [last, setLast] = useState<{ id: string; role: Ballot['role']; dots: number[] } | null>(null);
  const options = roundOptions(doc, round);
  const expected = expectedBallots(round.rules);
  const cast = round.ballots.length;
  const slots = openSlots(round);
  const allDone = cast >= expected;

  // Focus the screen's heading on every step, so keyboard and screen-reader users start at the top.
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [step.kind, allDone]);

  function begin() {
    setLast(null);
    if (round.rules.voters.mode === 'roles') setStep({ kind: 'role' });
    else setStep({ kind: 'ballot', role: '', dots: options.map(() => 0), correcting: null });
  }

  function submit(s: Extract<Step, { kind: 'ballot' }>) {
    if (s.correcting) {
      dispatch({ type: 'correctBallot', roundId: round.id, ballotId: s.correcting, dots: s.dots });
      setLast({ id: s.correcting, role: s.role, dots: s.dots });
    } else {
      const ballotId = newId();
      dispatch({ type: 'castBallot', roundId: round.id, ballot: { id: ballotId, role: s.role, dots: s.dots } });
      setLast({ id: ballotId, role: s.role, dots: s.dots });
    }
    setStep({ kind: 'handover', thanks: true });
  }

  function onKeyDown(e: React.KeyboardEvent) {
    if (e.key === 'Escape' && step.kind !== 'handover') {
      e.preventDefault();
      setStep({ kind: 'handover', thanks: false });
    }
  }

  // Everything behind the ballot is inert: not reachable with Tab, not read out, not clickable.
  useEffect(() => {
    const root = document.getElementById('root');
    root?.setAttribute('inert', '');
    return () => root?.removeAttribute('inert');
  }, []);

  return createPortal(
    <div
      className="dv-flow"
      role="dialog"
      aria-modal="true"
      aria-labelledby={`${id}-t`}
      ref={ref}
      onKeyDown={onKeyDown}
    >
      {step.kind === 'handover' &&
        (allDone && !last ? (
          <div className="dv-flow-center">
            <h2 id={`${id}-t`} tabIndex={-1} data-autofocus className="dv-flow-title">
              {t('dotVote.flow.allDone')}
            </h2>
            <p className="dv-flow-lead">{t('dotVote.flow.giveBack')}</p>
            <button type="button" className="btn btn-primary dv-huge-btn" onClick={onClose}>
              {t('dotVote.flow.close')}
            </button>
          </div>
        ) : (
          <div className="dv-flow-center">
            {step.thanks && (
              <p className="dv-flow-thanks" role="status">
                <Check size={28} aria-hidden /> {t('dotVote.flow.thanks')}
              </p>
            )}
            <h2 id={`${id}-t`} tabIndex={-1} data-autofocus className="dv-flow-title">
              {allDone ? t('dotVote.flow.allDone') : t('dotVote.flow.voterN', { n: cast + 1, total: expected })}
            </h2>
            <p className="dv-flow-lead">{allDone ? t('dotVote.flow.giveBack') : t('dotVote.flow.handover')}</p>
            {!allDone && (
              <button type="button" className="btn btn-primary dv-huge-btn" onClick={begin}>
                {t('dotVote.flow.begin')}
              </button>
            )}
            <div className="dv-flow-secondary">
              {last && round.ballots.some((b) => b.id === last.id) && (
                <button
                  type="button"
                  className="btn dv-touch-btn"
                  onClick={() =>
                    setStep({ kind: 'ballot', role: last.role, dots: [...last.dots], correcting: last.id })
                  }
                >
                  {t('dotVote.flow.correctLast')}
                </button>
              )}
              <button type="button" className="btn btn-ghost dv-touch-btn" onClick={onClose}>
                {allDone ? t('dotVote.flow.close') : t('dotVote.flow.stop')}
              </button>
            </div>
          </div>
        ))}

      {step.kind === 'role' && (
        <div className="dv-flow-center">
          <h2 id={`${id}-t`} tabIndex={-1} data-autofocus className="dv-flow-title">
            {t('dotVote.flow.whichRole')}
          </h2>
          <p className="dv-flow-lead">{t('dotVote.flow.roleHint')}</p>
          <div className="dv-role-buttons">
            {MEMBER_ROLES.filter((r) => (slots[r] ?? 0) > 0).map((r) => (
              <button
                key={r}
                type="button"
                className="btn dv-role-btn"
                onClick={() => setStep({ kind: 'ballot', role: r, dots: options.map(() => 0), correcting: null })}
              >
                {t(`vocab.role.${r}`)}
              </button>
            ))}
          </div>
          <button
            type="button"
            className="btn btn-ghost dv-touch-btn"
            onClick={() => setStep({ kind: 'handover', thanks: false })}
          >
            {t('common.cancel')}
          </button>
        </div>
      )}

      {step.kind === 'ballot' && (
        <BallotForm
          titleId={`${id}-t`}
          round={round}
          options={options.map((o) => o.text || t('dotVote.emptyOption'))}
          step={step}
          setStep={setStep}
          onSubmit={submit}
        />
      )}
    </div>,
    document.body,
  );
}

function BallotForm({
  titleId,
  round,
  options,
  step,
  setStep,
  onSubmit,
}: {
  titleId: string;
  round: VoteRound;
  options: string[];
  step: Extract<Step, { kind: 'ballot' }>;
  setStep: (s: Step) => void;
  onSubmit: (s: Extract<Step, { kind: 'ballot' }>) => void;
}) {
  const { t } = useTranslation();
  const { dotsPerVoter, maxPerOption } = round.rules;
  const used = step.dots.reduce((a, b) => a + b, 0);
  const left = dotsPerVoter - used;
  const valid = checkBallot(step.dots, options.length, round.rules) === null;

  function change(i: number, delta: number) {
    const dots = [...step.dots];
    const next = (dots[i] ?? 0) + delta;
    if (next < 0 || next > maxPerOption || (delta > 0 && left <= 0)) return;
    dots[i] = next;
    setStep({ ...step, dots });
  }

  return (
    <form
      className="dv-ballot"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onSubmit(step);
      }}
    >
      <div className="dv-ballot-head">
        <div>
          <h2 id={titleId} tabIndex={-1} data-autofocus className="dv-ballot-title">
            {step.correcting ? t('dotVote.flow.correctTitle') : t('dotVote.flow.ballotTitle')}
          </h2>
          <p className="dv-ballot-rules">{t('dotVote.flow.ballotRules', { dots: dotsPerVoter, max: maxPerOption })}</p>
        </div>
        <div className="dv-dots-left" aria-live="polite">
          <span className="dv-dot-row" aria-hidden>
            {Array.from({ length: dotsPerVoter }, (_, i) => (
              <span key={i} className={`dv-dot${i < left ? ' is-free' : ''}`} />
            ))}
          </span>
          <span className="dv-dots-left-text">{t('dotVote.flow.dotsLeft', { count: left })}</span>
        </div>
      </div>
      <ul className="dv-ballot-list">
        {options.map((text, i) => {
          const d = step.dots[i] ?? 0;
          return (
            <li key={i} className={`dv-ballot-item${d > 0 ? ' has-dots' : ''}`}>
              <span className="dv-ballot-text">{text}</span>
              <span className="dv-ballot-controls">
                <button
                  type="button"
                  className="dv-step-btn"
                  aria-label={t('dotVote.flow.remove', { text })}
                  onClick={() => change(i, -1)}
                  aria-disabled={d === 0}
                >
                  <Minus size={24} aria-hidden />
                </button>
                {/* aria-disabled keeps the focus on the button when a limit is reached (keyboard users go on from there). */}
                <span className="dv-ballot-count" aria-label={t('dotVote.flow.dotsOn', { count: d, text })} role="img">
                  {Array.from({ length: maxPerOption }, (_, k) => (
                    <span key={k} className={`dv-dot${k < d ? ' is-on' : ''}`} />
                  ))}
                </span>
                <button
                  type="button"
                  className="dv-step-btn"
                  aria-label={t('dotVote.flow.add', { text })}
                  onClick={() => change(i, +1)}
                  aria-disabled={d >= maxPerOption || left <= 0}
                >
                  <Plus size={24} aria-hidden />
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <div className="dv-ballot-foot">
        <button
          type="button"
          className="btn btn-ghost dv-touch-btn"
          onClick={() => setStep({ kind: 'handover', thanks: false })}
        >
          {t('common.cancel')}
        </button>
        <span className="dv-ballot-foot-hint">
          {left > 0 ? t('dotVote.flow.unused', { count: left }) : t('dotVote.flow.allUsed')}
        </span>
        <button type="submit" className="btn btn-primary dv-huge-btn" disabled={!valid || used === 0}>
          <Check size={22} aria-hidden />
          {step.correcting ? t('dotVote.flow.saveCorrection') : t('dotVote.flow.cast')}
        </button>
      </div>
    </form>
  );
}
