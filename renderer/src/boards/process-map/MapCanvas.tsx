import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Background,
  BackgroundVariant,
  MarkerType,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
  type Connection,
  type NodeChange,
  type ReactFlowInstance,
} from '@xyflow/react';
import type { ProcessMapDoc } from '../../../../shared/boards/process-map/model';
import { dropTarget, GRID } from '../../../../shared/boards/process-map/geometry';
import { buildElements, type AnyFlowNode, type BuildOptions, type PmFlowEdge } from './elements';
import { LaneNodeView, PmEdgeView, PmNodeView } from './nodes';
import { LaneRail, type RailLane } from './LaneRail';
import { READABLE_ZOOM, fitViewport, initialViewport, mapBounds } from './viewport';
import { ZOOM_RANGE } from '../kit/zoom';
import { FAR_STEPS, FAR_ZOOM, FarLayer, farSteps } from './FarLayer';
import { useFarDrag } from './useFarDrag';
import { useElementSize } from '../../components/useElementSize';
import { shareEqual } from '../../api/share-equal';

const nodeTypes = { pm: PmNodeView, lane: LaneNodeView };

/** Remembers the last build and returns the next one with every unchanged part taken from it. */
function sharer(): <T>(next: T) => T {
  let prev: unknown = null;
  return (next) => (prev = shareEqual(prev, next)) as typeof next;
}
const edgeTypes = { pm: PmEdgeView };
// Constants, not literals in the JSX: React Flow copies every changed prop into its store, and each store update
// runs every mounted node's selectors; new objects on each render (one per pointer move while dragging) did that.
const SNAP_GRID: [number, number] = [GRID, GRID];
const PRO_OPTIONS = { hideAttribution: true };
const MINIMAP_STYLE = { width: 168, height: 104 };
const minimapColor = (n: AnyFlowNode) =>
  n.type === 'lane' ? 'transparent' : n.data && 'diff' in n.data && n.data.diff === 'added' ? '#1d6b3a' : '#0b5f6e';
const minimapStroke = (n: AnyFlowNode) => (n.type === 'lane' ? '#aab4be' : 'transparent');
const NO_EDGES: PmFlowEdge[] = [];
const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: '#3d4852' } };

export type Selection = { kind: 'node' | 'edge' | 'lane' | 'marker'; id: string } | null;

interface Props {
  doc: ProcessMapDoc;
  readOnly: boolean;
  selection: Selection;
  options: BuildOptions;
  /** `additive`: Shift/Ctrl+click, which adds the node to (or takes it out of) a multi-selection. */
  onSelect: (s: Selection, additive?: boolean) => void;
  /** Steps selected together (multi-selection); drawn selected besides `selection`. */
  selectedIds?: ReadonlySet<string>;
  /** Shift+drag on the background draws a box; the steps inside it become the selection. */
  onBoxSelect?: (ids: string[]) => void;
  onMove?: (id: string, laneId: string, x: number, y: number) => void;
  onConnect?: (source: string, target: string) => void;
  onEdit?: (id: string) => void;
  onInit?: (rf: ReactFlowInstance<AnyFlowNode, PmFlowEdge>) => void;
  label: string;
  minimap?: boolean;
  /** 'all' fits the whole map; 'start' fits it when readable, else shows the start of the flow at a readable zoom. */
  initialView?: 'all' | 'start';
  /** Makes React Flow's own wrapper (role application) the keyboard target: tabIndex, description, key handler. */
  focusProps?: {
    tabIndex: number;
    'aria-describedby': string;
    'aria-roledescription': string;
    onKeyDown: (e: React.KeyboardEvent<HTMLDivElement>) => void;
  };
}

/** One React Flow view of a map: lanes as background nodes, steps draggable (one command at drag end). */
export function MapCanvas({
  doc,
  readOnly,
  selection,
  options,
  onSelect,
  selectedIds,
  onBoxSelect,
  onMove,
  onConnect,
  onEdit,
  onInit,
  label,
  minimap = true,
  initialView = 'start',
  focusProps,
}: Props) {
  const { t } = useTranslation();
  // Steps and connectors that did not change keep their objects, so React Flow re-renders only the changed ones.
  const [share] = useState(sharer);
  const built = useMemo(() => share(buildElements(doc, t, options)), [share, doc, t, options]);
  const [drag, setDrag] = useState<{ id: string; x: number; y: number } | null>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const selectedId = selection?.kind === 'node' ? selection.id : null;
  const selectedEdge = selection?.kind === 'edge' ? selection.id : null;
  // A big map zoomed far out is drawn on one canvas (FarLayer): mounting every step as a node took seconds.
  const big = doc.nodes.length > FAR_STEPS;
  const far = useStore((s) => big && s.transform[2] < FAR_ZOOM);

  const isSelected = useCallback(
    (id: string) => id === selectedId || (selectedIds?.has(id) ?? false),
    [selectedId, selectedIds],
  );
  const laneNodes = useMemo(() => built.nodes.filter((n) => n.type === 'lane'), [built.nodes]);
  const allNodes = useMemo(() => {
    if (!selectedId && !drag && !selectedIds?.size) return built.nodes;
    return built.nodes.map((n) => {
      if (drag && n.id === drag.id)
        return { ...n, position: { x: drag.x, y: drag.y }, selected: isSelected(n.id), dragging: true };
      if (isSelected(n.id)) return { ...n, selected: true };
      return n;
    });
  }, [built.nodes, selectedId, selectedIds, drag, isSelected]);
  const nodes = far ? laneNodes : allNodes;
  const steps = useMemo(() => (big ? farSteps(built.nodes) : []), [big, built.nodes]);
  const size = useElementSize(wrapRef);
  const rf = useReactFlow<AnyFlowNode, PmFlowEdge>();
  const farDrag = useFarDrag({
    enabled: far,
    wrapRef,
    steps,
    readOnly,
    onPick: (id, additive) => onSelect({ kind: 'node', id }, additive),
    onDrop: (id, x, y, height) => {
      const target = dropTarget(built.bands, x, y, height);
      if (target && onMove) onMove(id, target.laneId, target.x, target.y);
    },
    onOpen: (id) => {
      const s = steps.find((n) => n.id === id);
      if (s) void rf.setCenter(s.x + s.width / 2, s.y + s.height / 2, { zoom: READABLE_ZOOM });
    },
  });
  const rail = useMemo(() => {
    const lanes: RailLane[] = [];
    let left = 0;
    for (const n of built.nodes) {
      if (n.type !== 'lane') continue;
      left = n.position.x;
      lanes.push({ id: n.id, label: n.data.label, top: n.position.y, height: n.data.height });
    }
    return { lanes, left };
  }, [built.nodes]);
  // While a selection box is drawn, React Flow reports which steps it covers; the last report wins at the end.
  const boxed = useRef<Set<string> | null>(null);

  const allEdges = useMemo(
    () => (selectedEdge ? built.edges.map((e) => (e.id === selectedEdge ? { ...e, selected: true } : e)) : built.edges),
    [built.edges, selectedEdge],
  );
  const edges = far ? NO_EDGES : allEdges;

  const onNodesChange = useCallback((changes: NodeChange<AnyFlowNode>[]) => {
    for (const c of changes) {
      if (c.type === 'position' && c.position) setDrag({ id: c.id, x: c.position.x, y: c.position.y });
      else if (c.type === 'select' && boxed.current) {
        if (c.selected) boxed.current.add(c.id);
        else boxed.current.delete(c.id);
      }
    }
  }, []);

  // The handlers read the latest props through a ref, so they are created once (see SNAP_GRID).
  const latest = useRef({
    doc,
    readOnly,
    built,
    onMove,
    onSelect,
    onBoxSelect,
    onEdit,
    onConnect,
    onInit,
    initialView,
  });
  latest.current = { doc, readOnly, built, onMove, onSelect, onBoxSelect, onEdit, onConnect, onInit, initialView };
  const handlers = useMemo(
    () => ({
      onInit: (rf: ReactFlowInstance<AnyFlowNode, PmFlowEdge>) => {
        const { doc, initialView, onInit } = latest.current;
        // From the document's geometry, not measured nodes: culled steps of a big map are never measured.
        const el = wrapRef.current;
        const w = el?.clientWidth || 800;
        const h = el?.clientHeight || 500;
        void rf.setViewport(initialView === 'all' ? fitViewport(mapBounds(doc), w, h) : initialViewport(doc, w, h));
        onInit?.(rf);
      },
      // A class, not state: toggling it re-renders nothing (see .is-moving in the CSS).
      onMoveStart: () => wrapRef.current?.classList.add('is-moving'),
      onMoveEnd: () => wrapRef.current?.classList.remove('is-moving'),
      onNodeDragStop: (_e: unknown, node: AnyFlowNode) => {
        setDrag(null);
        const { readOnly, onMove, built } = latest.current;
        if (readOnly || node.type !== 'pm' || !onMove) return;
        const target = dropTarget(built.bands, node.position.x, node.position.y, node.height);
        if (target) onMove(node.id, target.laneId, target.x, target.y);
      },
      onNodeClick: (e: React.MouseEvent, node: AnyFlowNode) => {
        if (node.type === 'pm' && !node.id.startsWith('ghost:'))
          latest.current.onSelect({ kind: 'node', id: node.id }, e.shiftKey || e.ctrlKey || e.metaKey);
      },
      onSelectionStart: () => {
        boxed.current = new Set();
      },
      onSelectionEnd: () => {
        const ids = new Set(latest.current.doc.nodes.map((n) => n.id));
        const picked = boxed.current ? [...boxed.current].filter((id) => ids.has(id)) : [];
        boxed.current = null;
        if (picked.length > 0) latest.current.onBoxSelect?.(picked);
      },
      onNodeDoubleClick: (_e: unknown, node: AnyFlowNode) => {
        const { readOnly, onEdit } = latest.current;
        if (node.type === 'pm' && !readOnly && onEdit && !node.id.startsWith('ghost:')) onEdit(node.id);
      },
      onEdgeClick: (_e: unknown, edge: PmFlowEdge) => latest.current.onSelect({ kind: 'edge', id: edge.id }),
      onPaneClick: () => latest.current.onSelect(null),
      onConnect: (c: Connection) => {
        const { readOnly, onConnect } = latest.current;
        if (!readOnly && onConnect && c.source && c.target) onConnect(c.source, c.target);
      },
    }),
    [],
  );

  const ariaLabelConfig = useMemo(
    () => ({
      'node.a11yDescription.default': t('processMap.a11y.node'),
      'node.a11yDescription.keyboardDisabled': t('processMap.a11y.node'),
      'node.a11yDescription.ariaLiveMessage': () => '',
      'edge.a11yDescription.default': t('processMap.a11y.edge'),
      'minimap.ariaLabel': t('processMap.minimap'),
      'handle.ariaLabel': t('processMap.a11y.handle'),
      'controls.ariaLabel': t('processMap.toolbar'),
      'controls.zoomIn.ariaLabel': t('processMap.zoomIn'),
      'controls.zoomOut.ariaLabel': t('processMap.zoomOut'),
      'controls.fitView.ariaLabel': t('processMap.fit'),
      'controls.interactive.ariaLabel': t('processMap.toolbar'),
    }),
    [t],
  );

  return (
    <ReactFlow<AnyFlowNode, PmFlowEdge>
      ref={wrapRef}
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      defaultEdgeOptions={defaultEdgeOptions}
      onInit={handlers.onInit}
      onNodesChange={onNodesChange}
      onMoveStart={handlers.onMoveStart}
      onMoveEnd={handlers.onMoveEnd}
      onNodeDragStop={handlers.onNodeDragStop}
      onNodeClick={handlers.onNodeClick}
      onSelectionStart={handlers.onSelectionStart}
      onSelectionEnd={handlers.onSelectionEnd}
      onNodeDoubleClick={handlers.onNodeDoubleClick}
      onEdgeClick={handlers.onEdgeClick}
      onPaneClick={handlers.onPaneClick}
      onConnect={handlers.onConnect}
      nodesDraggable={!readOnly}
      nodesConnectable={!readOnly}
      elementsSelectable
      nodesFocusable={false}
      edgesFocusable={false}
      disableKeyboardA11y
      deleteKeyCode={null}
      selectionKeyCode={onBoxSelect ? 'Shift' : null}
      multiSelectionKeyCode={null}
      snapToGrid
      snapGrid={SNAP_GRID}
      minZoom={ZOOM_RANGE.min}
      maxZoom={ZOOM_RANGE.max}
      onlyRenderVisibleElements={doc.nodes.length > 120}
      ariaLabelConfig={ariaLabelConfig}
      aria-label={label}
      {...(focusProps ?? {})}
      {...farDrag.handlers}
      data-far-view={far ? 'true' : undefined}
      proOptions={PRO_OPTIONS}
    >
      <LaneRail lanes={rail.lanes} left={rail.left} />
      {far && (
        <FarLayer
          steps={steps}
          edges={built.edges}
          selected={isSelected}
          drag={farDrag.drag}
          width={size.width}
          height={size.height}
        />
      )}
      <Background variant={BackgroundVariant.Dots} gap={GRID * 2} size={1.2} color="var(--wall-dot)" />
      {minimap && (
        <MiniMap<AnyFlowNode>
          pannable
          zoomable
          style={MINIMAP_STYLE}
          ariaLabel={t('processMap.minimap')}
          nodeColor={minimapColor}
          nodeStrokeColor={minimapStroke}
          maskColor="rgba(20, 26, 33, 0.12)"
        />
      )}
    </ReactFlow>
  );
}
