import { LANGUAGES, type Language } from '../domain/vocab';
import { STORYBOARD_PAGE_SIZES, type StoryboardPageSize } from './page-size';

/** What the print page shows: one team's storyboard, on one page of this size, in this language. */
export interface StoryboardPrintRequest {
  workshopId: string;
  teamId: string;
  pageSize: StoryboardPageSize;
  lang: Language;
  /** Personal data masked on the page (the coach chose a masked export); absent for the plain page. */
  masked?: true;
}

const PREFIX = '#/print/storyboard/';
const MASKED = 'masked';

/**
 * The renderer's print page for a storyboard, as a hash route of the app's one entry file (works under app://,
 * the Node host and the dev server alike). The shell's printer loads it and waits for `data-print-ready`.
 */
export function storyboardPrintHash(r: StoryboardPrintRequest): string {
  return `${PREFIX}${[r.workshopId, r.teamId, r.pageSize, r.lang].map(encodeURIComponent).join('/')}${r.masked ? `/${MASKED}` : ''}`;
}

/** The request in a print hash, or null for any other hash (or a malformed one). */
export function parseStoryboardPrintHash(hash: string): StoryboardPrintRequest | null {
  if (!hash.startsWith(PREFIX)) return null;
  const parts = hash
    .slice(PREFIX.length)
    .split('/')
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return '';
      }
    });
  const [workshopId, teamId, pageSize, lang, masked] = parts;
  if (parts.length < 4 || parts.length > 5 || !workshopId || !teamId) return null;
  if (parts.length === 5 && masked !== MASKED) return null;
  if (!(STORYBOARD_PAGE_SIZES as readonly string[]).includes(pageSize ?? '')) return null;
  if (!(LANGUAGES as readonly string[]).includes(lang ?? '')) return null;
  return {
    workshopId,
    teamId,
    pageSize: pageSize as StoryboardPageSize,
    lang: lang as Language,
    ...(masked ? { masked: true as const } : {}),
  };
}

/** The attribute the print page sets on <html> once fonts, data and pictures are in place. */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready';
/** Set instead (to an i18n key) when the page cannot be made: the printer then fails rather than print an error. */
export const PRINT_ERROR_ATTRIBUTE = 'data-print-error';
