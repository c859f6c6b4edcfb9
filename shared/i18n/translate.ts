import type { Language } from '../domain/vocab';
import { LOCALE_FILES } from './locales';
import { mergeLocaleFiles, type Tree } from './merge';

/** Looks a text up by key, with `{{name}}` interpolation and `_one`/`_other` plurals on `count` (as i18next). */
export type Translator = (key: string, vars?: Record<string, string | number>) => string;

const trees = new Map<Language, Tree>();

/** A language's locale files merged into one tree (the same merge the renderer does), built once per language. */
export function localeTree(lang: Language): Tree {
  let tree = trees.get(lang);
  if (!tree) {
    tree = mergeLocaleFiles(Object.entries(LOCALE_FILES[lang]).map(([name, t]) => ({ name, tree: t })));
    trees.set(lang, tree);
  }
  return tree;
}

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** `{{name}}` and `{{name, format}}` replaced by the value; an unknown name is left as written (as i18next does). */
export function interpolate(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{\{\s*([\w.-]+)\s*(?:,[^}]*)?\}\}/g, (whole, name: string) => {
    const v = vars[name];
    return v === undefined ? whole : String(v);
  });
}

/**
 * A translator for Node code (Excel, CLI, pictures drawn outside the renderer) over the same locale files as the
 * renderer's i18next: dotted keys, `{{name}}` interpolation without HTML escaping, plurals by `count` with the
 * language's plural rules (`key_one`, `key_other`, … then `key`), falling back to Finnish and then to the key
 * itself, so a missing text is visible but never an exception.
 */
export function translator(lang: Language): Translator {
  const own = localeTree(lang);
  const fi = lang === 'fi' ? own : localeTree('fi');
  const rules = new Intl.PluralRules(lang);
  const find = (key: string, count: unknown): string | undefined => {
    for (const tree of own === fi ? [own] : [own, fi]) {
      if (typeof count === 'number') {
        const plural = lookup(tree, `${key}_${rules.select(count)}`) ?? lookup(tree, `${key}_other`);
        if (plural !== undefined) return plural;
      }
      const plain = lookup(tree, key);
      if (plain !== undefined) return plain;
    }
    return undefined;
  };
  return (key, vars) => interpolate(find(key, vars?.count) ?? key, vars);
}
