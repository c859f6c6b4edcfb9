/**
 * elkjs called synchronously. elkjs's public API (`new ELK().layout(graph)`) returns a Promise because it may run in
 * a Web Worker; in Node and without a worker URL it runs the same GWT-compiled engine behind a "fake worker" whose
 * only asynchrony is a `setTimeout(0)` before dispatching. Pictures are synchronous (`draw()` returns a string, used
 * by the Excel export in Node and by the renderer), so we take the fake worker's dispatcher and call it directly:
 * the layout runs to completion inside the call and its reply arrives through `onmessage` before we return.
 * The engine is created once per process (its start-up registers the layered algorithm, ~30 ms).
 * See docs/architecture.md ("Process map layout").
 */
import * as elkWorkerModule from 'elkjs/lib/elk-worker.min.js';

/** The parts of an ELK JSON graph this project uses (see https://eclipse.dev/elk/documentation/tooldevelopers/graphdatastructure/jsonformat.html). */
export interface ElkPoint {
  x: number;
  y: number;
}
export interface ElkEdgeSection {
  startPoint: ElkPoint;
  endPoint: ElkPoint;
  bendPoints?: ElkPoint[];
}
export interface ElkNode {
  id: string;
  x?: number;
  y?: number;
  width: number;
  height: number;
  layoutOptions?: Record<string, string>;
}
export interface ElkLabel {
  id: string;
  text?: string;
  width: number;
  height: number;
  x?: number;
  y?: number;
  layoutOptions?: Record<string, string>;
}
export interface ElkEdge {
  id: string;
  labels?: ElkLabel[];
  sources: string[];
  targets: string[];
  sections?: ElkEdgeSection[];
}
export interface ElkGraph {
  id: string;
  layoutOptions: Record<string, string>;
  children: ElkNode[];
  edges: ElkEdge[];
  width?: number;
  height?: number;
}

interface FakeWorker {
  onmessage: (e: { data: { id: number; data?: unknown; error?: unknown } }) => void;
  dispatcher: { saveDispatch(e: { data: Record<string, unknown> }): void };
}
type FakeWorkerCtor = new (url?: string) => FakeWorker;

/** The module is CommonJS (`{ default: FakeWorker, Worker: FakeWorker }`); bundlers and Node expose it differently. */
function workerConstructor(): FakeWorkerCtor {
  const ns = elkWorkerModule as unknown as Record<string, unknown>;
  const dflt = ns.default as Record<string, unknown> | ((...a: unknown[]) => unknown) | undefined;
  const candidates = [
    ns.Worker,
    dflt && typeof dflt === 'object' ? dflt.Worker : undefined,
    typeof dflt === 'function' ? dflt : undefined,
  ];
  const ctor = candidates.find((c) => typeof c === 'function');
  if (!ctor) throw new Error('elkjs worker module not found');
  return ctor as FakeWorkerCtor;
}

let engine: FakeWorker | null = null;
let nextId = 1;

function call(worker: FakeWorker, message: Record<string, unknown>): unknown {
  let reply: { data?: unknown; error?: unknown } | undefined;
  worker.onmessage = (e) => {
    reply = e.data;
  };
  worker.dispatcher.saveDispatch({ data: { id: nextId++, ...message } });
  if (!reply) throw new Error('elkjs did not answer synchronously');
  if (reply.error) throw reply.error instanceof Error ? reply.error : new Error(String(reply.error));
  return reply.data;
}

function getEngine(): FakeWorker {
  if (!engine) {
    const w = new (workerConstructor())();
    call(w, { cmd: 'register', algorithms: ['layered'] });
    engine = w;
  }
  return engine;
}

/** Lays the graph out with ELK (mutating and returning it, as elkjs does), synchronously. Throws on ELK errors. */
export function elkLayoutSync(graph: ElkGraph): ElkGraph {
  return call(getEngine(), { cmd: 'layout', graph, layoutOptions: {}, options: {} }) as ElkGraph;
}
