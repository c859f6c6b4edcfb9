import { sectionHtml, sectionText } from '../../../shared/innokyla/html';
import type { Draft } from './useToimintamalli';

/**
 * Copies one section for Innokylä's web form: clean HTML with a plain-text alternative, or plain text alone where
 * the clipboard takes only text.
 */
export async function copySection(section: Draft['sections'][number]): Promise<void> {
  const html = sectionHtml(section);
  const text = sectionText(section);
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return;
    } catch {
      // Some clipboards refuse HTML: plain text below.
    }
  }
  await navigator.clipboard.writeText(text);
}
