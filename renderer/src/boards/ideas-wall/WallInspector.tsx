import { useTranslation } from 'react-i18next';
import { Trash2 } from 'lucide-react';
import type { IdeaCluster, IdeaNote, IdeasWallCommand, IdeasWallDoc } from '../../../../shared/boards/ideas-wall/model';
import { NOTE_SIZE } from '../../../../shared/boards/ideas-wall/model';
import { MEMBER_ROLES, type NoteColor } from '../../../../shared/domain/vocab';
import { LIMITS } from '../../../../shared/domain/limits';
import { TextField } from '../../components/TextField';
import { SelectField } from '../../components/SelectField';
import { ColorPicker } from './ColorPicker';
import { GAP } from './geometry';

interface Props {
  boardName: string;
  doc: IdeasWallDoc;
  note: IdeaNote | undefined;
  cluster: IdeaCluster | undefined;
  readOnly: boolean;
  dispatch: (cmd: IdeasWallCommand) => void;
  onColor: (c: NoteColor) => void;
  onDelete: () => void;
}

/** A free slot inside a frame, row by row under its title; the frame's corner when it is full. */
function slotIn(doc: IdeasWallDoc, c: IdeaCluster, noteId: string): { x: number; y: number } {
  const cols = Math.max(1, Math.floor((c.width - GAP) / (NOTE_SIZE.width + GAP)));
  const rows = Math.max(1, Math.floor((c.height - 56 - GAP) / (NOTE_SIZE.height + GAP)));
  const taken = doc.notes.filter((n) => n.clusterId === c.id && n.id !== noteId);
  for (let r = 0; r < rows; r++) {
    for (let k = 0; k < cols; k++) {
      const x = c.x + GAP + k * (NOTE_SIZE.width + GAP);
      const y = c.y + 56 + r * (NOTE_SIZE.height + GAP);
      if (!taken.some((n) => Math.abs(n.x - x) < NOTE_SIZE.width / 2 && Math.abs(n.y - y) < NOTE_SIZE.height / 2))
        return { x, y };
    }
  }
  return { x: c.x + GAP, y: c.y + 56 };
}

export function WallInspector({ boardName, doc, note, cluster, readOnly, dispatch, onColor, onDelete }: Props) {
  const { t } = useTranslation();

  if (note) {
    const roleOptions = [
      { value: '', label: t('wall.noRole') },
      ...MEMBER_ROLES.map((r) => ({ value: r, label: t(`vocab.role.${r}`) })),
    ];
    const clusterOptions = [
      { value: '', label: t('wall.noCluster') },
      ...doc.clusters.map((c) => ({ value: c.id, label: c.name || t('wall.unnamedCluster') })),
    ];
    return (
      <aside className="inspector" aria-labelledby="inspector-title">
        <h2 id="inspector-title">{t('wall.inspector.note')}</h2>
        <TextField
          key={note.id}
          label={t('wall.noteText')}
          multiline
          value={note.text}
          maxLength={LIMITS.noteText}
          onCommit={(text) => dispatch({ type: 'updateNote', id: note.id, patch: { text } })}
        />
        <div className="field">
          <span className="field-label" id="inspector-color">
            {t('wall.color')}
          </span>
          <ColorPicker
            name={`inspector-${note.id}`}
            value={note.color}
            onChange={onColor}
            label={t('wall.color')}
            disabled={readOnly}
          />
        </div>
        <SelectField
          label={t('wall.authorRole')}
          value={note.authorRole}
          options={roleOptions}
          onChange={(v) =>
            dispatch({ type: 'updateNote', id: note.id, patch: { authorRole: v as IdeaNote['authorRole'] } })
          }
        />
        <SelectField
          label={t('wall.cluster')}
          value={note.clusterId ?? ''}
          options={clusterOptions}
          onChange={(v) => {
            const target = doc.clusters.find((c) => c.id === v);
            if (target) {
              const { x, y } = slotIn(doc, target, note.id);
              dispatch({ type: 'moveNote', id: note.id, x, y, clusterId: target.id });
            } else {
              // Out of its frame: put it just right of the frame so the wall matches the data.
              const from = doc.clusters.find((c) => c.id === note.clusterId);
              const x = from ? from.x + from.width + GAP : note.x;
              dispatch({ type: 'moveNote', id: note.id, x, y: note.y, clusterId: null });
            }
          }}
        />
        <button type="button" className="btn btn-ghost danger-text" onClick={onDelete} disabled={readOnly}>
          <Trash2 size={18} aria-hidden />
          {t('wall.deleteNote')}
        </button>
      </aside>
    );
  }

  if (cluster) {
    const count = doc.notes.filter((n) => n.clusterId === cluster.id).length;
    return (
      <aside className="inspector" aria-labelledby="inspector-title">
        <h2 id="inspector-title">{t('wall.inspector.cluster')}</h2>
        <TextField
          key={cluster.id}
          label={t('wall.clusterName')}
          value={cluster.name}
          maxLength={LIMITS.name}
          onCommit={(name) => dispatch({ type: 'renameCluster', id: cluster.id, name })}
        />
        <p className="muted">{t('wall.clusterCount', { count })}</p>
        <button type="button" className="btn btn-ghost danger-text" onClick={onDelete} disabled={readOnly}>
          <Trash2 size={18} aria-hidden />
          {t('wall.deleteCluster')}
        </button>
        <p className="field-hint">{t('wall.deleteClusterHint')}</p>
      </aside>
    );
  }

  const unclustered = doc.notes.filter((n) => n.clusterId === null).length;
  return (
    // Focusable: with large text this panel scrolls and has no controls of its own.
    <aside className="inspector" aria-labelledby="inspector-title" tabIndex={0}>
      <h2 id="inspector-title">{boardName}</h2>
      <dl className="stats">
        <div>
          <dt>{t('wall.stats.notes')}</dt>
          <dd>{doc.notes.length}</dd>
        </div>
        <div>
          <dt>{t('wall.stats.clusters')}</dt>
          <dd>{doc.clusters.length}</dd>
        </div>
        <div>
          <dt>{t('wall.stats.unclustered')}</dt>
          <dd>{unclustered}</dd>
        </div>
      </dl>
      <h3 className="small-heading">{t('wall.keys.title')}</h3>
      <ul className="key-list">
        <li>
          <kbd>N</kbd> {t('wall.keys.add')}
        </li>
        <li>
          <kbd>Enter</kbd> / <kbd>F2</kbd> {t('wall.keys.edit')}
        </li>
        <li>
          <kbd>Tab</kbd> {t('wall.keys.cycle')}
        </li>
        <li>
          <kbd>←↑→↓</kbd> {t('wall.keys.nudge')}
        </li>
        <li>
          <kbd>Delete</kbd> {t('wall.keys.delete')}
        </li>
        <li>
          <kbd>Z</kbd> {t('wall.keys.zoom')}
        </li>
        <li>
          <kbd>F</kbd> {t('wall.keys.fit')}
        </li>
        <li>
          <kbd>Esc</kbd> {t('wall.keys.deselect')}
        </li>
      </ul>
    </aside>
  );
}
