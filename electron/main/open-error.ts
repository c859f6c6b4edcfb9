import type { ApiError } from '../../shared/api/errors';
import type { Language } from '../../shared/domain/vocab';
import { dynamicTranslator } from '../../shared/i18n/translate';

/**
 * The error box text when a file given to the app (double-click, argv, macOS open-file) cannot be imported: the path
 * and the translated message in the app's language, as the renderer would show it. The English `detail` is for logs
 * and the CLI, never for the coach.
 */
export function openFileErrorText(path: string, error: ApiError, language: Language): string {
  const t = dynamicTranslator(language);
  const own = t(error.key, error.params);
  const message = own === error.key ? t(`errors.code.${error.code}`, error.params) : own;
  return `${path}\n\n${message}`;
}
