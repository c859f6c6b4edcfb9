import { ArrowLeft, ArrowRight, GitBranch, Plus, Trash2 } from 'lucide-react';
import type { BoardAction } from '../kit/actions';
import type { KitContext } from '../kit/kit-actions';
import { zoomActions, type ZoomContext } from '../kit/zoom-actions';
import { selectionActions, type SelectionOps } from '../kit/selection-actions';

/** What the value stream's actions do; the view implements these over its state and `dispatch`. */
export interface StreamOps extends SelectionOps {
  addStep: () => void;
  editStep: () => void;
  deleteSelected: () => void;
  move: (delta: -1 | 1) => void;
  select: (to: 'previous' | 'next' | 'first' | 'last') => void;
  /** Shift+←/→: adds the neighbouring step to the selection. */
  extend: (dir: -1 | 1) => void;
  clearSelection: () => void;
  paste: () => void;
  find: () => void;
  /** Opens the dialog that builds the stream from a process map. */
  fromMap: () => void;
}

export interface StreamActionContext extends KitContext, ZoomContext {
  readOnly: boolean;
  hasSelection: boolean;
  hasSteps: boolean;
  ops: StreamOps;
}

const writable = (c: StreamActionContext) => !c.readOnly;
const onStep = (c: StreamActionContext) => !c.readOnly && c.hasSelection;

/** Every value-stream command, declared once: keys, context menu, palette and overlay come from here. */
export const VALUE_STREAM_ACTIONS: readonly BoardAction<StreamActionContext>[] = [
  {
    id: 'vs.addStep',
    label: 'valueStream.addStep',
    group: 'add',
    keys: ['Enter'],
    enabled: writable,
    perform: (c) => c.ops.addStep(),
    toolbar: { icon: Plus, primary: true },
    contextMenu: true,
  },
  {
    id: 'vs.fromMap',
    label: 'valueStream.fromMapButton',
    group: 'add',
    enabled: writable,
    perform: (c) => c.ops.fromMap(),
    toolbar: { icon: GitBranch },
  },
  {
    id: 'vs.editStep',
    label: 'valueStream.actions.editStep',
    group: 'edit',
    keys: ['F2'],
    enabled: (c) => c.hasSelection,
    perform: (c) => c.ops.editStep(),
    contextMenu: true,
  },
  {
    id: 'vs.moveLeft',
    label: 'valueStream.actions.moveLeft',
    group: 'edit',
    keys: ['Alt+ArrowLeft'],
    enabled: onStep,
    perform: (c) => c.ops.move(-1),
    toolbar: { icon: ArrowLeft, iconOnly: true },
    contextMenu: true,
  },
  {
    id: 'vs.moveRight',
    label: 'valueStream.actions.moveRight',
    group: 'edit',
    keys: ['Alt+ArrowRight'],
    enabled: onStep,
    perform: (c) => c.ops.move(1),
    toolbar: { icon: ArrowRight, iconOnly: true },
    contextMenu: true,
  },
  {
    id: 'vs.delete',
    label: 'valueStream.deleteStep',
    group: 'edit',
    keys: ['Delete', 'Backspace'],
    enabled: onStep,
    perform: (c) => c.ops.deleteSelected(),
    toolbar: { icon: Trash2, iconOnly: true },
    contextMenu: true,
  },
  {
    id: 'vs.previous',
    label: 'valueStream.actions.previous',
    group: 'navigate',
    keys: ['ArrowLeft'],
    enabled: (c) => c.hasSteps,
    perform: (c) => c.ops.select('previous'),
    hideInPalette: true,
  },
  {
    id: 'vs.next',
    label: 'valueStream.actions.next',
    group: 'navigate',
    keys: ['ArrowRight'],
    enabled: (c) => c.hasSteps,
    perform: (c) => c.ops.select('next'),
    hideInPalette: true,
  },
  {
    id: 'vs.first',
    label: 'valueStream.actions.first',
    group: 'navigate',
    keys: ['Home'],
    enabled: (c) => c.hasSteps,
    perform: (c) => c.ops.select('first'),
  },
  {
    id: 'vs.last',
    label: 'valueStream.actions.last',
    group: 'navigate',
    keys: ['End'],
    enabled: (c) => c.hasSteps,
    perform: (c) => c.ops.select('last'),
  },
  {
    id: 'vs.paste',
    label: 'valueStream.actions.paste',
    group: 'clipboard',
    keys: ['Mod+V'],
    keyViaBrowserEvent: true,
    enabled: writable,
    perform: (c) => c.ops.paste(),
    contextMenu: true,
  },
  {
    id: 'vs.extendPrevious',
    label: 'valueStream.actions.extendPrevious',
    group: 'select',
    keys: ['Shift+ArrowLeft'],
    enabled: (c) => c.hasSelection,
    perform: (c) => c.ops.extend(-1),
  },
  {
    id: 'vs.extendNext',
    label: 'valueStream.actions.extendNext',
    group: 'select',
    keys: ['Shift+ArrowRight'],
    enabled: (c) => c.hasSelection,
    perform: (c) => c.ops.extend(1),
  },
  ...selectionActions<StreamActionContext>(
    'vs',
    (c) => c.hasSteps,
    (c) => c.hasSelection,
  ),
  {
    id: 'vs.find',
    label: 'boardKit.find.open',
    group: 'navigate',
    keys: ['Mod+F'],
    enabled: (c) => c.hasSteps,
    perform: (c) => c.ops.find(),
    contextMenu: true,
  },
  {
    id: 'vs.deselect',
    label: 'valueStream.actions.deselect',
    group: 'navigate',
    keys: ['Escape'],
    enabled: (c) => c.hasSelection,
    perform: (c) => c.ops.clearSelection(),
    hideInPalette: true,
  },
  ...zoomActions<StreamActionContext>('valueStream.fit'),
];
