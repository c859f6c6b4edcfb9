import type { Board } from '../domain/entities';
import type { PictureOptions } from './picture';
import { columnsFor, fieldPiecesSvg, packFields, type Field } from '../picture/fields';
import { fontScale, picturePalette, svgDocument, textEl, titleBar } from '../picture/svg';

/**
 * The board as a worksheet: its items as labelled fields in columns, in reading order, over as many sections as
 * they need. Every text is whole: a root text too long to head every section of a diagram (the fishbone's effect,
 * the five whys' problem, the driver diagram's aim) is written whole this way first.
 */
export function worksheetSections(
  fields: readonly Field[],
  board: Pick<Board, 'name'>,
  o: PictureOptions,
  description: string,
  maxPages = Infinity,
): string[] {
  const p = picturePalette(o.theme);
  const f = fontScale(o);
  const m = f.base;
  const head = titleBar(o, p, board.name, '', m);
  const top = head.height + m * 0.6;
  const area = { x: m, y: top, w: o.width - 2 * m, h: o.height - top - m * 0.5 };
  const doc = (body: string) =>
    svgDocument(
      { width: o.width, height: o.height, background: p.background, title: board.name, description },
      head.svg + body,
    );
  if (fields.length === 0)
    return [
      doc(
        textEl(o.width / 2, (top + o.height) / 2, o.t('pictures.empty'), {
          size: f.base,
          fill: p.muted,
          anchor: 'middle',
        }),
      ),
    ];
  const gap = Math.round(m * 0.6);
  const pages = packFields(fields, {
    area,
    columns: columnsFor(area.w, f.base * 16, gap, 4),
    labelSize: f.small,
    valueSize: f.base,
    gap,
    pad: Math.round(m * 0.45),
    lang: o.lang ?? 'fi',
    continued: o.t('pictures.continued'),
    maxPages,
  });
  return pages.map((pieces) => doc(fieldPiecesSvg(pieces, p)));
}
