import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_SIZE, type IdeasWallCommand, type IdeasWallDoc } from '../../../../shared/boards/ideas-wall/model';
import { newId } from '../../../../shared/domain/ids';
import type { NoteColor } from '../../../../shared/domain/vocab';
import type { BoardViewProps } from '../types';
import { WallCanvas } from './WallCanvas';
import { WallToolbar } from './WallToolbar';
import { WallInspector } from './WallInspector';
import { WallNoteList } from './WallNoteList';
import { clampScale, clusterAtNote, fitViewport, freeSpot, zoomToBox, ZOOM, type Viewport } from './geometry';
import { useNoteLayouts } from './measure';

const INSPECTOR_PREF = 'lapimurto.wall.inspector';

function readInspectorPref(): boolean {
  try {
    return localStorage.getItem(INSPECTOR_PREF) !== 'hidden';
  } catch {
    return true;
  }
}

export type Selection = { kind: 'note' | 'cluster'; id: string } | null;

const NUDGE = 10;
const NUDGE_BIG = 50;

export function IdeasWallView({ board, doc, dispatch, readOnly = false }: BoardViewProps<IdeasWallDoc, IdeasWallCommand>) {
  const { t } = useTranslation();
  const helpId = useId();
  const wrapRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 800, height: 500 });
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const [selection, setSelection] = useState<Selection>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [color, setColor] = useState<NoteColor>('yellow');
  const [inspectorOpen, setInspectorOpen] = useState(readInspectorPref);
  const { layouts, heightOf } = useNoteLayouts(doc, t('wall.emptyNote'));

  useLayoutEffect(() => {
    const el = wrapRef.current;
    if (!el) return;
    const measure = () => setSize({ width: Math.max(200, el.clientWidth), height: Math.max(200, el.clientHeight) });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // First view of a board: the whole wall, never above 100 %; Z (or a double-click on a frame) zooms into a cluster.
  useEffect(() => {
    if (viewport === null && size.width > 200) setViewport(fitViewport(doc, size.width, size.height, 1, ZOOM.min, heightOf));
  }, [viewport, size, doc, heightOf]);

  // Drop a selection whose item went away (undo, another window).
  useEffect(() => {
    if (!selection) return;
    const exists = selection.kind === 'note' ? doc.notes.some((n) => n.id === selection.id) : doc.clusters.some((c) => c.id === selection.id);
    if (!exists) setSelection(null);
    if (editingId && !doc.notes.some((n) => n.id === editingId)) setEditingId(null);
  }, [doc, selection, editingId]);

  const vp = viewport ?? { x: 40, y: 40, scale: 1 };
  const selectedNote = selection?.kind === 'note' ? doc.notes.find((n) => n.id === selection.id) : undefined;
  const selectedCluster = selection?.kind === 'cluster' ? doc.clusters.find((c) => c.id === selection.id) : undefined;

  function viewCenter(): { x: number; y: number } {
    return { x: (size.width / 2 - vp.x) / vp.scale, y: (size.height / 2 - vp.y) / vp.scale };
  }

  function addNote() {
    if (readOnly) return;
    const spot = freeSpot(doc, selectedNote ?? null, viewCenter());
    const id = newId();
    dispatch({ type: 'addNote', note: { id, text: '', color, authorRole: selectedNote?.authorRole ?? '', clusterId: clusterAtNote(doc, spot.x, spot.y), x: spot.x, y: spot.y } });
    setSelection({ kind: 'note', id });
    setEditingId(id);
  }

  function addCluster() {
    if (readOnly) return;
    const c = viewCenter();
    const id = newId();
    const width = 3 * NOTE_SIZE.width + 4 * 24;
    const height = 2 * NOTE_SIZE.height + 3 * 24 + 56;
    dispatch({
      type: 'addCluster',
      cluster: { id, name: t('wall.newClusterName', { n: doc.clusters.length + 1 }), x: Math.round(c.x - width / 2), y: Math.round(c.y - height / 2), width, height },
    });
    setSelection({ kind: 'cluster', id });
  }

  function deleteSelected() {
    if (readOnly || !selection) return;
    if (selection.kind === 'note') dispatch({ type: 'deleteNote', id: selection.id });
    else dispatch({ type: 'deleteCluster', id: selection.id });
    setSelection(null);
  }

  function changeColor(c: NoteColor) {
    setColor(c);
    if (selectedNote && selectedNote.color !== c && !readOnly) dispatch({ type: 'updateNote', id: selectedNote.id, patch: { color: c } });
  }

  function nudge(dx: number, dy: number) {
    if (readOnly) return;
    if (selectedNote) {
      const x = selectedNote.x + dx;
      const y = selectedNote.y + dy;
      dispatch({ type: 'moveNote', id: selectedNote.id, x, y, clusterId: clusterAtNote(doc, x, y, heightOf(selectedNote.id)) });
    } else if (selectedCluster) {
      dispatch({ type: 'moveCluster', id: selectedCluster.id, x: selectedCluster.x + dx, y: selectedCluster.y + dy });
    }
  }

  /** Keeps the selected item in view after keyboard moves and Tab. */
  function reveal(x: number, y: number, w: number, h: number) {
    const left = vp.x + x * vp.scale;
    const top = vp.y + y * vp.scale;
    const right = left + w * vp.scale;
    const bottom = top + h * vp.scale;
    const m = 24;
    let nx = vp.x;
    let ny = vp.y;
    if (left < m) nx += m - left;
    else if (right > size.width - m) nx -= right - (size.width - m);
    if (top < m) ny += m - top;
    else if (bottom > size.height - m) ny -= bottom - (size.height - m);
    if (nx !== vp.x || ny !== vp.y) setViewport({ ...vp, x: nx, y: ny });
  }

  function cycle(back: boolean, e: KeyboardEvent) {
    const items: Selection[] = [...doc.notes.map((n) => ({ kind: 'note' as const, id: n.id })), ...doc.clusters.map((c) => ({ kind: 'cluster' as const, id: c.id }))];
    if (items.length === 0) return;
    const i = selection ? items.findIndex((s) => s?.id === selection.id) : -1;
    const next = i === -1 ? (back ? items.length - 1 : 0) : back ? i - 1 : i + 1;
    // Past either end, let Tab leave the canvas so keyboard users are never trapped.
    if (next < 0 || next >= items.length) {
      setSelection(null);
      return;
    }
    e.preventDefault();
    const s = items[next] ?? null;
    setSelection(s);
    if (s?.kind === 'note') {
      const n = doc.notes.find((x) => x.id === s.id);
      if (n) reveal(n.x, n.y, NOTE_SIZE.width, heightOf(n.id));
    } else if (s) {
      const c = doc.clusters.find((x) => x.id === s.id);
      if (c) reveal(c.x, c.y, Math.min(c.width, size.width / vp.scale - 48), Math.min(c.height, size.height / vp.scale - 48));
    }
  }

  /** Fills the view with one cluster, notes at 100 % or more. */
  function zoomToCluster(id: string) {
    const c = doc.clusters.find((x) => x.id === id);
    if (!c) return;
    setSelection({ kind: 'cluster', id });
    setViewport(zoomToBox(c, size.width, size.height, 1, 2));
  }

  /** Z: the selected cluster, or the selected note's cluster (or the note itself when it has none). */
  function zoomToSelection() {
    if (selectedCluster) return zoomToCluster(selectedCluster.id);
    if (!selectedNote) return;
    const c = doc.clusters.find((x) => x.id === selectedNote.clusterId);
    if (c) setViewport(zoomToBox(c, size.width, size.height, 1, 2));
    else setViewport(zoomToBox({ x: selectedNote.x, y: selectedNote.y, width: NOTE_SIZE.width, height: heightOf(selectedNote.id) }, size.width, size.height, 1, 1.5));
  }

  function fitAll() {
    setViewport(fitViewport(doc, size.width, size.height, 1.5, ZOOM.min, heightOf));
  }

  function toggleInspector() {
    const next = !inspectorOpen;
    setInspectorOpen(next);
    try {
      localStorage.setItem(INSPECTOR_PREF, next ? 'shown' : 'hidden');
    } catch {
      /* a private window: the choice lasts for this view */
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    const step = e.shiftKey ? NUDGE_BIG : NUDGE;
    switch (e.key) {
      case 'n':
      case 'N':
        addNote();
        break;
      case 'Enter':
        if (selectedNote && !readOnly) setEditingId(selectedNote.id);
        else addNote();
        break;
      case 'F2':
        if (selectedNote && !readOnly) setEditingId(selectedNote.id);
        break;
      case 'Delete':
      case 'Backspace':
        deleteSelected();
        break;
      case 'Tab':
        cycle(e.shiftKey, e);
        return;
      case 'Escape':
        setSelection(null);
        break;
      case 'ArrowLeft':
        nudge(-step, 0);
        break;
      case 'ArrowRight':
        nudge(step, 0);
        break;
      case 'ArrowUp':
        nudge(0, -step);
        break;
      case 'ArrowDown':
        nudge(0, step);
        break;
      case '+':
        zoomBy(1.2);
        break;
      case 'z':
      case 'Z':
        zoomToSelection();
        break;
      case 'f':
      case 'F':
        fitAll();
        break;
      case '-':
        zoomBy(1 / 1.2);
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  function zoomBy(f: number) {
    const scale = clampScale(vp.scale * f);
    const cx = size.width / 2;
    const cy = size.height / 2;
    setViewport({ scale, x: cx - ((cx - vp.x) / vp.scale) * scale, y: cy - ((cy - vp.y) / vp.scale) * scale });
  }

  return (
    <div className="wall">
      <WallToolbar
        readOnly={readOnly}
        color={selectedNote?.color ?? color}
        onColor={changeColor}
        onAddNote={addNote}
        onAddCluster={addCluster}
        onDelete={deleteSelected}
        canDelete={selection !== null}
        zoom={vp.scale}
        onZoomIn={() => zoomBy(1.2)}
        onZoomOut={() => zoomBy(1 / 1.2)}
        onZoomReset={() => setViewport({ ...vp, scale: 1 })}
        onFit={fitAll}
        onZoomToSelection={zoomToSelection}
        canZoomToSelection={selection !== null}
        inspectorOpen={inspectorOpen}
        onToggleInspector={toggleInspector}
      />
      <div className="wall-body" style={inspectorOpen ? undefined : { gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <div className="wall-stage-area" ref={wrapRef}>
          <WallCanvas
            doc={doc}
            dispatch={dispatch}
            readOnly={readOnly}
            selection={selection}
            select={setSelection}
            editingId={editingId}
            setEditingId={setEditingId}
            viewport={vp}
            setViewport={setViewport}
            size={size}
            onKeyDown={onKeyDown}
            containerRef={containerRef}
            helpId={helpId}
            layouts={layouts}
            heightOf={heightOf}
            onZoomToCluster={zoomToCluster}
          />
          <p id={helpId} className="visually-hidden">
            {t('wall.keyboardHelp')}
          </p>
          {doc.notes.length === 0 && doc.clusters.length === 0 && (
            <div className="wall-empty" aria-hidden>
              <p>{t('wall.emptyTitle')}</p>
              <p className="muted">{t('wall.emptyHint')}</p>
            </div>
          )}
        </div>
        {inspectorOpen && (
        <WallInspector
          boardName={board.name}
          doc={doc}
          note={selectedNote}
          cluster={selectedCluster}
          readOnly={readOnly}
          dispatch={dispatch}
          onColor={changeColor}
          onDelete={deleteSelected}
        />
        )}
      </div>
      <WallNoteList doc={doc} selection={selection} />
    </div>
  );
}
