import { CornerDownRight, Split, Target, Trash2 } from 'lucide-react';
import type { BoardAction } from '../kit/actions';
import type { KitContext } from '../kit/kit-actions';
import { zoomActions, type ZoomContext } from '../kit/zoom-actions';
import { selectionActions, type SelectionOps } from '../kit/selection-actions';

/** What the 5 whys' actions do; the view implements these over its state and `dispatch`. */
export interface WhysOps extends SelectionOps {
  addWhy: () => void;
  addBranch: () => void;
  editText: () => void;
  toggleRoot: () => void;
  deleteSelected: () => void;
  toParent: () => void;
  toFirstChild: () => void;
  toSibling: (dir: -1 | 1) => void;
  toProblem: () => void;
  leave: () => void;
  paste: () => void;
  find: () => void;
}

export interface WhysActionContext extends KitContext, ZoomContext {
  readOnly: boolean;
  /** The problem card is selected (else a why). */
  onProblem: boolean;
  hasSteps: boolean;
  /** The selected why is marked as a root cause. */
  isRoot: boolean;
  /** Whys selected together (two or more), else 0. */
  many: number;
  ops: WhysOps;
}

const writable = (c: WhysActionContext) => !c.readOnly;
const chosen = (c: WhysActionContext) => !c.onProblem || c.many > 0;

/** Every 5 whys command, declared once: keys, context menu, palette and overlay come from here. */
export const FIVE_WHYS_ACTIONS: readonly BoardAction<WhysActionContext>[] = [
  {
    id: 'whys.addWhy',
    label: 'whys.addWhy',
    group: 'add',
    keys: ['Tab'],
    enabled: writable,
    perform: (c) => c.ops.addWhy(),
    toolbar: { icon: CornerDownRight, primary: true },
    contextMenu: true,
  },
  {
    id: 'whys.addBranch',
    label: 'whys.addBranch',
    group: 'add',
    keys: ['Enter'],
    enabled: writable,
    // Enter on the problem card edits the problem (a branch needs a why beside it).
    perform: (c, e) => (e && c.onProblem ? c.ops.editText() : c.ops.addBranch()),
    toolbar: { icon: Split },
    contextMenu: true,
  },
  {
    id: 'whys.editText',
    label: 'whys.actions.editText',
    group: 'edit',
    keys: ['F2'],
    enabled: writable,
    perform: (c) => c.ops.editText(),
    contextMenu: true,
  },
  {
    id: 'whys.toggleRoot',
    label: 'whys.actions.toggleRoot',
    group: 'edit',
    keys: ['R'],
    enabled: (c) => !c.readOnly && chosen(c),
    perform: (c) => c.ops.toggleRoot(),
    toolbar: { icon: Target },
    pressed: (c) => c.isRoot,
    labelNow: (c) => (c.isRoot ? 'whys.unmarkRoot' : 'whys.markRoot'),
    contextMenu: true,
  },
  {
    id: 'whys.delete',
    label: 'whys.deleteStep',
    group: 'edit',
    keys: ['Delete', 'Backspace'],
    enabled: (c) => !c.readOnly && chosen(c),
    perform: (c) => c.ops.deleteSelected(),
    toolbar: { icon: Trash2, short: 'common.delete' },
    contextMenu: true,
  },
  {
    id: 'whys.up',
    label: 'whys.actions.toParent',
    group: 'navigate',
    keys: ['ArrowUp'],
    enabled: () => true,
    perform: (c) => c.ops.toParent(),
    hideInPalette: true,
  },
  {
    id: 'whys.down',
    label: 'whys.actions.toFirstChild',
    group: 'navigate',
    keys: ['ArrowDown'],
    enabled: () => true,
    perform: (c) => c.ops.toFirstChild(),
    hideInPalette: true,
  },
  {
    id: 'whys.left',
    label: 'whys.actions.previousSibling',
    group: 'navigate',
    keys: ['ArrowLeft'],
    enabled: () => true,
    perform: (c) => c.ops.toSibling(-1),
    hideInPalette: true,
  },
  {
    id: 'whys.right',
    label: 'whys.actions.nextSibling',
    group: 'navigate',
    keys: ['ArrowRight'],
    enabled: () => true,
    perform: (c) => c.ops.toSibling(1),
    hideInPalette: true,
  },
  {
    id: 'whys.home',
    label: 'whys.actions.toProblem',
    group: 'navigate',
    keys: ['Home'],
    enabled: () => true,
    perform: (c) => c.ops.toProblem(),
  },
  {
    id: 'whys.leave',
    label: 'whys.actions.leave',
    group: 'navigate',
    keys: ['Escape'],
    enabled: () => true,
    perform: (c) => c.ops.leave(),
    hideInPalette: true,
  },
  {
    id: 'whys.paste',
    label: 'whys.actions.paste',
    group: 'clipboard',
    keys: ['Mod+V'],
    keyViaBrowserEvent: true,
    enabled: writable,
    perform: (c) => c.ops.paste(),
    contextMenu: true,
  },
  ...selectionActions<WhysActionContext>('whys', (c) => c.hasSteps, chosen),
  {
    id: 'whys.find',
    label: 'boardKit.find.open',
    group: 'navigate',
    keys: ['Mod+F'],
    enabled: (c) => c.hasSteps,
    perform: (c) => c.ops.find(),
    contextMenu: true,
  },
  ...zoomActions<WhysActionContext>('boardKit.zoom.fit'),
];
