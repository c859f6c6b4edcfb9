import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type Konva from 'konva';
import { Layer, Stage } from 'react-konva';
import { NOTE_SIZE, type IdeasWallCommand, type IdeasWallDoc } from '../../../../shared/boards/ideas-wall/model';
import { useApp } from '../../app/store';
import { NoteNode } from './NoteNode';
import { ClusterNode } from './ClusterNode';
import { NOTE_FONT, WALL_THEMES } from './colors';
import { clampScale, clusterAtNote, type HeightOf, type NoteLayout, type Viewport } from './geometry';
import type { Selection } from './IdeasWallView';

interface Props {
  doc: IdeasWallDoc;
  dispatch: (cmd: IdeasWallCommand) => void;
  readOnly: boolean;
  selection: Selection;
  select: (s: Selection) => void;
  editingId: string | null;
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

export function WallCanvas({ doc, dispatch, readOnly, selection, select, editingId, setEditingId, viewport, setViewport, size, onKeyDown, containerRef, helpId, layouts, heightOf, onZoomToCluster }: Props) {
  const { t } = useTranslation();
  const stageRef = useRef<Konva.Stage>(null);
  const themeName = useApp((s) => s.settings.theme);
  const theme = WALL_THEMES[themeName];
  const [clusterDrag, setClusterDrag] = useState<{ id: string; dx: number; dy: number } | null>(null);

  // Test hook: e2e tests read the scene graph from here.
  useEffect(() => {
    const stage = stageRef.current;
    window.__studioStage = stage ?? undefined;
    // Redraw once the web font is in, or the first paint keeps the fallback font.
    void document.fonts?.ready.then(() => stage?.batchDraw());
    return () => {
      if (window.__studioStage === stage) window.__studioStage = undefined;
    };
  }, []);

  function onWheel(e: Konva.KonvaEventObject<WheelEvent>) {
    e.evt.preventDefault();
    const stage = stageRef.current;
    const pointer = stage?.getPointerPosition();
    if (!pointer) return;
    const factor = e.evt.deltaY > 0 ? 1 / 1.1 : 1.1;
    const scale = clampScale(viewport.scale * factor);
    const wx = (pointer.x - viewport.x) / viewport.scale;
    const wy = (pointer.y - viewport.y) / viewport.scale;
    setViewport({ scale, x: pointer.x - wx * scale, y: pointer.y - wy * scale });
  }

  const editing = editingId ? doc.notes.find((n) => n.id === editingId) : undefined;
  // The selected note draws last so it is never hidden under a neighbour.
  const notes = selection?.kind === 'note' ? [...doc.notes.filter((n) => n.id !== selection.id), ...doc.notes.filter((n) => n.id === selection.id)] : doc.notes;

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
        <Stage
          ref={stageRef}
          width={size.width}
          height={size.height}
          x={viewport.x}
          y={viewport.y}
          scaleX={viewport.scale}
          scaleY={viewport.scale}
          draggable
          onWheel={onWheel}
          onMouseDown={(e: Konva.KonvaEventObject<MouseEvent>) => {
            containerRef.current?.focus({ preventScroll: true });
            if (e.target === e.target.getStage()) select(null);
          }}
          onDragEnd={(e: Konva.KonvaEventObject<DragEvent>) => {
            // Child drags bubble here too; only the stage's own drag is a pan.
            if (e.target === e.target.getStage()) setViewport({ ...viewport, x: e.target.x(), y: e.target.y() });
          }}
        >
          <Layer>
            {doc.clusters.map((c) => (
              <ClusterNode
                key={c.id}
                cluster={c}
                label={t('wall.clusterLabel', { name: c.name || t('wall.unnamedCluster'), count: doc.notes.filter((n) => n.clusterId === c.id).length })}
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
                offset={clusterDrag && n.clusterId === clusterDrag.id ? clusterDrag : { dx: 0, dy: 0 }}
                selected={selection?.kind === 'note' && selection.id === n.id}
                theme={theme}
                roleLabel={n.authorRole ? t(`vocab.role.${n.authorRole}`) : ''}
                emptyLabel={t('wall.emptyNote')}
                draggable={!readOnly && editingId !== n.id}
                onSelect={() => select({ kind: 'note', id: n.id })}
                onEdit={() => !readOnly && setEditingId(n.id)}
                onDragEnd={(x, y) => dispatch({ type: 'moveNote', id: n.id, x, y, clusterId: clusterAtNote(doc, x, y, heightOf(n.id)) })}
              />
            ))}
          </Layer>
        </Stage>
      </div>
      {editing && (
        <NoteTextEditor
          key={editing.id}
          initial={editing.text}
          label={t('wall.noteText')}
          style={{
            left: viewport.x + editing.x * viewport.scale,
            top: viewport.y + editing.y * viewport.scale,
            width: NOTE_SIZE.width * viewport.scale,
            height: heightOf(editing.id) * viewport.scale,
            fontSize: (layouts.get(editing.id)?.fontSize ?? NOTE_FONT.size) * viewport.scale,
            padding: NOTE_FONT.padding * viewport.scale,
          }}
          onDone={(text) => {
            setEditingId(null);
            if (text !== null && text !== editing.text) dispatch({ type: 'updateNote', id: editing.id, patch: { text } });
            containerRef.current?.focus({ preventScroll: true });
          }}
        />
      )}
    </div>
  );
}

/** An HTML textarea over the note: real text editing (IME, spellcheck, screen readers) instead of canvas text. */
function NoteTextEditor({ initial, label, style, onDone }: { initial: string; label: string; style: React.CSSProperties; onDone: (text: string | null) => void }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  const [text, setText] = useState(initial);

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  function finish(value: string | null) {
    if (done.current) return;
    done.current = true;
    onDone(value);
  }

  return (
    <textarea
      ref={ref}
      className="note-editor"
      aria-label={label}
      value={text}
      maxLength={2000}
      style={style}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => finish(text)}
      onKeyDown={(e) => {
        e.stopPropagation();
        // Escape leaves the note keeping what was typed, as on any whiteboard; a second Escape clears the selection.
        if (e.key === 'Escape' || (e.key === 'Enter' && !e.shiftKey)) {
          e.preventDefault();
          finish(text);
        }
      }}
    />
  );
}
