import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ReactFlowProvider, useStore, type ReactFlowInstance } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './process-map.css';
import { AlertTriangle, Columns2, Download, GitCompareArrows, LayoutDashboard, Maximize, Minus, Plus, Rows3, Square } from 'lucide-react';
import {
  NODE_KINDS,
  PROBLEM_KINDS,
  type NodeKind,
  type ProblemKind,
  type ProcessMapCommand,
  type ProcessMapDoc,
  type ProcessNode,
} from '../../../../shared/boards/process-map/model';
import { processMap } from '../../../../shared/boards/process-map/definition';
import { autoLayout } from '../../../../shared/boards/process-map/layout';
import { flowOrder, liveEdges } from '../../../../shared/boards/process-map/flow';
import { compareMaps, type MapComparison } from '../../../../shared/boards/process-map/compare';
import { moveToAdjacentLane, nearestInAdjacentLane, neighbourInLane, spotAfter } from '../../../../shared/boards/process-map/nav';
import { LANE } from '../../../../shared/boards/process-map/geometry';
import { boardDefinition } from '../../../../shared/boards/registry';
import { newId } from '../../../../shared/domain/ids';
import { call } from '../../api';
import { mutate, showView } from '../../app/actions';
import { useApp } from '../../app/store';
import { toastError, toastInfo } from '../../app/toasts';
import type { BoardViewProps } from '../types';
import { MapCanvas, type Selection } from './MapCanvas';
import { MapUiContext, type MapUi } from './context';
import { Inspector } from './Inspector';
import { PROBLEM_ICONS } from './shapes';
import { laneLabel, type AnyFlowNode, type BuildOptions, type PmFlowEdge } from './elements';
import { exportMap, type ExportSize } from './exportImage';

/** Kinds a problem marker can seed, when this app version has them. */
const ROOT_CAUSE_KINDS = ['fishbone', 'five-whys'];
const NUDGE = 30;

type Compare = { boardId: string; doc: ProcessMapDoc; name: string } | null;

export function ProcessMapView({ board, doc, dispatch, readOnly = false }: BoardViewProps<ProcessMapDoc, ProcessMapCommand>) {
  const { t } = useTranslation();
  const helpId = useId();
  const wrapRef = useRef<HTMLDivElement>(null);
  const rfRef = useRef<ReactFlowInstance<AnyFlowNode, PmFlowEdge> | null>(null);
  const [selection, setSelection] = useState<Selection>(null);
  const [editing, setEditing] = useState<{ id: string; seed: string | null } | null>(null);
  const [compare, setCompare] = useState<Compare>(null);
  const [compareMode, setCompareMode] = useState<'overlay' | 'side'>('overlay');
  const [zoom, setZoom] = useState(1);
  const [exporting, setExporting] = useState(false);
  const workshop = useApp((s) => s.workshop);
  const theme = useApp((s) => s.settings.theme);

  const teamBoards = useMemo(() => (workshop?.boards ?? []).filter((b) => b.teamId === board.teamId && b.id !== board.id), [workshop, board]);
  const otherMaps = teamBoards.filter((b) => b.kind === 'process-map');
  const linkTargets = teamBoards.filter((b) => ROOT_CAUSE_KINDS.includes(b.kind));
  const creatableKinds = ROOT_CAUSE_KINDS.filter((k) => boardDefinition(k) !== undefined);
  const boardNames = useMemo(() => new Map((workshop?.boards ?? []).map((b) => [b.id, b.name])), [workshop]);

  const order = useMemo(() => flowOrder(doc), [doc]);
  const danglingEdges = doc.edges.length - liveEdges(doc).length;
  const comparison: MapComparison | null = useMemo(() => (compare ? compareMaps(compare.doc, doc) : null), [compare, doc]);

  // Drop a selection whose item went away (undo, another window).
  useEffect(() => {
    if (!selection) return;
    const exists =
      selection.kind === 'node'
        ? doc.nodes.some((n) => n.id === selection.id)
        : selection.kind === 'edge'
          ? doc.edges.some((e) => e.id === selection.id)
          : selection.kind === 'lane'
            ? doc.lanes.some((l) => l.id === selection.id)
            : doc.markers.some((m) => m.id === selection.id);
    if (!exists) setSelection(null);
    if (editing && !doc.nodes.some((n) => n.id === editing.id)) setEditing(null);
  }, [doc, selection, editing]);

  const focusCanvas = useCallback(() => wrapRef.current?.querySelector<HTMLElement>('.react-flow')?.focus({ preventScroll: true }), []);

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
    [reveal],
  );

  const docRef = useRef(doc);
  docRef.current = doc;

  const ui: MapUi = useMemo(
    () => ({
      readOnly,
      editingId: editing?.id ?? null,
      editSeed: editing?.seed ?? null,
      commitText: (id, text) => {
        setEditing(null);
        const n = docRef.current.nodes.find((x) => x.id === id);
        if (text !== null && n && text !== n.text) dispatch({ type: 'updateNode', id, patch: { text } });
        focusCanvas();
      },
      selectLane: (id) => setSelection({ kind: 'lane', id }),
      toggleLane: (id, collapsed) => !readOnly && dispatch({ type: 'setLaneCollapsed', id, collapsed }),
      problemLabel: (k: ProblemKind) => t(`processMap.problem.${k}`),
    }),
    [readOnly, editing, dispatch, focusCanvas, t],
  );

  const selectedNode = selection?.kind === 'node' ? doc.nodes.find((n) => n.id === selection.id) : undefined;
  // Keyboard navigation continues from the step a selected problem marker sits on.
  const selectedMarker = selection?.kind === 'marker' ? doc.markers.find((m) => m.id === selection.id) : undefined;
  const navNode = selectedNode ?? (selectedMarker?.target.type === 'node' ? doc.nodes.find((n) => n.id === selectedMarker.target.id) : undefined);

  function startEdit(id: string, seed: string | null = null) {
    if (readOnly) return;
    setSelection({ kind: 'node', id });
    setEditing({ id, seed });
  }

  function blankNode(kind: NodeKind, laneId: string, x: number, y: number): ProcessNode {
    return { id: newId(), kind, text: '', laneId, x, y, processTime: null, waitTime: null, performer: '' };
  }

  function addNext() {
    if (readOnly) return;
    if (selectedNode) {
      const spot = spotAfter(doc, selectedNode);
      const node = blankNode('step', selectedNode.laneId, spot.x, spot.y);
      const outs = doc.edges.filter((e) => e.source === selectedNode.id).length;
      const branch = selectedNode.kind === 'decision' ? (outs === 0 ? 'yes' : outs === 1 ? 'no' : null) : null;
      dispatch({ type: 'addNode', node, after: { source: selectedNode.id, edgeId: newId(), label: '', branch } });
      startEdit(node.id);
      requestAnimationFrame(() => reveal(node.id));
      return;
    }
    if (doc.nodes.length > 0) {
      selectNode(order[0]);
      return;
    }
    let laneId = doc.lanes[0]?.id;
    if (!laneId) {
      laneId = newId();
      dispatch({ type: 'addLane', lane: { id: laneId, type: 'client', name: '', collapsed: false } });
    }
    const node = blankNode('start', laneId, LANE.originX, LANE.pad);
    dispatch({ type: 'addNode', node });
    startEdit(node.id);
  }

  function addLane() {
    if (readOnly) return;
    const id = newId();
    const after = selectedNode ? doc.lanes.findIndex((l) => l.id === selectedNode.laneId) : selection?.kind === 'lane' ? doc.lanes.findIndex((l) => l.id === selection.id) : -1;
    const index = after === -1 ? doc.lanes.length : after + 1;
    dispatch({ type: 'addLane', lane: { id, type: 'other', name: t('processMap.lane.newName', { n: doc.lanes.length + 1 }), collapsed: false }, index });
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

  function layout() {
    if (readOnly || doc.nodes.length === 0) return;
    dispatch({ type: 'applyLayout', positions: autoLayout(doc) });
    requestAnimationFrame(() => requestAnimationFrame(() => void rfRef.current?.fitView({ padding: 0.08, maxZoom: 1, duration: 200 })));
  }

  function cycle(back: boolean, e: KeyboardEvent) {
    if (order.length === 0) return;
    const i = navNode ? order.indexOf(navNode.id) : -1;
    const next = i === -1 ? (back ? order.length - 1 : 0) : back ? i - 1 : i + 1;
    // Past either end, Tab leaves the canvas so keyboard users are never trapped.
    if (next < 0 || next >= order.length) {
      setSelection(null);
      return;
    }
    e.preventDefault();
    selectNode(order[next]);
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const target = e.target as HTMLElement;
    if (target.closest('input, textarea, select, button, [contenteditable="true"]')) return;
    if (e.ctrlKey || e.metaKey) return;
    if (e.altKey) {
      const digit = Number(e.key);
      if (selectedNode && !readOnly && digit >= 1 && digit <= NODE_KINDS.length) {
        dispatch({ type: 'updateNode', id: selectedNode.id, patch: { kind: NODE_KINDS[digit - 1]! } });
        e.preventDefault();
      } else if ((e.code === 'KeyP' || e.key.toLowerCase() === 'p') && selection && (selection.kind === 'node' || selection.kind === 'edge')) {
        addMarker({ type: selection.kind, id: selection.id });
        e.preventDefault();
      } else if (e.code === 'KeyL' || e.key.toLowerCase() === 'l') {
        addLane();
        e.preventDefault();
      }
      return;
    }
    switch (e.key) {
      case 'Enter':
        addNext();
        break;
      case 'F2':
        if (selectedNode) startEdit(selectedNode.id);
        break;
      case 'F6':
        (document.querySelector<HTMLElement>('.pm-inspector input, .pm-inspector textarea, .pm-inspector select, .pm-inspector button') ?? null)?.focus();
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
      case 'ArrowUp':
      case 'ArrowDown': {
        if (!selectedNode) {
          if (order[0]) selectNode(order[0]);
          break;
        }
        const dir = e.key === 'ArrowUp' ? -1 : 1;
        if (e.shiftKey) {
          if (readOnly) break;
          const to = moveToAdjacentLane(doc, selectedNode.id, dir);
          if (to) {
            dispatch({ type: 'moveNode', id: selectedNode.id, ...to });
            requestAnimationFrame(() => reveal(selectedNode.id));
          }
        } else selectNode(nearestInAdjacentLane(doc, selectedNode.id, dir));
        break;
      }
      case 'ArrowLeft':
      case 'ArrowRight': {
        if (!selectedNode) {
          if (order[0]) selectNode(order[0]);
          break;
        }
        const dir = e.key === 'ArrowLeft' ? -1 : 1;
        if (e.shiftKey) {
          if (!readOnly) dispatch({ type: 'moveNode', id: selectedNode.id, laneId: selectedNode.laneId, x: selectedNode.x + dir * NUDGE, y: selectedNode.y });
        } else selectNode(neighbourInLane(doc, selectedNode.id, dir));
        break;
      }
      default:
        // Typing on a selected step starts editing it with what was typed.
        if (selectedNode && e.key.length === 1 && !readOnly && e.key !== ' ') {
          startEdit(selectedNode.id, e.key);
          break;
        }
        return;
    }
    e.preventDefault();
  }

  async function chooseCompare(boardId: string) {
    if (!boardId || !workshop) {
      setCompare(null);
      return;
    }
    try {
      const b = await call('boards.get', { workshopId: workshop.id, id: boardId });
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
    if (!workshop) return;
    const m = doc.markers.find((x) => x.id === markerId);
    if (!m) return;
    const name = (m.note || t(`processMap.problem.${m.kind}`)).slice(0, 200);
    // The new board starts from this marker: its effect (fishbone) or problem (5 whys) and a link back, in the same
    // undoable step as the creation.
    const source = { boardId: board.id, itemId: markerId, kind: 'process-map' };
    const init =
      kind === 'fishbone'
        ? [{ type: 'setEffect', text: name }, { type: 'setEffectSource', source }]
        : kind === 'five-whys'
          ? [{ type: 'setProblem', text: name }, { type: 'setSource', source }]
          : [];
    const out = await mutate('boards.create', { workshopId: workshop.id, teamId: board.teamId, kind, name, init });
    if (out) {
      dispatch({ type: 'linkMarker', id: markerId, ref: { boardId: out.id, itemId: markerId, kind } });
      toastInfo(t('processMap.links.created', { name }));
    }
  }

  async function doExport(format: 'png' | 'svg', size: ExportSize) {
    const root = wrapRef.current?.querySelector<HTMLElement>('.react-flow');
    const rf = rfRef.current;
    if (!root || !rf) return;
    setExporting(true);
    try {
      const bg = getComputedStyle(document.documentElement).getPropertyValue('--surface').trim() || '#ffffff';
      await exportMap(root, rf.getNodes(), format, size, board.name, bg);
    } catch (err) {
      toastError(err);
    } finally {
      setExporting(false);
    }
  }

  const problemCounts = PROBLEM_KINDS.map((k) => [k, doc.markers.filter((m) => m.kind === k).length] as const).filter(([, c]) => c > 0);

  const opts: BuildOptions = useMemo(
    () => ({ selectedLaneId: selection?.kind === 'lane' ? selection.id : null, comparison, side: 'next', ghosts: compareMode === 'overlay' }),
    [selection, comparison, compareMode],
  );
  const baseOpts: BuildOptions = useMemo(() => ({ selectedLaneId: null, comparison, side: 'base', ghosts: false }), [comparison]);

  const selectedText = selectedNode
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
        <div className="wall-toolbar pm-toolbar" role="toolbar" aria-label={t('processMap.toolbar')}>
          <button type="button" className="btn btn-primary" onClick={addNext} disabled={readOnly} title={t('processMap.addStepHint')}>
            <Square size={18} aria-hidden />
            {t('processMap.addStep')}
          </button>
          <button type="button" className="btn" onClick={addLane} disabled={readOnly}>
            <Rows3 size={18} aria-hidden />
            {t('processMap.addLane')}
          </button>
          <button type="button" className="btn" onClick={() => selection && (selection.kind === 'node' || selection.kind === 'edge') && addMarker({ type: selection.kind, id: selection.id })} disabled={readOnly || !(selection?.kind === 'node' || selection?.kind === 'edge')}>
            <AlertTriangle size={18} aria-hidden />
            {t('processMap.addProblem')}
          </button>
          <button type="button" className="btn" onClick={layout} disabled={readOnly || doc.nodes.length === 0} title={t('processMap.layoutHint')}>
            <LayoutDashboard size={18} aria-hidden />
            <span className="btn-label">{t('processMap.layout')}</span>
          </button>
          <div className="toolbar-sep" aria-hidden />
          <label className="pm-compare-pick">
            <GitCompareArrows size={18} aria-hidden />
            <span className="visually-hidden">{t('processMap.compare.with')}</span>
            <select aria-label={t('processMap.compare.with')} value={compare?.boardId ?? ''} onChange={(e) => void chooseCompare(e.target.value)} disabled={otherMaps.length === 0}>
              <option value="">{otherMaps.length === 0 ? t('processMap.compare.noOther') : t('processMap.compare.none')}</option>
              {otherMaps.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </label>
          {compare && (
            <button type="button" className="icon-btn" aria-pressed={compareMode === 'side'} aria-label={t('processMap.compare.sideBySide')} title={t('processMap.compare.sideBySide')} onClick={() => setCompareMode(compareMode === 'side' ? 'overlay' : 'side')}>
              <Columns2 size={18} aria-hidden />
            </button>
          )}
          <div className="toolbar-spacer" />
          <details className="pm-export">
            <summary className="icon-btn" aria-label={t('processMap.export.title')} title={t('processMap.export.title')} aria-disabled={exporting}>
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
          <button type="button" className="icon-btn" aria-label={t('processMap.zoomOut')} onClick={() => void rfRef.current?.zoomOut({ duration: 120 })}>
            <Minus size={18} aria-hidden />
          </button>
          <button type="button" className="icon-btn text-btn zoom-value" aria-label={t('processMap.zoomReset', { percent: Math.round(zoom * 100) })} onClick={() => void rfRef.current?.zoomTo(1, { duration: 120 })}>
            {t('header.percent', { value: Math.round(zoom * 100) })}
          </button>
          <button type="button" className="icon-btn" aria-label={t('processMap.zoomIn')} onClick={() => void rfRef.current?.zoomIn({ duration: 120 })}>
            <Plus size={18} aria-hidden />
          </button>
          <button type="button" className="icon-btn" aria-label={t('processMap.fit')} title={t('processMap.fit')} onClick={() => void rfRef.current?.fitView({ padding: 0.08, duration: 150 })}>
            <Maximize size={18} aria-hidden />
          </button>
        </div>
        {(danglingEdges > 0 || comparison) && (
          <div className="pm-banners">
            {danglingEdges > 0 && <p className="banner banner-warning">{t('processMap.danglingEdges', { count: danglingEdges })}</p>}
            {comparison && (
              <p className="pm-compare-summary" role="status">
                <strong>{t('processMap.compare.against', { name: compare?.name ?? '' })}</strong>
                <span className="pm-diff-tag pm-diff-added">{t('processMap.compare.addedCount', { count: comparison.counts.added })}</span>
                <span className="pm-diff-tag pm-diff-removed">{t('processMap.compare.removedCount', { count: comparison.counts.removed })}</span>
                <span className="pm-diff-tag pm-diff-changed">{t('processMap.compare.changedCount', { count: comparison.counts.changed })}</span>
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
                  <MapCanvas doc={compare.doc} readOnly selection={null} options={baseOpts} onSelect={() => undefined} label={t('processMap.compare.basePane', { name: compare.name })} minimap={false} initialView="all" />
                </ReactFlowProvider>
              </section>
            )}
            <section className="pm-pane" aria-label={board.name}>
              {compare && compareMode === 'side' && <h2 className="pm-pane-title">{board.name}</h2>}
              <div
                ref={wrapRef}
                className="pm-canvas"
                onMouseDown={(e) => {
                  if (!(e.target as HTMLElement).closest('input, textarea, select, button')) focusCanvas();
                }}
              >
                <ReactFlowProvider>
                  <MapCanvas
                    doc={doc}
                    readOnly={readOnly}
                    selection={selection}
                    options={opts}
                    onSelect={setSelection}
                    onMove={(id, laneId, x, y) => {
                      const n = doc.nodes.find((q) => q.id === id);
                      if (n && (n.laneId !== laneId || n.x !== x || n.y !== y)) dispatch({ type: 'moveNode', id, laneId, x, y });
                    }}
                    onConnect={(source, target) => {
                      if (doc.edges.some((e) => e.source === source && e.target === target) || source === target) return;
                      const src = doc.nodes.find((n) => n.id === source);
                      const outs = doc.edges.filter((e) => e.source === source).length;
                      const branch = src?.kind === 'decision' ? (outs === 0 ? 'yes' : outs === 1 ? 'no' : null) : null;
                      dispatch({ type: 'addEdge', edge: { id: newId(), source, target, label: '', branch } });
                    }}
                    onEdit={(id) => startEdit(id)}
                    onInit={(rf) => {
                      rfRef.current = rf;
                      setZoom(rf.getZoom());
                      window.__studioFlow = rf;
                    }}
                    label={t('processMap.canvasLabel', { steps: doc.nodes.length, lanes: doc.lanes.length, problems: doc.markers.length })}
                    focusProps={{ tabIndex: 0, 'aria-describedby': helpId, 'aria-roledescription': t('processMap.a11y.roledescription'), onKeyDown }}
                  />
                  <ZoomWatcher onZoom={setZoom} />
                </ReactFlowProvider>
                {problemCounts.length > 0 && (
                  <div className="pm-problem-legend" aria-label={t('processMap.problems.legend', { count: doc.markers.length })} role="group">
                    <span className="pm-problem-total">{t('processMap.problems.count', { count: doc.markers.length })}</span>
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
          <ol aria-label={t('processMap.a11y.list')}>
            {order.map((id) => {
              const n = doc.nodes.find((x) => x.id === id)!;
              const lane = doc.lanes.find((l) => l.id === n.laneId);
              return (
                <li key={id}>
                  {t(`processMap.nodeKind.${n.kind}`)}: {n.text || t('processMap.node.untitled')} ({lane ? laneLabel(lane, t) : ''})
                </li>
              );
            })}
          </ol>
        </div>
      </div>
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
