import { mergeLocaleFiles, type Tree } from '../../../shared/i18n/merge';
import type { Language } from '../../../shared/domain/vocab';

type LocaleFiles = Record<string, { default: Tree }>;

/** One language's locale files (shared/i18n/locales/<lang>/*.json, bundled at build time) merged into one tree. */
export function mergeLanguage(files: LocaleFiles): Tree {
  return mergeLocaleFiles(
    Object.entries(files).map(([path, mod]) => ({ name: path.split('/').pop() ?? path, tree: mod.default })),
  );
}

// Finnish is the source of truth and every other language's fallback: it ships with the start. Swedish and English
// are chunks of their own, loaded when chosen, so the start parses one language instead of three.
export const FINNISH: Tree = mergeLanguage(
  import.meta.glob<{ default: Tree }>('../../../shared/i18n/locales/fi/*.json', { eager: true }),
);

export const LATER_LANGUAGES: Record<Exclude<Language, 'fi'>, () => Promise<Tree>> = {
  sv: () => import('./languages/sv').then((m) => m.default),
  en: () => import('./languages/en').then((m) => m.default),
};
