import { CornerDownRight, GitBranchPlus, StickyNote, Trash2 } from 'lucide-react';
import type { BoardAction } from '../kit/actions';
import type { KitContext } from '../kit/kit-actions';
import { selectionActions } from '../kit/selection-actions';
import { zoomActions, type ZoomContext } from '../kit/zoom-actions';

type Dir = 'left' | 'right' | 'up' | 'down';

/** What the fishbone's actions do; the view implements these over its state and `dispatch`. */
export interface FishOps {
  addCause: () => void;
  addChild: () => void;
  addBone: () => void;
  editText: () => void;
  deleteSelected: () => void;
  select: (dir: Dir) => void;
  move: (dir: Dir) => void;
  /** Selects category n (1-based). */
  selectBone: (n: number) => void;
  clearSelection: () => void;
  paste: () => void;
  /** From a menu: runs the browser's copy (or cut), which the diagram answers with the chosen causes. */
  copy: () => void;
  cut: () => void;
  /** Copies of the chosen causes right after them. */
  duplicate: () => void;
  /** Ctrl+A: every cause together. */
  selectAll: () => void;
  find: () => void;
}

export interface FishActionContext extends KitContext, ZoomContext {
  readOnly: boolean;
  selection: 'head' | 'bone' | 'cause' | null;
  canAddBone: boolean;
  hasCauses: boolean;
  ops: FishOps;
}

const writable = (c: FishActionContext) => !c.readOnly;
const DIRS = [
  ['Left', 'left'],
  ['Right', 'right'],
  ['Up', 'up'],
  ['Down', 'down'],
] as const;

const arrows: BoardAction<FishActionContext>[] = DIRS.flatMap(([key, dir]) => [
  {
    id: `fish.select${key}`,
    label: `fishbone.actions.select${key}`,
    group: 'navigate' as const,
    keys: [`Arrow${key}`],
    enabled: () => true,
    perform: (c: FishActionContext) => c.ops.select(dir),
    hideInPalette: true,
  },
  {
    id: `fish.move${key}`,
    label: `fishbone.actions.move${key}`,
    group: 'edit' as const,
    keys: [`Alt+Arrow${key}`],
    enabled: (c: FishActionContext) =>
      !c.readOnly && (c.selection === 'cause' || (c.selection === 'bone' && (dir === 'left' || dir === 'right'))),
    perform: (c: FishActionContext) => c.ops.move(dir),
  },
]);

/** Every fishbone command, declared once: keys, add buttons, context menu, palette and overlay come from here. */
export const FISHBONE_ACTIONS: readonly BoardAction<FishActionContext>[] = [
  {
    id: 'fish.addCause',
    label: 'fishbone.addCause',
    group: 'add',
    keys: ['Enter'],
    enabled: writable,
    // Enter on the effect edits it (there is nothing to add beside it); the button always adds a cause.
    perform: (c, e) => (e && c.selection === 'head' ? c.ops.editText() : c.ops.addCause()),
    toolbar: { icon: StickyNote, primary: true },
    contextMenu: true,
  },
  {
    id: 'fish.addChild',
    label: 'fishbone.addSubCause',
    group: 'add',
    keys: ['Tab'],
    enabled: (c) => writable(c) && c.selection === 'cause',
    perform: (c) => c.ops.addChild(),
    toolbar: { icon: CornerDownRight },
    contextMenu: true,
  },
  {
    id: 'fish.addBone',
    label: 'fishbone.addBone',
    group: 'add',
    enabled: (c) => writable(c) && c.canAddBone,
    perform: (c) => c.ops.addBone(),
    toolbar: { icon: GitBranchPlus },
    contextMenu: true,
  },
  {
    id: 'fish.editText',
    label: 'fishbone.actions.editText',
    group: 'edit',
    keys: ['F2'],
    enabled: (c) => writable(c) && c.selection !== null,
    perform: (c) => c.ops.editText(),
    contextMenu: true,
  },
  {
    id: 'fish.delete',
    label: 'fishbone.actions.delete',
    group: 'edit',
    keys: ['Delete', 'Backspace'],
    enabled: (c) => writable(c) && (c.selection === 'cause' || c.selection === 'bone'),
    perform: (c) => c.ops.deleteSelected(),
    toolbar: { icon: Trash2, short: 'common.delete' },
    contextMenu: true,
  },
  ...arrows,
  {
    id: 'fish.selectBone',
    label: 'fishbone.actions.selectBone',
    group: 'navigate',
    keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
    enabled: () => true,
    perform: (c, e) => c.ops.selectBone(e ? Number(e.key) || 1 : 1),
    hideInPalette: true,
  },
  ...selectionActions<FishActionContext>(
    'fish',
    (c) => c.hasCauses,
    (c) => c.selection === 'cause',
  ),
  {
    id: 'fish.paste',
    label: 'fishbone.actions.paste',
    group: 'clipboard',
    keys: ['Mod+V'],
    keyViaBrowserEvent: true,
    enabled: writable,
    perform: (c) => c.ops.paste(),
    contextMenu: true,
  },
  {
    id: 'fish.find',
    label: 'boardKit.find.open',
    group: 'navigate',
    keys: ['Mod+F'],
    enabled: () => true,
    perform: (c) => c.ops.find(),
    contextMenu: true,
  },
  {
    id: 'fish.deselect',
    label: 'fishbone.actions.deselect',
    group: 'navigate',
    keys: ['Escape'],
    enabled: (c) => c.selection !== null,
    perform: (c) => c.ops.clearSelection(),
    hideInPalette: true,
  },
  ...zoomActions<FishActionContext>('fishbone.fit'),
];
