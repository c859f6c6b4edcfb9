import { ArrowDown, ArrowUp, CornerDownRight, Pencil, Plus, Trash2 } from 'lucide-react';
import type { BoardAction } from '../kit/actions';
import type { KitContext } from '../kit/kit-actions';
import { pictureExportActions, type PictureExportContext } from '../kit/picture-actions';
import { zoomActions, type ZoomContext } from '../kit/zoom-actions';
import { selectionActions, type SelectionOps } from '../kit/selection-actions';

/** What the driver diagram's actions do; the panel implements these over its state and `dispatch`. */
export interface DriverOps extends SelectionOps {
  /** False when the selected level has none below (Tab then moves focus on). */
  addChild: () => boolean;
  addSibling: () => void;
  editText: () => void;
  move: (dir: 'up' | 'down') => void;
  deleteSelected: () => void;
  /** False on the aim (Shift+Tab then leaves the diagram). */
  toParent: () => boolean;
  toColumnNeighbour: (dir: -1 | 1) => void;
  toFirstChild: () => void;
  toAim: () => void;
  paste: () => void;
  find: () => void;
}

export interface DriverActionContext extends KitContext, PictureExportContext, ZoomContext {
  readOnly: boolean;
  /** A driver or idea is selected (not the aim). */
  onNode: boolean;
  hasNodes: boolean;
  /** Boxes selected together (two or more), else 0. */
  many: number;
  ops: DriverOps;
}

const writable = (c: DriverActionContext) => !c.readOnly;
const onNode = (c: DriverActionContext) => !c.readOnly && c.onNode;

/** Every driver-diagram command, declared once: keys, context menu, palette and overlay come from here. */
export const DRIVER_DIAGRAM_ACTIONS: readonly BoardAction<DriverActionContext>[] = [
  {
    id: 'dd.addChild',
    label: 'drivers.addChild',
    group: 'add',
    keys: ['Tab'],
    // On a change idea it says there is no level below, and Tab moves focus on.
    enabled: writable,
    perform: (c) => (c.ops.addChild() ? undefined : false),
    toolbar: { icon: CornerDownRight, primary: true },
    contextMenu: true,
  },
  {
    id: 'dd.addSibling',
    label: 'drivers.addSibling',
    group: 'add',
    keys: ['Enter'],
    enabled: writable,
    perform: (c) => c.ops.addSibling(),
    toolbar: { icon: Plus },
    contextMenu: true,
  },
  {
    id: 'dd.edit',
    label: 'drivers.edit',
    group: 'edit',
    keys: ['F2'],
    enabled: writable,
    perform: (c) => c.ops.editText(),
    toolbar: { icon: Pencil, iconOnly: true },
    contextMenu: true,
  },
  {
    id: 'dd.moveUp',
    label: 'drivers.moveUp',
    group: 'edit',
    keys: ['Alt+ArrowUp'],
    enabled: onNode,
    perform: (c) => c.ops.move('up'),
    toolbar: { icon: ArrowUp, iconOnly: true },
    contextMenu: true,
  },
  {
    id: 'dd.moveDown',
    label: 'drivers.moveDown',
    group: 'edit',
    keys: ['Alt+ArrowDown'],
    enabled: onNode,
    perform: (c) => c.ops.move('down'),
    toolbar: { icon: ArrowDown, iconOnly: true },
    contextMenu: true,
  },
  {
    id: 'dd.delete',
    label: 'drivers.delete',
    group: 'edit',
    keys: ['Delete', 'Backspace'],
    enabled: (c) => !c.readOnly && (c.onNode || c.many > 0),
    perform: (c) => c.ops.deleteSelected(),
    toolbar: { icon: Trash2, iconOnly: true },
    contextMenu: true,
  },
  {
    id: 'dd.toParent',
    label: 'drivers.actions.toParent',
    group: 'navigate',
    keys: ['Shift+Tab', 'ArrowLeft'],
    enabled: () => true,
    perform: (c) => (c.ops.toParent() ? undefined : false),
    hideInPalette: true,
  },
  {
    id: 'dd.up',
    label: 'drivers.actions.up',
    group: 'navigate',
    keys: ['ArrowUp'],
    enabled: () => true,
    perform: (c) => c.ops.toColumnNeighbour(-1),
    hideInPalette: true,
  },
  {
    id: 'dd.down',
    label: 'drivers.actions.down',
    group: 'navigate',
    keys: ['ArrowDown'],
    enabled: () => true,
    perform: (c) => c.ops.toColumnNeighbour(1),
    hideInPalette: true,
  },
  {
    id: 'dd.toChild',
    label: 'drivers.actions.toChild',
    group: 'navigate',
    keys: ['ArrowRight'],
    enabled: () => true,
    perform: (c) => c.ops.toFirstChild(),
    hideInPalette: true,
  },
  {
    id: 'dd.toAim',
    label: 'drivers.actions.toAim',
    group: 'navigate',
    keys: ['Home'],
    enabled: () => true,
    perform: (c) => c.ops.toAim(),
  },
  {
    id: 'dd.paste',
    label: 'drivers.actions.paste',
    group: 'clipboard',
    keys: ['Mod+V'],
    keyViaBrowserEvent: true,
    enabled: writable,
    perform: (c) => c.ops.paste(),
    contextMenu: true,
  },
  ...selectionActions<DriverActionContext>(
    'dd',
    (c) => c.hasNodes,
    (c) => c.onNode || c.many > 0,
  ),
  {
    id: 'dd.find',
    label: 'boardKit.find.open',
    group: 'navigate',
    keys: ['Mod+F'],
    enabled: (c) => c.hasNodes,
    perform: (c) => c.ops.find(),
    contextMenu: true,
  },
  ...pictureExportActions<DriverActionContext>('dd'),
  ...zoomActions<DriverActionContext>('boardKit.zoom.fit'),
];
