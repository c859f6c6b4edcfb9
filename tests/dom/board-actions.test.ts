import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeLocaleFiles, type Tree } from '../../shared/i18n/merge';
import { BOARD_ACTION_LISTS } from '../../renderer/src/boards/action-lists';
import { KIT_ACTIONS } from '../../renderer/src/boards/kit/kit-actions';
import {
  actionForKey,
  formatShortcut,
  matchesShortcut,
  shortcutIdentity,
  type BoardAction,
} from '../../renderer/src/boards/kit/actions';

const ROOT = resolve(__dirname, '../..');

function lookup(lang: string): (key: string) => unknown {
  const dir = join(ROOT, 'shared/i18n/locales', lang);
  const tree = mergeLocaleFiles(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((name) => ({ name, tree: JSON.parse(readFileSync(join(dir, name), 'utf8')) as Tree })),
  );
  return (key) =>
    key
      .split('.')
      .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);
}

const key = (k: string, o: Partial<KeyboardEvent> = {}) => ({
  key: k,
  code: '',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...o,
});

describe('board action registries', () => {
  const kinds = Object.entries(BOARD_ACTION_LISTS);

  it('has a registry for every board kind', () => {
    expect(kinds.map(([k]) => k).sort()).toEqual([
      'dot-vote',
      'driver-diagram',
      'fishbone',
      'five-whys',
      'ideas-wall',
      'measures',
      'pdsa',
      'process-map',
      'value-stream',
    ]);
    expect(BOARD_ACTION_LISTS['process-map']!.length).toBeGreaterThan(20);
  });

  for (const [kind, list] of kinds) {
    const all: readonly BoardAction<unknown>[] = [...list, ...KIT_ACTIONS] as readonly BoardAction<unknown>[];

    it(`${kind}: every id and every shortcut is unique on the board`, () => {
      const ids = all.map((a) => a.id);
      expect(new Set(ids).size).toBe(ids.length);
      const seen = new Map<string, string>();
      for (const a of all) {
        for (const k of a.keys ?? []) {
          const id = shortcutIdentity(k);
          expect(seen.get(id), `${k} is bound to both ${seen.get(id)} and ${a.id}`).toBeUndefined();
          seen.set(id, a.id);
        }
      }
    });

    for (const lang of ['fi', 'sv', 'en']) {
      it(`${kind}: every label is translated in ${lang}`, () => {
        const t = lookup(lang);
        const missing = all
          .flatMap((a) => [a.label, ...(a.toolbar?.short ? [a.toolbar.short] : [])])
          .filter((k) => typeof t(k) !== 'string' || (t(k) as string).trim() === '');
        expect(missing).toEqual([]);
      });
    }
  }
});

describe('shortcut matching', () => {
  it('matches modifiers exactly, letters by key or physical key, symbols whatever the Shift state', () => {
    expect(matchesShortcut(key('Enter'), 'Enter')).toBe(true);
    expect(matchesShortcut(key('Enter', { shiftKey: true }), 'Enter')).toBe(false);
    expect(matchesShortcut(key('Enter', { ctrlKey: true }), 'Mod+Enter')).toBe(true);
    expect(matchesShortcut(key('Enter', { metaKey: true }), 'Mod+Enter')).toBe(true);
    // Alt+P on a layout where Alt changes the character still has the physical key P.
    expect(matchesShortcut(key('π', { altKey: true, code: 'KeyP' }), 'Alt+P')).toBe(true);
    expect(matchesShortcut(key('C', { shiftKey: true }), 'C')).toBe(false);
    expect(matchesShortcut(key('c'), 'C')).toBe(true);
    expect(matchesShortcut(key('?', { shiftKey: true }), '?')).toBe(true);
    expect(matchesShortcut(key('+'), '+')).toBe(true);
    expect(matchesShortcut(key('!', { shiftKey: true, code: 'Digit1' }), 'Shift+1')).toBe(true);
    expect(formatShortcut('Mod+Enter')).toBe('Ctrl+Enter');
    expect(formatShortcut('Mod+Enter', true)).toBe('⌘+Enter');
  });

  it('runs only an enabled action', () => {
    let ran = '';
    const list: BoardAction<{ on: boolean }>[] = [
      {
        id: 'a',
        label: 'common.loading',
        group: 'edit',
        keys: ['F2'],
        enabled: (c) => c.on,
        perform: () => void (ran = 'a'),
      },
      {
        id: 'b',
        label: 'common.loading',
        group: 'edit',
        keys: ['Mod+V'],
        keyViaBrowserEvent: true,
        enabled: () => true,
        perform: () => void (ran = 'b'),
      },
    ];
    expect(actionForKey(list, { on: false }, key('F2'))).toBeUndefined();
    actionForKey(list, { on: true }, key('F2'))?.perform({ on: true });
    expect(ran).toBe('a');
    // Paste comes through the browser's paste event, never from the key.
    expect(actionForKey(list, { on: true }, key('v', { ctrlKey: true }))).toBeUndefined();
  });
});

describe('picture export actions', () => {
  for (const kind of ['pdsa', 'measures', 'dot-vote', 'ideas-wall', 'driver-diagram']) {
    it(`${kind}: PNG and SVG export are toolbar buttons, context-menu and palette entries`, () => {
      const exports = BOARD_ACTION_LISTS[kind]!.filter((a) => /\.export(Png|Svg)$/.test(a.id));
      expect(exports.map((a) => a.label)).toEqual(['boardKit.export.png', 'boardKit.export.svg']);
      for (const a of exports) {
        expect(a.toolbar && a.contextMenu && !a.hideInPalette).toBe(true);
        expect(a.enabled({} as never)).toBe(true);
      }
    });
  }
});
