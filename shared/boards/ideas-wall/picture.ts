import type { BoardPicture, PictureOptions } from '../picture';
import { boxHeight, boxSvg, splitLines, wrapParas, type BoxLine, type Para } from '../../picture/blocks';
import { fontScale, picturePalette, rectEl, svgDocument, textEl, titleBar } from '../../picture/svg';
import { layoutWallSections, wallGroups } from './layout';
import { IdeasWallDoc } from './model';

/**
 * The ideas wall for the room: each group (the wall's clusters in reading order, then the notes in none) a panel
 * with its name and count and its notes as coloured cards with their whole text; panels side by side while they
 * fit, then below, then in the next section; a big group continues in the next section (`layoutWallSections`).
 */
function wallSections(
  raw: IdeasWallDoc,
  board: { id: string; name: string; kind: string },
  o: PictureOptions,
  limit = Infinity,
): string[] {
  const doc = IdeasWallDoc.parse(raw);
  const p = picturePalette(o.theme);
  const f = fontScale(o);
  const t = o.t;
  const lang = o.lang ?? 'fi';
  const m = Math.round(f.base * 0.8);
  const summary = [
    t('pictures.ideasWall.notes', { count: doc.notes.length }),
    t('pictures.ideasWall.groups', { count: doc.clusters.length }),
  ].join(' · ');
  const head = titleBar(o, p, board.name, summary, m);
  const top = head.height + m * 0.6;
  const area = { x: m, y: top, w: o.width - 2 * m, h: o.height - top - m * 0.6 };
  const description = t('pictures.ideasWall.description', { notes: doc.notes.length, groups: doc.clusters.length });
  const document = (body: string) =>
    svgDocument(
      { width: o.width, height: o.height, background: p.background, title: board.name, description },
      head.svg + body,
    );

  const groups = wallGroups(doc, t('wall.unnamedCluster'), t('wall.noCluster'));
  if (groups.length === 0)
    return [
      document(
        textEl(o.width / 2, area.y + area.h / 2, t('pictures.empty'), {
          size: f.base,
          fill: p.muted,
          anchor: 'middle',
        }),
      ),
    ];

  const pad = Math.round(f.base * 0.45);
  const gap = Math.round(f.base * 0.45);
  const cardPad = Math.round(f.base * 0.4);
  const headLines = (gi: number, innerW: number, continued: boolean): BoxLine[] => {
    const g = groups[gi]!;
    return wrapParas(
      [
        { text: continued ? `${g.name} ${t('pictures.continued')}` : g.name, size: f.base, bold: true, fill: p.text },
        { text: t('pictures.ideasWall.notes', { count: g.notes.length }), size: f.small, fill: p.muted },
      ],
      innerW,
      lang,
    );
  };
  const noteParas = (gi: number, ni: number): Para[] => {
    const text = groups[gi]!.notes[ni]!.text.trim();
    return [{ text: text || t('wall.emptyNote'), size: f.base, fill: text ? p.text : p.muted }];
  };
  const wrapped = new Map<string, BoxLine[]>();
  const noteLines = (gi: number, ni: number, w: number): BoxLine[] => {
    const key = `${gi}:${ni}:${w}`;
    let lines = wrapped.get(key);
    if (!lines) wrapped.set(key, (lines = wrapParas(noteParas(gi, ni), w - 2 * cardPad, lang)));
    return lines;
  };
  const continuedLine: BoxLine = { text: t('pictures.continued'), size: f.small, bold: false, fill: p.muted };
  /** The parts of a card too tall for a section: its lines split, each later part headed "continued". */
  const parts = (gi: number, ni: number, w: number, maxH: number): BoxLine[][] => {
    const out: BoxLine[][] = [];
    let lines = noteLines(gi, ni, w);
    while (lines.length > 0) {
      const [shown, rest] = splitLines(lines, maxH, cardPad);
      out.push(shown);
      lines = rest.length > 0 ? [continuedLine, ...rest] : [];
    }
    return out;
  };
  const partCache = new Map<string, BoxLine[][]>();
  const partsOf = (gi: number, ni: number, w: number, maxH: number) => {
    const key = `${gi}:${ni}:${w}:${maxH}`;
    let ps = partCache.get(key);
    if (!ps) partCache.set(key, (ps = parts(gi, ni, w, maxH)));
    return ps;
  };
  const lastMax = new Map<string, number>();

  const sections = layoutWallSections(
    groups,
    {
      area,
      cardW: Math.round(f.base * 10),
      gap,
      pad,
      headH: (gi, w, continued) => boxHeight(headLines(gi, w, continued), 0),
      cardH: (gi, ni, w) => boxHeight(noteLines(gi, ni, w), cardPad),
      cardParts: (gi, ni, w, maxH) => {
        lastMax.set(`${gi}:${ni}`, maxH);
        return partsOf(gi, ni, w, maxH).map((l) => boxHeight(l, cardPad));
      },
    },
    limit,
  );

  return sections.map((panels) =>
    document(
      panels
        .map((panel) => {
          const g = groups[panel.group]!;
          const out = [
            rectEl(panel.x, panel.y, panel.w, panel.h, {
              fill: p.surface,
              stroke: p.border,
              strokeWidth: 1.5,
              rx: Math.round(f.base * 0.35),
              ...(panel.continued ? { extra: 'stroke-dasharray="8 6"' } : {}),
            }),
          ];
          let y = panel.y + pad;
          for (const l of headLines(panel.group, panel.w - 2 * pad, panel.continued)) {
            out.push(textEl(panel.x + pad, y + l.size * 0.92, l.text, { size: l.size, bold: l.bold, fill: l.fill }));
            y += l.size * 1.25;
          }
          for (const c of panel.cards) {
            const note = g.notes[c.note]!;
            const max = lastMax.get(`${panel.group}:${c.note}`);
            const lines =
              max === undefined ? noteLines(panel.group, c.note, c.w) : partsOf(panel.group, c.note, c.w, max)[c.part]!;
            out.push(
              boxSvg({
                id: note.id,
                x: c.x,
                y: c.y,
                w: c.w,
                h: c.h,
                pad: cardPad,
                lines,
                style: { fill: p.notes[note.color], stroke: p.border, strokeWidth: 1, rx: 4 },
                ...(c.part > 0 ? { continued: true } : {}),
              }),
            );
          }
          return out.join('');
        })
        .join(''),
    ),
  );
}

export const ideasWallPicture: BoardPicture<IdeasWallDoc> = {
  kind: 'ideas-wall',
  /** The first section (every place that shows the board whole uses `sections`). */
  draw: (raw, board, o) => wallSections(raw, board, o, 1)[0]!,
  sections: (raw, board, o) => wallSections(raw, board, o),
};
