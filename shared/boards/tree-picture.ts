import type { PictureOptions } from './picture';
import { boxHeight, boxSvg, elbow, wrapParas, type TextBox } from '../picture/blocks';
import {
  fontScale,
  picturePalette,
  svgDocument,
  textEl,
  titleBar,
  wrapText,
  type PicturePalette,
} from '../picture/svg';
import { layoutTreeSections, type TreeItem } from '../picture/tree-sections';
import { worksheetSections } from './whole';

export interface HeadedTree {
  summary: string;
  description: string;
  /** The root of the tree, written as a band over every section (the problem, the aim). */
  heading: { label: string; text: string; above: string };
  items: (p: PicturePalette, f: ReturnType<typeof fontScale>) => TreeItem[];
  /** A small heading over each column (the driver diagram's levels); the level shown is 1-based. */
  columnHeading?: (depth: number) => string;
}

/**
 * A tree picture in sections (five whys, driver diagram): the board's title, the root as a band over every section,
 * the tree left to right under it (`layoutTreeSections`). A root too long to head every section is written whole
 * in sections of its own first and the band then points to it.
 */
export function headedTreeSections(
  board: { name: string },
  o: PictureOptions,
  tree: HeadedTree,
  limit = Infinity,
): string[] {
  const p = picturePalette(o.theme);
  const f = fontScale(o);
  const lang = o.lang ?? 'fi';
  const margin = Math.round(f.base * 0.8);
  const head = titleBar(o, p, board.name, tree.summary, margin);
  const areaX = margin;
  const areaW = o.width - 2 * margin;
  const top = head.height + margin * 0.6;
  const areaH = o.height - top - margin * 0.6;
  const pad = Math.round(f.base * 0.45);

  const band = (text: string) =>
    wrapParas(
      [
        { text: tree.heading.label, size: f.small, fill: p.onAccent },
        { text, size: f.base, bold: true, fill: p.onAccent },
      ],
      areaW - 2 * pad,
      lang,
    );
  let bandLines = band(tree.heading.text);
  const pre: string[] = [];
  if (boxHeight(bandLines, pad) > areaH * 0.35) {
    pre.push(
      ...worksheetSections(
        [{ id: 'root', label: tree.heading.label, paragraphs: [tree.heading.text] }],
        board,
        o,
        tree.description,
      ),
    );
    bandLines = band(tree.heading.above);
  }
  if (pre.length >= limit) return pre.slice(0, limit);
  const bandBox: TextBox = {
    id: 'root',
    x: areaX,
    y: top,
    w: areaW,
    h: boxHeight(bandLines, pad),
    pad,
    lines: bandLines,
    style: { fill: p.accent, rx: 8 },
  };
  const headingSize = f.small;
  const headingStyle = { size: headingSize, bold: true };
  // Column headings wrap (never cut); their band is as tall as the longest at the narrowest column width.
  const headingLines = tree.columnHeading
    ? Math.max(
        ...[1, 2, 3].map(
          (d) => wrapText(tree.columnHeading!(d), f.base * 12, headingStyle, Infinity, lang).lines.length,
        ),
      )
    : 0;
  const headings = headingLines * headingSize * 1.25 + (headingLines > 0 ? headingSize * 0.3 : 0);
  const treeTop = bandBox.y + bandBox.h + margin * 0.6 + headings;
  const items = tree.items(p, f);
  const sections = layoutTreeSections(items, {
    area: { x: areaX, y: treeTop, w: areaW, h: o.height - margin * 0.6 - treeTop },
    minColumnWidth: f.base * 12,
    maxColumnWidth: f.base * 26,
    columnGap: Math.round(f.base * 1.6),
    rowGap: Math.round(f.base * 0.45),
    branchGap: Math.round(f.base * 1.1),
    pad,
    lang,
    continuedLine: { text: o.t('pictures.continued'), size: f.small, bold: false, fill: p.muted },
    contextStyle: { fill: p.background, stroke: p.border, strokeWidth: 1.5, dashed: true },
    limit: limit - pre.length,
  });

  return [
    ...pre,
    ...sections.map((s) => {
      const parts = [head.svg, boxSvg(bandBox)];
      if (tree.columnHeading && !s.mixed)
        s.columns.forEach((x, c) => {
          wrapText(tree.columnHeading!(s.base + c), s.columnWidth, headingStyle, Infinity, lang).lines.forEach(
            (line, i) =>
              parts.push(
                textEl(x, treeTop - headings + i * headingSize * 1.25 + headingSize * 0.92, line, {
                  ...headingStyle,
                  fill: p.muted,
                }),
              ),
          );
        });
      if (items.length === 0)
        parts.push(
          textEl(o.width / 2, treeTop + (o.height - treeTop) / 2, o.t('pictures.empty'), {
            size: f.base,
            fill: p.muted,
            anchor: 'middle',
          }),
        );
      for (const c of s.connectors) parts.push(elbow(c.x1, c.y1, c.x2, c.y2, c.midX, p.line));
      for (const b of s.boxes) parts.push(boxSvg(b));
      return svgDocument(
        {
          width: o.width,
          height: o.height,
          background: p.background,
          title: board.name,
          description: tree.description,
        },
        parts.join(''),
      );
    }),
  ];
}
