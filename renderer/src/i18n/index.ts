import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { RESOURCES } from './resources';
import type { Language } from '../../../shared/domain/vocab';

void i18n.use(initReactI18next).init({
  resources: RESOURCES,
  lng: 'fi',
  fallbackLng: 'fi',
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Switches the UI language and the document's `lang` (screen readers pronounce by it). */
export function applyLanguage(lang: Language): void {
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export default i18n;
