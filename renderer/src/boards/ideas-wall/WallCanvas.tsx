import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type Konva from 'konva';
import { Layer } from 'react-konva';
import { PanZoomStage } from '../kit/PanZoomStage';
import { NOTE_SIZE, type IdeasWallCommand, type IdeasWallDoc } from '../../../../shared/boards/ideas-wall/model';
import { useApp } from '../../app/store';
import { InlineTextEditor } from '../kit/InlineTextEditor';
import { LIMITS } from '../../../../shared/domain/limits';
import { NoteNode } from './NoteNode';
import { ClusterNode } from './ClusterNode';
import { NOTE_FONT, WALL_THEMES } from './colors';
import { clusterAtNote, type HeightOf, type NoteLayout, type Viewport } from './geometry';
import type { Selection } from './IdeasWallView';

const NO_OFFSET = { dx: 0, dy: 0 };

interface Props {
  doc: IdeasWallDoc;
  dispatch: (cmd: IdeasWallCommand) => void;
  readOnly: boolean;
  selection: Selection;
  select: (s: Selection) => void;
  /** Notes selected together (two or more). */
  picked: ReadonlySet<string>;
  /** A press on a note; `toggle` for Shift/Ctrl+click. */
  onNotePress: (id: string, toggle: boolean) => void;
  /** A note of the group was dragged by (dx, dy): the whole group moves. */
  onMovePicked: (dx: number, dy: number) => void;
  /** Shift+drag drew a band round these notes. */
  onBand: (ids: string[]) => void;
  editingId: string | null;
  /** The undo step the editing joins (a note just added). */
  editKey?: string;
  setEditingId: (id: string | null) => void;
  viewport: Viewport;
  setViewport: (v: Viewport) => void;
  size: { width: number; height: number };
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
  containerRef: React.RefObject<HTMLDivElement | null>;
  helpId: string;
  layouts: Map<string, NoteLayout>;
  heightOf: HeightOf;
  /** Double-click on a frame: zoom to it. */
  onZoomToCluster: (id: string) => void;
}

export function WallCanvas({
  doc,
  dispatch,
  readOnly,
  selection,
  select,
  picked,
  onNotePress,
  onMovePicked,
  onBand,
  editingId,
  editKey,
  setEditingId,
  viewport,
  setViewport,
  size,
  onKeyDown,
  containerRef,
  helpId,
  layouts,
  heightOf,
  onZoomToCluster,
}: Props) {
  const { t } = useTranslation();
  const stageRef = useRef<Konva.Stage>(null);
  const themeName = useApp((s) => s.settings.theme);
  const theme = WALL_THEMES[themeName];
  const [clusterDrag, setClusterDrag] = useState<{ id: string; dx: number; dy: number } | null>(null);
  // While one of the notes selected together is dragged, the others follow it.
  const [groupDrag, setGroupDrag] = useState<{ id: string; dx: number; dy: number } | null>(null);

  const editing = editingId ? doc.notes.find((n) => n.id === editingId) : undefined;
  // The selected note draws last so it is never hidden under a neighbour.
  const notes =
    selection?.kind === 'note'
      ? [...doc.notes.filter((n) => n.id !== selection.id), ...doc.notes.filter((n) => n.id === selection.id)]
      : doc.notes;

  return (
    <div className="wall-canvas-wrap">
      <div
        ref={containerRef}
        className="wall-canvas"
        tabIndex={0}
        role="application"
        aria-label={t('wall.canvasLabel', { notes: doc.notes.length, clusters: doc.clusters.length })}
        aria-describedby={helpId}
        onKeyDown={onKeyDown}
        style={{
          backgroundPosition: `${viewport.x}px ${viewport.y}px`,
          backgroundSize: `${24 * viewport.scale}px ${24 * viewport.scale}px`,
        }}
      >
        <PanZoomStage
          stageRef={stageRef}
          size={size}
          viewport={viewport}
          onViewportChange={setViewport}
          onPress={(background) => {
            containerRef.current?.focus({ preventScroll: true });
            if (background) select(null);
          }}
          band={{ itemName: 'note', onSelect: onBand }}
        >
          <Layer>
            {doc.clusters.map((c) => (
              <ClusterNode
                key={c.id}
                cluster={c}
                label={t('wall.clusterLabel', {
                  name: c.name || t('wall.unnamedCluster'),
                  count: doc.notes.filter((n) => n.clusterId === c.id).length,
                })}
                selected={selection?.kind === 'cluster' && selection.id === c.id}
                theme={theme}
                draggable={!readOnly}
                onSelect={() => select({ kind: 'cluster', id: c.id })}
                onZoom={() => onZoomToCluster(c.id)}
                onDragMove={(dx, dy) => setClusterDrag({ id: c.id, dx, dy })}
                onDragEnd={(x, y) => {
                  setClusterDrag(null);
                  if (x !== c.x || y !== c.y) dispatch({ type: 'moveCluster', id: c.id, x, y });
                }}
                onResizeEnd={(width, height) => dispatch({ type: 'resizeCluster', id: c.id, width, height })}
              />
            ))}
            {notes.map((n) => (
              <NoteNode
                key={n.id}
                note={n}
                layout={layouts.get(n.id) ?? { fontSize: NOTE_FONT.size, height: NOTE_SIZE.height, lines: 1 }}
                offset={
                  clusterDrag && n.clusterId === clusterDrag.id
                    ? clusterDrag
                    : groupDrag && groupDrag.id !== n.id && picked.has(n.id)
                      ? groupDrag
                      : NO_OFFSET
                }
                selected={(selection?.kind === 'note' && selection.id === n.id) || picked.has(n.id)}
                theme={theme}
                roleLabel={n.authorRole ? t(`vocab.role.${n.authorRole}`) : ''}
                emptyLabel={t('wall.emptyNote')}
                draggable={!readOnly && editingId !== n.id}
                onSelect={(toggle) => onNotePress(n.id, toggle)}
                onEdit={() => !readOnly && setEditingId(n.id)}
                onDragMove={picked.has(n.id) ? (dx, dy) => setGroupDrag({ id: n.id, dx, dy }) : undefined}
                onDragEnd={(x, y) => {
                  setGroupDrag(null);
                  if (picked.has(n.id)) onMovePicked(x - n.x, y - n.y);
                  else
                    dispatch({ type: 'moveNote', id: n.id, x, y, clusterId: clusterAtNote(doc, x, y, heightOf(n.id)) });
                }}
              />
            ))}
          </Layer>
        </PanZoomStage>
      </div>
      {editing && (
        <InlineTextEditor
          key={editing.id}
          editKey={editKey}
          className="note-editor"
          initial={editing.text}
          label={t('wall.noteText')}
          maxLength={LIMITS.noteText}
          // Escape leaves the note keeping what was typed, as on any whiteboard; a second Escape clears the selection.
          escape="keep"
          save={(text) => dispatch({ type: 'updateNote', id: editing.id, patch: { text } })}
          style={{
            left: viewport.x + editing.x * viewport.scale,
            top: viewport.y + editing.y * viewport.scale,
            width: NOTE_SIZE.width * viewport.scale,
            height: heightOf(editing.id) * viewport.scale,
            fontSize: (layouts.get(editing.id)?.fontSize ?? NOTE_FONT.size) * viewport.scale,
            padding: NOTE_FONT.padding * viewport.scale,
          }}
          onDone={() => {
            // The text is already saved (as typed, and its final form when editing ended).
            setEditingId(null);
            containerRef.current?.focus({ preventScroll: true });
          }}
        />
      )}
    </div>
  );
}
