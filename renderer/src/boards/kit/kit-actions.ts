import type { BoardAction } from './actions';

/** What the kit's own actions need from the board: opening its menus. */
export interface KitControls {
  openPalette: () => void;
  openShortcuts: () => void;
  /** Opens the context menu at the focused element (keyboard). */
  openContextMenu: () => void;
}

export interface KitContext {
  kit: KitControls;
}

/** The commands every board has: the palette, the shortcut overlay and the context menu from the keyboard. */
export const KIT_ACTIONS: readonly BoardAction<KitContext>[] = [
  {
    id: 'board.palette',
    label: 'boardKit.palette.open',
    group: 'view',
    keys: ['Mod+K'],
    enabled: () => true,
    perform: (c) => c.kit.openPalette(),
    hideInPalette: true,
  },
  {
    id: 'board.shortcuts',
    label: 'boardKit.shortcuts.open',
    group: 'view',
    keys: ['?'],
    enabled: () => true,
    perform: (c) => c.kit.openShortcuts(),
  },
  {
    id: 'board.contextMenu',
    label: 'boardKit.contextMenu.open',
    group: 'view',
    keys: ['Shift+F10', 'ContextMenu'],
    enabled: () => true,
    perform: (c) => c.kit.openContextMenu(),
    hideInPalette: true,
  },
];
