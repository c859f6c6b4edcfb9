import type { BoardAction } from './actions';

/** What a kind does for select-all and the clipboard; copy and cut from a menu run the browser's own event. */
export interface SelectionOps {
  selectAll: () => void;
  copy: () => void;
  cut: () => void;
  duplicate: () => void;
}

interface SelectionContext {
  readOnly: boolean;
  ops: SelectionOps;
}

/**
 * Ctrl+A, Ctrl+C, Ctrl+X and Ctrl+D for a kind whose items can be selected together; `id` prefixes the action ids
 * (`whys` → `whys.selectAll`). `hasItems` and `hasChosen` say whether the board has items and whether any is chosen.
 */
export function selectionActions<C extends SelectionContext>(
  id: string,
  hasItems: (c: C) => boolean,
  hasChosen: (c: C) => boolean,
): BoardAction<C>[] {
  return [
    {
      id: `${id}.selectAll`,
      label: 'boardKit.actions.selectAll',
      group: 'select',
      keys: ['Mod+A'],
      enabled: hasItems,
      perform: (c) => c.ops.selectAll(),
      contextMenu: true,
    },
    {
      id: `${id}.copy`,
      label: 'boardKit.actions.copy',
      group: 'clipboard',
      keys: ['Mod+C'],
      keyViaBrowserEvent: true,
      enabled: hasChosen,
      perform: (c) => c.ops.copy(),
      contextMenu: true,
    },
    {
      id: `${id}.cut`,
      label: 'boardKit.actions.cut',
      group: 'clipboard',
      keys: ['Mod+X'],
      keyViaBrowserEvent: true,
      enabled: (c) => !c.readOnly && hasChosen(c),
      perform: (c) => c.ops.cut(),
      contextMenu: true,
    },
    {
      id: `${id}.duplicate`,
      label: 'boardKit.actions.duplicate',
      group: 'clipboard',
      keys: ['Mod+D'],
      enabled: (c) => !c.readOnly && hasChosen(c),
      perform: (c) => c.ops.duplicate(),
      contextMenu: true,
    },
  ];
}
