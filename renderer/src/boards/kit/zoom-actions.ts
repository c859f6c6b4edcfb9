import { Maximize, Minus, Plus, ScanSearch } from 'lucide-react';
import type { TranslationKey } from '../../i18n/keys';
import type { BoardAction, Shortcut } from './actions';

/** What a board's view does for the zoom actions; the PanZoomStage boards implement these over `kit/zoom`. */
export interface ZoomControls {
  zoomIn: () => void;
  zoomOut: () => void;
  /** Back to 100 % around the middle of the screen. */
  reset: () => void;
  fit: () => void;
  /** The zoom now (1 = 100 %), shown on the toolbar's reset button. */
  scale: number;
}

export interface ZoomContext {
  zoom: ZoomControls;
  /**
   * A printable key starts text now (the process map with a step selected, or empty): the bare zoom keys (− 0 + =
   * Shift+1) are then typed, not zoomed; the toolbar, the palette and Ctrl+0/Ctrl+=/Ctrl+− (text size) still work.
   */
  typesText?: boolean;
}

const keysFree = (c: ZoomContext) => !c.typesText;

/**
 * The same view commands on every canvas board: − / + zoom by ZOOM_STEP around the middle, 0 is 100 %, Shift+1 fits
 * (as in Figma). `fitLabel` names what fitting shows on this board; `fitKeys` adds a board's own key for it.
 */
export function zoomActions<C extends ZoomContext>(
  fitLabel: TranslationKey,
  fitKeys: readonly Shortcut[] = [],
): BoardAction<C>[] {
  return [
    {
      id: 'board.zoomOut',
      label: 'boardKit.zoom.out',
      group: 'view',
      keys: ['-'],
      enabled: () => true,
      keysWhen: keysFree,
      perform: (c) => c.zoom.zoomOut(),
      toolbar: { icon: Minus, iconOnly: true },
    },
    {
      id: 'board.zoomReset',
      label: 'boardKit.zoom.resetAction',
      group: 'view',
      keys: ['0'],
      enabled: () => true,
      keysWhen: keysFree,
      perform: (c) => c.zoom.reset(),
      toolbar: { icon: ScanSearch, zoomValue: true },
    },
    {
      id: 'board.zoomIn',
      label: 'boardKit.zoom.in',
      group: 'view',
      keys: ['+', '='],
      enabled: () => true,
      keysWhen: keysFree,
      perform: (c) => c.zoom.zoomIn(),
      toolbar: { icon: Plus, iconOnly: true },
    },
    {
      id: 'board.fit',
      label: fitLabel,
      group: 'view',
      keys: ['Shift+1', ...fitKeys],
      enabled: () => true,
      keysWhen: keysFree,
      perform: (c) => c.zoom.fit(),
      toolbar: { icon: Maximize, iconOnly: true },
      contextMenu: true,
    },
  ];
}
