import { useTranslation } from 'react-i18next';
import type { IdeasWallDoc } from '../../../../shared/boards/ideas-wall/model';
import type { Selection } from './IdeasWallView';

/** The wall as text for screen readers (the canvas itself is opaque to them), plus the current selection. */
export function WallNoteList({ doc, selection }: { doc: IdeasWallDoc; selection: Selection }) {
  const { t } = useTranslation();
  const selectedNote = selection?.kind === 'note' ? doc.notes.find((n) => n.id === selection.id) : undefined;
  const selectedCluster = selection?.kind === 'cluster' ? doc.clusters.find((c) => c.id === selection.id) : undefined;
  const groups = [
    ...doc.clusters.map((c) => ({
      id: c.id,
      name: c.name || t('wall.unnamedCluster'),
      notes: doc.notes.filter((n) => n.clusterId === c.id),
    })),
    { id: '', name: t('wall.noCluster'), notes: doc.notes.filter((n) => n.clusterId === null) },
  ].filter((g) => g.notes.length > 0 || g.id !== '');

  return (
    <div className="visually-hidden">
      <p role="status" aria-live="polite">
        {selectedNote
          ? t('wall.selectedNote', { text: selectedNote.text || t('wall.emptyNote') })
          : selectedCluster
            ? t('wall.selectedCluster', { name: selectedCluster.name || t('wall.unnamedCluster') })
            : ''}
      </p>
      <ul aria-label={t('wall.listLabel')}>
        {groups.map((g) => (
          <li key={g.id || 'none'}>
            {g.name}
            <ul>
              {g.notes.map((n) => (
                <li key={n.id}>
                  {n.text || t('wall.emptyNote')}
                  {n.authorRole ? ` (${t(`vocab.role.${n.authorRole}`)})` : ''}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
