/**
 * The projector's audience window: where it goes and what happens when displays come and go. A plain module (no
 * 'electron' import): index.ts hands it Electron's `screen` and a window factory, tests hand it fakes.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayLike {
  id: number;
  bounds: Rect;
  workArea: Rect;
}

export interface ScreenLike {
  getAllDisplays(): DisplayLike[];
  getPrimaryDisplay(): DisplayLike;
  on(event: 'display-added' | 'display-removed', listener: (event: unknown, display: DisplayLike) => void): unknown;
}

/** The part of a BrowserWindow this module drives. */
export interface AudienceWindowLike {
  isDestroyed(): boolean;
  setFullScreen(flag: boolean): void;
  setBounds(bounds: Rect): void;
  show(): void;
  focus(): void;
  close(): void;
  on(event: 'closed', listener: () => void): unknown;
}

export interface Placement {
  displayId: number;
  bounds: Rect;
  /** Full screen on a projector; a normal window beside the coach's on a single screen. */
  fullscreen: boolean;
}

/** Size of the audience window when there is no second display (the coach sees it beside the app). */
export const SINGLE_SCREEN_SIZE = { width: 1280, height: 720 } as const;

/**
 * Where the audience window goes: full screen on a display that is not the primary one (the projector), the largest
 * if there are several; with one display, a 1280x720 window centred on it (never full screen over the coach's app).
 */
export function chooseAudiencePlacement(displays: readonly DisplayLike[], primary: DisplayLike): Placement {
  const external = displays
    .filter((d) => d.id !== primary.id)
    .sort((a, b) => b.bounds.width * b.bounds.height - a.bounds.width * a.bounds.height)[0];
  if (external) return { displayId: external.id, bounds: { ...external.bounds }, fullscreen: true };
  const area = primary.workArea;
  const width = Math.min(SINGLE_SCREEN_SIZE.width, area.width);
  const height = Math.min(SINGLE_SCREEN_SIZE.height, area.height);
  return {
    displayId: primary.id,
    bounds: {
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
      width,
      height,
    },
    fullscreen: false,
  };
}

export interface AudienceWindowsDeps {
  screen: ScreenLike;
  /** Creates and loads the window (same hardened webPreferences as the coach's window) at this placement. */
  create(placement: Placement): AudienceWindowLike;
}

export interface AudienceWindows {
  /** Opens the audience window, or brings the open one forward (moving it to a projector plugged in since). */
  open(): void;
  /** The open audience window, if any. */
  current(): AudienceWindowLike | undefined;
  /** Closes it (the coach's last window closed). */
  close(): void;
}

/**
 * Keeps at most one audience window. When its display is unplugged the window moves to what is left (another
 * projector, else a normal window on the laptop) instead of vanishing; when a projector is plugged in, a window
 * waiting on the laptop moves there. Nothing is lost either way: what it shows lives in the backend.
 */
export function createAudienceWindows(deps: AudienceWindowsDeps): AudienceWindows {
  let win: AudienceWindowLike | undefined;
  let placement: Placement | undefined;

  const alive = () => (win && !win.isDestroyed() ? win : undefined);

  function place(w: AudienceWindowLike, next: Placement): void {
    // Leave full screen first: a full-screen window ignores new bounds on most platforms.
    w.setFullScreen(false);
    w.setBounds(next.bounds);
    if (next.fullscreen) w.setFullScreen(true);
    placement = next;
  }

  function choose(): Placement {
    return chooseAudiencePlacement(deps.screen.getAllDisplays(), deps.screen.getPrimaryDisplay());
  }

  deps.screen.on('display-removed', (_e, display) => {
    const w = alive();
    if (!w || !placement || placement.displayId !== display.id) return;
    place(
      w,
      chooseAudiencePlacement(
        deps.screen.getAllDisplays().filter((d) => d.id !== display.id),
        deps.screen.getPrimaryDisplay(),
      ),
    );
  });

  deps.screen.on('display-added', () => {
    const w = alive();
    if (!w || placement?.fullscreen) return;
    const next = choose();
    if (next.fullscreen) place(w, next);
  });

  return {
    open() {
      const existing = alive();
      if (existing) {
        const next = choose();
        if (!placement || next.displayId !== placement.displayId) place(existing, next);
        existing.show();
        existing.focus();
        return;
      }
      placement = choose();
      const created = deps.create(placement);
      win = created;
      created.on('closed', () => {
        if (win === created) {
          win = undefined;
          placement = undefined;
        }
      });
    },
    current: alive,
    close() {
      alive()?.close();
    },
  };
}
