import { useTranslation } from 'react-i18next';
import type { VoteOption } from '../../../../shared/boards/dot-vote/model';
import { sourceStatus, type useTeamItems } from './useTeamItems';

/** Where an option came from: its board (and group), "typed in the vote", or "source removed". */
export function OptionSource({ option, sources }: { option: VoteOption; sources: ReturnType<typeof useTeamItems> }) {
  const { t } = useTranslation();
  const status = sourceStatus(option.source, sources.boards, sources.loading);
  if (status === 'typed') return <span className="dv-source">{t('dotVote.source.typed')}</span>;
  const where = [option.sourceBoardName, option.sourceGroup].filter(Boolean).join(' · ');
  return (
    <span className="dv-source">
      {where}
      {status === 'removed' && <span className="dv-removed">{t('dotVote.source.removed')}</span>}
    </span>
  );
}
