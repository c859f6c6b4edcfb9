// The benchmark's anchor: a bare React Flow page (default nodes, smoothstep edges, default handlers) with the same
// graph as the app's process map. The graph and viewport come from window.__GRAPH (set by the bench before load).
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import { ReactFlow, applyNodeChanges, type Edge, type Node, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

type Graph = { nodes: { id: string; x: number; y: number; label: string }[]; edges: { id: string; source: string; target: string }[]; viewport: { x: number; y: number; zoom: number } };
const g = (window as unknown as { __GRAPH: Graph }).__GRAPH;

function App() {
  const [nodes, setNodes] = useState<Node[]>(() => g.nodes.map((n) => ({ id: n.id, position: { x: n.x, y: n.y }, data: { label: n.label }, style: { width: 200, height: 100 } })));
  const edges: Edge[] = g.edges.map((e) => ({ ...e, type: 'smoothstep' }));
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={(c: NodeChange[]) => setNodes((ns) => applyNodeChanges(c, ns))}
      defaultViewport={g.viewport}
      onInit={() => {
        const w = window as unknown as { __bareReady: boolean; __bareMountMs: number };
        w.__bareMountMs = performance.now() - t0;
        w.__bareReady = true;
      }}
    />
  );
}

const t0 = performance.now();
createRoot(document.getElementById('root')!).render(<App />);
