import { describe, expect, it } from 'vitest';
import {
  SINGLE_SCREEN_SIZE,
  chooseAudiencePlacement,
  createAudienceWindows,
  type AudienceWindowLike,
  type DisplayLike,
  type Placement,
  type Rect,
  type ScreenLike,
} from '../../../electron/main/audience-window';

const laptop: DisplayLike = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 32, width: 1920, height: 1048 },
};
const projector: DisplayLike = {
  id: 2,
  bounds: { x: 1920, y: 0, width: 1280, height: 720 },
  workArea: { x: 1920, y: 0, width: 1280, height: 720 },
};
const bigScreen: DisplayLike = {
  id: 3,
  bounds: { x: -3840, y: 0, width: 3840, height: 2160 },
  workArea: { x: -3840, y: 0, width: 3840, height: 2160 },
};

class FakeScreen implements ScreenLike {
  listeners = new Map<string, ((e: unknown, d: DisplayLike) => void)[]>();
  constructor(
    public displays: DisplayLike[],
    public primary: DisplayLike = laptop,
  ) {}
  getAllDisplays() {
    return this.displays;
  }
  getPrimaryDisplay() {
    return this.primary;
  }
  on(event: string, listener: (e: unknown, d: DisplayLike) => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  unplug(d: DisplayLike) {
    this.displays = this.displays.filter((x) => x.id !== d.id);
    for (const l of this.listeners.get('display-removed') ?? []) l({}, d);
  }
  plug(d: DisplayLike) {
    this.displays = [...this.displays, d];
    for (const l of this.listeners.get('display-added') ?? []) l({}, d);
  }
}

class FakeWindow implements AudienceWindowLike {
  destroyed = false;
  fullscreen: boolean;
  bounds: Rect;
  shown = 0;
  focused = 0;
  closedListeners: (() => void)[] = [];
  constructor(p: Placement) {
    this.fullscreen = p.fullscreen;
    this.bounds = p.bounds;
  }
  isDestroyed() {
    return this.destroyed;
  }
  setFullScreen(flag: boolean) {
    this.fullscreen = flag;
  }
  setBounds(b: Rect) {
    // A real full-screen window ignores bounds; the module must leave full screen first.
    if (!this.fullscreen) this.bounds = b;
  }
  show() {
    this.shown++;
  }
  focus() {
    this.focused++;
  }
  close() {
    this.destroyed = true;
    for (const l of this.closedListeners) l();
  }
  on(_event: 'closed', listener: () => void) {
    this.closedListeners.push(listener);
  }
}

function setup(displays: DisplayLike[]) {
  const screen = new FakeScreen(displays);
  const created: FakeWindow[] = [];
  const windows = createAudienceWindows({
    screen,
    create: (p) => {
      const w = new FakeWindow(p);
      created.push(w);
      return w;
    },
  });
  return { screen, created, windows };
}

describe('audience window placement', () => {
  it('goes full screen on the display that is not the primary one', () => {
    expect(chooseAudiencePlacement([laptop, projector], laptop)).toEqual({
      displayId: 2,
      bounds: projector.bounds,
      fullscreen: true,
    });
  });

  it('prefers the largest of several external displays', () => {
    expect(chooseAudiencePlacement([laptop, projector, bigScreen], laptop).displayId).toBe(3);
  });

  it('is a normal 1280x720 window centred in the work area when there is one display', () => {
    const p = chooseAudiencePlacement([laptop], laptop);
    expect(p.fullscreen).toBe(false);
    expect(p.bounds).toEqual({
      x: 320,
      y: 32 + 164,
      width: SINGLE_SCREEN_SIZE.width,
      height: SINGLE_SCREEN_SIZE.height,
    });
  });

  it('fits a small screen', () => {
    const small: DisplayLike = {
      id: 9,
      bounds: { x: 0, y: 0, width: 1024, height: 600 },
      workArea: { x: 0, y: 0, width: 1024, height: 560 },
    };
    expect(chooseAudiencePlacement([small], small).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 560 });
  });
});

describe('audience window lifecycle', () => {
  it('opens once; opening again brings the same window forward', () => {
    const { created, windows } = setup([laptop, projector]);
    windows.open();
    windows.open();
    expect(created).toHaveLength(1);
    expect(created[0]!.fullscreen).toBe(true);
    expect(created[0]!.focused).toBe(1);
    expect(windows.current()).toBe(created[0]);
  });

  it('moves to the laptop as a normal window when the projector is unplugged, and back when it returns', () => {
    const { screen, created, windows } = setup([laptop, projector]);
    windows.open();
    const w = created[0]!;
    screen.unplug(projector);
    expect(w.destroyed).toBe(false);
    expect(w.fullscreen).toBe(false);
    expect(w.bounds).toEqual(chooseAudiencePlacement([laptop], laptop).bounds);
    screen.plug(projector);
    expect(w.fullscreen).toBe(true);
    expect(w.bounds).toEqual(projector.bounds);
    expect(created).toHaveLength(1);
  });

  it('ignores a display it is not on being unplugged', () => {
    const { screen, created, windows } = setup([laptop, projector, bigScreen]);
    windows.open();
    const w = created[0]!;
    expect(w.bounds).toEqual(bigScreen.bounds);
    screen.unplug(projector);
    expect(w.bounds).toEqual(bigScreen.bounds);
    expect(w.fullscreen).toBe(true);
  });

  it('opens a new window after the coach closed the old one', () => {
    const { created, windows } = setup([laptop]);
    windows.open();
    created[0]!.close();
    expect(windows.current()).toBeUndefined();
    windows.open();
    expect(created).toHaveLength(2);
    expect(windows.current()).toBe(created[1]);
  });

  it('reopening after a projector was plugged in moves the laptop window there', () => {
    const { screen, created, windows } = setup([laptop]);
    windows.open();
    const w = created[0]!;
    expect(w.fullscreen).toBe(false);
    screen.displays = [laptop, projector]; // plugged in without an event reaching us
    windows.open();
    expect(w.fullscreen).toBe(true);
    expect(w.bounds).toEqual(projector.bounds);
  });

  it('close() closes the open window and is harmless when none is open', () => {
    const { created, windows } = setup([laptop]);
    windows.close();
    windows.open();
    windows.close();
    expect(created[0]!.destroyed).toBe(true);
    expect(windows.current()).toBeUndefined();
  });
});

describe('projector menu', () => {
  it('shows the projector keys without registering them (the page owns them, as in the browser build)', async () => {
    const { buildMenuTemplate } = await import('../../../electron/main/menu');
    const template = buildMenuTemplate({ language: 'fi', isDev: false, isMac: false, send: () => undefined });
    const menu = template.find((m) => m.label === '&Projektori');
    const items = (Array.isArray(menu?.submenu) ? menu.submenu : []).filter((i) => i.id);
    expect(items.map((i) => i.id)).toEqual([
      'projector.open',
      'projector.follow',
      'projector.toggleFreeze',
      'projector.toggleBlank',
      'projector.showCurrent',
    ]);
    expect(items.find((i) => i.id === 'projector.toggleBlank')).toMatchObject({
      accelerator: 'CmdOrCtrl+Shift+B',
      registerAccelerator: false,
    });
    expect(items.find((i) => i.id === 'projector.toggleFreeze')).toMatchObject({
      accelerator: 'CmdOrCtrl+Shift+F',
      registerAccelerator: false,
    });
  });
});
