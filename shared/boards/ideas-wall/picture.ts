import type { BoardPicture } from '../picture';
import { clampLine, fitCount, fontScale, picturePalette, rectEl, svgDocument, textBlock, textEl, titleBar, wrapText } from '../../picture/svg';
import { IdeasWallDoc, type IdeaNote } from './model';

interface Group {
  name: string;
  notes: IdeaNote[];
}

/** Reading order on the wall: top to bottom in bands of about a note's height, then left to right. */
const byPlace = <T extends { x: number; y: number }>(a: T, b: T): number => Math.floor(a.y / 120) - Math.floor(b.y / 120) || a.x - b.x;

/**
 * The ideas wall for the projector: one panel per group (the wall's clusters left to right, then the notes in no
 * group), each with its name and count and its notes as coloured cards in reading order. Cards keep the minimum
 * font size; what does not fit says "+N more", and groups beyond the width are named in a last panel.
 */
export const ideasWallPicture: BoardPicture<IdeasWallDoc> = {
  kind: 'ideas-wall',
  draw(raw, board, o) {
    const doc = IdeasWallDoc.parse(raw);
    const p = picturePalette(o.theme);
    const f = fontScale(o);
    const m = f.base;
    const noteCount = doc.notes.length;
    const summary = [o.t('pictures.ideasWall.notes', { count: noteCount }), o.t('pictures.ideasWall.groups', { count: doc.clusters.length })].join(' · ');
    const head = titleBar(o, p, board.name, summary, m);
    const parts = [head.svg];
    const top = head.height + m * 0.75;
    const areaH = o.height - top - m * 0.75;
    const areaW = o.width - 2 * m;
    const description = o.t('pictures.ideasWall.description', { notes: noteCount, groups: doc.clusters.length });
    const done = () => svgDocument({ width: o.width, height: o.height, background: p.background, title: board.name, description }, parts.join(''));

    if (noteCount === 0 && doc.clusters.length === 0) {
      parts.push(textEl(o.width / 2, top + areaH / 2, o.t('pictures.empty'), { size: f.base, fill: p.muted, anchor: 'middle' }));
      return done();
    }

    const clusterIds = new Set(doc.clusters.map((c) => c.id));
    const groups: Group[] = [...doc.clusters].sort(byPlace).map((c) => ({
      name: c.name.trim() || o.t('wall.unnamedCluster'),
      notes: doc.notes.filter((n) => n.clusterId === c.id).sort(byPlace),
    }));
    const loose = doc.notes.filter((n) => n.clusterId === null || !clusterIds.has(n.clusterId)).sort(byPlace);
    if (loose.length > 0) groups.push({ name: o.t('wall.noCluster'), notes: loose });

    const gap = Math.round(m * 0.6);
    const minPanel = Math.max(f.base * 10, 160);
    const fitPanels = Math.max(1, Math.floor((areaW + gap) / (minPanel + gap)));
    const overflow = groups.length > fitPanels;
    const shown = overflow ? groups.slice(0, Math.max(1, fitPanels - 1)) : groups;
    const hidden = overflow ? groups.slice(shown.length) : [];
    const slots = shown.length + (hidden.length > 0 ? 1 : 0);
    const panelW = (areaW - gap * (slots - 1)) / slots;
    const pad = Math.round(f.base * 0.5);
    const lh = Math.round(f.base * 1.22);
    const headSize = f.base;
    const notePad = Math.round(f.base * 0.45);
    // Cards side by side inside a wide panel (one group on a 1920 px screen gets a grid, not one tall column).
    const noteMinW = Math.max(f.base * 9, 140);

    const innerW = panelW - 2 * pad;
    const cols = Math.max(1, Math.floor((innerW + pad) / (noteMinW + pad)));
    const cardW = (innerW - pad * (cols - 1)) / cols;

    /** The panel's cards at a text size and line limit; `rest` is how many do not fit. */
    const layoutPanel = (g: Group, cardsTop: number, size: number, maxLines: number) => {
      const clh = Math.round(size * 1.22);
      // Wrapped row by row, so a wall of thousands of notes costs only what fits.
      const card = (n: IdeaNote) => {
        const lines = wrapText(n.text.trim() || o.t('wall.emptyNote'), cardW - 2 * notePad, { size }, maxLines).lines;
        return { n, lines, h: lines.length * clh + 2 * notePad };
      };
      const cards = g.notes;
      const space = top + areaH - pad - cardsTop;
      const moreH = lh + pad * 0.5;
      const placed: { n: IdeaNote; lines: string[]; x: number; y: number; h: number }[] = [];
      let y = cardsTop;
      for (let i = 0; i < cards.length; i += cols) {
        const row = cards.slice(i, i + cols).map(card);
        const rowH = Math.max(...row.map((c) => c.h));
        const isLast = i + cols >= cards.length;
        if (y - cardsTop + rowH + (isLast ? 0 : moreH + pad) > space) break;
        row.forEach((c, ci) => placed.push({ n: c.n, lines: c.lines, x: ci * (cardW + pad), y, h: rowH }));
        y += rowH + pad;
      }
      return { placed, rest: g.notes.length - placed.length, y, size, clh };
    };

    const heads = shown.map((g) => {
      const title = wrapText(g.name, innerW, { size: headSize, bold: true }, 2);
      const countY = top + pad + title.lines.length * lh;
      return { title, countY, cardsTop: countY + f.small * 1.25 + pad * 0.8 };
    });
    // The largest text that shows every note; when none does, the minimum size with "+N more".
    const candidates: [number, number][] = [
      [f.large, 6],
      [f.base, 6],
      [f.base, 4],
      [f.base, 3],
    ];
    let layouts = shown.map((g, gi) => layoutPanel(g, heads[gi]!.cardsTop, f.base, 3));
    for (const [size, lines] of candidates) {
      const attempt = shown.map((g, gi) => layoutPanel(g, heads[gi]!.cardsTop, size, lines));
      if (attempt.every((l) => l.rest === 0)) {
        layouts = attempt;
        break;
      }
    }

    shown.forEach((g, gi) => {
      const x = m + gi * (panelW + gap);
      const hd = heads[gi]!;
      const lay = layouts[gi]!;
      parts.push(rectEl(x, top, panelW, areaH, { fill: p.surface, stroke: p.border, strokeWidth: 1.5, rx: Math.round(f.base * 0.35) }));
      parts.push(textBlock(x + pad, top + pad, hd.title.lines, { size: headSize, bold: true, fill: p.text, lineHeight: lh }).svg);
      parts.push(textEl(x + pad, hd.countY + f.small * 0.92, o.t('pictures.ideasWall.notes', { count: g.notes.length }), { size: f.small, fill: p.muted }));
      for (const c of lay.placed) {
        const cx = x + pad + c.x;
        parts.push(rectEl(cx, c.y, cardW, c.h, { fill: p.notes[c.n.color], stroke: p.border, strokeWidth: 1, rx: 4 }));
        parts.push(textBlock(cx + notePad, c.y + notePad, c.lines, { size: lay.size, fill: p.text, lineHeight: lay.clh }).svg);
      }
      if (lay.rest > 0) parts.push(textEl(x + pad, lay.y + f.base * 0.95, o.t('pictures.more', { count: lay.rest }), { size: f.base, bold: true, fill: p.muted }));
    });

    if (hidden.length > 0) {
      const x = m + shown.length * (panelW + gap);
      parts.push(rectEl(x, top, panelW, areaH, { fill: p.surfaceAlt, stroke: p.border, strokeWidth: 1.5, rx: Math.round(f.base * 0.35) }));
      const heading = o.t('pictures.ideasWall.moreGroups', { count: hidden.length });
      parts.push(textEl(x + pad, top + pad + f.base * 0.92, clampLine(heading, panelW - 2 * pad, { size: f.base, bold: true }), { size: f.base, bold: true, fill: p.text }));
      const listTop = top + pad + lh + pad * 0.5;
      const fit = fitCount(hidden.length, top + areaH - pad - listTop, lh);
      hidden.slice(0, fit.shown).forEach((g, i) => {
        const line = clampLine(`${g.name} (${g.notes.length})`, panelW - 2 * pad, { size: f.base });
        parts.push(textEl(x + pad, listTop + i * lh + f.base * 0.92, line, { size: f.base, fill: p.text }));
      });
      if (fit.more > 0) parts.push(textEl(x + pad, listTop + fit.shown * lh + f.base * 0.92, o.t('pictures.more', { count: fit.more }), { size: f.base, fill: p.muted }));
    }
    return done();
  },
};
