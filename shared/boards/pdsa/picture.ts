import type { BoardPicture, PictureOptions } from '../picture';
import type { Board } from '../../domain/entities';
import { fieldPiecesSvg } from '../../picture/fields';
import {
  fontScale,
  picturePalette,
  rectEl,
  svgDocument,
  textBlock,
  textEl,
  titleBar,
  type PicturePalette,
} from '../../picture/svg';
import { layoutPdsa, type PdsaPage } from './layout';
import { PdsaDoc, isOverdue, type CycleStatus } from './model';

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The colour that marks a status (graphics; the status is also written out). */
function statusColor(status: CycleStatus | undefined, p: PicturePalette): string {
  switch (status) {
    case 'doing':
      return p.accent;
    case 'studying':
      return p.warning;
    case 'done':
      return p.success;
    default:
      return p.border;
  }
}

/**
 * The PDSA board for the projector, in sections: the cycle the team is working on as a worksheet (change idea,
 * objective, question, prediction, who/what/when/where, data to collect, and once written what happened, the result,
 * what was learned, the decision and the next step), then every other cycle the same way, then the ramps. Every text
 * is whole; a worksheet longer than a section continues in the next.
 */
function pdsaSections(raw: unknown, board: Pick<Board, 'name'>, o: PictureOptions): string[] {
  const doc = PdsaDoc.parse(raw);
  const p = picturePalette(o.theme);
  const f = fontScale(o);
  const m = f.base;
  const today = o.today && /^\d{4}-\d{2}-\d{2}$/.test(o.today) ? o.today : todayIso();
  const overdue = doc.cycles.filter((c) => isOverdue(c, today)).length;
  const head = titleBar(
    o,
    p,
    board.name,
    o.hideTitle
      ? ''
      : [
          o.t('pictures.pdsa.cycles', { count: doc.cycles.length }),
          overdue > 0 ? o.t('pictures.pdsa.overdue', { count: overdue }) : '',
        ]
          .filter(Boolean)
          .join(' · '),
    m,
  );
  const top = head.height + m * 0.6;
  const area = { x: m + 12, y: top, w: o.width - 2 * m - 12, h: o.height - top - m * 0.5 };
  const description = o.t('pictures.pdsa.description', { cycles: doc.cycles.length, overdue });
  const doc0 = (body: string) =>
    svgDocument(
      { width: o.width, height: o.height, background: p.background, title: board.name, description },
      head.svg + body,
    );
  if (doc.cycles.length === 0)
    return [
      doc0(
        textEl(o.width / 2, (top + o.height) / 2, o.t('pictures.empty'), {
          size: f.base,
          fill: p.muted,
          anchor: 'middle',
        }),
      ),
    ];
  const pages = layoutPdsa(doc, {
    area,
    small: f.small,
    base: f.base,
    large: f.large,
    t: o.t,
    today,
    lang: o.lang ?? 'fi',
  });
  const byId = new Map(doc.cycles.map((c) => [c.id, c]));
  return pages.map((page: PdsaPage) => {
    const parts: string[] = [];
    const cycle = page.cycleId ? byId.get(page.cycleId) : undefined;
    const headBottom = Math.max(...page.head.map((t) => t.y + t.h));
    // A bar in the status colour beside the cycle's heading.
    if (cycle) parts.push(rectEl(m, area.y, 6, headBottom - area.y, { fill: statusColor(cycle.status, p), rx: 3 }));
    for (const t of page.head) {
      const late = cycle && t.role === 'label' && isOverdue(cycle, today);
      parts.push(
        textBlock(t.x, t.y, t.lines, {
          size: t.size,
          bold: t.bold,
          fill: t.role === 'label' ? (late ? p.danger : p.accent) : p.text,
          lineHeight: t.lineHeight,
        }).svg,
      );
    }
    parts.push(fieldPiecesSvg(page.pieces, p));
    return doc0(parts.join(''));
  });
}

export const pdsaPicture: BoardPicture<PdsaDoc> = {
  kind: 'pdsa',
  /** The first section: the current cycle's worksheet (every place that shows the board whole uses `sections`). */
  draw: (raw, board, o) => pdsaSections(raw, board, o)[0]!,
  sections: pdsaSections,
};
