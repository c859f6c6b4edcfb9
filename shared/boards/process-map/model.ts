import { z } from 'zod';
import { Id } from '../../domain/ids';
import { LIMITS } from '../../domain/limits';
import { ItemRef } from '../links';

/** Who a swimlane stands for; labels live in i18n under `processMap.laneType.<code>`. */
export const LANE_TYPES = [
  'client',
  'primary-care',
  'specialised-care',
  'social-services',
  'school',
  'employment-services',
  'other',
] as const;
export type LaneType = (typeof LANE_TYPES)[number];

/** Node kinds, each with its own shape on the board (`processMap.nodeKind.<code>`). */
export const NODE_KINDS = ['start', 'step', 'decision', 'wait', 'handoff', 'document', 'end'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Problem marker kinds (`processMap.problem.<code>`). */
export const PROBLEM_KINDS = [
  'bottleneck',
  'delay',
  'rework',
  'handoff-break',
  'missing-info',
  'client-waits',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export const TIME_UNITS = ['minutes', 'hours', 'days'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/** Branch of a decision's outgoing edge. */
export const BRANCHES = ['yes', 'no'] as const;
export type Branch = (typeof BRANCHES)[number];

/** Text limits: a step's text may be long (pasted), the board clamps it; labels and notes stay short. */
export const PM_LIMITS = {
  nodeText: LIMITS.longText,
  edgeLabel: 80,
  markerNote: LIMITS.shortText,
  performer: LIMITS.name,
  laneName: LIMITS.name,
  lanes: 30,
  nodes: 2000,
  edges: 4000,
  markers: 2000,
  linksPerMarker: 20,
  maxTime: 100_000,
} as const;

/** Node size in board units (1 unit = 1 px at 100 % zoom); every kind fits this box. */
export const NODE_SIZE = { width: 200, height: 100 } as const;

/** Board x is bounded so a bad package cannot push a node to infinity; y is the offset inside the node's lane. */
const X = z.number().finite().min(-100_000).max(100_000);
const LaneY = z.number().finite().min(0).max(20_000);

/** A duration with its unit as entered; `toMinutes` in flow.ts converts. */
export const Duration = z.object({
  value: z.number().finite().min(0).max(PM_LIMITS.maxTime),
  unit: z.enum(TIME_UNITS),
});
export type Duration = z.infer<typeof Duration>;

/** A swimlane: an actor or organisation. Lanes are drawn top-down in array order. */
export const Lane = z.object({
  id: Id,
  type: z.enum(LANE_TYPES),
  /** Free name ("Nuorisopsykiatrian poliklinikka"); empty shows the translated type. */
  name: z.string().max(PM_LIMITS.laneName),
  collapsed: z.boolean(),
});
export type Lane = z.infer<typeof Lane>;

const NodeShape = z.object({
  id: Id,
  kind: z.enum(NODE_KINDS),
  text: z.string().max(PM_LIMITS.nodeText),
  laneId: Id,
  /** Board x of the node's left edge. */
  x: X,
  /** Offset of the node's top from its lane's top; the lane grows to hold it, so a node is always inside its lane. */
  y: LaneY,
  processTime: Duration.nullable(),
  waitTime: Duration.nullable(),
  /** Who performs the step (profession or unit), free text. */
  performer: z.string().max(PM_LIMITS.performer),
  /** Set when an imported node had a kind this version does not know; it is shown as a step and the kind is kept. */
  unknownKind: z.string().max(60).optional(),
});
export type ProcessNode = z.infer<typeof NodeShape>;

/** Unknown node kinds (from a newer app or a hand-edited package) become steps that remember their kind. */
function normalizeNode(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object') return raw;
  const n = raw as Record<string, unknown>;
  if (typeof n.kind === 'string' && !(NODE_KINDS as readonly string[]).includes(n.kind)) {
    return { ...n, kind: 'step', unknownKind: n.kind.slice(0, 60) };
  }
  return raw;
}

export const ProcessNode = z.preprocess(normalizeNode, NodeShape);

export const ProcessEdge = z.object({
  id: Id,
  source: Id,
  target: Id,
  label: z.string().max(PM_LIMITS.edgeLabel),
  /** Yes/no branch of a decision (shown as the label when the label is empty). */
  branch: z.enum(BRANCHES).nullable(),
});
export type ProcessEdge = z.infer<typeof ProcessEdge>;

export const MarkerTarget = z.object({ type: z.enum(['node', 'edge']), id: Id });
export type MarkerTarget = z.infer<typeof MarkerTarget>;

/** A problem seen on a step or a transition, with a short note; may seed fishbone / 5-whys boards (links as data). */
export const ProblemMarker = z.object({
  id: Id,
  kind: z.enum(PROBLEM_KINDS),
  note: z.string().max(PM_LIMITS.markerNote),
  target: MarkerTarget,
  links: z.array(ItemRef).max(PM_LIMITS.linksPerMarker),
});
export type ProblemMarker = z.infer<typeof ProblemMarker>;

const DocShape = z.object({
  lanes: z.array(Lane).max(PM_LIMITS.lanes),
  nodes: z.array(ProcessNode).max(PM_LIMITS.nodes),
  /** Edges may dangle in an imported package; they are kept, not drawn, and reported on the board. */
  edges: z.array(ProcessEdge).max(PM_LIMITS.edges),
  markers: z.array(ProblemMarker).max(PM_LIMITS.markers),
});

/** A deterministic lane id for nodes whose lane is missing in an imported document. */
export const ORPHAN_LANE_ID = 'lane-unassigned';

/** Nodes whose lane is missing get a lane of their own (named by the UI), so nothing imported disappears. */
function normalizeDoc(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object') return raw;
  const d = raw as Record<string, unknown>;
  if (!Array.isArray(d.lanes) || !Array.isArray(d.nodes)) return raw;
  const laneIds = new Set(
    d.lanes.map((l: unknown) => (l && typeof l === 'object' ? (l as Record<string, unknown>).id : undefined)),
  );
  const orphans = d.nodes.some(
    (n: unknown) => n && typeof n === 'object' && !laneIds.has((n as Record<string, unknown>).laneId),
  );
  if (!orphans) return raw;
  return {
    ...d,
    lanes: laneIds.has(ORPHAN_LANE_ID)
      ? d.lanes
      : [...d.lanes, { id: ORPHAN_LANE_ID, type: 'other', name: '', collapsed: false }],
    nodes: d.nodes.map((n: unknown) =>
      n && typeof n === 'object' && !laneIds.has((n as Record<string, unknown>).laneId)
        ? { ...(n as object), laneId: ORPHAN_LANE_ID }
        : n,
    ),
  };
}

export const ProcessMapDoc = z.preprocess(normalizeDoc, DocShape);
export type ProcessMapDoc = z.infer<typeof DocShape>;

const nodePatch = z
  .object({
    kind: NodeShape.shape.kind,
    text: NodeShape.shape.text,
    processTime: NodeShape.shape.processTime,
    waitTime: NodeShape.shape.waitTime,
    performer: NodeShape.shape.performer,
  })
  .partial();

/** Where a new node is linked from (Enter after a selected node): the edge is created in the same command. */
const AddAfter = z.object({ source: Id, edgeId: Id, label: ProcessEdge.shape.label, branch: ProcessEdge.shape.branch });

export const NodePosition = z.object({ id: Id, laneId: Id, x: X, y: LaneY });
export type NodePosition = z.infer<typeof NodePosition>;

const SINGLE_COMMANDS = [
  z.object({ type: z.literal('addLane'), lane: Lane, index: z.number().int().min(0).max(PM_LIMITS.lanes).optional() }),
  z.object({
    type: z.literal('updateLane'),
    id: Id,
    patch: z.object({ name: Lane.shape.name, type: Lane.shape.type }).partial(),
  }),
  z.object({ type: z.literal('moveLane'), id: Id, index: z.number().int().min(0).max(PM_LIMITS.lanes) }),
  z.object({ type: z.literal('setLaneCollapsed'), id: Id, collapsed: z.boolean() }),
  /** Removes the lane with its nodes, their edges and markers (one undoable step). */
  z.object({ type: z.literal('deleteLane'), id: Id }),
  z.object({ type: z.literal('addNode'), node: NodeShape, after: AddAfter.optional() }),
  z.object({ type: z.literal('updateNode'), id: Id, patch: nodePatch }),
  /** A drag or keyboard move ends in one command; a new lane changes the node's actor. */
  z.object({ type: z.literal('moveNode'), id: Id, laneId: Id, x: X, y: LaneY }),
  /**
   * Removes the node, its edges and markers. When it sat in a simple chain (one edge in, one edge out) and
   * `reconnectEdgeId` is given, the predecessor is linked to the successor with that id.
   */
  z.object({ type: z.literal('deleteNode'), id: Id, reconnectEdgeId: Id.optional() }),
  z.object({ type: z.literal('addEdge'), edge: ProcessEdge }),
  z.object({
    type: z.literal('updateEdge'),
    id: Id,
    patch: z.object({ label: ProcessEdge.shape.label, branch: ProcessEdge.shape.branch }).partial(),
  }),
  z.object({ type: z.literal('deleteEdge'), id: Id }),
  z.object({ type: z.literal('addMarker'), marker: ProblemMarker }),
  z.object({
    type: z.literal('updateMarker'),
    id: Id,
    patch: z.object({ kind: ProblemMarker.shape.kind, note: ProblemMarker.shape.note }).partial(),
  }),
  z.object({ type: z.literal('deleteMarker'), id: Id }),
  /** Records that a marker seeded another board (fishbone effect, 5-whys problem). */
  z.object({ type: z.literal('linkMarker'), id: Id, ref: ItemRef }),
  z.object({ type: z.literal('unlinkMarker'), id: Id, boardId: Id }),
  /** Auto-layout result (or any batch move) as one undoable command. */
  z.object({ type: z.literal('applyLayout'), positions: z.array(NodePosition).max(PM_LIMITS.nodes) }),
  /**
   * Inserts a node into the edge `edgeId` (A→B becomes A→node→B): the edge keeps its id, label, branch and markers
   * and now ends at the node; a new edge `newEdgeId` runs from the node to B.
   */
  z.object({ type: z.literal('insertNode'), node: NodeShape, edgeId: Id, newEdgeId: Id }),
] as const;

/** One edit that is not a batch. */
export const SingleProcessMapCommand = z.discriminatedUnion('type', SINGLE_COMMANDS);
export type SingleProcessMapCommand = z.infer<typeof SingleProcessMapCommand>;

/** Most commands a batch may hold: a whole map copied and pasted (2,000 steps and 4,000 links). */
export const MAX_BATCH = 6000;

export const ProcessMapCommand = z.discriminatedUnion('type', [
  ...SINGLE_COMMANDS,
  /** Several edits as one undoable step (paste, multi-select); all or nothing. */
  z.object({
    type: z.literal('batch'),
    label: z.enum(['paste', 'selection', 'decision', 'insert']),
    commands: z.array(SingleProcessMapCommand).min(1).max(MAX_BATCH),
  }),
]);
export type ProcessMapCommand = z.infer<typeof ProcessMapCommand>;
