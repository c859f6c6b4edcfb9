import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AudienceContent } from '../../../../shared/presentation/model';
import { call } from '../../api';
import { useAudience } from '../store';
import type { AudienceModule } from '../registry';
import { AudienceScreen, CalmScreen } from '../Screen';
import { BoardPictureView, useShownBoard } from '../BoardPicture';
import { boardKindName, keyFromData } from '../../i18n/keys';

/** A board as a picture, with its name and team as a large title. A deleted or unknown board gets a calm message. */
/**
 * The section count of what the audience shows, on the page root (data-sections) and told to the backend so the
 * coach's PageDown/PageUp (presentation.setSection) stop at the last section.
 */
export function useReportSections(content: AudienceContent | null): (count: number) => void {
  useEffect(() => () => useAudience.setState({ sections: 1 }), []);
  const key = JSON.stringify(content);
  return useCallback(
    (count: number) => {
      useAudience.setState({ sections: count });
      if (!content) return;
      const known = useAudience.getState().presentation;
      if (JSON.stringify(known.shown) === key && known.sections === count) return;
      void call('presentation.setSectionCount', { content, count }).catch(() => undefined);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the content's value, not its identity
    [key],
  );
}

function BoardScreen({
  workshopId,
  boardId,
  teamName,
}: {
  workshopId: string;
  boardId: string;
  teamName: (teamId: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const shown = useShownBoard(workshopId, boardId);
  const section = useAudience((s) => s.presentation.section ?? 0);
  const onSections = useReportSections({ kind: 'board', boardId });
  if (shown.status === 'loading') return <div className="aud-empty" aria-busy="true" />;
  if (shown.status === 'error') {
    const gone = shown.key.startsWith('errors.notFound');
    return (
      <CalmScreen
        title={gone ? t('audience.boardGone') : t('audience.boardUnavailable')}
        message={gone ? t('audience.boardGoneHint') : t(keyFromData(shown.key))}
      />
    );
  }
  const { board } = shown;
  const kindName = boardKindName(t, board.kind);
  const subtitle = [teamName(board.teamId), kindName].filter(Boolean).join(' · ');
  return (
    <AudienceScreen title={board.name} subtitle={subtitle} className="aud-board">
      <BoardPictureView board={board} hideTitle section={section} onSections={onSections} />
    </AudienceScreen>
  );
}

export const boardModule: AudienceModule<'board'> = {
  kind: 'board',
  Component: ({ content, workshop }) => (
    <BoardScreen
      key={content.boardId}
      workshopId={workshop.id}
      boardId={content.boardId}
      teamName={(teamId) => workshop.teams.find((team) => team.id === teamId)?.name}
    />
  ),
};
