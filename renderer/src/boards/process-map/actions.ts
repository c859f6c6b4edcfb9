import { AlertTriangle, Diamond, LayoutDashboard, Rows3, Spline, Square } from 'lucide-react';
import {
  NODE_KINDS,
  type NodeKind,
  type ProcessMapDoc,
  type ProcessNode,
} from '../../../../shared/boards/process-map/model';
import type { BoardAction } from '../kit/actions';
import type { KitContext } from '../kit/kit-actions';
import { zoomActions, type ZoomContext } from '../kit/zoom-actions';
import type { Selection } from './MapCanvas';

/** What the process map's actions do; the view implements these over its state and `dispatch`. */
export interface MapOps {
  addNext: () => void;
  addBranch: () => void;
  addDecision: () => void;
  addLane: () => void;
  addProblem: () => void;
  editText: () => void;
  deleteSelected: () => void;
  setKind: (kind: NodeKind) => void;
  connect: () => void;
  paste: () => void;
  layout: () => void;
  /** Tab / Shift+Tab along the flow; false past either end (the key then leaves the canvas). */
  cycle: (back: boolean) => boolean;
  /** Home / End: the first or the last step of the flow. */
  selectEnd: (last: boolean) => void;
  selectAcrossLanes: (dir: -1 | 1) => void;
  selectInLane: (dir: -1 | 1) => void;
  moveToLane: (dir: -1 | 1) => void;
  nudge: (dir: -1 | 1) => void;
  selectAll: () => void;
  find: () => void;
  duplicate: () => void;
  /** From a menu: runs the browser's copy (or cut), which the canvas answers with the app's payload. */
  copy: () => void;
  cut: () => void;
  alignRow: () => void;
  alignColumn: () => void;
  distribute: () => void;
  focusInspector: () => void;
  clearSelection: () => void;
}

export interface MapActionContext extends KitContext, ZoomContext {
  doc: ProcessMapDoc;
  readOnly: boolean;
  selection: Selection;
  selectedNode: ProcessNode | undefined;
  /** The selected step, or the step a selected problem marker sits on: where adding and connecting continue from. */
  navNode: ProcessNode | undefined;
  /** Steps selected together (two or more), else empty. */
  many: readonly string[];
  ops: MapOps;
}

const writable = (c: MapActionContext) => !c.readOnly;
const onNode = (c: MapActionContext) => !c.readOnly && c.selectedNode !== undefined;
const onNav = (c: MapActionContext) => !c.readOnly && c.navNode !== undefined;
const onStepOrEdge = (c: MapActionContext) =>
  !c.readOnly && (c.selection?.kind === 'node' || c.selection?.kind === 'edge');
const hasSteps = (c: MapActionContext) => c.doc.nodes.length > 0;

/** Alt+1…7: one action per node kind, in the order the kinds are listed. */
const kindActions: BoardAction<MapActionContext>[] = NODE_KINDS.map((kind, i) => ({
  id: `pm.kind.${kind}`,
  label: `processMap.actions.kind.${kind}`,
  group: 'edit',
  keys: [`Alt+${i + 1}`],
  enabled: (c) => onNode(c) && (c.many.length > 1 || c.selectedNode!.kind !== kind),
  perform: (c) => c.ops.setKind(kind),
}));

/** Every process-map command, declared once: keys, toolbar, context menu, palette and overlay come from here. */
export const PROCESS_MAP_ACTIONS: readonly BoardAction<MapActionContext>[] = [
  {
    id: 'pm.addNext',
    label: 'processMap.actions.addNext',
    group: 'add',
    keys: ['Enter'],
    // On an empty map Enter starts the first step; with steps and nothing selected it selects the first one.
    enabled: writable,
    perform: (c) => c.ops.addNext(),
    toolbar: { icon: Square, primary: true, short: 'processMap.addStep' },
    contextMenu: true,
  },
  {
    id: 'pm.addBranch',
    label: 'processMap.actions.addBranch',
    group: 'add',
    keys: ['Shift+Enter'],
    enabled: onNav,
    perform: (c) => c.ops.addBranch(),
    contextMenu: true,
  },
  {
    id: 'pm.addDecision',
    label: 'processMap.actions.addDecision',
    group: 'add',
    keys: ['Mod+Enter'],
    enabled: onNav,
    perform: (c) => c.ops.addDecision(),
    toolbar: { icon: Diamond, short: 'processMap.actions.short.decision' },
    contextMenu: true,
  },
  {
    id: 'pm.addLane',
    label: 'processMap.actions.addLane',
    group: 'add',
    keys: ['Alt+L'],
    enabled: writable,
    perform: (c) => c.ops.addLane(),
    toolbar: { icon: Rows3, iconOnly: true },
    contextMenu: true,
  },
  {
    id: 'pm.addProblem',
    label: 'processMap.actions.addProblem',
    group: 'add',
    keys: ['Alt+P'],
    enabled: onStepOrEdge,
    perform: (c) => c.ops.addProblem(),
    toolbar: { icon: AlertTriangle, short: 'processMap.addProblem' },
    contextMenu: true,
  },
  {
    id: 'pm.connect',
    label: 'processMap.actions.connect',
    group: 'connect',
    keys: ['C'],
    enabled: onNav,
    perform: (c) => c.ops.connect(),
    toolbar: { icon: Spline, short: 'processMap.actions.short.connect' },
    contextMenu: true,
  },
  {
    id: 'pm.editText',
    label: 'processMap.actions.editText',
    group: 'edit',
    keys: ['F2'],
    enabled: onNode,
    perform: (c) => c.ops.editText(),
    contextMenu: true,
  },
  ...kindActions,
  {
    id: 'pm.moveUp',
    label: 'processMap.actions.moveUp',
    group: 'edit',
    keys: ['Shift+ArrowUp'],
    enabled: onNode,
    perform: (c) => c.ops.moveToLane(-1),
  },
  {
    id: 'pm.moveDown',
    label: 'processMap.actions.moveDown',
    group: 'edit',
    keys: ['Shift+ArrowDown'],
    enabled: onNode,
    perform: (c) => c.ops.moveToLane(1),
  },
  {
    id: 'pm.nudgeLeft',
    label: 'processMap.actions.nudgeLeft',
    group: 'edit',
    keys: ['Shift+ArrowLeft'],
    enabled: onNode,
    perform: (c) => c.ops.nudge(-1),
    hideInPalette: true,
  },
  {
    id: 'pm.nudgeRight',
    label: 'processMap.actions.nudgeRight',
    group: 'edit',
    keys: ['Shift+ArrowRight'],
    enabled: onNode,
    perform: (c) => c.ops.nudge(1),
    hideInPalette: true,
  },
  {
    id: 'pm.delete',
    label: 'processMap.actions.delete',
    group: 'edit',
    keys: ['Delete', 'Backspace'],
    enabled: (c) => !c.readOnly && c.selection !== null,
    perform: (c) => c.ops.deleteSelected(),
    contextMenu: true,
  },
  {
    id: 'pm.layout',
    label: 'processMap.actions.layout',
    group: 'edit',
    enabled: (c) => writable(c) && hasSteps(c),
    perform: (c) => c.ops.layout(),
    toolbar: { icon: LayoutDashboard, iconOnly: true },
    contextMenu: true,
  },
  {
    id: 'pm.selectAll',
    label: 'processMap.actions.selectAll',
    group: 'select',
    keys: ['Mod+A'],
    enabled: hasSteps,
    perform: (c) => c.ops.selectAll(),
    contextMenu: true,
  },
  {
    id: 'pm.alignRow',
    label: 'processMap.actions.alignRow',
    group: 'select',
    keys: ['Mod+Shift+ArrowUp'],
    enabled: (c) => writable(c) && c.many.length > 1,
    perform: (c) => c.ops.alignRow(),
    contextMenu: true,
  },
  {
    id: 'pm.alignColumn',
    label: 'processMap.actions.alignColumn',
    group: 'select',
    keys: ['Mod+Shift+ArrowLeft'],
    enabled: (c) => writable(c) && c.many.length > 1,
    perform: (c) => c.ops.alignColumn(),
    contextMenu: true,
  },
  {
    id: 'pm.distribute',
    label: 'processMap.actions.distribute',
    group: 'select',
    keys: ['Alt+D'],
    enabled: (c) => writable(c) && c.many.length > 2,
    perform: (c) => c.ops.distribute(),
    contextMenu: true,
  },
  {
    id: 'pm.copy',
    label: 'processMap.actions.copy',
    group: 'clipboard',
    keys: ['Mod+C'],
    keyViaBrowserEvent: true,
    enabled: (c) => c.selectedNode !== undefined,
    perform: (c) => c.ops.copy(),
    contextMenu: true,
  },
  {
    id: 'pm.cut',
    label: 'processMap.actions.cut',
    group: 'clipboard',
    keys: ['Mod+X'],
    keyViaBrowserEvent: true,
    enabled: onNode,
    perform: (c) => c.ops.cut(),
    contextMenu: true,
  },
  {
    id: 'pm.duplicate',
    label: 'processMap.actions.duplicate',
    group: 'clipboard',
    keys: ['Mod+D'],
    enabled: onNode,
    perform: (c) => c.ops.duplicate(),
    contextMenu: true,
  },
  {
    id: 'pm.paste',
    label: 'processMap.actions.paste',
    group: 'clipboard',
    keys: ['Mod+V'],
    keyViaBrowserEvent: true,
    enabled: writable,
    perform: (c) => c.ops.paste(),
    contextMenu: true,
  },
  {
    id: 'pm.next',
    label: 'processMap.actions.next',
    group: 'navigate',
    keys: ['Tab'],
    enabled: hasSteps,
    perform: (c) => (c.ops.cycle(false) ? undefined : false),
    hideInPalette: true,
  },
  {
    id: 'pm.previous',
    label: 'processMap.actions.previous',
    group: 'navigate',
    keys: ['Shift+Tab'],
    enabled: hasSteps,
    perform: (c) => (c.ops.cycle(true) ? undefined : false),
    hideInPalette: true,
  },
  {
    id: 'pm.first',
    label: 'processMap.actions.first',
    group: 'navigate',
    keys: ['Home'],
    enabled: hasSteps,
    perform: (c) => c.ops.selectEnd(false),
    hideInPalette: true,
  },
  {
    id: 'pm.last',
    label: 'processMap.actions.last',
    group: 'navigate',
    keys: ['End'],
    enabled: hasSteps,
    perform: (c) => c.ops.selectEnd(true),
    hideInPalette: true,
  },
  {
    id: 'pm.laneAbove',
    label: 'processMap.actions.laneAbove',
    group: 'navigate',
    keys: ['ArrowUp'],
    enabled: hasSteps,
    perform: (c) => c.ops.selectAcrossLanes(-1),
    hideInPalette: true,
  },
  {
    id: 'pm.laneBelow',
    label: 'processMap.actions.laneBelow',
    group: 'navigate',
    keys: ['ArrowDown'],
    enabled: hasSteps,
    perform: (c) => c.ops.selectAcrossLanes(1),
    hideInPalette: true,
  },
  {
    id: 'pm.left',
    label: 'processMap.actions.left',
    group: 'navigate',
    keys: ['ArrowLeft'],
    enabled: hasSteps,
    perform: (c) => c.ops.selectInLane(-1),
    hideInPalette: true,
  },
  {
    id: 'pm.right',
    label: 'processMap.actions.right',
    group: 'navigate',
    keys: ['ArrowRight'],
    enabled: hasSteps,
    perform: (c) => c.ops.selectInLane(1),
    hideInPalette: true,
  },
  {
    id: 'pm.find',
    label: 'boardKit.find.open',
    group: 'navigate',
    keys: ['Mod+F'],
    enabled: hasSteps,
    perform: (c) => c.ops.find(),
    contextMenu: true,
  },
  {
    id: 'pm.inspector',
    label: 'processMap.actions.inspector',
    group: 'navigate',
    keys: ['F6'],
    enabled: () => true,
    perform: (c) => c.ops.focusInspector(),
  },
  {
    id: 'pm.deselect',
    label: 'processMap.actions.deselect',
    group: 'navigate',
    keys: ['Escape'],
    enabled: (c) => c.selection !== null,
    perform: (c) => c.ops.clearSelection(),
    hideInPalette: true,
  },
  ...zoomActions<MapActionContext>('processMap.fit'),
];
