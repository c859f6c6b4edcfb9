import type { LucideIcon } from 'lucide-react';
import type { TranslationKey } from '../../i18n/keys';

/**
 * A shortcut as written in the registry: modifiers then the key, joined by `+` ("Mod+Enter", "Shift+ArrowUp",
 * "Alt+P", "C", "?"). `Mod` is Ctrl (⌘ on macOS). A single printable key matches regardless of Shift when it is a
 * symbol ("?"), and letters match by their physical key too, so Alt+P works on layouts where Alt changes the letter.
 */
export type Shortcut = string;

/** Where an action shows up besides its shortcut. */
export type ActionGroup = 'add' | 'edit' | 'connect' | 'select' | 'clipboard' | 'navigate' | 'view';

/**
 * One board command, declared once: the toolbar, the context menu, the command palette and the shortcut overlay
 * are all generated from a kind's list of these (Excalidraw's actions are the model).
 */
export interface BoardAction<C> {
  /** Stable id, `<kind>.<verb>`. */
  id: string;
  /** i18n key of the label. */
  label: TranslationKey;
  group: ActionGroup;
  /** The keys that run it; the first is the one shown. */
  keys?: readonly Shortcut[];
  /** Whether it applies now (selection, read-only…); a disabled action is shown greyed out or not run. */
  enabled: (ctx: C) => boolean;
  /**
   * Whether its keys run it now, when that differs from `enabled`: a printable key that would start a step's text
   * belongs to the text (the toolbar, menus and palette still run the action).
   */
  keysWhen?: (ctx: C) => boolean;
  /**
   * Does it. `event` is set when a key started it. Returning false hands the key back to the browser (Tab past the
   * last step leaves the canvas).
   */
  perform: (ctx: C, event?: KeyboardEvent | React.KeyboardEvent) => void | false;
  /** Shown as a toolbar button (icon and label), `primary` for the board's main command. */
  toolbar?: {
    icon: LucideIcon;
    primary?: boolean;
    iconOnly?: boolean;
    /** A shorter i18n label for the button. */ short?: TranslationKey;
    /** The zoom reset button: shows the zoom in per cent (BoardToolbar's `zoom`). */
    zoomValue?: boolean;
    /** Goes into the overflow menu before the working buttons when the bar is full (exports: used once a day). */
    rare?: boolean;
  };
  /** A toggle's state now (aria-pressed on its button, a check in menus). */
  pressed?: (ctx: C) => boolean;
  /** The label now, when it names the state it changes to ("Mark as root cause" / "Unmark"). */
  labelNow?: (ctx: C) => TranslationKey;
  /** Listed in the right-click menu when enabled. */
  contextMenu?: boolean;
  /** Left out of the command palette (pure navigation keys). */
  hideInPalette?: boolean;
  /** The key is delivered by the browser's own event (paste), so the registry lists it but never matches it. */
  keyViaBrowserEvent?: boolean;
}

interface ParsedShortcut {
  key: string;
  mod: boolean;
  shift: boolean;
  alt: boolean;
}

const cache = new Map<string, ParsedShortcut>();

export function parseShortcut(s: Shortcut): ParsedShortcut {
  let hit = cache.get(s);
  if (hit) return hit;
  // A trailing "+" is the key "+" itself ("+", "Mod++").
  const plusKey = s.endsWith('+');
  const parts = (plusKey ? s.slice(0, -1) : s).split('+').filter(Boolean);
  const key = plusKey ? '+' : (parts.pop() ?? '');
  hit = { key, mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt') };
  cache.set(s, hit);
  return hit;
}

type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** Whether a key event is this shortcut. */
export function matchesShortcut(e: KeyLike, s: Shortcut): boolean {
  const p = parseShortcut(s);
  if ((e.ctrlKey || e.metaKey) !== p.mod || e.altKey !== p.alt) return false;
  const symbol = p.key.length === 1 && !/[a-z0-9]/i.test(p.key);
  if (!symbol && e.shiftKey !== p.shift) return false;
  if (p.key.length === 1) {
    const k = p.key.toLowerCase();
    if (e.key.toLowerCase() === k) return true;
    if (/[a-z]/.test(k)) return e.code === `Key${k.toUpperCase()}`;
    if (/[0-9]/.test(k)) return e.code === `Digit${k}`;
    return false;
  }
  return e.key === p.key;
}

/** The first enabled action one of whose keys this event is. */
export function actionForKey<C>(actions: readonly BoardAction<C>[], ctx: C, e: KeyLike): BoardAction<C> | undefined {
  return actions.find(
    (a) =>
      !a.keyViaBrowserEvent &&
      a.keys?.some((k) => matchesShortcut(e, k)) &&
      (a.keysWhen?.(ctx) ?? true) &&
      a.enabled(ctx),
  );
}

/**
 * Runs the action bound to the key, if any. Returns true when the key was used (and its default prevented).
 */
export function runActionKey<C>(
  actions: readonly BoardAction<C>[],
  ctx: C,
  e: React.KeyboardEvent | KeyboardEvent,
): boolean {
  const action = actionForKey(actions, ctx, e);
  if (!action) return false;
  if (action.perform(ctx, e) === false) return false;
  e.preventDefault();
  e.stopPropagation();
  return true;
}

const KEY_NAMES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
  Delete: 'Del',
  Backspace: '⌫',
};

/** The pieces of a shortcut as shown in `<kbd>`s: ["Ctrl", "Enter"]. */
export function shortcutParts(s: Shortcut, mac = false): string[] {
  const p = parseShortcut(s);
  const out: string[] = [];
  if (p.mod) out.push(mac ? '⌘' : 'Ctrl');
  if (p.alt) out.push(mac ? '⌥' : 'Alt');
  if (p.shift) out.push(mac ? '⇧' : 'Shift');
  out.push(KEY_NAMES[p.key] ?? (p.key.length === 1 ? p.key.toUpperCase() : p.key));
  return out;
}

export function formatShortcut(s: Shortcut, mac = false): string {
  return shortcutParts(s, mac).join('+');
}

/** A shortcut's canonical form, for the uniqueness check (letters fold, Mod is one modifier). */
export function shortcutIdentity(s: Shortcut): string {
  const p = parseShortcut(s);
  return `${p.mod ? 'M' : ''}${p.alt ? 'A' : ''}${p.shift ? 'S' : ''}:${p.key.toLowerCase()}`;
}

export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
}
