import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Users } from 'lucide-react';
import {
  COLLECTION_MODES,
  DOT_VOTE_LIMITS,
  type DotVoteCommand,
  type VoteRound,
  type VoteRules,
} from '../../../../shared/boards/dot-vote/model';
import { expectedBallots, slotsFromRoster } from '../../../../shared/boards/dot-vote/results';
import { suggestDots } from '../../../../shared/analysis/dot-vote';
import { MEMBER_ROLES } from '../../../../shared/domain/vocab';
import { useApp } from '../../app/store';
import { NumberField } from './NumberField';

interface Props {
  teamId: string;
  round: VoteRound;
  optionCount: number;
  dispatch: (cmd: DotVoteCommand) => void;
  readOnly: boolean;
}

/** Dots per voter (with the one-third suggestion), the per-option limit, who votes, how votes are collected. */
export function RulesForm({ teamId, round, optionCount, dispatch, readOnly }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const members = useApp((s) => s.workshop?.members ?? []).filter((m) => m.teamId === teamId);
  const rules = round.rules;
  const suggestion = suggestDots(optionCount);

  function set(patch: Partial<VoteRules>) {
    const next = { ...rules, ...patch };
    if (next.maxPerOption > next.dotsPerVoter) next.maxPerOption = next.dotsPerVoter;
    dispatch({ type: 'setRules', roundId: round.id, rules: next });
  }

  const fromRoster = slotsFromRoster(members.map((m) => m.role));
  const voters = rules.voters;

  return (
    <div className="dv-rules-form">
      <div className="dv-row">
        <NumberField
          label={t('dotVote.rules.dots')}
          value={rules.dotsPerVoter}
          min={1}
          max={DOT_VOTE_LIMITS.dots}
          disabled={readOnly}
          hint={optionCount > 0 ? t('dotVote.rules.suggestion', { n: suggestion }) : undefined}
          onCommit={(n) => set({ dotsPerVoter: n })}
        />
        <NumberField
          label={t('dotVote.rules.maxPerOption')}
          value={rules.maxPerOption}
          min={1}
          max={rules.dotsPerVoter}
          disabled={readOnly}
          onCommit={(n) => set({ maxPerOption: n })}
        />
        <NumberField
          label={t('dotVote.rules.cutoff')}
          value={rules.cutoff}
          min={1}
          max={DOT_VOTE_LIMITS.cutoff}
          disabled={readOnly}
          hint={t('dotVote.rules.cutoffHint')}
          onCommit={(n) => set({ cutoff: n })}
        />
      </div>
      {optionCount > 0 && rules.dotsPerVoter !== suggestion && (
        <button
          type="button"
          className="btn btn-small"
          onClick={() => set({ dotsPerVoter: suggestion })}
          disabled={readOnly}
        >
          {t('dotVote.rules.useSuggestion', { n: suggestion })}
        </button>
      )}

      <fieldset className="dv-fieldset">
        <legend>{t('dotVote.rules.collection')}</legend>
        <div className="dv-radios">
          {COLLECTION_MODES.map((c) => (
            <label key={c} className={`dv-radio${rules.collection === c ? ' is-checked' : ''}`}>
              <input
                type="radio"
                name={`${id}-col`}
                value={c}
                checked={rules.collection === c}
                disabled={readOnly}
                onChange={() => set({ collection: c })}
              />
              <span>
                <strong>{t(`dotVote.collection.${c}`)}</strong>
                <span className="dv-radio-hint">{t(`dotVote.collection.${c}Hint`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      {rules.collection !== 'paper' && (
        <fieldset className="dv-fieldset">
          <legend>{t('dotVote.rules.voters')}</legend>
          <div className="dv-radios">
            <label className={`dv-radio${voters.mode === 'roles' ? ' is-checked' : ''}`}>
              <input
                type="radio"
                name={`${id}-voters`}
                checked={voters.mode === 'roles'}
                disabled={readOnly}
                onChange={() => set({ voters: fromRoster })}
              />
              <span>
                <strong>{t('dotVote.voters.roles')}</strong>
                <span className="dv-radio-hint">{t('dotVote.voters.rolesHint')}</span>
              </span>
            </label>
            <label className={`dv-radio${voters.mode === 'anonymous' ? ' is-checked' : ''}`}>
              <input
                type="radio"
                name={`${id}-voters`}
                checked={voters.mode === 'anonymous'}
                disabled={readOnly}
                onChange={() =>
                  set({
                    voters: {
                      mode: 'anonymous',
                      count: Math.max(1, expectedBallots({ ...rules, collection: 'laptop' })),
                    },
                  })
                }
              />
              <span>
                <strong>{t('dotVote.voters.anonymous')}</strong>
                <span className="dv-radio-hint">{t('dotVote.voters.anonymousHint')}</span>
              </span>
            </label>
          </div>
          {voters.mode === 'roles' ? (
            <>
              <div className="dv-row dv-role-slots">
                {MEMBER_ROLES.map((r) => (
                  <NumberField
                    key={r}
                    label={t(`vocab.role.${r}`)}
                    value={voters.slots[r]}
                    min={0}
                    max={DOT_VOTE_LIMITS.voters}
                    disabled={readOnly}
                    onCommit={(n) => set({ voters: { mode: 'roles', slots: { ...voters.slots, [r]: n } } })}
                  />
                ))}
              </div>
              <button
                type="button"
                className="btn btn-small"
                onClick={() => set({ voters: fromRoster })}
                disabled={readOnly}
              >
                <Users size={16} aria-hidden />
                {t('dotVote.voters.fromRoster', {
                  count: expectedBallots({ ...rules, collection: 'laptop', voters: fromRoster }),
                })}
              </button>
              <p className="field-hint">{t('dotVote.voters.privacy')}</p>
            </>
          ) : (
            <NumberField
              label={t('dotVote.voters.count')}
              value={voters.count}
              min={0}
              max={DOT_VOTE_LIMITS.voters}
              disabled={readOnly}
              onCommit={(n) => set({ voters: { mode: 'anonymous', count: n } })}
            />
          )}
        </fieldset>
      )}

      <label className="dv-check">
        <input
          type="checkbox"
          checked={rules.hideUntilReveal}
          disabled={readOnly}
          onChange={(e) => set({ hideUntilReveal: e.target.checked })}
        />
        {t('dotVote.rules.hide')}
      </label>
    </div>
  );
}
