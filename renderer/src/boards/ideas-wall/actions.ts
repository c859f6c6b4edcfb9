import { Focus, Frame, StickyNote, Trash2 } from 'lucide-react';
import type { BoardAction } from '../kit/actions';
import type { KitContext } from '../kit/kit-actions';
import { pictureExportActions, type PictureExportContext } from '../kit/picture-actions';
import { selectionActions } from '../kit/selection-actions';
import { zoomActions, type ZoomContext } from '../kit/zoom-actions';

/** What the ideas wall's actions do; the view implements these over its state and `dispatch`. */
export interface WallOps {
  addNote: () => void;
  /** Edits the selected note, or adds one when none is selected. */
  editOrAdd: () => void;
  addCluster: () => void;
  deleteSelected: () => void;
  /** Tab / Shift+Tab over notes then clusters; false past either end (the key then leaves the canvas). */
  cycle: (back: boolean) => boolean;
  clearSelection: () => void;
  nudge: (dx: -1 | 0 | 1, dy: -1 | 0 | 1, far: boolean) => void;
  paste: () => void;
  /** From a menu: runs the browser's copy (or cut), which the wall answers with the chosen notes. */
  copy: () => void;
  cut: () => void;
  /** A copy of the chosen notes beside them. */
  duplicate: () => void;
  /** Ctrl+A: every note together. */
  selectAll: () => void;
  find: () => void;
  zoomToSelection: () => void;
}

export interface WallActionContext extends KitContext, PictureExportContext, ZoomContext {
  readOnly: boolean;
  /** A note or cluster is selected. */
  selected: boolean;
  noteSelected: boolean;
  hasNotes: boolean;
  hasItems: boolean;
  ops: WallOps;
}

const writable = (c: WallActionContext) => !c.readOnly;
const onItem = (c: WallActionContext) => !c.readOnly && c.selected;

const nudges: BoardAction<WallActionContext>[] = (
  [
    ['Left', -1, 0],
    ['Right', 1, 0],
    ['Up', 0, -1],
    ['Down', 0, 1],
  ] as const
).flatMap(([dir, dx, dy]) => [
  {
    id: `wall.nudge${dir}`,
    label: `wall.actions.nudge${dir}`,
    group: 'edit' as const,
    keys: [`Arrow${dir}`],
    enabled: onItem,
    perform: (c: WallActionContext) => c.ops.nudge(dx, dy, false),
    hideInPalette: true,
  },
  {
    id: `wall.nudgeFar${dir}`,
    label: `wall.actions.nudgeFar${dir}`,
    group: 'edit' as const,
    keys: [`Shift+Arrow${dir}`],
    enabled: onItem,
    perform: (c: WallActionContext) => c.ops.nudge(dx, dy, true),
    hideInPalette: true,
  },
]);

/** Every ideas-wall command, declared once: keys, context menu, palette and overlay come from here. */
export const IDEAS_WALL_ACTIONS: readonly BoardAction<WallActionContext>[] = [
  {
    id: 'wall.addNote',
    label: 'wall.addNote',
    group: 'add',
    keys: ['N'],
    enabled: writable,
    perform: (c) => c.ops.addNote(),
    toolbar: { icon: StickyNote, primary: true },
    contextMenu: true,
  },
  {
    id: 'wall.addCluster',
    label: 'wall.addCluster',
    group: 'add',
    keys: ['Alt+G'],
    enabled: writable,
    perform: (c) => c.ops.addCluster(),
    toolbar: { icon: Frame },
    contextMenu: true,
  },
  {
    id: 'wall.editText',
    label: 'wall.actions.editOrAdd',
    group: 'edit',
    keys: ['Enter', 'F2'],
    enabled: writable,
    perform: (c) => c.ops.editOrAdd(),
    contextMenu: true,
  },
  {
    id: 'wall.delete',
    label: 'wall.actions.delete',
    group: 'edit',
    keys: ['Delete', 'Backspace'],
    enabled: onItem,
    perform: (c) => c.ops.deleteSelected(),
    toolbar: { icon: Trash2, short: 'common.delete' },
    contextMenu: true,
  },
  ...nudges,
  ...selectionActions<WallActionContext>(
    'wall',
    (c) => c.hasNotes,
    (c) => c.noteSelected,
  ),
  {
    id: 'wall.paste',
    label: 'wall.actions.paste',
    group: 'clipboard',
    keys: ['Mod+V'],
    keyViaBrowserEvent: true,
    enabled: writable,
    perform: (c) => c.ops.paste(),
    contextMenu: true,
  },
  {
    id: 'wall.next',
    label: 'wall.actions.next',
    group: 'navigate',
    keys: ['Tab'],
    enabled: (c) => c.hasItems,
    perform: (c) => (c.ops.cycle(false) ? undefined : false),
    hideInPalette: true,
  },
  {
    id: 'wall.previous',
    label: 'wall.actions.previous',
    group: 'navigate',
    keys: ['Shift+Tab'],
    enabled: (c) => c.hasItems,
    perform: (c) => (c.ops.cycle(true) ? undefined : false),
    hideInPalette: true,
  },
  {
    id: 'wall.find',
    label: 'boardKit.find.open',
    group: 'navigate',
    keys: ['Mod+F'],
    enabled: (c) => c.hasItems,
    perform: (c) => c.ops.find(),
    contextMenu: true,
  },
  {
    id: 'wall.deselect',
    label: 'wall.actions.deselect',
    group: 'navigate',
    keys: ['Escape'],
    enabled: (c) => c.selected,
    perform: (c) => c.ops.clearSelection(),
    hideInPalette: true,
  },
  ...zoomActions<WallActionContext>('wall.fit', ['F']),
  {
    id: 'wall.zoomToSelection',
    label: 'wall.actions.zoomToSelection',
    group: 'view',
    keys: ['Z'],
    enabled: (c) => c.selected,
    perform: (c) => c.ops.zoomToSelection(),
    toolbar: { icon: Focus, iconOnly: true },
    contextMenu: true,
  },
  ...pictureExportActions<WallActionContext>('wall'),
];
