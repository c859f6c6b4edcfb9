import type { WorkshopData } from '../../../shared/domain/workshop-data';
import type { Language } from '../../../shared/domain/vocab';
import type { SheetImage, SheetSpec } from '../../../shared/export/sheet';
import { boardDefinition } from '../../../shared/boards/registry';
import { upgradeDoc } from '../../../shared/boards/run';
import { drawBoardSections } from '../../../shared/boards/pictures';
import { drawRunChart, cycleStarts } from '../../../shared/boards/measures/picture';
import { MeasuresDoc, type Measure } from '../../../shared/boards/measures/model';
import { dynamicTranslator } from '../../../shared/i18n/translate';
import { columnCharsFor } from './images';
import { byOrdinal } from './workshop-sheets';

/**
 * The board pictures of a workbook: a sheet Kuvat with one row per board (team, board, kind) and the board drawn
 * in the row's Kuva cell, and a run chart beside each measure's row (the team's chosen rule set) in the run-chart
 * analysis sheet. Pictures are the same SVG drawings the projector shows (shared/boards/<kind>/picture.ts),
 * rasterised when the workbook is written.
 */

export const PICTURES_SHEET_NAME = 'Kuvat';

/** Which pictures a workbook gets: every board and run chart, the run charts only, or none. */
export type PictureScope = 'all' | 'charts' | 'none';

export interface PictureSheetOptions {
  /** Language of the texts inside the pictures. */
  lang?: Language;
  pictures?: PictureScope;
}

/** A board picture: drawn and rasterised at 1600x900, shown 960x540 px in the sheet (about 240 dpi when the sheet is printed fitted to A4 landscape). */
export const BOARD_PICTURE = {
  width: 1600,
  height: 900,
  minFontPx: 20,
  shownWidth: 960,
  shownHeight: 540,
  scale: 1,
} as const;
/** A run chart: drawn and rasterised at 1200x600, shown 600x300 px beside its row (twice the shown density). */
export const RUN_CHART_PICTURE = {
  width: 1200,
  height: 600,
  minFontPx: 18,
  shownWidth: 600,
  shownHeight: 300,
  scale: 1,
} as const;

/** The workshop's boards in team then board order, with documents upgraded; unreadable boards are left out. */
function readableBoards(data: WorkshopData) {
  const teamOrder = new Map([...data.teams].sort(byOrdinal).map((t, i) => [t.id, i]));
  return [...data.boards]
    .sort((a, b) => (teamOrder.get(a.teamId) ?? 0) - (teamOrder.get(b.teamId) ?? 0) || a.ordinal - b.ordinal)
    .flatMap((board) => {
      const def = boardDefinition(board.kind);
      if (!def) return [];
      const up = upgradeDoc(def, board.docVersion, board.doc);
      return up.ok ? [{ board, doc: up.doc as unknown }] : [];
    });
}

/** The sheet of board pictures (null when the workshop has no board with a picture). */
export function picturesSheet(data: WorkshopData, lang: Language = 'fi'): SheetSpec | null {
  const t = dynamicTranslator(lang);
  const boards = readableBoards(data);
  const teamName = new Map(data.teams.map((tm) => [tm.id, tm.name]));
  const rows: SheetSpec['rows'] = [];
  const images: SheetImage[] = [];
  for (const { board, doc } of boards) {
    const teamBoards = boards
      .filter((b) => b.board.teamId === board.teamId && b.board.id !== board.id)
      .map((b) => ({ kind: b.board.kind, doc: b.doc }));
    // Every section of a board too large for one legible picture, one row each, captioned "2/3".
    const sections = drawBoardSections(board.kind, doc, board, {
      width: BOARD_PICTURE.width,
      height: BOARD_PICTURE.height,
      minFontPx: BOARD_PICTURE.minFontPx,
      theme: 'light',
      t,
      teamBoards,
    });
    if (sections === null) continue;
    const team = teamName.get(board.teamId) ?? '';
    const kind = t(`boards.kind.${board.kind}`);
    sections.forEach((svg, i) => {
      const part = sections.length > 1 ? ` (${i + 1}/${sections.length})` : '';
      images.push({
        row: rows.length,
        column: 'picture',
        svg,
        width: BOARD_PICTURE.shownWidth,
        height: BOARD_PICTURE.shownHeight,
        scale: BOARD_PICTURE.scale,
        description: `${team}: ${board.name} (${kind})${part}`,
        failedText: t('pictures.excel.pictureFailed', { board: `${board.name}${part}` }),
      });
      rows.push({
        team,
        board: `${board.name}${part}`,
        kind,
        picture: t('pictures.excel.pictureCell', { board: `${board.name}${part}` }),
      });
    });
  }
  if (rows.length === 0) return null;
  return {
    name: PICTURES_SHEET_NAME,
    columns: [
      { key: 'team', headerKey: 'export.header.team', type: 'text', width: 28 },
      { key: 'board', headerKey: 'export.header.board', type: 'text', width: 32 },
      { key: 'kind', headerKey: 'export.header.kindOfBoard', type: 'text', width: 22 },
      {
        key: 'picture',
        headerKey: 'export.header.picture',
        type: 'text',
        width: columnCharsFor(BOARD_PICTURE.shownWidth),
      },
    ],
    rows,
    images,
  };
}

/**
 * The run-chart analysis rows (a `measureId` on a row of the team's chosen rule set) get their measure's run chart
 * in a new Seurantakaavio column; other sheets are returned as they are.
 */
export function withRunCharts(sheets: readonly SheetSpec[], data: WorkshopData, lang: Language = 'fi'): SheetSpec[] {
  const t = dynamicTranslator(lang);
  const boards = readableBoards(data);
  const measures = new Map<string, { measure: Measure; ruleSet: MeasuresDoc['ruleSet']; teamId: string }>();
  for (const { board, doc } of boards) {
    if (board.kind !== 'measures') continue;
    const parsed = MeasuresDoc.safeParse(doc);
    if (parsed.success)
      for (const m of parsed.data.measures)
        measures.set(m.id, { measure: m, ruleSet: parsed.data.ruleSet, teamId: board.teamId });
  }
  if (measures.size === 0) return [...sheets];
  const cycles = new Map<string, ReturnType<typeof cycleStarts>>();
  const cyclesOf = (teamId: string) => {
    let c = cycles.get(teamId);
    if (!c) {
      c = cycleStarts(boards.filter((b) => b.board.teamId === teamId).map((b) => ({ kind: b.board.kind, doc: b.doc })));
      cycles.set(teamId, c);
    }
    return c;
  };
  return sheets.map((spec) => {
    const images: SheetImage[] = [];
    spec.rows.forEach((row, r) => {
      const id = row.measureId;
      const found = typeof id === 'string' && row.chosen === true ? measures.get(id) : undefined;
      if (!found) return;
      const o = {
        width: RUN_CHART_PICTURE.width,
        height: RUN_CHART_PICTURE.height,
        minFontPx: RUN_CHART_PICTURE.minFontPx,
        theme: 'light' as const,
        t,
      };
      images.push({
        row: r,
        column: 'chart',
        svg: drawRunChart(found.measure, found.ruleSet, o, cyclesOf(found.teamId)),
        width: RUN_CHART_PICTURE.shownWidth,
        height: RUN_CHART_PICTURE.shownHeight,
        scale: RUN_CHART_PICTURE.scale,
        description: t('measures.chart.title', { name: found.measure.name }),
        failedText: t('pictures.excel.chartFailed'),
      });
    });
    if (images.length === 0) return spec;
    const withCharts = new Set(images.map((im) => im.row));
    return {
      ...spec,
      columns: [
        ...spec.columns,
        {
          key: 'chart',
          headerKey: 'export.header.runChart',
          type: 'text',
          width: columnCharsFor(RUN_CHART_PICTURE.shownWidth),
        },
      ],
      rows: spec.rows.map((row, r) => (withCharts.has(r) ? { ...row, chart: t('pictures.excel.chartCell') } : row)),
      images: [...(spec.images ?? []), ...images],
    };
  });
}

/**
 * The workbook's sheets with pictures as asked: run charts beside the analysis rows ('charts' and 'all') and the
 * Kuvat sheet at the end ('all').
 */
export function withPictures(
  sheets: readonly SheetSpec[],
  data: WorkshopData,
  options: PictureSheetOptions = {},
): SheetSpec[] {
  const scope = options.pictures ?? 'all';
  if (scope === 'none') return [...sheets];
  const lang = options.lang ?? 'fi';
  const out = withRunCharts(sheets, data, lang);
  if (scope === 'all') {
    const pictures = picturesSheet(data, lang);
    if (pictures) out.push(pictures);
  }
  return out;
}
