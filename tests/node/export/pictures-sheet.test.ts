import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createDemoWorkshop } from '../../../shared/demo';
import { workshopWorkbook } from '../../../electron/backend/export/cover-sheet';
import { workshopSheets } from '../../../electron/backend/export/workshop-sheets';
import { writeWorkbook } from '../../../electron/backend/export/workbook';
import {
  BOARD_PICTURE,
  PICTURES_SHEET_NAME,
  RUN_CHART_PICTURE,
  picturesSheet,
  withPictures,
} from '../../../electron/backend/export/pictures-sheet';
import { MeasuresDoc } from '../../../shared/boards/measures/model';
import { drawBoardSections } from '../../../shared/boards/pictures';
import { dynamicTranslator } from '../../../shared/i18n/translate';
import { readWorkbook, tempDir } from './helpers';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('pictures in the workbook', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => {
    t = tempDir();
  });
  afterEach(() => t.cleanup());

  it(
    'has a Kuvat sheet with one PNG per board in its row, and a run chart beside each measure of the analysis',
    { timeout: 120_000 },
    async () => {
      const data = createDemoWorkshop({ lang: 'fi' });
      const target = join(t.dir, 'kierros.xlsx');
      await writeWorkbook(workshopWorkbook(data, { appVersion: '1.0.0', exportedAt: new Date(2026, 0, 5) }), target);
      const wb = await readWorkbook(target);

      const pics = wb.getWorksheet(PICTURES_SHEET_NAME)!;
      expect(pics).toBeDefined();
      expect(wb.worksheets.at(-1)!.name).toBe(PICTURES_SHEET_NAME);
      const rows: { team: string; board: string; kind: string }[] = [];
      pics.eachRow((row, n) => {
        if (n > 1)
          rows.push({
            team: String(row.getCell(1).value),
            board: String(row.getCell(2).value),
            kind: String(row.getCell(3).value),
          });
      });
      // Every board of the demo has a picture: one row and one image per section, a board in sections captioned "2/3".
      const sectionCount = (b: (typeof data.boards)[number]) =>
        drawBoardSections(b.kind, b.doc, b, {
          width: BOARD_PICTURE.width,
          height: BOARD_PICTURE.height,
          minFontPx: BOARD_PICTURE.minFontPx,
          theme: 'light',
          t: dynamicTranslator('fi'),
        })!.length;
      const expected = data.boards.reduce((n, b) => n + sectionCount(b), 0);
      expect(expected).toBeGreaterThan(data.boards.length);
      expect(rows).toHaveLength(expected);
      const teams = new Map(data.teams.map((tm) => [tm.id, tm.name]));
      expect(new Set(rows.map((r) => `${r.team}|${r.board.replace(/ \(\d+\/\d+\)$/, '')}`))).toEqual(
        new Set(data.boards.map((b) => `${teams.get(b.teamId)}|${b.name}`)),
      );
      const split = data.boards.find((b) => sectionCount(b) > 1)!;
      expect(rows.filter((r) => r.board.startsWith(split.name)).map((r) => r.board)).toEqual(
        Array.from({ length: sectionCount(split) }, (_, i) => `${split.name} (${i + 1}/${sectionCount(split)})`),
      );
      expect(rows.find((r) => r.kind === 'Pisteäänestys')).toBeDefined();
      const images = pics.getImages();
      expect(images).toHaveLength(expected);
      const anchoredRows = images.map((im) => im.range.tl.nativeRow).sort((a, b) => a - b);
      expect(anchoredRows).toEqual(rows.map((_, i) => i + 1));
      for (const im of images) {
        expect(im.range.tl.nativeCol).toBe(3);
        const media = wb.getImage(Number(im.imageId));
        const buf = Buffer.from(media.buffer as unknown as Uint8Array);
        expect(buf.subarray(0, 8)).toEqual(PNG_SIGNATURE);
        expect([buf.readUInt32BE(16), buf.readUInt32BE(20)]).toEqual([
          BOARD_PICTURE.width * BOARD_PICTURE.scale,
          BOARD_PICTURE.height * BOARD_PICTURE.scale,
        ]);
      }
      // A picture's row is as tall as the picture.
      expect(pics.getRow(2).height).toBeGreaterThan(BOARD_PICTURE.shownHeight * 0.7);

      const analysis = wb.getWorksheet('Seurantakaavioanalyysi')!;
      const header = (analysis.getRow(1).values as unknown[]).map(String);
      const chartCol = header.indexOf('Seurantakaavio');
      expect(chartCol).toBeGreaterThan(0);
      const measureIds = data.boards
        .filter((b) => b.kind === 'measures')
        .flatMap((b) => MeasuresDoc.parse(b.doc).measures);
      const charts = analysis.getImages();
      expect(charts).toHaveLength(measureIds.length);
      for (const im of charts) {
        // Beside its row: in the chart column, on a row of the team's chosen rule set.
        expect(im.range.tl.nativeCol).toBe(chartCol - 1);
        const row = analysis.getRow(im.range.tl.nativeRow + 1);
        expect(row.getCell(header.indexOf('Tiimin valinta')).value).toBe(true);
        const buf = Buffer.from(wb.getImage(Number(im.imageId)).buffer as unknown as Uint8Array);
        expect([buf.readUInt32BE(16), buf.readUInt32BE(20)]).toEqual([
          RUN_CHART_PICTURE.width * RUN_CHART_PICTURE.scale,
          RUN_CHART_PICTURE.height * RUN_CHART_PICTURE.scale,
        ]);
      }
    },
  );

  it('leaves pictures out when asked, and the run charts only for a consolidation', () => {
    const data = createDemoWorkshop({ lang: 'fi' });
    const sheets = workshopSheets(data);
    expect(withPictures(sheets, data, { pictures: 'none' }).flatMap((s) => s.images ?? [])).toHaveLength(0);
    const charts = withPictures(sheets, data, { pictures: 'charts' });
    expect(charts.map((s) => s.name)).not.toContain(PICTURES_SHEET_NAME);
    expect(charts.flatMap((s) => s.images ?? []).length).toBeGreaterThan(0);
    expect(
      workshopWorkbook(data, { appVersion: '1', exportedAt: new Date(), pictures: 'none' }).map((s) => s.name),
    ).not.toContain(PICTURES_SHEET_NAME);
  });

  it('draws the pictures in the header language and skips boards it cannot read', () => {
    const data = createDemoWorkshop({ lang: 'fi' });
    const broken = {
      ...data,
      boards: [
        ...data.boards,
        { ...data.boards[0]!, id: 'broken', name: 'Rikki', doc: { notes: 'no' } },
        { ...data.boards[0]!, id: 'future', name: 'Tuleva', kind: 'hologram' },
      ],
    };
    const sv = picturesSheet(broken, 'sv')!;
    expect(sv.rows.find((r) => r.board === 'Tuleva')).toBeUndefined();
    expect(sv.rows.find((r) => r.board === 'Rikki')).toBeUndefined();
    expect(new Set(sv.rows.map((r) => String(r.board).replace(/ \(\d+\/\d+\)$/, ''))).size).toBe(
      new Set(data.boards.map((b) => b.name)).size,
    );
    expect(sv.rows.some((r) => r.kind === 'Prickröstning')).toBe(true);
    expect(sv.images!.some((im) => im.svg.includes('Omgång'))).toBe(true);
    expect(picturesSheet({ ...data, boards: [] })).toBeNull();
  });

  it('writes the workbook when a picture cannot be rasterised, keeping the caption', { timeout: 60_000 }, async () => {
    const target = join(t.dir, 'rikki.xlsx');
    const spec = {
      name: 'Kuvat',
      columns: [
        { key: 'board', header: 'Taulu', type: 'text' as const },
        { key: 'picture', header: 'Kuva', type: 'text' as const, width: 40 },
      ],
      rows: [
        { board: 'A', picture: 'Kuva: A' },
        { board: 'B', picture: 'Kuva: B' },
      ],
      images: [
        {
          row: 0,
          column: 'picture',
          svg: '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" fill="#0b5f6e"/></svg>',
          width: 200,
          height: 100,
          scale: 1,
          description: 'A',
        },
        { row: 1, column: 'picture', svg: '<svg><rect', width: 200, height: 100, scale: 1, description: 'B' },
        { row: 7, column: 'nowhere', svg: '<svg/>', width: 1, height: 1, scale: 1, description: 'outside' },
      ],
    };
    await writeWorkbook([spec], target);
    const ws = (await readWorkbook(target)).getWorksheet('Kuvat')!;
    expect(ws.getImages()).toHaveLength(1);
    expect(ws.getRow(3).getCell(2).value).toBe('Kuva: B');
  });

  it(
    'says in the cell when a picture resvg cannot draw, in the workbook language, and still writes the rest',
    { timeout: 60_000 },
    async () => {
      const data = createDemoWorkshop({ lang: 'fi', seed: 3 });
      const sheet = picturesSheet(data, 'sv')!;
      const first = sheet.images![0]!;
      expect(first.failedText).toMatch(/^Bilden kunde inte ritas \(.+\)/);
      // The first picture is broken: its cell says so, its row is not made tall for it, every other picture is kept.
      const broken = { ...sheet, images: [{ ...first, svg: '<svg><rect' }, ...sheet.images!.slice(1)] };
      const target = join(t.dir, 'osin-rikki.xlsx');
      await writeWorkbook([broken], target);
      const ws = (await readWorkbook(target)).getWorksheet(sheet.name)!;
      expect(ws.getImages()).toHaveLength(sheet.images!.length - 1);
      const col = sheet.columns.findIndex((c) => c.key === 'picture') + 1;
      expect(ws.getRow(first.row + 2).getCell(col).value).toBe(first.failedText);
      expect(ws.getRow(first.row + 2).height ?? 15).toBeLessThan(100);
    },
  );
});
