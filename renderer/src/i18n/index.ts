import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FINNISH, LATER_LANGUAGES } from './resources';
import type { Language } from '../../../shared/domain/vocab';

void i18n.use(initReactI18next).init({
  resources: { fi: { translation: FINNISH } },
  lng: 'fi',
  fallbackLng: 'fi',
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Bumped per request, so a slower load of an earlier choice never overrides a later one. */
let requested = 0;

/**
 * Switches the UI language and the document's `lang` (screen readers pronounce by it), loading the language's texts
 * first when they are not in yet. Resolves once the UI speaks it (or the load failed: Finnish stays, the fallback).
 */
export async function applyLanguage(lang: Language): Promise<void> {
  const mine = ++requested;
  if (lang !== 'fi' && !i18n.hasResourceBundle(lang, 'translation')) {
    try {
      i18n.addResourceBundle(lang, 'translation', await LATER_LANGUAGES[lang]());
    } catch (e) {
      console.error(`texts for ${lang} could not be loaded`, e);
      return;
    }
  }
  if (mine !== requested) return;
  if (i18n.language !== lang) await i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export default i18n;
