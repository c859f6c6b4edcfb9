import { useEffect, useId, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useElementSize } from '../../components/useElementSize';
import { findInWall, type WallHit } from '../../../../shared/boards/ideas-wall/find';
import { pasteNotesCommand } from '../../../../shared/boards/ideas-wall/paste';
import { pastedLines } from '../../../../shared/text/paste-lines';
import { LIMITS } from '../../../../shared/domain/limits';
import { toastError, toastInfo } from '../../app/toasts';
import { newEditKey } from '../../api/draft-text';
import { collectSaves } from '../../api/edit-session';
import { BoardToolbar } from '../kit/BoardToolbar';
import { InspectorToggle } from '../kit/InspectorToggle';
import { FindBar } from '../kit/FindBar';
import { fromTextField, readClipboardText, readPasteEvent, writeClipEvent } from '../kit/clipboard';
import { useMultiSelection } from '../kit/useMultiSelection';
import {
  copyNotes,
  deleteNotesCommand,
  moveNotesCommand,
  pasteNotesClipCommand,
  readWallClip,
  type ClusterOf,
  type WallClip,
} from '../../../../shared/boards/ideas-wall/clipboard';
import { useBoardActions } from '../kit/useBoardActions';
import { pictureExporter } from '../kit/picture-actions';
import { IDEAS_WALL_ACTIONS, type WallActionContext, type WallOps } from './actions';
import { NOTE_SIZE, type IdeasWallCommand, type IdeasWallDoc } from '../../../../shared/boards/ideas-wall/model';
import { newId } from '../../../../shared/domain/ids';
import type { NoteColor } from '../../../../shared/domain/vocab';
import type { BoardViewProps } from '../types';
import { WallCanvas } from './WallCanvas';
import { ColorPicker } from './ColorPicker';
import { WallInspector } from './WallInspector';
import { WallNoteList } from './WallNoteList';
import { clusterAtNote, fitViewport, freeSpot, zoomToBox, FIT_MIN_SCALE, type Viewport } from './geometry';
import { zoomAroundCentre, ZOOM_STEP } from '../kit/zoom';
import { useNoteLayouts } from './measure';
import { useTextScaleZoom } from '../useTextScaleZoom';

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

export function IdeasWallView({
  board,
  doc,
  dispatch,
  readOnly = false,
}: BoardViewProps<IdeasWallDoc, IdeasWallCommand>) {
  const { t } = useTranslation();
  const helpId = useId();
  const colorName = useId();
  const wrapRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const [selection, setSelectionOnly] = useState<Selection>(null);
  const noteIds = useMemo(() => doc.notes.map((n) => n.id), [doc.notes]);
  const multi = useMultiSelection(noteIds);
  const pickedSet = useMemo(() => new Set(multi.many), [multi.many]);
  /** Selects one item (or none); the notes selected together are let go. */
  const setSelection = (s: Selection) => {
    multi.clear();
    setSelectionOnly(s);
  };
  const [editingId, setEditingId] = useState<string | null>(null);
  // A note just added: its first typing joins the undo step that added it.
  const [newNote, setNewNote] = useState<{ id: string; key: string } | null>(null);
  const [color, setColor] = useState<NoteColor>('yellow');
  const [inspectorOpen, setInspectorOpen] = useState(readInspectorPref);
  const { layouts, heightOf } = useNoteLayouts(doc, t('wall.emptyNote'));

  const size = useElementSize(wrapRef, { width: 200, height: 200 }, { width: 800, height: 500 });

  // First view of a board: the whole wall, never above 100 %; Z (or a double-click on a frame) zooms into a cluster.
  useEffect(() => {
    if (viewport === null && size.width > 200)
      setViewport(fitViewport(doc, size.width, size.height, 1, FIT_MIN_SCALE, heightOf));
  }, [viewport, size, doc, heightOf]);

  // Drop a selection whose item went away (undo, another window).
  useEffect(() => {
    if (!selection) return;
    const exists =
      selection.kind === 'note'
        ? doc.notes.some((n) => n.id === selection.id)
        : doc.clusters.some((c) => c.id === selection.id);
    if (!exists) setSelectionOnly(null);
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
    const view = {
      x: -vp.x / vp.scale,
      y: -vp.y / vp.scale,
      width: size.width / vp.scale,
      height: size.height / vp.scale,
    };
    const spot = freeSpot(doc, selectedNote ?? null, viewCenter(), view);
    const id = newId();
    const note = {
      id,
      text: '',
      color,
      authorRole: selectedNote?.authorRole ?? '',
      clusterId: clusterAtNote(doc, spot.x, spot.y),
      x: spot.x,
      y: spot.y,
    };
    // A full screen: the note still goes beside the selection, and the view widens to the whole wall (or, when
    // that would shrink the text too far, moves to the note), so the coach always sees where it went.
    if (
      spot.x < view.x ||
      spot.y < view.y ||
      spot.x + NOTE_SIZE.width > view.x + view.width ||
      spot.y + NOTE_SIZE.height > view.y + view.height
    ) {
      const whole = fitViewport(
        { ...doc, notes: [...doc.notes, note] },
        size.width,
        size.height,
        vp.scale,
        FIT_MIN_SCALE,
        heightOf,
      );
      const follow = {
        ...vp,
        x: size.width / 2 - (spot.x + NOTE_SIZE.width / 2) * vp.scale,
        y: size.height / 2 - (spot.y + NOTE_SIZE.height / 2) * vp.scale,
      };
      setViewport(whole.scale >= Math.min(vp.scale, 0.6) ? whole : follow);
    }
    const key = newEditKey();
    void collectSaves(key, () => dispatch({ type: 'addNote', note })).catch(toastError);
    setNewNote({ id, key });
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
      cluster: {
        id,
        name: t('wall.newClusterName', { n: doc.clusters.length + 1 }),
        x: Math.round(c.x - width / 2),
        y: Math.round(c.y - height / 2),
        width,
        height,
      },
    });
    setSelection({ kind: 'cluster', id });
  }

  /** The notes a command acts on: those selected together, else the selected note. */
  const chosenNotes = () => multi.chosen(selectedNote?.id ?? null);
  /** Where a moved or pasted note lands decides its frame, by its measured height. */
  const clusterOf: ClusterOf = (d, x, y, id) => clusterAtNote(d, x, y, heightOf(id));

  function deleteSelected() {
    if (readOnly || !selection) return;
    if (multi.many.length > 0) {
      const cmd = deleteNotesCommand(doc, multi.many);
      if (cmd) dispatch(cmd);
    } else if (selection.kind === 'note') dispatch({ type: 'deleteNote', id: selection.id });
    else dispatch({ type: 'deleteCluster', id: selection.id });
    setSelection(null);
  }

  function changeColor(c: NoteColor) {
    setColor(c);
    if (selectedNote && selectedNote.color !== c && !readOnly)
      dispatch({ type: 'updateNote', id: selectedNote.id, patch: { color: c } });
  }

  function nudge(dx: number, dy: number) {
    if (readOnly) return;
    if (multi.many.length > 0) {
      const cmd = moveNotesCommand(doc, multi.many, dx, dy, clusterOf);
      if (cmd) dispatch(cmd);
    } else if (selectedNote) {
      const x = selectedNote.x + dx;
      const y = selectedNote.y + dy;
      dispatch({
        type: 'moveNote',
        id: selectedNote.id,
        x,
        y,
        clusterId: clusterAtNote(doc, x, y, heightOf(selectedNote.id)),
      });
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

  function cycle(back: boolean): boolean {
    const items: Selection[] = [
      ...doc.notes.map((n) => ({ kind: 'note' as const, id: n.id })),
      ...doc.clusters.map((c) => ({ kind: 'cluster' as const, id: c.id })),
    ];
    if (items.length === 0) return false;
    const i = selection ? items.findIndex((s) => s?.id === selection.id) : -1;
    const next = i === -1 ? (back ? items.length - 1 : 0) : back ? i - 1 : i + 1;
    // Past either end, let Tab leave the canvas so keyboard users are never trapped.
    if (next < 0 || next >= items.length) {
      setSelection(null);
      return false;
    }
    const s = items[next] ?? null;
    setSelection(s);
    if (s?.kind === 'note') {
      const n = doc.notes.find((x) => x.id === s.id);
      if (n) reveal(n.x, n.y, NOTE_SIZE.width, heightOf(n.id));
    } else if (s) {
      const c = doc.clusters.find((x) => x.id === s.id);
      if (c)
        reveal(
          c.x,
          c.y,
          Math.min(c.width, size.width / vp.scale - 48),
          Math.min(c.height, size.height / vp.scale - 48),
        );
    }
    return true;
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
    else
      setViewport(
        zoomToBox(
          { x: selectedNote.x, y: selectedNote.y, width: NOTE_SIZE.width, height: heightOf(selectedNote.id) },
          size.width,
          size.height,
          1,
          1.5,
        ),
      );
  }

  function fitAll() {
    setViewport(fitViewport(doc, size.width, size.height, 1.5, FIT_MIN_SCALE, heightOf));
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

  const [find, setFind] = useState<{ query: string; index: number } | null>(null);
  const hits = useMemo(() => (find ? findInWall(doc, find.query) : []), [doc, find]);

  /** Shows a find hit: selects it and zooms to it at a readable size. */
  function showHit(hit: WallHit | undefined) {
    if (!hit) return;
    setSelection(hit);
    if (hit.kind === 'cluster') {
      const c = doc.clusters.find((x) => x.id === hit.id);
      if (c) setViewport(zoomToBox(c, size.width, size.height, 1, 2));
    } else {
      const n = doc.notes.find((x) => x.id === hit.id);
      if (n)
        setViewport(
          zoomToBox(
            { x: n.x, y: n.y, width: NOTE_SIZE.width, height: heightOf(n.id) },
            size.width,
            size.height,
            1,
            1.5,
          ),
        );
    }
  }

  function findQuery(query: string) {
    setFind({ query, index: 0 });
    showHit(findInWall(doc, query)[0]);
  }

  function findStep(dir: 1 | -1) {
    if (!find || hits.length === 0) return;
    const index = (find.index + dir + hits.length) % hits.length;
    setFind({ ...find, index });
    showHit(hits[index]);
  }

  /** Pasted lines become notes in rows from the view's centre (or right of the selected note), one undo step. */
  function pasteText(text: string) {
    if (readOnly) return;
    const lines = pastedLines(text, LIMITS.noteText);
    if (lines.length === 0) {
      toastInfo(t('wall.paste.empty'));
      return;
    }
    const c = viewCenter();
    const origin = selectedNote
      ? { x: selectedNote.x + NOTE_SIZE.width + 24, y: selectedNote.y }
      : { x: c.x - NOTE_SIZE.width / 2, y: c.y - NOTE_SIZE.height / 2 };
    const r = pasteNotesCommand(doc, lines, origin, selectedNote?.color ?? color, newId);
    if (!r.command) {
      toastInfo(t('boardKit.errors.full', { max: 5000 }));
      return;
    }
    dispatch(r.command);
    setSelection({ kind: 'note', id: r.noteIds[r.noteIds.length - 1]! });
    if (r.skipped > 0) toastInfo(t('wall.paste.tooMany', { added: r.noteIds.length, skipped: r.skipped }));
    else toastInfo(t('wall.paste.done', { count: r.noteIds.length }));
  }

  /** What a copy takes: the chosen notes, or a selected cluster's notes. */
  function copied() {
    if (selectedCluster && multi.many.length === 0)
      return copyNotes(
        doc,
        doc.notes.filter((n) => n.clusterId === selectedCluster.id).map((n) => n.id),
      );
    return copyNotes(doc, chosenNotes());
  }

  /** The app's payload (notes with colours and places) and the texts one a line for other programs. */
  function onCopy(e: ClipboardEvent<HTMLDivElement>, cut = false) {
    if (fromTextField(e)) return;
    const c = copied();
    if (!c) return;
    writeClipEvent(e, c.clip, c.text);
    if (cut && !readOnly && (selectedNote || multi.many.length > 0)) {
      const cmd = deleteNotesCommand(doc, chosenNotes());
      if (cmd) dispatch(cmd);
      setSelection(null);
    }
  }

  /** Copied notes keep their arrangement; pasted ones are selected together. One undo step. */
  function pasteClip(clip: WallClip, origin: { x: number; y: number }) {
    if (readOnly) return;
    const r = pasteNotesClipCommand(doc, clip, origin, newId, clusterOf);
    if (!r.command) {
      toastInfo(t('boardKit.errors.full', { max: 5000 }));
      return;
    }
    dispatch(r.command);
    setSelectionOnly({ kind: 'note', id: r.noteIds[0]! });
    multi.setMany(r.noteIds);
    // Copies that land off screen: the view widens to the whole wall, as for a new note, never above this zoom.
    if (r.command.type === 'addNotes') {
      const added = r.command.notes;
      const left = -vp.x / vp.scale;
      const top = -vp.y / vp.scale;
      const out = added.some(
        (n) =>
          n.x < left ||
          n.y < top ||
          n.x + NOTE_SIZE.width > left + size.width / vp.scale ||
          n.y + NOTE_SIZE.height > top + size.height / vp.scale,
      );
      if (out)
        setViewport(
          fitViewport(
            { ...doc, notes: [...doc.notes, ...added] },
            size.width,
            size.height,
            vp.scale,
            FIT_MIN_SCALE,
            heightOf,
          ),
        );
    }
    if (r.skipped > 0) toastInfo(t('wall.paste.tooMany', { added: r.noteIds.length, skipped: r.skipped }));
  }

  function duplicate() {
    if (readOnly || !selectedNote) return;
    if (multi.many.length > 0) {
      // The copies go to the right of the group, in the same arrangement.
      const c = copyNotes(doc, multi.many);
      if (!c) return;
      const right = Math.max(...c.clip.notes.map((n) => n.x)) + NOTE_SIZE.width + 24;
      pasteClip(c.clip, { x: right, y: Math.min(...c.clip.notes.map((n) => n.y)) });
      return;
    }
    const view = {
      x: -vp.x / vp.scale,
      y: -vp.y / vp.scale,
      width: size.width / vp.scale,
      height: size.height / vp.scale,
    };
    const spot = freeSpot(doc, selectedNote, viewCenter(), view);
    const id = newId();
    dispatch({
      type: 'addNote',
      note: { ...selectedNote, id, x: spot.x, y: spot.y, clusterId: clusterAtNote(doc, spot.x, spot.y) },
    });
    setSelection({ kind: 'note', id });
  }

  function onPaste(e: ClipboardEvent<HTMLDivElement>) {
    if (fromTextField(e)) return;
    e.preventDefault();
    // The app's notes, else plain text: images and HTML from Word or a browser are left out.
    const got = readPasteEvent(e, readWallClip);
    if ('clip' in got) {
      // Right of the selected note, else the group centred in the view, so the coach sees what arrived.
      const c = viewCenter();
      const xs = got.clip.notes.map((n) => n.x);
      const ys = got.clip.notes.map((n) => n.y);
      const w = Math.max(...xs) - Math.min(...xs) + NOTE_SIZE.width;
      const h = Math.max(...ys) - Math.min(...ys) + NOTE_SIZE.height;
      pasteClip(
        got.clip,
        selectedNote
          ? { x: selectedNote.x + NOTE_SIZE.width + 24, y: selectedNote.y }
          : { x: c.x - w / 2, y: c.y - h / 2 },
      );
    } else if ('text' in got) pasteText(got.text);
    else if ('key' in got) toastInfo(t(got.key));
    else toastInfo(t('wall.paste.noText'));
  }

  useTextScaleZoom(zoomBy);
  function zoomBy(f: number) {
    setViewport(zoomAroundCentre(vp, f, size));
  }

  const ops: WallOps = {
    addNote,
    editOrAdd: () => (selectedNote && !readOnly ? setEditingId(selectedNote.id) : addNote()),
    addCluster,
    deleteSelected,
    cycle,
    // Esc lets go of the notes selected together first, then of the selected item.
    clearSelection: () => (multi.many.length > 0 ? multi.clear() : setSelection(null)),
    selectAll: () => {
      if (doc.notes.length === 0) return;
      if (!selectedNote) setSelectionOnly({ kind: 'note', id: doc.notes[0]!.id });
      multi.setMany(noteIds);
    },
    nudge: (dx, dy, far) => nudge(dx * (far ? NUDGE_BIG : NUDGE), dy * (far ? NUDGE_BIG : NUDGE)),
    paste: () => void readClipboardText().then((r) => (r.ok ? pasteText(r.text) : toastInfo(t(r.key)))),
    copy: () => document.execCommand('copy'),
    cut: () => document.execCommand('cut'),
    duplicate,
    find: () => setFind((f) => f ?? { query: '', index: 0 }),
    zoomToSelection,
  };
  const board$ = useBoardActions<WallActionContext>(IDEAS_WALL_ACTIONS, (kit) => ({
    kit,
    readOnly,
    selected: selection !== null,
    noteSelected: selectedNote !== undefined,
    hasNotes: doc.notes.length > 0,
    hasItems: doc.notes.length + doc.clusters.length > 0,
    ops,
    exportPicture: pictureExporter(board, doc),
    zoom: {
      scale: vp.scale,
      zoomIn: () => zoomBy(ZOOM_STEP),
      zoomOut: () => zoomBy(1 / ZOOM_STEP),
      reset: () => zoomBy(1 / vp.scale),
      fit: fitAll,
    },
  }));

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.target !== e.currentTarget) return;
    board$.onKeyDown(e);
  }

  return (
    <div className="wall">
      <BoardToolbar
        label={t('wall.toolbar')}
        actions={board$.actions}
        ctx={board$.ctx}
        zoom={vp.scale}
        after={{
          add: (
            <>
              <div className="toolbar-sep" aria-hidden />
              <ColorPicker
                name={colorName}
                value={selectedNote?.color ?? color}
                onChange={changeColor}
                label={t('wall.color')}
                disabled={readOnly}
              />
            </>
          ),
        }}
        end={<InspectorToggle open={inspectorOpen} onToggle={toggleInspector} />}
      />
      <div className="wall-body" style={inspectorOpen ? undefined : { gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <div
          className="wall-stage-area"
          ref={wrapRef}
          onPaste={onPaste}
          onCopy={(e) => onCopy(e)}
          onCut={(e) => onCopy(e, true)}
          onContextMenu={(e) => {
            if ((e.target as HTMLElement).closest('input, textarea, select')) return;
            containerRef.current?.focus({ preventScroll: true });
            board$.onContextMenu(e);
          }}
        >
          <WallCanvas
            doc={doc}
            dispatch={dispatch}
            readOnly={readOnly}
            selection={selection}
            select={setSelection}
            picked={pickedSet}
            // Shift/Ctrl+click adds a note to the selection (or takes it out); a press on one of the notes selected
            // together keeps them, so a drag or the right-click menu acts on all.
            onNotePress={(id, toggle) => {
              if (toggle) {
                const primary = multi.toggle(id, selectedNote?.id ?? null);
                setSelectionOnly(primary ? { kind: 'note', id: primary } : null);
              } else if (multi.has(id)) setSelectionOnly({ kind: 'note', id });
              else setSelection({ kind: 'note', id });
            }}
            onBand={(ids) => {
              if (ids.length === 0) return;
              const primary = multi.add(ids, selectedNote?.id ?? null);
              if (primary) setSelectionOnly({ kind: 'note', id: primary });
            }}
            onMovePicked={(dx, dy) => {
              const cmd = moveNotesCommand(doc, multi.many, dx, dy, clusterOf);
              if (cmd && !readOnly) dispatch(cmd);
            }}
            editingId={editingId}
            editKey={newNote && newNote.id === editingId ? newNote.key : undefined}
            setEditingId={(id) => {
              // Only the first editing of a new note joins its adding; a later one is an undo step of its own.
              setNewNote(null);
              setEditingId(id);
            }}
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
          <p className="visually-hidden kit-selection-count" role="status">
            {multi.many.length > 0 ? t('boardKit.selection.count', { count: multi.many.length }) : ''}
          </p>
          {find && (
            <FindBar
              query={find.query}
              onQuery={findQuery}
              count={hits.length}
              index={find.index}
              onStep={findStep}
              onClose={() => {
                setFind(null);
                containerRef.current?.focus({ preventScroll: true });
              }}
            />
          )}
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
      {board$.overlays}
    </div>
  );
}
