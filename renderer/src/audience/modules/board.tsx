import { useTranslation } from 'react-i18next';
import type { AudienceModule } from '../registry';
import { AudienceScreen, CalmScreen } from '../Screen';
import { BoardPictureView, useShownBoard } from '../BoardPicture';

/** A board as a picture, with its name and team as a large title. A deleted or unknown board gets a calm message. */
function BoardScreen({ workshopId, boardId, teamName }: { workshopId: string; boardId: string; teamName: (teamId: string) => string | undefined }) {
  const { t } = useTranslation();
  const shown = useShownBoard(workshopId, boardId);
  if (shown.status === 'loading') return <div className="aud-empty" aria-busy="true" />;
  if (shown.status === 'error') {
    const gone = shown.key.startsWith('errors.notFound');
    return <CalmScreen title={gone ? t('audience.boardGone') : t('audience.boardUnavailable')} message={gone ? t('audience.boardGoneHint') : t(shown.key)} />;
  }
  const { board } = shown;
  const kindName = t(`boards.kind.${board.kind}`, { defaultValue: board.kind });
  const subtitle = [teamName(board.teamId), kindName].filter(Boolean).join(' · ');
  return (
    <AudienceScreen title={board.name} subtitle={subtitle} className="aud-board">
      <BoardPictureView board={board} hideTitle />
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
