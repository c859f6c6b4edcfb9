import { mergeLanguage } from '../resources';

export default mergeLanguage(import.meta.glob('../../../../shared/i18n/locales/sv/*.json', { eager: true }));
