import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Background,
  BackgroundVariant,
  MarkerType,
  MiniMap,
  ReactFlow,
  type Connection,
  type NodeChange,
  type ReactFlowInstance,
} from '@xyflow/react';
import type { ProcessMapDoc } from '../../../../shared/boards/process-map/model';
import { dropTarget, GRID } from '../../../../shared/boards/process-map/geometry';
import { buildElements, type AnyFlowNode, type BuildOptions, type PmFlowEdge } from './elements';
import { LaneNodeView, PmEdgeView, PmNodeView } from './nodes';

const nodeTypes = { pm: PmNodeView, lane: LaneNodeView };
const edgeTypes = { pm: PmEdgeView };
const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: '#3d4852' } };

export type Selection = { kind: 'node' | 'edge' | 'lane' | 'marker'; id: string } | null;

interface Props {
  doc: ProcessMapDoc;
  readOnly: boolean;
  selection: Selection;
  options: BuildOptions;
  onSelect: (s: Selection) => void;
  onMove?: (id: string, laneId: string, x: number, y: number) => void;
  onConnect?: (source: string, target: string) => void;
  onEdit?: (id: string) => void;
  onInit?: (rf: ReactFlowInstance<AnyFlowNode, PmFlowEdge>) => void;
  label: string;
  minimap?: boolean;
  /** 'all' fits the whole map; 'start' shows the map at a readable zoom (>= 55 %) from its top-left corner. */
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
export function MapCanvas({ doc, readOnly, selection, options, onSelect, onMove, onConnect, onEdit, onInit, label, minimap = true, initialView = 'start', focusProps }: Props) {
  const { t } = useTranslation();
  const built = useMemo(() => buildElements(doc, t, options), [doc, t, options]);
  const [drag, setDrag] = useState<{ id: string; x: number; y: number } | null>(null);
  const selectedId = selection?.kind === 'node' ? selection.id : null;
  const selectedEdge = selection?.kind === 'edge' ? selection.id : null;

  const nodes = useMemo(() => {
    if (!selectedId && !drag) return built.nodes;
    return built.nodes.map((n) => {
      if (drag && n.id === drag.id) return { ...n, position: { x: drag.x, y: drag.y }, selected: n.id === selectedId, dragging: true };
      if (n.id === selectedId) return { ...n, selected: true };
      return n;
    });
  }, [built.nodes, selectedId, drag]);

  const edges = useMemo(() => (selectedEdge ? built.edges.map((e) => (e.id === selectedEdge ? { ...e, selected: true } : e)) : built.edges), [built.edges, selectedEdge]);

  const onNodesChange = useCallback((changes: NodeChange<AnyFlowNode>[]) => {
    for (const c of changes) {
      if (c.type === 'position' && c.position) setDrag({ id: c.id, x: c.position.x, y: c.position.y });
    }
  }, []);

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
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      defaultEdgeOptions={defaultEdgeOptions}
      onInit={(rf) => {
        if (initialView === 'start') {
          const el = document.querySelector<HTMLElement>('.pm-canvas') ?? null;
          const w = el?.clientWidth ?? 800;
          const h = el?.clientHeight ?? 500;
          const b = rf.getNodesBounds(rf.getNodes().filter((n) => n.type === 'lane' || !n.hidden));
          if (b.width > 0 && b.height > 0) {
            // A small map (or a new one being typed in) opens at 100 %, where board text is 18 px.
            const small = doc.nodes.length < 6;
            const zoom = small ? 1 : Math.max(0.55, Math.min(1, Math.min((w - 32) / b.width, (h - 32) / b.height)));
            const fits = b.width * zoom <= w - 32 && b.height * zoom <= h - 32;
            const x = fits ? (w - b.width * zoom) / 2 - b.x * zoom : 16 - b.x * zoom;
            const y = fits ? (h - b.height * zoom) / 2 - b.y * zoom : 16 - b.y * zoom;
            void rf.setViewport({ x, y, zoom });
          }
        }
        onInit?.(rf);
      }}
      onNodesChange={onNodesChange}
      onNodeDragStop={(_e, node) => {
        setDrag(null);
        if (readOnly || node.type !== 'pm' || !onMove) return;
        const target = dropTarget(built.bands, node.position.x, node.position.y);
        if (target) onMove(node.id, target.laneId, target.x, target.y);
      }}
      onNodeClick={(_e, node) => {
        if (node.type === 'pm' && !node.id.startsWith('ghost:')) onSelect({ kind: 'node', id: node.id });
      }}
      onNodeDoubleClick={(_e, node) => {
        if (node.type === 'pm' && !readOnly && onEdit && !node.id.startsWith('ghost:')) onEdit(node.id);
      }}
      onEdgeClick={(_e, edge) => onSelect({ kind: 'edge', id: edge.id })}
      onPaneClick={() => onSelect(null)}
      onConnect={(c: Connection) => {
        if (!readOnly && onConnect && c.source && c.target) onConnect(c.source, c.target);
      }}
      nodesDraggable={!readOnly}
      nodesConnectable={!readOnly}
      elementsSelectable
      nodesFocusable={false}
      edgesFocusable={false}
      disableKeyboardA11y
      deleteKeyCode={null}
      selectionKeyCode={null}
      multiSelectionKeyCode={null}
      snapToGrid
      snapGrid={[GRID, GRID]}
      minZoom={0.1}
      maxZoom={2}
      onlyRenderVisibleElements={doc.nodes.length > 120}
      ariaLabelConfig={ariaLabelConfig}
      aria-label={label}
      {...(focusProps ?? {})}
      proOptions={{ hideAttribution: true }}
      fitView={initialView === 'all'}
      fitViewOptions={{ padding: 0.08, maxZoom: 1 }}
    >
      <Background variant={BackgroundVariant.Dots} gap={GRID * 2} size={1.2} color="var(--wall-dot)" />
      {minimap && (
        <MiniMap<AnyFlowNode>
          pannable
          zoomable
          style={{ width: 168, height: 104 }}
          ariaLabel={t('processMap.minimap')}
          nodeColor={(n) => (n.type === 'lane' ? 'transparent' : n.data && 'diff' in n.data && n.data.diff === 'added' ? '#1d6b3a' : '#0b5f6e')}
          nodeStrokeColor={(n) => (n.type === 'lane' ? '#aab4be' : 'transparent')}
          maskColor="rgba(20, 26, 33, 0.12)"
        />
      )}
    </ReactFlow>
  );
}
