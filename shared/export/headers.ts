import { translator } from '../i18n/translate';
import type { SheetColumn, SheetSpec } from './sheet';

/** Languages of the column headers in exported workbooks and CSV files. Finnish is the schema's own language. */
export const HEADER_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type HeaderLanguage = (typeof HEADER_LANGUAGES)[number];

/**
 * A column's header in the language: its key looked up in the locale files (export.json), or the text it was
 * written with. Sheet names, column keys and cell values stay as they are in every language, so a filter or a
 * script written against one language's workbook reads the others too. Terms follow the glossary in docs/domain.md.
 */
export function columnHeader(column: SheetColumn, lang: HeaderLanguage = 'fi'): string {
  return column.headerKey === undefined ? column.header : translator(lang)(column.headerKey);
}

/** The sheets with their column headers in `lang`; keys, names and values unchanged. */
export function withHeaderLanguage<S extends SheetSpec>(sheets: readonly S[], lang: HeaderLanguage): S[] {
  return sheets.map((s) => ({ ...s, columns: s.columns.map((c) => ({ ...c, header: columnHeader(c, lang) })) }));
}

/** The header a writer puts in the sheet: the text withHeaderLanguage filled in, Finnish when it has not run. */
export function writtenHeader(column: SheetColumn): string {
  return column.header ?? columnHeader(column, 'fi');
}
