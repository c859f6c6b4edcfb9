import { countyName } from '../../../shared/domain/counties';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import type { SheetSpec } from '../../../shared/export/sheet';
import { withHeaderLanguage, type HeaderLanguage } from '../../../shared/export/headers';
import { boardDefinition } from '../../../shared/boards/registry';
import { upgradeDoc } from '../../../shared/boards/run';
import { uniqueSheetNames } from './sheet-names';
import { teamOnly, workshopSheets } from './workshop-sheets';
import { withPictures, type PictureScope } from './pictures-sheet';
import { DAY_SHEET_DESCRIPTIONS, DAY_SHEET_DESCRIPTIONS_EN, DAY_SHEET_DESCRIPTIONS_SV, dayRecordSheets } from './day-sheets';
import { AGENDA_SHEET_DESCRIPTIONS, AGENDA_SHEET_NAME } from './agenda-sheet';

/**
 * Version of the workbook layout documented in docs/excel-schema.md: sheet names, column keys, headers and types.
 * Raise it (and add a line to the document's change list) when a sheet or column is renamed, removed or retyped.
 */
export const EXCEL_SCHEMA_VERSION = 2;

export const COVER_SHEET_NAME = 'Tietoja';

/** What each of the workshop's own sheets holds (board sheets are described by the kinds that fill them). */
export const CORE_SHEET_DESCRIPTIONS: Readonly<Record<string, string>> = {
  Tietoja: 'Tämä sivu: kierros, tiimit, vientipäivä, versiot ja sivujen sisältö.',
  Kierros: 'Työpaja ja kierros: nimi, alku- ja loppupäivä, muistiinpanot, tiimien määrä (yhdistelmässä rivi tiedostoa kohden).',
  Tiimit: 'Rivi tiimiä kohden: hyvinvointialue, kohderyhmä, kehitettävä prosessi, tavoite ja jäsenet rooleittain.',
  Jäsenet: 'Rivi jäsentä kohden: tiimi, rooli, nimi, ammatti ja organisaatio.',
  Työpajapäivät: 'Rivi ohjelmakohtaa kohden: päivä, päivämäärä, paikka, alkaa, päättyy ja kesto.',
  Kuvat: 'Rivi taulua kohden: tiimi, taulu, taulutyyppi ja taulu kuvana (PNG, tulostustarkkuus).',
};

const CORE_SHEET_DESCRIPTIONS_SV: Readonly<Record<string, string>> = {
  Tietoja: 'Denna sida: omgång, team, exportdatum, versioner och vad varje sida innehåller.',
  Kierros: 'Workshop och omgång: namn, start- och slutdatum, anteckningar, antal team (vid sammanslagning en rad per fil).',
  Tiimit: 'En rad per team: välfärdsområde, klientgrupp, process som utvecklas, mål och medlemmar per roll.',
  Jäsenet: 'En rad per medlem: team, roll, namn, yrke och organisation.',
  Työpajapäivät: 'En rad per programpunkt: dag, datum, plats, början, slut och längd.',
  Kuvat: 'En rad per tavla: team, tavla, tavlans typ och tavlan som bild (PNG, utskriftskvalitet).',
};

const CORE_SHEET_DESCRIPTIONS_EN: Readonly<Record<string, string>> = {
  Tietoja: 'This sheet: round, teams, export date, versions and what each sheet holds.',
  Kierros: 'Workshop and round: name, start and end date, notes, number of teams (when consolidated, one row per file).',
  Tiimit: 'One row per team: wellbeing services county, target group, process to improve, aim and members by role.',
  Jäsenet: 'One row per member: team, role, name, profession and organisation.',
  Työpajapäivät: 'One row per agenda item: day, date, venue, start, end and duration.',
  Kuvat: 'One row per board: team, board, kind of board and the board as a picture (PNG, print resolution).',
};

/** Names of the board kinds, for the sheet descriptions. */
const KIND_NAMES: Readonly<Record<HeaderLanguage, Readonly<Record<string, string>>>> = {
  fi: {
    'ideas-wall': 'Ideaseinä',
    'dot-vote': 'Pisteäänestys',
    'process-map': 'Prosessikaavio',
    fishbone: 'Kalanruotokaavio',
    'five-whys': '5 x miksi',
    'value-stream': 'Arvovirta',
    measures: 'Mittarit ja seurantakaaviot',
    pdsa: 'PDSA-syklit',
    'driver-diagram': 'Tavoite ja ajurikaavio',
  },
  sv: {
    'ideas-wall': 'Idévägg',
    'dot-vote': 'Prickröstning',
    'process-map': 'Processkarta',
    fishbone: 'Fiskbensdiagram',
    'five-whys': '5 x varför',
    'value-stream': 'Värdeflöde',
    measures: 'Mått och seriediagram',
    pdsa: 'PGSA-hjul',
    'driver-diagram': 'Mål och drivkraftsdiagram',
  },
  en: {
    'ideas-wall': 'Ideas wall',
    'dot-vote': 'Dot voting',
    'process-map': 'Process map',
    fishbone: 'Fishbone diagram',
    'five-whys': '5 whys',
    'value-stream': 'Value stream',
    measures: 'Measures and run charts',
    pdsa: 'PDSA cycles',
    'driver-diagram': 'Aim and driver diagram',
  },
};

/** The cover sheet's own words in each header language. */
type CoverWord = 'workshop' | 'round' | 'period' | 'teams' | 'team' | 'counties' | 'exported' | 'app' | 'schema' | 'headers' | 'source' | 'sheet' | 'boards' | 'boardRows' | 'lang';
const COVER_TEXT: Readonly<Record<HeaderLanguage, Readonly<Record<CoverWord, string>>>> = {
  fi: {
    workshop: 'Työpaja', round: 'Kierros', period: 'Kierroksen ajankohta', teams: 'Tiimejä', team: 'Tiimi', counties: 'Hyvinvointialueet',
    exported: 'Vientipäivä', app: 'Sovellus', schema: 'Excel-rakenteen versio', headers: 'Otsikoiden kieli', source: 'Lähdetiedosto', sheet: 'Sivu',
    boards: 'Taulut', boardRows: 'jokaisella rivillä tiimi, hyvinvointialue, kohderyhmä ja taulu, josta rivi on.', lang: 'suomi',
  },
  sv: {
    workshop: 'Workshop', round: 'Omgång', period: 'Omgångens tid', teams: 'Team', team: 'Team', counties: 'Välfärdsområden',
    exported: 'Exportdatum', app: 'Program', schema: 'Excel-strukturens version', headers: 'Rubrikernas språk', source: 'Källfil', sheet: 'Sida',
    boards: 'Tavlor', boardRows: 'varje rad anger team, välfärdsområde, klientgrupp och tavlan den kommer från.', lang: 'svenska',
  },
  en: {
    workshop: 'Workshop', round: 'Round', period: 'Round dates', teams: 'Teams', team: 'Team', counties: 'Wellbeing services counties',
    exported: 'Export date', app: 'Application', schema: 'Excel schema version', headers: 'Header language', source: 'Source file', sheet: 'Sheet',
    boards: 'Boards', boardRows: 'every row names the team, county, target group and the board it comes from.', lang: 'English',
  },
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

/** What a sheet holds, in the header language (Finnish: the same text as in docs/excel-schema.md). */
export function describeSheet(sheet: SheetSpec, kinds: ReadonlySet<string> | undefined, lang: HeaderLanguage = 'fi'): string {
  const table = lang === 'sv' ? CORE_SHEET_DESCRIPTIONS_SV : lang === 'en' ? CORE_SHEET_DESCRIPTIONS_EN : CORE_SHEET_DESCRIPTIONS;
  const day = lang === 'sv' ? DAY_SHEET_DESCRIPTIONS_SV : lang === 'en' ? DAY_SHEET_DESCRIPTIONS_EN : DAY_SHEET_DESCRIPTIONS;
  const core = table[sheet.name] ?? day[sheet.name] ?? (sheet.name === AGENDA_SHEET_NAME ? AGENDA_SHEET_DESCRIPTIONS[lang] : undefined);
  if (core) return core;
  const text = COVER_TEXT[lang];
  const from = [...(kinds ?? [])].map((k) => KIND_NAMES[lang][k] ?? k).join(', ');
  return `${from ? `${text.boards} (${from})` : text.boards}: ${text.boardRows}`;
}

/**
 * The cover sheet (Tietoja): what a reader needs before the data: workshop, round and its dates, the teams with
 * their counties, the export date, app and schema versions, the header language, source files of a
 * consolidation, and one row per following sheet saying what it holds. Two text columns, Kohta and Arvo (their
 * headers and this sheet's words follow the header language; the data stays as written).
 */
export function coverSheet(data: WorkshopData, following: readonly SheetSpec[], meta: CoverMeta): SheetSpec {
  const lang = meta.lang ?? 'fi';
  const text = COVER_TEXT[lang];
  const kinds = sheetKinds(data);
  const countyLang = lang;
  const counties = [...new Set(data.teams.map((t) => (t.county ? countyName(t.county, countyLang) : '')).filter(Boolean))];
  const rows: SheetSpec['rows'] = [
    { item: text.workshop, value: data.title },
    { item: text.round, value: data.round.name },
    { item: text.period, value: [fiIso(data.round.startDate), fiIso(data.round.endDate)].filter(Boolean).join('–') },
    { item: text.teams, value: String(data.teams.length) },
    ...[...data.teams]
      .sort((a, b) => a.ordinal - b.ordinal)
      .map((t) => ({ item: text.team, value: t.county ? `${t.name} (${countyName(t.county, countyLang)})` : t.name })),
    { item: text.counties, value: counties.join(', ') },
    { item: text.exported, value: fiDate(meta.exportedAt) },
    { item: text.app, value: `Läpimurtostudio ${meta.appVersion}` },
    { item: text.schema, value: String(EXCEL_SCHEMA_VERSION) },
    { item: text.headers, value: text.lang },
    ...(meta.sourceFiles ?? []).map((f) => ({ item: text.source, value: f })),
    ...following.map((s) => ({ item: `${text.sheet}: ${s.name}`, value: describeSheet(s, kinds.get(s.name), lang) })),
  ];
  return withHeaderLanguage(
    [
      {
        name: COVER_SHEET_NAME,
        columns: [
          { key: 'item', header: 'Kohta', type: 'text', width: 34 },
          { key: 'value', header: 'Arvo', type: 'text', width: 100 },
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
