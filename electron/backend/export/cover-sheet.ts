import { countyName } from '../../../shared/domain/counties';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import type { SheetSpec } from '../../../shared/export/sheet';
import { boardDefinition } from '../../../shared/boards/registry';
import { upgradeDoc } from '../../../shared/boards/run';
import { uniqueSheetNames } from './sheet-names';
import { workshopSheets } from './workshop-sheets';

/**
 * Version of the workbook layout documented in docs/excel-schema.md: sheet names, column keys, headers and types.
 * Raise it (and add a line to the document's change list) when a sheet or column is renamed, removed or retyped.
 */
export const EXCEL_SCHEMA_VERSION = 1;

export const COVER_SHEET_NAME = 'Tietoja';

/** What each of the workshop's own sheets holds (board sheets are described by the kinds that fill them). */
export const CORE_SHEET_DESCRIPTIONS: Readonly<Record<string, string>> = {
  Tietoja: 'Tämä sivu: kierros, tiimit, vientipäivä, versiot ja sivujen sisältö.',
  Kierros: 'Työpaja ja kierros: nimi, alku- ja loppupäivä, muistiinpanot, tiimien määrä (yhdistelmässä rivi tiedostoa kohden).',
  Tiimit: 'Rivi tiimiä kohden: hyvinvointialue, kohderyhmä, kehitettävä prosessi, tavoite ja jäsenet rooleittain.',
  Jäsenet: 'Rivi jäsentä kohden: tiimi, rooli, nimi, ammatti ja organisaatio.',
  Työpajapäivät: 'Rivi ohjelmakohtaa kohden: päivä, päivämäärä, paikka, alkaa, päättyy ja kesto.',
};

/** Finnish names of the board kinds, for the sheet descriptions. */
const KIND_FI: Readonly<Record<string, string>> = {
  'ideas-wall': 'Ideaseinä',
  'dot-vote': 'Pisteäänestys',
  'process-map': 'Prosessikaavio',
  fishbone: 'Kalanruotokaavio',
  'five-whys': '5 x miksi',
  'value-stream': 'Arvovirta',
  measures: 'Mittarit ja seurantakaaviot',
  pdsa: 'PDSA-syklit',
  'driver-diagram': 'Tavoite ja ajurikaavio',
};

export interface CoverMeta {
  appVersion: string;
  /** When the workbook is written. */
  exportedAt: Date;
  /** For a consolidated workbook: the files it was merged from. */
  sourceFiles?: readonly string[];
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

/** What a sheet holds, in Finnish (the same text in the cover sheet and in docs/excel-schema.md). */
export function describeSheet(sheet: SheetSpec, kinds: ReadonlySet<string> | undefined): string {
  const core = CORE_SHEET_DESCRIPTIONS[sheet.name];
  if (core) return core;
  const from = [...(kinds ?? [])].map((k) => KIND_FI[k] ?? k).join(', ');
  return `${from ? `Taulut (${from})` : 'Taulut'}: jokaisella rivillä tiimi ja taulu, josta rivi on.`;
}

/**
 * The cover sheet (Tietoja): what a reader needs before the data: workshop, round and its dates, the teams with
 * their counties, the export date, app and schema versions, source files of a consolidation, and one row per
 * following sheet saying what it holds. Two text columns, Kohta and Arvo.
 */
export function coverSheet(data: WorkshopData, following: readonly SheetSpec[], meta: CoverMeta): SheetSpec {
  const kinds = sheetKinds(data);
  const counties = [...new Set(data.teams.map((t) => (t.county ? countyName(t.county, 'fi') : '')).filter(Boolean))];
  const rows: SheetSpec['rows'] = [
    { item: 'Työpaja', value: data.title },
    { item: 'Kierros', value: data.round.name },
    { item: 'Kierroksen ajankohta', value: [fiIso(data.round.startDate), fiIso(data.round.endDate)].filter(Boolean).join('–') },
    { item: 'Tiimejä', value: String(data.teams.length) },
    ...[...data.teams]
      .sort((a, b) => a.ordinal - b.ordinal)
      .map((t) => ({ item: 'Tiimi', value: t.county ? `${t.name} (${countyName(t.county, 'fi')})` : t.name })),
    { item: 'Hyvinvointialueet', value: counties.join(', ') },
    { item: 'Vientipäivä', value: fiDate(meta.exportedAt) },
    { item: 'Sovellus', value: `Läpimurtostudio ${meta.appVersion}` },
    { item: 'Excel-rakenteen versio', value: String(EXCEL_SCHEMA_VERSION) },
    ...(meta.sourceFiles ?? []).map((f) => ({ item: 'Lähdetiedosto', value: f })),
    ...following.map((s) => ({ item: `Sivu: ${s.name}`, value: describeSheet(s, kinds.get(s.name)) })),
  ];
  return {
    name: COVER_SHEET_NAME,
    columns: [
      { key: 'item', header: 'Kohta', type: 'text', width: 34 },
      { key: 'value', header: 'Arvo', type: 'text', width: 100 },
    ],
    rows,
  };
}

/** The cover sheet first, then the given sheets; names kept unique. */
export function withCover(data: WorkshopData, sheets: readonly SheetSpec[], meta: CoverMeta): SheetSpec[] {
  const all = [coverSheet(data, sheets, meta), ...sheets];
  const names = uniqueSheetNames(all.map((s) => s.name));
  return all.map((s, i) => ({ ...s, name: names[i] ?? s.name }));
}

/** The workshop's workbook as written by the exports: Tietoja, then workshopSheets. */
export function workshopWorkbook(data: WorkshopData, meta: CoverMeta): SheetSpec[] {
  return withCover(data, workshopSheets(data), meta);
}
