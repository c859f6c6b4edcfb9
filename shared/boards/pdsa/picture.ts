import type { BoardPicture, PictureOptions } from '../picture';
import { type PicturePalette, centredBaseline, clampLine, fontScale, lineEl, measureText, num, picturePalette, rectEl, svgDocument, textBlock, textEl, titleBar, wrapText } from '../../picture/svg';
import { PdsaDoc, isOverdue, ramps, type Cycle, type CycleStatus } from './model';

/** yyyy-mm-dd in the picture's language (`pictures.pdsa.date`), '' for an empty date. */
function formatDate(iso: string, o: PictureOptions): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? o.t('pictures.pdsa.date', { d: Number(m[3]), m: Number(m[2]), y: m[1]! }) : '';
}

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The colour that marks a status (graphics; the status is also written out). */
function statusColor(status: CycleStatus, p: PicturePalette): { fill: string; text: string } {
  switch (status) {
    case 'doing':
      return { fill: p.accent, text: p.onAccent };
    case 'studying':
      return { fill: p.warning, text: p.onWarning };
    case 'done':
      return { fill: p.success, text: p.onSuccess };
    default:
      return { fill: p.surfaceAlt, text: p.text };
  }
}

/**
 * The PDSA board for the projector: each ramp (a chain of cycles testing one change) as a row of cycle cards joined
 * by arrows, left to right in the order they follow each other. A card shows the change tested, the status, the
 * dates, the decision (adopt, adapt, abandon) and an overdue evaluation. A ramp longer than the row shows its latest
 * cycles after "+N earlier"; ramps beyond the height say "+N more".
 */
export const pdsaPicture: BoardPicture<PdsaDoc> = {
  kind: 'pdsa',
  draw(raw, board, o) {
    const doc = PdsaDoc.parse(raw);
    const p = picturePalette(o.theme);
    const f = fontScale(o);
    const m = f.base;
    const today = o.today && /^\d{4}-\d{2}-\d{2}$/.test(o.today) ? o.today : todayIso();
    const overdue = doc.cycles.filter((c) => isOverdue(c, today)).length;
    const summary = [o.t('pictures.pdsa.cycles', { count: doc.cycles.length }), overdue > 0 ? o.t('pictures.pdsa.overdue', { count: overdue }) : '']
      .filter(Boolean)
      .join(' · ');
    const head = titleBar(o, p, board.name, summary, m);
    const parts = [head.svg];
    const top = head.height + m * 0.6;
    const bottom = o.height - m * 0.5;
    const description = o.t('pictures.pdsa.description', { cycles: doc.cycles.length, overdue });
    const done = () => svgDocument({ width: o.width, height: o.height, background: p.background, title: board.name, description }, parts.join(''));
    if (doc.cycles.length === 0) {
      parts.push(textEl(o.width / 2, (top + bottom) / 2, o.t('pictures.empty'), { size: f.base, fill: p.muted, anchor: 'middle' }));
      return done();
    }

    const chains = ramps(doc);
    const lh = Math.round(f.base * 1.22);
    const slh = Math.round(f.small * 1.25);
    const pad = Math.round(f.base * 0.45);
    const arrow = Math.round(f.base * 1.3);
    const areaW = o.width - 2 * m;
    const minCard = Math.max(f.base * 10, 150);
    // As many cards a row as the longest ramp needs (wider cards when ramps are short), at most what fits.
    const longest = Math.max(...chains.map((c) => c.length));
    const perRow = Math.max(1, Math.min(longest, Math.floor((areaW + arrow) / (minCard + arrow)), 6));
    const cardW = Math.min((areaW - arrow * (perRow - 1)) / perRow, areaW * 0.4);
    const chipH = Math.round(f.small * 1.45);
    const labelH = Math.round(f.small * 1.5);
    const rowGap = Math.round(m * 0.5);
    const moreH = lh + pad;
    // Titles get up to four lines when the ramps leave room, two when they do not.
    const heightFor = (lines: number) => 2 * pad + lines * lh + pad * 0.5 + chipH + pad * 0.5 + 2 * slh;
    const allowed = [4, 3, 2].find((l) => chains.length * (labelH + heightFor(l) + rowGap) - rowGap <= bottom - top) ?? 2;
    const titleW = cardW - 2 * pad - 8;
    const used = Math.max(1, ...doc.cycles.slice(0, 60).map((c) => wrapText(c.title.trim() || o.t('pdsa.untitled'), titleW, { size: f.base, bold: true }, allowed).lines.length));
    const titleLines = Math.min(allowed, used);
    const cardH = heightFor(titleLines);
    const rowH = labelH + cardH + rowGap;
    let fitRows = Math.max(1, Math.floor((bottom - top + rowGap) / rowH));
    if (fitRows < chains.length) fitRows = Math.max(1, Math.floor((bottom - top + rowGap - moreH) / rowH));
    const shownChains = chains.slice(0, fitRows);

    const card = (c: Cycle, x: number, y: number) => {
      const sc = statusColor(c.status, p);
      const late = isOverdue(c, today);
      parts.push(rectEl(x, y, cardW, cardH, { fill: p.surface, stroke: late ? p.danger : p.border, strokeWidth: late ? 3 : 1.5, rx: 6 }));
      parts.push(rectEl(x, y, 8, cardH, { fill: sc.fill === p.surfaceAlt ? p.border : sc.fill, rx: 3 }));
      const inner = cardW - 2 * pad - 8;
      const tx = x + pad + 8;
      const title = wrapText(c.title.trim() || o.t('pdsa.untitled'), inner, { size: f.base, bold: true }, titleLines).lines;
      parts.push(textBlock(tx, y + pad, title, { size: f.base, bold: true, fill: p.text, lineHeight: lh }).svg);
      let cy = y + pad + titleLines * lh + pad * 0.5;
      const chip = o.t(`pdsa.status.${c.status}`);
      const chipW = Math.min(inner, measureText(chip, { size: f.small, bold: true }) + f.small);
      parts.push(rectEl(tx, cy, chipW, chipH, { fill: sc.fill, stroke: c.status === 'planned' ? p.border : undefined, strokeWidth: 1, rx: chipH / 2 }));
      parts.push(textEl(tx + chipW / 2, centredBaseline(cy, chipH, f.small), clampLine(chip, inner, { size: f.small, bold: true }), { size: f.small, bold: true, fill: sc.text, anchor: 'middle' }));
      if (c.act.decision !== '') {
        const dec = o.t(`pdsa.decision.${c.act.decision}`);
        const dx = tx + chipW + f.small * 0.5;
        const room = tx + inner - dx;
        if (room > f.small * 3) parts.push(textEl(dx, centredBaseline(cy, chipH, f.small), clampLine(`→ ${dec}`, room, { size: f.small, bold: true }), { size: f.small, bold: true, fill: p.text }));
      }
      cy += chipH + pad * 0.5;
      const start = formatDate(c.startDate, o);
      const study = formatDate(c.studyDate, o);
      if (start) parts.push(textEl(tx, cy + f.small * 0.92, clampLine(`${o.t('pdsa.field.startDate')} ${start}`, inner, { size: f.small }), { size: f.small, fill: p.muted }));
      if (study) {
        const text = late ? o.t('pictures.pdsa.studyLate', { date: study }) : `${o.t('pdsa.field.studyDate')} ${study}`;
        parts.push(textEl(tx, cy + slh + f.small * 0.92, clampLine(text, inner, { size: f.small, bold: late }), { size: f.small, bold: late, fill: late ? p.danger : p.muted }));
      }
    };

    shownChains.forEach((chain, ri) => {
      const y = top + ri * rowH;
      const first = chain[0]!;
      const idea = first.changeIdeaText.trim();
      const label = `${o.t('pdsa.ramp', { n: ri + 1 })}${idea ? `: ${idea}` : ''}`;
      parts.push(textEl(m, y + f.small * 0.95, clampLine(label, areaW, { size: f.small, bold: true }), { size: f.small, bold: true, fill: p.accent }));
      const cy = y + labelH;
      // A long ramp shows its latest cycles; the first slot says how many came before.
      const earlier = chain.length > perRow ? chain.length - (perRow - 1) : 0;
      const cards = earlier > 0 ? chain.slice(earlier) : chain;
      let x = m;
      if (earlier > 0) {
        parts.push(rectEl(x, cy, cardW, cardH, { fill: p.surfaceAlt, stroke: p.border, strokeWidth: 1.5, rx: 6 }));
        parts.push(textEl(x + cardW / 2, centredBaseline(cy, cardH, f.base), clampLine(o.t('pictures.pdsa.earlier', { count: earlier }), cardW - 2 * pad, { size: f.base, bold: true }), { size: f.base, bold: true, fill: p.text, anchor: 'middle' }));
        x += cardW + arrow;
      }
      cards.forEach((c, k) => {
        if (k > 0 || earlier > 0) {
          const ax1 = x - arrow + 6;
          const ax2 = x - 6;
          const ay = cy + cardH / 2;
          parts.push(lineEl(ax1, ay, ax2 - 8, ay, p.line, 3));
          parts.push(`<path d="M${num(ax2)},${num(ay)} L${num(ax2 - 12)},${num(ay - 8)} L${num(ax2 - 12)},${num(ay + 8)} Z" fill="${p.line}"/>`);
        }
        card(c, x, cy);
        x += cardW + arrow;
      });
    });
    const moreRamps = chains.length - shownChains.length;
    if (moreRamps > 0) parts.push(textEl(m, bottom - pad * 0.5, o.t('pictures.pdsa.moreRamps', { count: moreRamps }), { size: f.base, bold: true, fill: p.muted }));
    return done();
  },
};
