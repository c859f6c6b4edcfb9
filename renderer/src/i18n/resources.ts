import { mergeLocaleFiles, type Tree } from '../../../shared/i18n/merge';
import type { Language } from '../../../shared/domain/vocab';

// Every shared/i18n/locales/<lang>/*.json, bundled at build time.
const files = import.meta.glob<{ default: Tree }>('../../../shared/i18n/locales/*/*.json', { eager: true });

function forLanguage(lang: Language): Tree {
  const mine = Object.entries(files)
    .filter(([path]) => path.includes(`/locales/${lang}/`))
    .map(([path, mod]) => ({ name: path.split('/').pop() ?? path, tree: mod.default }));
  return mergeLocaleFiles(mine);
}

export const RESOURCES = {
  fi: { translation: forLanguage('fi') },
  sv: { translation: forLanguage('sv') },
  en: { translation: forLanguage('en') },
};
