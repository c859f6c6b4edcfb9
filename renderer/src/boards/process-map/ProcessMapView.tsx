import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { ReactFlowProvider, useStore, type ReactFlowInstance } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './process-map.css';
import { Columns2, Download, GitCompareArrows } from 'lucide-react';
import {
  PROBLEM_KINDS,
  type NodeKind,
  type ProblemKind,
  type ProcessMapCommand,
  type ProcessMapDoc,
  type ProcessNode,
} from '../../../../shared/boards/process-map/model';
import { processMap } from '../../../../shared/boards/process-map/definition';
import { autoLayout } from '../../../../shared/boards/process-map/layout';
import { READABLE_ZOOM, fitViewport, mapBounds } from './viewport';
import { flowOrder, liveEdges } from '../../../../shared/boards/process-map/flow';
import { compareMaps, type MapComparison } from '../../../../shared/boards/process-map/compare';
import { moveToAdjacentLane, nearestInAdjacentLane, neighbourInLane } from '../../../../shared/boards/process-map/nav';
import {
  alignColumnCommand,
  alignRowCommand,
  deleteManyCommand,
  distributeCommand,
  moveManyToLaneCommand,
  nudgeManyCommand,
  setKindManyCommand,
} from '../../../../shared/boards/process-map/selection';
import { findInMap, type MapHit } from '../../../../shared/boards/process-map/find';
import { FindBar } from '../kit/FindBar';
import {
  CLIPBOARD_MIME,
  copyClip,
  pasteClipCommand,
  readClip,
  type ProcessMapClip,
} from '../../../../shared/boards/process-map/clipboard';
import {
  addNextCommand,
  blankBranch,
  branchCommand,
  connectCommand,
  decisionCommand,
  MAX_PASTED_STEPS,
  pastedLines,
  pasteStepsCommand,
} from '../../../../shared/boards/process-map/edit';
import { LANE } from '../../../../shared/boards/process-map/geometry';
import { boardDefinition } from '../../../../shared/boards/registry';
import { newId } from '../../../../shared/domain/ids';
import { call } from '../../api';
import { mutate, showView } from '../../app/actions';
import { useApp } from '../../app/store';
import { useWorkshopBoards } from '../../app/useWorkshopBoards';
import { StepList } from './StepList';
import { toastError, toastInfo } from '../../app/toasts';
import type { BoardViewProps } from '../types';
import { MapCanvas, type Selection } from './MapCanvas';
import { MapUiContext, type MapUi } from './context';
import { Inspector } from './Inspector';
import { PROBLEM_ICONS } from './shapes';
import { laneLabel, type AnyFlowNode, type BuildOptions, type PmFlowEdge } from './elements';
import { processMapCounts } from '../../../../shared/boards/process-map/counts';
import { exportFileBase } from './exportImage';
import { exportBoardPicture } from '../kit/picture-export';
import { BoardToolbar } from '../kit/BoardToolbar';
import { useTextScaleZoom } from '../useTextScaleZoom';
import { PROCESS_MAP_ACTIONS, type MapActionContext, type MapOps } from './actions';
import { ConnectDialog } from './ConnectDialog';
import { ShortcutSummary } from '../kit/ActionMenus';
import { useBoardActions } from '../kit/useBoardActions';
import { fromTextField, readClipboardText, readPasteEvent } from '../kit/clipboard';

/** Kinds a problem marker can seed, when this app version has them. */
const ROOT_CAUSE_KINDS = ['fishbone', 'five-whys'];
const NUDGE = 30;
/** The keys the side panel lists; `?` shows them all. */
const SUMMARY_KEYS = [
  'pm.addNext',
  'pm.addBranch',
  'pm.addDecision',
  'pm.connect',
  'pm.editText',
  'pm.addProblem',
  'board.palette',
];

type Compare = { boardId: string; doc: ProcessMapDoc; name: string } | null;

export function ProcessMapView({
  board,
  doc,
  dispatch,
  readOnly = false,
}: BoardViewProps<ProcessMapDoc, ProcessMapCommand>) {
  const { t } = useTranslation();
  const helpId = useId();
  const wrapRef = useRef<HTMLDivElement>(null);
  const rfRef = useRef<ReactFlowInstance<AnyFlowNode, PmFlowEdge> | null>(null);
  useTextScaleZoom((f) => void rfRef.current?.zoomTo(rfRef.current.getZoom() * f, { duration: 120 }));
  const [selection, setSelectionState] = useState<Selection>(null);
  /** Steps selected together (Shift/Ctrl+click, a box, Ctrl+A); empty when one thing or nothing is selected. */
  const [picked, setPicked] = useState<string[]>([]);
  const setSelection = useCallback((s: Selection) => {
    setSelectionState(s);
    setPicked([]);
  }, []);
  const [editing, setEditing] = useState<{ id: string; seed: string | null } | null>(null);
  const [compare, setCompare] = useState<Compare>(null);
  const [compareMode, setCompareMode] = useState<'overlay' | 'side'>('overlay');
  const [zoom, setZoom] = useState(1);
  const [fitNote, setFitNote] = useState('');
  const [exporting, setExporting] = useState(false);
  // Not the whole workshop: a save acknowledged (new revision, board time) must not re-render the map.
  const workshopId = useApp((s) => s.workshop?.id ?? null);
  const boards = useWorkshopBoards();
  const theme = useApp((s) => s.settings.theme);

  const teamBoards = useMemo(
    () => boards.filter((b) => b.teamId === board.teamId && b.id !== board.id),
    [boards, board],
  );
  const otherMaps = teamBoards.filter((b) => b.kind === 'process-map');
  const linkTargets = teamBoards.filter((b) => ROOT_CAUSE_KINDS.includes(b.kind));
  const creatableKinds = ROOT_CAUSE_KINDS.filter((k) => boardDefinition(k) !== undefined);
  const boardNames = useMemo(() => new Map(boards.map((b) => [b.id, b.name])), [boards]);

  const order = useMemo(() => flowOrder(doc), [doc]);
  const danglingEdges = useMemo(() => doc.edges.length - liveEdges(doc).length, [doc]);
  // Membership by id in O(1): these checks run on every render, and a 300-step map made them O(n²).
  const nodeIds = useMemo(() => new Set(doc.nodes.map((n) => n.id)), [doc.nodes]);
  const comparison: MapComparison | null = useMemo(
    () => (compare ? compareMaps(compare.doc, doc) : null),
    [compare, doc],
  );

  // Drop a selection whose item went away (undo, another window).
  useEffect(() => {
    if (!selection) return;
    const exists =
      selection.kind === 'node'
        ? nodeIds.has(selection.id)
        : selection.kind === 'edge'
          ? doc.edges.some((e) => e.id === selection.id)
          : selection.kind === 'lane'
            ? doc.lanes.some((l) => l.id === selection.id)
            : doc.markers.some((m) => m.id === selection.id);
    if (!exists) setSelection(null);
    if (picked.some((id) => !nodeIds.has(id))) setPicked((p) => p.filter((id) => nodeIds.has(id)));
    if (editing && !nodeIds.has(editing.id)) setEditing(null);
  }, [doc, nodeIds, selection, editing, picked, setSelection]);

  const focusCanvas = useCallback(
    () => wrapRef.current?.querySelector<HTMLElement>('.react-flow')?.focus({ preventScroll: true }),
    [],
  );

  const reveal = useCallback((id: string) => {
    const rf = rfRef.current;
    const n = rf?.getNode(id);
    if (!rf || !n) return;
    const el = wrapRef.current;
    const vp = rf.getViewport();
    const w = el?.clientWidth ?? 800;
    const h = el?.clientHeight ?? 500;
    const left = vp.x + n.position.x * vp.zoom;
    const top = vp.y + n.position.y * vp.zoom;
    const right = left + 200 * vp.zoom;
    const bottom = top + 130 * vp.zoom;
    const m = 40;
    // The bottom strip holds the problem legend and the minimap.
    if (left < m || top < m || right > w - m || bottom > h - 130) {
      void rf.setCenter(n.position.x + 100, n.position.y + 50, { zoom: vp.zoom, duration: 150 });
    }
  }, []);

  const selectNode = useCallback(
    (id: string | undefined) => {
      if (!id) return;
      setSelection({ kind: 'node', id });
      requestAnimationFrame(() => reveal(id));
    },
    [reveal, setSelection],
  );

  const docRef = useRef(doc);
  docRef.current = doc;

  const ui: MapUi = useMemo(
    () => ({
      readOnly,
      editingId: editing?.id ?? null,
      editSeed: editing?.seed ?? null,
      commitText: (id, text) => {
        // The text is already saved (as typed, and its final form when editing ended).
        // Enter on a decision's question goes on to its unnamed answer (not a click elsewhere, which blurs first).
        const byKey = document.activeElement?.classList.contains('pm-editor') === true;
        const answer = text !== null && byKey ? blankBranch(docRef.current, id) : undefined;
        setEditing(null);
        if (answer) selectNode(answer);
        focusCanvas();
      },
      saveText: (id, text) => {
        const n = docRef.current.nodes.find((x) => x.id === id);
        if (n && text !== n.text) dispatch({ type: 'updateNode', id, patch: { text } });
      },
      selectLane: (id) => setSelection({ kind: 'lane', id }),
      toggleLane: (id, collapsed) => !readOnly && dispatch({ type: 'setLaneCollapsed', id, collapsed }),
      problemLabel: (k: ProblemKind) => t(`processMap.problem.${k}`),
    }),
    [readOnly, editing, dispatch, focusCanvas, t, setSelection, selectNode],
  );

  const selectedNode = selection?.kind === 'node' ? doc.nodes.find((n) => n.id === selection.id) : undefined;
  const many = useMemo(() => picked.filter((id) => nodeIds.has(id)), [picked, nodeIds]);
  const pickedSet = useMemo(() => new Set(many), [many]);
  // Keyboard navigation continues from the step a selected problem marker sits on.
  const selectedMarker = selection?.kind === 'marker' ? doc.markers.find((m) => m.id === selection.id) : undefined;
  const navNode =
    selectedNode ??
    (selectedMarker?.target.type === 'node' ? doc.nodes.find((n) => n.id === selectedMarker.target.id) : undefined);

  function startEdit(id: string, seed: string | null = null) {
    if (readOnly) return;
    setSelection({ kind: 'node', id });
    setEditing({ id, seed });
  }

  function blankNode(kind: NodeKind, laneId: string, x: number, y: number): ProcessNode {
    return { id: newId(), kind, text: '', laneId, x, y, processTime: null, waitTime: null, performer: '' };
  }

  /** Runs a command that creates a node, then types into that node. */
  function addAndEdit(command: ProcessMapCommand, nodeId: string) {
    dispatch(command);
    startEdit(nodeId);
    requestAnimationFrame(() => reveal(nodeId));
  }

  /** The first step of an empty map (a start point), in the first lane (made when there is none). */
  function startFirst(seed: string | null = null) {
    let laneId = doc.lanes[0]?.id;
    if (!laneId) {
      laneId = newId();
      dispatch({ type: 'addLane', lane: { id: laneId, type: 'client', name: '', collapsed: false } });
    }
    const node = blankNode('start', laneId, LANE.originX, LANE.pad);
    dispatch({ type: 'addNode', node });
    startEdit(node.id, seed);
  }

  function addNext() {
    if (readOnly) return;
    if (navNode) {
      const { command, nodeId } = addNextCommand(doc, navNode, newId);
      addAndEdit(command, nodeId);
      return;
    }
    if (doc.nodes.length > 0) {
      selectNode(order[0]);
      return;
    }
    startFirst();
  }

  function addBranch() {
    if (readOnly || !navNode) return;
    const id = newId();
    addAndEdit(branchCommand(doc, navNode, id, newId()), id);
  }

  function addDecision() {
    if (readOnly || !navNode) return;
    const { command, nodeId } = decisionCommand(doc, navNode, newId);
    addAndEdit(command, nodeId);
  }

  function connectTo(targetId: string) {
    if (!navNode) return;
    const out = connectCommand(doc, navNode.id, targetId, newId());
    if (!out.ok) {
      toastInfo(t(out.key));
      return;
    }
    dispatch(out.command);
    if (out.command.type === 'addEdge') setSelection({ kind: 'edge', id: out.command.edge.id });
  }

  /** Pasted lines become chained steps after the selected step (or in the selected or first lane): one undo step. */
  function pasteText(text: string) {
    if (readOnly) return;
    const lines = pastedLines(text);
    if (lines.length === 0) {
      toastInfo(t('processMap.paste.empty'));
      return;
    }
    const laneId = selectedNode?.laneId ?? (selection?.kind === 'lane' ? selection.id : doc.lanes[0]?.id);
    if (!laneId) return;
    const r = pasteStepsCommand(doc, lines, laneId, selectedNode, newId);
    if (!r.command) {
      toastInfo(t('processMap.errors.full', { max: 2000 }));
      return;
    }
    dispatch(r.command);
    const last = r.nodeIds[r.nodeIds.length - 1]!;
    selectNode(last);
    if (r.skipped > 0)
      toastInfo(t('processMap.paste.tooMany', { added: r.nodeIds.length, skipped: r.skipped, max: MAX_PASTED_STEPS }));
    else toastInfo(t('processMap.paste.done', { count: r.nodeIds.length }));
  }

  /** The selected steps (several, or the one selected). */
  const chosenIds = (): string[] => (many.length > 1 ? many : selectedNode ? [selectedNode.id] : []);

  function pasteClip(clip: ProcessMapClip) {
    if (readOnly) return;
    const lane = selectedNode?.laneId ?? (selection?.kind === 'lane' ? selection.id : doc.lanes[0]?.id);
    if (!lane) return;
    const { command, nodeIds } = pasteClipCommand(doc, clip, lane, newId);
    dispatch(command);
    selectMany(nodeIds);
    requestAnimationFrame(() => reveal(nodeIds[0]!));
  }

  function duplicate() {
    const c = copyClip(doc, chosenIds());
    if (c) pasteClip(c.clip);
  }

  function onCopy(e: ClipboardEvent<HTMLDivElement>, cut = false) {
    if (fromTextField(e)) return;
    const c = copyClip(doc, chosenIds());
    if (!c) return;
    e.preventDefault();
    e.clipboardData.setData(CLIPBOARD_MIME, JSON.stringify(c.clip));
    e.clipboardData.setData('text/plain', c.text);
    if (cut && !readOnly) {
      dispatchIf(
        deleteManyCommand(
          doc,
          c.clip.nodes.map((n) => n.id),
          newId,
        ),
      );
      setSelection(null);
    }
  }

  function onPaste(e: ClipboardEvent<HTMLDivElement>) {
    if (fromTextField(e)) return;
    e.preventDefault();
    const got = readPasteEvent(e, readClip);
    if ('clip' in got) pasteClip(got.clip);
    else if ('text' in got) pasteText(got.text);
    else if ('key' in got) toastInfo(t(got.key));
    else toastInfo(t('processMap.paste.noText'));
  }

  function addLane() {
    if (readOnly) return;
    const id = newId();
    const after = selectedNode
      ? doc.lanes.findIndex((l) => l.id === selectedNode.laneId)
      : selection?.kind === 'lane'
        ? doc.lanes.findIndex((l) => l.id === selection.id)
        : -1;
    const index = after === -1 ? doc.lanes.length : after + 1;
    dispatch({
      type: 'addLane',
      lane: { id, type: 'other', name: t('processMap.lane.newName', { n: doc.lanes.length + 1 }), collapsed: false },
      index,
    });
    setSelection({ kind: 'lane', id });
  }

  function addMarker(target: { type: 'node' | 'edge'; id: string }, kind: ProblemKind = 'bottleneck') {
    if (readOnly) return;
    const id = newId();
    dispatch({ type: 'addMarker', marker: { id, kind, note: '', target, links: [] } });
    setSelection({ kind: 'marker', id });
  }

  function deleteSelected() {
    if (readOnly || !selection) return;
    if (many.length > 1) {
      dispatchIf(deleteManyCommand(doc, many, newId));
      setSelection(null);
      return;
    }
    switch (selection.kind) {
      case 'node': {
        // Keep the keyboard flow going: select the predecessor (or the next one) after deleting.
        const i = order.indexOf(selection.id);
        const nextSel = order[i - 1] ?? order[i + 1];
        dispatch({ type: 'deleteNode', id: selection.id, reconnectEdgeId: newId() });
        setSelection(nextSel ? { kind: 'node', id: nextSel } : null);
        return;
      }
      case 'edge':
        dispatch({ type: 'deleteEdge', id: selection.id });
        break;
      case 'marker':
        dispatch({ type: 'deleteMarker', id: selection.id });
        break;
      case 'lane':
        dispatch({ type: 'deleteLane', id: selection.id });
        break;
    }
    setSelection(null);
  }

  /** Fits the whole map from its own geometry (works on any size); says so when text gets smaller than readable. */
  const fitToMap = useCallback(
    (d: ProcessMapDoc) => {
      const panes = wrapRef.current?.querySelectorAll<HTMLElement>('.react-flow');
      const el = panes?.[panes.length - 1];
      if (!rfRef.current || !el) return;
      const vp = fitViewport(mapBounds(d), el.clientWidth, el.clientHeight);
      void rfRef.current.setViewport(vp, { duration: 150 });
      setFitNote(
        vp.zoom < READABLE_ZOOM
          ? t('processMap.fitBelowReadable', { percent: Math.max(1, Math.round(vp.zoom * 100)) })
          : '',
      );
    },
    [t],
  );

  function layout() {
    if (readOnly || doc.nodes.length === 0) return;
    const positions = autoLayout(doc);
    dispatch({ type: 'applyLayout', positions });
    const at = new Map(positions.map((p) => [p.id, p]));
    fitToMap({ ...doc, nodes: doc.nodes.map((n) => ({ ...n, ...at.get(n.id) })) });
  }

  function cycle(back: boolean): boolean {
    if (order.length === 0) return false;
    const i = navNode ? order.indexOf(navNode.id) : -1;
    const next = i === -1 ? (back ? order.length - 1 : 0) : back ? i - 1 : i + 1;
    // Past either end, Tab leaves the canvas so keyboard users are never trapped.
    if (next < 0 || next >= order.length) {
      setSelection(null);
      return false;
    }
    selectNode(order[next]);
    return true;
  }

  const [connecting, setConnecting] = useState(false);
  const [find, setFind] = useState<{ query: string; index: number } | null>(null);
  const hits = useMemo(() => (find ? findInMap(doc, find.query) : []), [doc, find]);

  /** Shows a find hit: selects it and centres it at a readable zoom. */
  function showHit(hit: MapHit | undefined) {
    const rf = rfRef.current;
    if (!hit) return;
    setSelection(hit.type === 'marker' ? { kind: 'marker', id: hit.id } : { kind: 'node', id: hit.id });
    const n = rf?.getNode(hit.nodeId);
    if (rf && n)
      void rf.setCenter(n.position.x + 100, n.position.y + 50, { zoom: Math.max(rf.getZoom(), 1), duration: 150 });
  }

  function findQuery(query: string) {
    setFind({ query, index: 0 });
    showHit(findInMap(doc, query)[0]);
  }

  function findStep(dir: 1 | -1) {
    if (!find || hits.length === 0) return;
    const index = (find.index + dir + hits.length) % hits.length;
    setFind({ ...find, index });
    showHit(hits[index]);
  }

  function dispatchIf(cmd: ProcessMapCommand | null) {
    if (cmd && !readOnly) dispatch(cmd);
  }

  function canvasSelect(s: Selection, additive?: boolean) {
    if (additive && s?.kind === 'node') {
      const base = picked.length > 0 ? picked : selection?.kind === 'node' ? [selection.id] : [];
      const next = base.includes(s.id) ? base.filter((x) => x !== s.id) : [...base, s.id];
      setSelectionState(
        next.length > 0 ? { kind: 'node', id: next.includes(s.id) ? s.id : next[next.length - 1]! } : null,
      );
      setPicked(next.length > 1 ? next : []);
      return;
    }
    setSelection(s);
  }

  function selectMany(ids: string[]) {
    if (ids.length === 0) return;
    setSelectionState({ kind: 'node', id: ids[0]! });
    setPicked(ids.length > 1 ? ids : []);
  }

  const ops: MapOps = {
    addNext,
    addBranch,
    addDecision,
    addLane,
    addProblem: () =>
      selection &&
      (selection.kind === 'node' || selection.kind === 'edge') &&
      addMarker({ type: selection.kind, id: selection.id }),
    editText: () => selectedNode && startEdit(selectedNode.id),
    deleteSelected,
    setKind: (kind) =>
      many.length > 1
        ? dispatchIf(setKindManyCommand(doc, many, kind))
        : selectedNode && dispatch({ type: 'updateNode', id: selectedNode.id, patch: { kind } }),
    connect: () => setConnecting(true),
    paste: () => {
      void readClipboardText().then((r) => (r.ok ? pasteText(r.text) : toastInfo(t(r.key))));
    },
    layout,
    cycle,
    selectEnd: (last) => selectNode(last ? order[order.length - 1] : order[0]),
    selectAcrossLanes: (dir) =>
      selectedNode ? selectNode(nearestInAdjacentLane(doc, selectedNode.id, dir)) : selectNode(order[0]),
    selectInLane: (dir) =>
      selectedNode ? selectNode(neighbourInLane(doc, selectedNode.id, dir)) : selectNode(order[0]),
    moveToLane: (dir) => {
      if (many.length > 1) return dispatchIf(moveManyToLaneCommand(doc, many, dir));
      if (!selectedNode) return;
      const to = moveToAdjacentLane(doc, selectedNode.id, dir);
      if (to) {
        dispatch({ type: 'moveNode', id: selectedNode.id, ...to });
        requestAnimationFrame(() => reveal(selectedNode.id));
      }
    },
    nudge: (dir) =>
      many.length > 1
        ? dispatchIf(nudgeManyCommand(doc, many, dir * NUDGE))
        : selectedNode &&
          dispatch({
            type: 'moveNode',
            id: selectedNode.id,
            laneId: selectedNode.laneId,
            x: selectedNode.x + dir * NUDGE,
            y: selectedNode.y,
          }),
    selectAll: () => selectMany(order),
    find: () => setFind((f) => f ?? { query: '', index: 0 }),
    duplicate,
    copy: () => document.execCommand('copy'),
    cut: () => document.execCommand('cut'),
    alignRow: () => selectedNode && dispatchIf(alignRowCommand(doc, many, selectedNode.id)),
    alignColumn: () => selectedNode && dispatchIf(alignColumnCommand(doc, many, selectedNode.id)),
    distribute: () => dispatchIf(distributeCommand(doc, many)),
    focusInspector: () =>
      document
        .querySelector<HTMLElement>(
          '.pm-inspector input, .pm-inspector textarea, .pm-inspector select, .pm-inspector button',
        )
        ?.focus(),
    clearSelection: () => setSelection(null),
  };

  const board$ = useBoardActions<MapActionContext>(PROCESS_MAP_ACTIONS, (kit) => ({
    kit,
    doc,
    readOnly,
    selection,
    selectedNode,
    navNode,
    many,
    ops,
    // As in onKeyDown below: typing starts the selected step's text, or the first step of an empty map.
    typesText: !readOnly && (selectedNode !== undefined || doc.nodes.length === 0),
    zoom: {
      scale: zoom,
      zoomIn: () => void rfRef.current?.zoomIn({ duration: 120 }),
      zoomOut: () => void rfRef.current?.zoomOut({ duration: 120 }),
      reset: () => void rfRef.current?.zoomTo(1, { duration: 120 }),
      fit: () => fitToMap(doc),
    },
  }));

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const target = e.target as HTMLElement;
    if (target.closest('input, textarea, select, button, [contenteditable="true"]')) return;
    if (board$.onKeyDown(e)) return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    // Typing starts editing: the selected step, or the first step of an empty map.
    if (e.key.length === 1 && e.key !== ' ' && !readOnly) {
      if (selectedNode) startEdit(selectedNode.id, e.key);
      else if (doc.nodes.length === 0) startFirst(e.key);
      else return;
      e.preventDefault();
    }
  }

  // A new or empty map takes the keyboard at once: Enter or typing starts the first step.
  const emptyOnOpen = useRef(doc.nodes.length === 0);
  useEffect(() => {
    if (!emptyOnOpen.current || readOnly) return;
    const id = requestAnimationFrame(() => {
      if (
        !document.activeElement ||
        document.activeElement === document.body ||
        document.activeElement.closest('.sidebar, nav')
      )
        focusCanvas();
    });
    return () => cancelAnimationFrame(id);
  }, [focusCanvas, readOnly]);

  async function chooseCompare(boardId: string) {
    if (!boardId || !workshopId) {
      setCompare(null);
      return;
    }
    try {
      const b = await call('boards.get', { workshopId, id: boardId });
      const parsed = processMap.docSchema.safeParse(b.doc);
      if (!parsed.success) {
        toastInfo(t('errors.boardCorrupt'));
        return;
      }
      setCompare({ boardId, doc: parsed.data, name: b.name });
    } catch (err) {
      toastError(err);
    }
  }

  async function createLinked(markerId: string, kind: string) {
    if (!workshopId) return;
    const m = doc.markers.find((x) => x.id === markerId);
    if (!m) return;
    const name = (m.note || t(`processMap.problem.${m.kind}`)).slice(0, 200);
    // The new board starts from this marker: its effect (fishbone) or problem (5 whys) and a link back, in the same
    // undoable step as the creation.
    const source = { boardId: board.id, itemId: markerId, kind: 'process-map' };
    const init =
      kind === 'fishbone'
        ? [
            { type: 'setEffect', text: name },
            { type: 'setEffectSource', source },
          ]
        : kind === 'five-whys'
          ? [
              { type: 'setProblem', text: name },
              { type: 'setSource', source },
            ]
          : [];
    const out = await mutate('boards.create', { workshopId, teamId: board.teamId, kind, name, init });
    if (out) {
      dispatch({ type: 'linkMarker', id: markerId, ref: { boardId: out.id, itemId: markerId, kind } });
      toastInfo(t('processMap.links.created', { name }));
    }
  }

  /** PNG/SVG from the board's picture (what the projector shows, sections one under another); print is 2x pixels. */
  async function doExport(format: 'png' | 'svg', size: 'projector' | 'print') {
    setExporting(true);
    try {
      await exportBoardPicture(board, doc, format, {
        scale: size === 'print' ? 2 : 1,
        fileName: (i, n, px) =>
          `${exportFileBase(board.name)}${n > 1 ? `-${i + 1}` : ''}${format === 'png' ? `-${px.width}x${px.height}.png` : '.svg'}`,
      });
    } catch (err) {
      toastError(err);
    } finally {
      setExporting(false);
    }
  }

  const problemCounts = PROBLEM_KINDS.map((k) => [k, doc.markers.filter((m) => m.kind === k).length] as const).filter(
    ([, c]) => c > 0,
  );

  const opts: BuildOptions = useMemo(
    () => ({
      selectedLaneId: selection?.kind === 'lane' ? selection.id : null,
      comparison,
      side: 'next',
      ghosts: compareMode === 'overlay',
    }),
    [selection, comparison, compareMode],
  );
  const baseOpts: BuildOptions = useMemo(
    () => ({ selectedLaneId: null, comparison, side: 'base', ghosts: false }),
    [comparison],
  );

  const selectedText =
    many.length > 1
      ? t('processMap.a11y.selectedMany', { count: many.length })
      : selectedNode
        ? t('processMap.a11y.selectedNode', {
            kind: t(`processMap.nodeKind.${selectedNode.kind}`),
            text: selectedNode.text || t('processMap.node.untitled'),
            lane: laneLabel(doc.lanes.find((l) => l.id === selectedNode.laneId) ?? doc.lanes[0]!, t),
            index: order.indexOf(selectedNode.id) + 1,
            count: order.length,
          })
        : '';

  return (
    <MapUiContext.Provider value={ui}>
      <div className="wall pm-board" data-theme-name={theme}>
        <BoardToolbar
          className="wall-toolbar pm-toolbar"
          flat
          label={t('processMap.toolbar')}
          actions={board$.actions}
          ctx={board$.ctx}
          zoom={zoom}
          afterWork={
            <>
              <div className="toolbar-sep" aria-hidden />
              <label className="pm-compare-pick">
                <GitCompareArrows size={18} aria-hidden />
                <span className="visually-hidden">{t('processMap.compare.with')}</span>
                <select
                  aria-label={t('processMap.compare.with')}
                  value={compare?.boardId ?? ''}
                  onChange={(e) => void chooseCompare(e.target.value)}
                  disabled={otherMaps.length === 0}
                >
                  <option value="">
                    {otherMaps.length === 0 ? t('processMap.compare.noOther') : t('processMap.compare.none')}
                  </option>
                  {otherMaps.map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.name}
                    </option>
                  ))}
                </select>
              </label>
              {compare && (
                <button
                  type="button"
                  className="icon-btn"
                  aria-pressed={compareMode === 'side'}
                  aria-label={t('processMap.compare.sideBySide')}
                  title={t('processMap.compare.sideBySide')}
                  onClick={() => setCompareMode(compareMode === 'side' ? 'overlay' : 'side')}
                >
                  <Columns2 size={18} aria-hidden />
                </button>
              )}
            </>
          }
          beforeView={
            <details className="pm-export">
              <summary
                className="icon-btn"
                aria-label={t('processMap.export.title')}
                title={t('processMap.export.title')}
                aria-disabled={exporting}
              >
                <Download size={18} aria-hidden />
              </summary>
              <div className="pm-export-menu">
                <button type="button" className="btn btn-ghost" onClick={() => void doExport('png', 'projector')}>
                  {t('processMap.export.pngProjector')}
                </button>
                <button type="button" className="btn btn-ghost" onClick={() => void doExport('png', 'print')}>
                  {t('processMap.export.pngPrint')}
                </button>
                <button type="button" className="btn btn-ghost" onClick={() => void doExport('svg', 'projector')}>
                  {t('processMap.export.svg')}
                </button>
              </div>
            </details>
          }
        />
        {fitNote && zoom < READABLE_ZOOM && (
          <p className="banner pm-fit-note" role="status">
            {fitNote}
          </p>
        )}
        {(danglingEdges > 0 || comparison) && (
          <div className="pm-banners">
            {danglingEdges > 0 && (
              <p className="banner banner-warning">{t('processMap.danglingEdges', { count: danglingEdges })}</p>
            )}
            {comparison && (
              <p className="pm-compare-summary" role="status">
                <strong>{t('processMap.compare.against', { name: compare?.name ?? '' })}</strong>
                <span className="pm-diff-tag pm-diff-added">
                  {t('processMap.compare.addedCount', { count: comparison.counts.added })}
                </span>
                <span className="pm-diff-tag pm-diff-removed">
                  {t('processMap.compare.removedCount', { count: comparison.counts.removed })}
                </span>
                <span className="pm-diff-tag pm-diff-changed">
                  {t('processMap.compare.changedCount', { count: comparison.counts.changed })}
                </span>
              </p>
            )}
          </div>
        )}
        <div className="wall-body pm-body">
          <div className={`pm-stage ${compare && compareMode === 'side' ? 'is-split' : ''}`}>
            {compare && compareMode === 'side' && (
              <section className="pm-pane" aria-label={t('processMap.compare.basePane', { name: compare.name })}>
                <h2 className="pm-pane-title">{compare.name}</h2>
                <ReactFlowProvider>
                  <MapCanvas
                    doc={compare.doc}
                    readOnly
                    selection={null}
                    options={baseOpts}
                    onSelect={() => undefined}
                    label={t('processMap.compare.basePane', { name: compare.name })}
                    minimap={false}
                    initialView="all"
                  />
                </ReactFlowProvider>
              </section>
            )}
            <section className="pm-pane" aria-label={board.name}>
              {compare && compareMode === 'side' && <h2 className="pm-pane-title">{board.name}</h2>}
              <div
                ref={wrapRef}
                className="pm-canvas"
                onPaste={onPaste}
                onCopy={(e) => onCopy(e)}
                onCut={(e) => onCopy(e, true)}
                onContextMenu={(e) => {
                  if ((e.target as HTMLElement).closest('input, textarea, select')) return;
                  focusCanvas();
                  board$.onContextMenu(e);
                }}
                onMouseDown={(e) => {
                  if (!(e.target as HTMLElement).closest('input, textarea, select, button')) focusCanvas();
                }}
              >
                <ReactFlowProvider>
                  <MapCanvas
                    doc={doc}
                    readOnly={readOnly}
                    selection={selection}
                    selectedIds={pickedSet}
                    onBoxSelect={readOnly ? undefined : selectMany}
                    options={opts}
                    onSelect={canvasSelect}
                    onMove={(id, laneId, x, y) => {
                      const n = doc.nodes.find((q) => q.id === id);
                      if (n && (n.laneId !== laneId || n.x !== x || n.y !== y))
                        dispatch({ type: 'moveNode', id, laneId, x, y });
                    }}
                    onConnect={(source, target) => {
                      const out = connectCommand(doc, source, target, newId());
                      if (out.ok) dispatch(out.command);
                      else toastInfo(t(out.key));
                    }}
                    onEdit={(id) => startEdit(id)}
                    onInit={(rf) => {
                      rfRef.current = rf;
                      setZoom(rf.getZoom());
                      window.__studioFlow = rf;
                    }}
                    label={t('processMap.canvasLabel', { ...processMapCounts(doc) })}
                    focusProps={{
                      tabIndex: 0,
                      'aria-describedby': helpId,
                      'aria-roledescription': t('processMap.a11y.roledescription'),
                      onKeyDown,
                    }}
                  />
                  <ZoomWatcher onZoom={setZoom} />
                </ReactFlowProvider>
                {problemCounts.length > 0 && (
                  <div
                    className="pm-problem-legend"
                    aria-label={t('processMap.problems.legend', { count: doc.markers.length })}
                    role="group"
                  >
                    <span className="pm-problem-total">
                      {t('processMap.problems.count', { count: doc.markers.length })}
                    </span>
                    {problemCounts.map(([k, c]) => {
                      const Icon = PROBLEM_ICONS[k];
                      return (
                        <span key={k} className="pm-legend-item" title={t(`processMap.problem.${k}`)}>
                          <span className={`pm-badge pm-badge-${k}`} aria-hidden>
                            <Icon size={18} strokeWidth={2.5} />
                          </span>
                          <span className="visually-hidden">{t(`processMap.problem.${k}`)}</span>
                          <span aria-hidden>{c}</span>
                        </span>
                      );
                    })}
                  </div>
                )}
                {find && (
                  <FindBar
                    query={find.query}
                    onQuery={findQuery}
                    count={hits.length}
                    index={find.index}
                    onStep={findStep}
                    onClose={() => {
                      setFind(null);
                      focusCanvas();
                    }}
                  />
                )}
                {doc.nodes.length === 0 && (
                  <div className="wall-empty" aria-hidden>
                    <p>{t('processMap.emptyTitle')}</p>
                    <p className="muted">{t('processMap.emptyHint')}</p>
                  </div>
                )}
              </div>
            </section>
            <p id={helpId} className="visually-hidden">
              {t('processMap.keyboardHelp')}
            </p>
          </div>
          <Inspector
            board={board}
            doc={doc}
            selection={selection}
            readOnly={readOnly}
            dispatch={dispatch}
            select={(s) => {
              setSelection(s);
              if (s?.kind === 'node') requestAnimationFrame(() => reveal(s.id));
            }}
            onDelete={deleteSelected}
            shortcuts={
              <ShortcutSummary actions={board$.actions} ids={SUMMARY_KEYS} onShowAll={board$.ctx.kit.openShortcuts} />
            }
            onAddMarker={(target) => addMarker(target)}
            linkTargets={linkTargets}
            creatableKinds={creatableKinds}
            onCreateLinked={(id, kind) => void createLinked(id, kind)}
            onOpenBoard={(boardId) => showView({ kind: 'board', boardId })}
            boardNames={boardNames}
          />
        </div>
        <div className="visually-hidden">
          <p role="status" aria-live="polite">
            {selectedText}
          </p>
          <StepList doc={doc} order={order} label={t('processMap.a11y.list')} />
        </div>
      </div>
      {board$.overlays}
      {connecting && navNode && (
        <ConnectDialog
          doc={doc}
          order={order}
          source={navNode}
          onPick={connectTo}
          onClose={() => setConnecting(false)}
        />
      )}
    </MapUiContext.Provider>
  );
}

function ZoomWatcher({ onZoom }: { onZoom: (z: number) => void }) {
  const z = useStore((s) => s.transform[2]);
  useEffect(() => onZoom(z), [z, onZoom]);
  return null;
}

declare global {
  interface Window {
    /** Test hook: the process map's React Flow instance. */
    __studioFlow?: unknown;
  }
}
