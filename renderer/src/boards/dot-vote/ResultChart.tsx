import { useTranslation } from 'react-i18next';
import type { RoundResult } from '../../../../shared/boards/dot-vote/results';
import { ANONYMOUS_BUCKET, PAPER_BUCKET } from '../../../../shared/analysis/dot-vote';
import { MEMBER_ROLES } from '../../../../shared/domain/vocab';
import { sourceStatus, type useTeamItems } from './useTeamItems';
import type { TranslationKey } from '../../i18n/keys';

/** Role buckets in the order their segments are stacked. */
export const BUCKETS = [...MEMBER_ROLES, ANONYMOUS_BUCKET, PAPER_BUCKET] as const;

export function bucketLabelKey(b: (typeof BUCKETS)[number]): TranslationKey {
  return b === ANONYMOUS_BUCKET
    ? 'dotVote.bucket.anonymous'
    : b === PAPER_BUCKET
      ? 'dotVote.bucket.paper'
      : `vocab.role.${b}`;
}

interface Props {
  result: RoundResult;
  sources: ReturnType<typeof useTeamItems>;
  animate: boolean;
  compact?: boolean;
  /** Options chosen by the team (highlighted). */
  decided?: ReadonlySet<string>;
}

/** The ranked result: rank, option, a bar split by role, and the dots; the cut-off line and ties marked. */
export function ResultChart({ result, sources, animate, compact, decided }: Props) {
  const { t } = useTranslation();
  const max = Math.max(1, ...result.ranked.map((r) => r.total));
  const { cut } = result;
  const tied = new Set(cut.tiedAtCut);
  const chosen = new Set(cut.chosen);
  // The line goes under the last option inside the cut (or under the tied group, which straddles it).
  const lineAfter = tied.size > 0 ? cut.chosen.length + tied.size : cut.wanted;
  const used = BUCKETS.filter((b) => result.tally.options.some((o) => (o.byRole[b] ?? 0) > 0));

  return (
    <div className={`dv-chart${compact ? ' is-compact' : ''}${animate ? ' is-animated' : ''}`}>
      {used.length > 1 && (
        <ul className="dv-legend" aria-label={t('dotVote.results.legend')}>
          {used.map((b) => (
            <li key={b}>
              <span className={`dv-swatch dv-bucket-${b}`} aria-hidden />
              {t(bucketLabelKey(b))}
            </li>
          ))}
        </ul>
      )}
      <ol className="dv-ranked" aria-label={t('dotVote.results.ranked')}>
        {result.ranked.map((r, pos) => {
          const o = result.options[r.index]!;
          const tally = result.tally.options[r.index]!;
          const status = sourceStatus(o.source, sources.boards, sources.loading);
          const isTied = tied.has(r.index);
          const isIn = chosen.has(r.index);
          const isDecided = decided?.has(o.id) ?? false;
          const rankLabel = r.tied
            ? t('dotVote.results.rankTied', { rank: r.rank })
            : t('dotVote.results.rank', { rank: r.rank });
          return (
            <li
              key={o.id}
              className={`dv-result${isIn ? ' is-in' : ''}${isTied ? ' is-tied' : ''}${isDecided ? ' is-decided' : ''}${pos + 1 === lineAfter && pos + 1 < result.ranked.length ? ' has-cut' : ''}`}
              style={{ ['--i' as string]: pos }}
            >
              <span className="dv-rank" aria-label={rankLabel}>
                {r.rank}
                {r.tied ? '=' : ''}
              </span>
              <span className="dv-result-text">
                <span className="dv-result-option">{o.text || t('dotVote.emptyOption')}</span>
                <span className="dv-result-meta">
                  {isTied && <span className="dv-chip dv-chip-tie">{t('dotVote.results.tieAtCut')}</span>}
                  {isDecided && <span className="dv-chip dv-chip-decided">{t('dotVote.results.decided')}</span>}
                  {status === 'removed' && <span className="dv-removed">{t('dotVote.source.removed')}</span>}
                </span>
              </span>
              <span className="dv-bar-track" aria-hidden>
                <span className="dv-bar-fill" style={{ width: `${(r.total / max) * 100}%` }}>
                  {BUCKETS.map((b) => {
                    const v = tally.byRole[b] ?? 0;
                    return v > 0 ? <span key={b} className={`dv-seg dv-bucket-${b}`} style={{ flexGrow: v }} /> : null;
                  })}
                </span>
              </span>
              <span className="dv-total" aria-label={t('dotVote.results.dots', { count: r.total })}>
                {r.total}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
