import { createInstance, type i18n } from 'i18next';
import { LANGUAGES, type Language } from '../domain/vocab';
import type { TranslationKey } from './keys';
import { LOCALE_FILES } from './locales';
import { mergeLocaleFiles, type Tree } from './merge';

export type { TranslationKey } from './keys';

/** Looks a text up by key, with i18next's `{{name}}` interpolation, plurals on `count` and `$t(...)` nesting. */
export type Translator = (key: TranslationKey, vars?: Record<string, string | number>) => string;

const trees = new Map<Language, Tree>();

/** A language's locale files merged into one tree (the renderer loads the same), built once per language. */
export function localeTree(lang: Language): Tree {
  let tree = trees.get(lang);
  if (!tree) {
    tree = mergeLocaleFiles(Object.entries(LOCALE_FILES[lang]).map(([name, t]) => ({ name, tree: t })));
    trees.set(lang, tree);
  }
  return tree;
}

/** The i18next resources of every language: one `translation` namespace per language, as the renderer uses. */
export function localeResources(): Record<Language, { translation: Tree }> {
  return Object.fromEntries(LANGUAGES.map((l) => [l, { translation: localeTree(l) }])) as Record<
    Language,
    { translation: Tree }
  >;
}

let shared: i18n | undefined;

/** One i18next instance for Node code, initialised synchronously (no backend to wait for). */
function instance(): i18n {
  if (!shared) {
    shared = createInstance();
    void shared.init({
      resources: localeResources(),
      lng: 'fi',
      fallbackLng: 'fi',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      // A group key (e.g. `errors`) answers with itself, as a missing key does, never with i18next's notice.
      returnedObjectHandler: (key) => key,
    });
  }
  return shared;
}

/**
 * A translator for Node code (Excel, CSV, CLI, menu, pictures drawn outside the renderer): the renderer's i18next
 * over the same locale files, fixed to one language, falling back to Finnish and then to the key itself, so a
 * missing text is visible but never an exception. Texts are not HTML-escaped (they go to cells and menus).
 */
export function translator(lang: Language): Translator {
  const t = instance().getFixedT(lang);
  return (key, vars) => String(t(key, vars ?? {}));
}

/**
 * The same texts for code whose keys are built from data (a board's kind, a picture's labels): no key check at
 * compile time, so prefer `translator` wherever the key is written out.
 */
export function dynamicTranslator(lang: Language): (key: string, vars?: Record<string, string | number>) => string {
  return translator(lang) as (key: string, vars?: Record<string, string | number>) => string;
}
