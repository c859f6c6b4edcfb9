import { useCallback, useMemo, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { runActionKey, type BoardAction } from './actions';
import { KIT_ACTIONS, type KitContext, type KitControls } from './kit-actions';

export type { KitContext, KitControls };
import { CommandPalette, ContextMenu, ShortcutOverlay } from './ActionMenus';

type Open = { type: 'palette' } | { type: 'shortcuts' } | { type: 'menu'; x: number; y: number } | null;

/**
 * Wires a kind's action list to the keyboard, the right-click menu, the palette and the overlay. `makeCtx` gets the
 * kit controls and returns the board's context (which must carry them as `kit`).
 */
export function useBoardActions<C extends KitContext>(
  kindActions: readonly BoardAction<C>[],
  makeCtx: (kit: KitControls) => C,
) {
  const [open, setOpen] = useState<Open>(null);
  const close = useCallback(() => setOpen(null), []);
  const kit: KitControls = useMemo(
    () => ({
      openPalette: () => setOpen({ type: 'palette' }),
      openShortcuts: () => setOpen({ type: 'shortcuts' }),
      openContextMenu: () => {
        const el = document.activeElement as HTMLElement | null;
        const sel = el?.querySelector<HTMLElement>('.is-selected, .selected');
        const r = (sel ?? el)?.getBoundingClientRect();
        setOpen({
          type: 'menu',
          x: r ? r.left + Math.min(r.width / 2, 160) : 100,
          y: r ? r.top + Math.min(r.height / 2, 120) : 100,
        });
      },
    }),
    [],
  );
  const ctx = makeCtx(kit);
  const actions = useMemo(() => [...kindActions, ...(KIT_ACTIONS as readonly BoardAction<C>[])], [kindActions]);

  const onKeyDown = (e: KeyboardEvent) => runActionKey(actions, ctx, e);
  const onContextMenu = (e: MouseEvent) => {
    e.preventDefault();
    setOpen({ type: 'menu', x: e.clientX, y: e.clientY });
  };

  let overlays: ReactNode = null;
  if (open?.type === 'palette') overlays = <CommandPalette actions={actions} ctx={ctx} onClose={close} />;
  else if (open?.type === 'shortcuts') overlays = <ShortcutOverlay actions={actions} onClose={close} />;
  else if (open?.type === 'menu')
    overlays = <ContextMenu actions={actions} ctx={ctx} x={open.x} y={open.y} onClose={close} />;

  return { actions, ctx, onKeyDown, onContextMenu, overlays };
}
