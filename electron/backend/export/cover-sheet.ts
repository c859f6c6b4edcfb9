import { countyName } from '../../../shared/domain/counties';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import type { SheetSpec } from '../../../shared/export/sheet';
import { withHeaderLanguage, type HeaderLanguage } from '../../../shared/export/headers';
import { boardDefinition } from '../../../shared/boards/registry';
import { upgradeDoc } from '../../../shared/boards/run';
import { countsText } from '../../../shared/boards/counts';
import { uniqueSheetNames } from './sheet-names';
import { teamOnly, workshopSheets } from './workshop-sheets';
import { withPictures, type PictureScope } from './pictures-sheet';
import { DAY_SHEET_DESCRIPTIONS, dayRecordSheets } from './day-sheets';
import { AGENDA_SHEET_DESCRIPTION, AGENDA_SHEET_NAME } from './agenda-sheet';
import { dynamicTranslator, translator, type TranslationKey } from '../../../shared/i18n/translate';

/**
 * Version of the workbook layout documented in docs/excel-schema.md: sheet names, column keys, headers and types.
 * Raise it (and add a line to the document's change list) when a sheet or column is renamed, removed or retyped.
 */
export const EXCEL_SCHEMA_VERSION = 2;

export const COVER_SHEET_NAME = 'Tietoja';

/**
 * What each sheet holds, by sheet name (names stay Finnish in every language; the texts are in export.json, the
 * Finnish ones as in docs/excel-schema.md). Board sheets are described by the kinds that fill them.
 */
const SHEET_DESCRIPTIONS: Readonly<Record<string, TranslationKey>> = {
  Tietoja: 'export.sheet.cover',
  Kierros: 'export.sheet.round',
  Tiimit: 'export.sheet.teams',
  Jäsenet: 'export.sheet.members',
  Työpajapäivät: 'export.sheet.days',
  Kuvat: 'export.sheet.pictures',
  ...DAY_SHEET_DESCRIPTIONS,
  [AGENDA_SHEET_NAME]: AGENDA_SHEET_DESCRIPTION,
};

export interface CoverMeta {
  appVersion: string;
  /** Language of the headers and of this sheet's own words; Finnish when absent. */
  lang?: HeaderLanguage;
  /** When the workbook is written. */
  exportedAt: Date;
  /** For a consolidated workbook: the files it was merged from. */
  sourceFiles?: readonly string[];
  /** Board pictures (Kuvat sheet) and run charts: all by default (see pictures-sheet.ts). */
  pictures?: PictureScope;
}

const fiDate = (d: Date): string => `${d.getDate()}.${d.getMonth() + 1}.${d.getFullYear()}`;
const fiIso = (iso: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${Number(m[3])}.${Number(m[2])}.${m[1]}` : '';
};

/** Which board kinds fill each board sheet name. */
export function sheetKinds(data: WorkshopData): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const board of data.boards) {
    const def = boardDefinition(board.kind);
    if (!def) continue;
    const up = upgradeDoc(def, board.docVersion, board.doc);
    if (!up.ok) continue;
    const ctx = { boardId: board.id, boardName: board.name, teamId: board.teamId, teamName: '' };
    for (const spec of def.toSheets(up.doc, ctx)) {
      const kinds = out.get(spec.name) ?? new Set<string>();
      kinds.add(board.kind);
      out.set(spec.name, kinds);
    }
  }
  return out;
}

/** One row per readable board, team by team: "Taulu: Tiimi / Prosessikaavio" and its counts ("15 vaihetta · 2 ongelmaa"). */
function boardCountRows(data: WorkshopData, lang: HeaderLanguage): SheetSpec['rows'] {
  const t = translator(lang);
  const teams = [...data.teams].sort((a, b) => a.ordinal - b.ordinal);
  return teams.flatMap((team) =>
    data.boards
      .filter((b) => b.teamId === team.id)
      .sort((a, b) => a.ordinal - b.ordinal)
      .flatMap((board) => {
        const def = boardDefinition(board.kind);
        const up = def ? upgradeDoc(def, board.docVersion, board.doc) : null;
        if (!def || !up?.ok) return [];
        return [
          {
            item: `${t('export.cover.board')}: ${team.name} / ${board.name}`,
            value: countsText(dynamicTranslator(lang), def.counts(up.doc)),
          },
        ];
      }),
  );
}

/** What a sheet holds, in the header language (Finnish: the same text as in docs/excel-schema.md). */
export function describeSheet(
  sheet: SheetSpec,
  kinds: ReadonlySet<string> | undefined,
  lang: HeaderLanguage = 'fi',
): string {
  const t = translator(lang);
  const own = SHEET_DESCRIPTIONS[sheet.name];
  if (own) return t(own);
  // A kind from a newer app has no name here: its key shows, as in the app.
  const from = [...(kinds ?? [])].map((k) => dynamicTranslator(lang)(`boards.kind.${k}`)).join(', ');
  return from ? t('export.cover.boardSheetFrom', { kinds: from }) : t('export.cover.boardSheet');
}

/**
 * The cover sheet (Tietoja): what a reader needs before the data: workshop, round and its dates, the teams with
 * their counties, the export date, app and schema versions, the header language, source files of a
 * consolidation, and one row per following sheet saying what it holds. Two text columns, Kohta and Arvo (their
 * headers and this sheet's words follow the header language; the data stays as written).
 */
export function coverSheet(data: WorkshopData, following: readonly SheetSpec[], meta: CoverMeta): SheetSpec {
  const lang = meta.lang ?? 'fi';
  const tr = translator(lang);
  const kinds = sheetKinds(data);
  const countyLang = lang;
  const counties = [
    ...new Set(data.teams.map((t) => (t.county ? countyName(t.county, countyLang) : '')).filter(Boolean)),
  ];
  const rows: SheetSpec['rows'] = [
    { item: tr('export.cover.workshop'), value: data.title },
    { item: tr('export.cover.round'), value: data.round.name },
    {
      item: tr('export.cover.period'),
      value: [fiIso(data.round.startDate), fiIso(data.round.endDate)].filter(Boolean).join('–'),
    },
    { item: tr('export.cover.teams'), value: String(data.teams.length) },
    ...[...data.teams]
      .sort((a, b) => a.ordinal - b.ordinal)
      .map((t) => ({
        item: tr('export.cover.team'),
        value: t.county ? `${t.name} (${countyName(t.county, countyLang)})` : t.name,
      })),
    { item: tr('export.cover.counties'), value: counties.join(', ') },
    ...boardCountRows(data, lang),
    { item: tr('export.cover.exported'), value: fiDate(meta.exportedAt) },
    { item: tr('export.cover.app'), value: `Läpimurtostudio ${meta.appVersion}` },
    { item: tr('export.cover.schema'), value: String(EXCEL_SCHEMA_VERSION) },
    { item: tr('export.cover.headers'), value: tr('export.cover.headerLanguage') },
    ...(meta.sourceFiles ?? []).map((f) => ({ item: tr('export.cover.source'), value: f })),
    ...following.map((s) => ({
      item: tr('export.cover.sheetRow', { name: s.name }),
      value: describeSheet(s, kinds.get(s.name), lang),
    })),
  ];
  return withHeaderLanguage(
    [
      {
        name: COVER_SHEET_NAME,
        columns: [
          { key: 'item', headerKey: 'export.header.item', type: 'text', width: 34 },
          { key: 'value', headerKey: 'export.header.value', type: 'text', width: 100 },
        ],
        rows,
      },
    ],
    lang,
  )[0]!;
}

/** The cover sheet first, then the given sheets with their headers in the cover's language; names kept unique. */
export function withCover(data: WorkshopData, sheets: readonly SheetSpec[], meta: CoverMeta): SheetSpec[] {
  const all = [coverSheet(data, sheets, meta), ...withHeaderLanguage(sheets, meta.lang ?? 'fi')];
  const names = uniqueSheetNames(all.map((s) => s.name));
  return all.map((s, i) => ({ ...s, name: names[i] ?? s.name }));
}

/**
 * The workshop's workbook as written by every export (app, CLI): Tietoja, then workshopSheets, then the workshop
 * day's sheets from the data's own records (gallery notes, day feedback, agenda times; see dayRecordSheets), then
 * Kuvat. With `teamId` the workbook of that team: its rows and gallery notes only.
 */
export function workshopWorkbook(data: WorkshopData, meta: CoverMeta & { teamId?: string | null }): SheetSpec[] {
  const teamId = meta.teamId ?? null;
  // The team's own data; the day's sheets read the whole workshop to name the team that wrote a note.
  const scoped = teamId === null ? data : teamOnly(data, teamId);
  const body = [...workshopSheets(scoped), ...dayRecordSheets(data, { teamId })];
  return withCover(scoped, withPictures(body, scoped, { lang: meta.lang, pictures: meta.pictures }), meta);
}
