import type { ColumnType, SheetSpec } from '../../shared/export/sheet';
import { columnHeader } from '../../shared/export/headers';
import { createDemoWorkshop } from '../../shared/demo/demo-workshop';
import { describeSheet, sheetKinds, workshopWorkbook } from '../../electron/backend/export/cover-sheet';

/** Finnish names of the column types, as the document writes them. */
export const TYPE_FI: Readonly<Record<ColumnType, string>> = {
  text: 'teksti',
  id: 'tunniste (teksti)',
  number: 'luku',
  integer: 'kokonaisluku',
  date: 'päivämäärä',
  boolean: 'totuusarvo',
};

export const GENERATED_START = '<!-- excel-schema:generated:start (npx tsx scripts/gen-excel-schema.ts) -->';
export const GENERATED_END = '<!-- excel-schema:generated:end -->';

/** The sheets the document describes: the workbook of the demo workshop, which has a board of every kind. */
export function documentedSheets(): SheetSpec[] {
  return workshopWorkbook(createDemoWorkshop({ lang: 'fi' }), { appVersion: '0.0.0', exportedAt: new Date(0) });
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The generated part of docs/excel-schema.md: one section per sheet with its columns. */
export function schemaMarkdown(sheets: readonly SheetSpec[] = documentedSheets()): string {
  const kinds = sheetKinds(createDemoWorkshop({ lang: 'fi' }));
  const parts = sheets.map((s, i) =>
    [
      `### ${i + 1}. ${s.name}`,
      '',
      describeSheet(s, kinds.get(s.name)),
      '',
      '| Sarake | Avain | Tyyppi | På svenska | In English |',
      '| --- | --- | --- | --- | --- |',
      ...s.columns.map(
        (c) =>
          `| ${cell(columnHeader(c, 'fi'))} | \`${c.key}\` | ${TYPE_FI[c.type]} | ${cell(columnHeader(c, 'sv'))} | ${cell(columnHeader(c, 'en'))} |`,
      ),
    ].join('\n'),
  );
  return `${GENERATED_START}\n\n${parts.join('\n\n')}\n\n${GENERATED_END}`;
}

/** The document with its generated part replaced. */
export function withSchema(doc: string, generated = schemaMarkdown()): string {
  const a = doc.indexOf(GENERATED_START);
  const b = doc.indexOf(GENERATED_END);
  if (a < 0 || b < a) return `${doc.trimEnd()}\n\n${generated}\n`;
  return doc.slice(0, a) + generated + doc.slice(b + GENERATED_END.length);
}
