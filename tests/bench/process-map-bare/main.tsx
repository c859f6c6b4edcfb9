// The benchmark's anchor: a bare React Flow page (default nodes, smoothstep edges, default handlers) with the same
// graph as the app's process map: the same steps and lane bands at the same places, in a box of the app canvas's
// size and place, with the same culling, so the same nodes are mounted for the same viewport. The graph comes from
// window.__GRAPH (set by the bench before load); the instance is window.__bareFlow.
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import {
  MarkerType,
  Position,
  ReactFlow,
  applyNodeChanges,
  type Edge,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';

type Box = { x: number; y: number; width: number; height: number };
type Graph = {
  nodes: { id: string; x: number; y: number; label: string }[];
  lanes: { id: string; x: number; y: number; width: number; height: number }[];
  edges: { id: string; source: string; target: string }[];
  viewport: { x: number; y: number; zoom: number };
  node: { width: number; height: number };
  box: Box;
  cull: boolean;
};
const g = (window as unknown as { __GRAPH: Graph }).__GRAPH;
const { width: W, height: H } = g.node;
// Known sizes and handles (as the app declares them): culled nodes are never measured.
const handles: Node['handles'] = [
  { type: 'target', position: Position.Left, x: -6, y: H / 2 - 6, width: 12, height: 12 },
  { type: 'source', position: Position.Right, x: W - 6, y: H / 2 - 6, width: 12, height: 12 },
];

function App() {
  const [nodes, setNodes] = useState<Node[]>(() => [
    ...g.lanes.map((l, i) => ({
      id: `lane:${l.id}`,
      position: { x: l.x, y: l.y },
      data: { label: '' },
      width: l.width,
      height: l.height,
      draggable: false,
      selectable: false,
      zIndex: -1,
      handles: [],
      style: { width: l.width, height: l.height, background: i % 2 ? '#f4f6f8' : '#fff' },
    })),
    ...g.nodes.map((n) => ({
      id: n.id,
      position: { x: n.x, y: n.y },
      data: { label: n.label },
      width: W,
      height: H,
      handles,
      style: { width: W, height: H },
    })),
  ]);
  const [edges] = useState<Edge[]>(() =>
    g.edges.map((e) => ({ ...e, type: 'smoothstep', markerEnd: { type: MarkerType.ArrowClosed } })),
  );
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={(c: NodeChange[]) => setNodes((ns) => applyNodeChanges(c, ns))}
      defaultViewport={g.viewport}
      minZoom={0.005}
      maxZoom={2}
      onlyRenderVisibleElements={g.cull}
      onInit={(rf) => {
        const w = window as unknown as { __bareReady: boolean; __bareMountMs: number; __bareFlow: unknown };
        w.__bareFlow = rf;
        w.__bareMountMs = performance.now() - t0;
        w.__bareReady = true;
      }}
    />
  );
}

const t0 = performance.now();
const root = document.getElementById('root')!;
if (g.box)
  Object.assign(root.style, {
    position: 'absolute',
    left: `${g.box.x}px`,
    top: `${g.box.y}px`,
    width: `${g.box.width}px`,
    height: `${g.box.height}px`,
  });
createRoot(root).render(<App />);
