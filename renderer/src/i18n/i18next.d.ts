import 'i18next';
import type { FiResources } from '../../../shared/i18n/locales';

// Keys are typed from the Finnish locale files (the source of truth): a misspelt key fails the type check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: FiResources };
  }
}
