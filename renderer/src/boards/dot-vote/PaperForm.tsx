import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Save } from 'lucide-react';
import type { DotVoteCommand, DotVoteDoc, VoteRound } from '../../../../shared/boards/dot-vote/model';
import { DOT_VOTE_LIMITS } from '../../../../shared/boards/dot-vote/model';
import { roundOptions } from '../../../../shared/boards/dot-vote/results';
import { checkPaper } from '../../../../shared/analysis/dot-vote';

interface Props {
  doc: DotVoteDoc;
  round: VoteRound;
  dispatch: (cmd: DotVoteCommand) => void;
  readOnly: boolean;
  /** After the reveal, a saved change is a correction and is shown as one. */
  mode: 'collect' | 'correct';
}

function parse(text: string): number | 'bad' | 'negative' {
  const s = text.trim();
  if (s === '') return 0;
  if (!/^-?\d+$/.test(s)) return 'bad';
  const n = Number(s);
  return n < 0 ? 'negative' : n;
}

/** The coach types in the paper dots counted per option, and how many people voted on paper. */
export function PaperForm({ doc, round, dispatch, readOnly, mode }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const options = roundOptions(doc, round);
  const saved = {
    voters: String(round.paper.voters),
    counts: options.map((_, i) => String(round.paper.counts[i] ?? 0)),
  };
  const savedKey = JSON.stringify(saved);
  const [draft, setDraft] = useState(saved);
  const [message, setMessage] = useState<string | null>(null);
  // Follow saved changes (undo, another window).
  // eslint-disable-next-line react-hooks/exhaustive-deps -- reset the draft when the saved values change, not on every new object
  useEffect(() => setDraft(saved), [savedKey]);

  const voters = parse(draft.voters);
  const counts = draft.counts.map(parse);
  const fieldError = (v: number | 'bad' | 'negative') =>
    v === 'bad' ? t('dotVote.number.notNumber') : v === 'negative' ? t('dotVote.number.negative') : null;
  const dirty = JSON.stringify(draft) !== savedKey;

  function save() {
    if (typeof voters !== 'number' || counts.some((c) => typeof c !== 'number')) {
      setMessage(t('dotVote.paper.fixFields'));
      return;
    }
    const paper = { voters, counts: counts as number[] };
    if (voters > DOT_VOTE_LIMITS.paperVoters) {
      setMessage(t('dotVote.number.tooBig', { max: DOT_VOTE_LIMITS.paperVoters }));
      return;
    }
    const problem = checkPaper(paper, options.length, round.rules);
    if (problem) {
      setMessage(
        t(`dotVote.errors.paper.${problem}`, { dots: round.rules.dotsPerVoter, max: round.rules.maxPerOption }),
      );
      return;
    }
    setMessage(null);
    dispatch({ type: 'setPaper', roundId: round.id, paper });
  }

  return (
    // In correction mode the form sits in a disclosure whose summary already names it.
    <section
      className="dv-card dv-paper"
      aria-labelledby={mode === 'collect' ? `${id}-t` : undefined}
      aria-label={mode === 'correct' ? t('dotVote.paper.correctTitle') : undefined}
    >
      {mode === 'collect' && <h2 id={`${id}-t`}>{t('dotVote.paper.title')}</h2>}
      {mode === 'correct' && <p className="banner banner-warning">{t('dotVote.paper.correctHint')}</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <div className="field dv-paper-voters">
          <label htmlFor={`${id}-v`}>{t('dotVote.paper.voters')}</label>
          <input
            id={`${id}-v`}
            inputMode="numeric"
            value={draft.voters}
            disabled={readOnly}
            aria-invalid={fieldError(voters) ? true : undefined}
            onChange={(e) => setDraft({ ...draft, voters: e.target.value })}
          />
          {fieldError(voters) && <span className="field-hint error-text">{fieldError(voters)}</span>}
        </div>
        <ol className="dv-paper-list">
          {options.map((o, i) => {
            const err = fieldError(counts[i] ?? 0);
            return (
              <li key={o.id} className="dv-paper-row">
                <label htmlFor={`${id}-c${i}`} className="dv-paper-label">
                  {o.text || t('dotVote.emptyOption')}
                </label>
                <input
                  id={`${id}-c${i}`}
                  className="dv-paper-input"
                  inputMode="numeric"
                  value={draft.counts[i] ?? '0'}
                  disabled={readOnly}
                  aria-invalid={err ? true : undefined}
                  aria-describedby={err ? `${id}-e${i}` : undefined}
                  onFocus={(e) => e.target.select()}
                  onChange={(e) => {
                    const next = [...draft.counts];
                    next[i] = e.target.value;
                    setDraft({ ...draft, counts: next });
                  }}
                />
                {err && (
                  <span id={`${id}-e${i}`} className="field-hint error-text dv-paper-err">
                    {err}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
        {message && (
          <p className="error-text" role="alert">
            {message}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={readOnly || !dirty}>
            <Save size={18} aria-hidden />
            {mode === 'correct' ? t('dotVote.paper.saveCorrection') : t('dotVote.paper.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
