import type { BoardPicture, PictureOptions } from '../picture';
import { clampLine, fitCount, fontScale, measureText, num, picturePalette, rectEl, svgDocument, textEl, titleBar, wrapText } from '../../picture/svg';
import { FISHBONE_GEOMETRY, layoutFishbone, type FishboneGeometry, type FishboneLayout } from './layout';
import { FishboneDoc, type Cause } from './model';
import { FISHBONE_HIGH_CONTRAST, FISHBONE_LIGHT, fishboneSvg } from './svg';
import { orderedCauses } from './tree';

/**
 * The board's drawing with text large relative to its boxes, for a projector: every text 24 to 26 units. The scale
 * that brings the smallest text to minFontPx decides what fits.
 */
const PICTURE_GEOMETRY: FishboneGeometry = {
  ...FISHBONE_GEOMETRY,
  // Every text 24 units (the projector's minimum at scale 1), notes wider and at most three lines, gaps tight: a
  // six-category fishbone with a dozen causes fits a 1920x1080 projector without dropping below 24 px.
  noteWidth: 300,
  notePad: 8,
  font: 24,
  lineHeight: 28,
  maxLines: 3,
  badgeHeight: 30,
  badgeFont: 24,
  badgeLineHeight: 28,
  indent: 20,
  rowGap: 8,
  tick: 16,
  colGap: 24,
  labelHeight: 44,
  labelFont: 24,
  labelGap: 10,
  spineGap: 14,
  minStack: 60,
  headWidth: 330,
  headPad: 12,
  headFont: 26,
  headLineHeight: 31,
  headMaxLines: 6,
  headMinHeight: 90,
  headGap: 30,
};
const SMALLEST_FONT = Math.min(PICTURE_GEOMETRY.badgeFont, PICTURE_GEOMETRY.font, PICTURE_GEOMETRY.labelFont, PICTURE_GEOMETRY.headFont);

/** Id of the synthetic "+N more" note added at the end of a category that was cut. */
const MORE_ID = (boneId: string) => `picture-more-${boneId}`;

/**
 * The document with at most `cap` causes per category (in the board's order, a parent before its sub-causes, so a
 * kept sub-cause always keeps its parent); a cut category ends with a "+N more" note.
 */
function capped(doc: FishboneDoc, cap: number, more: (n: number) => string): FishboneDoc {
  if (cap === Infinity) return doc;
  const perBone = new Map<string, number>();
  const kept: Cause[] = [];
  const cut = new Map<string, number>();
  for (const { cause } of orderedCauses(doc)) {
    const n = perBone.get(cause.boneId) ?? 0;
    if (n < cap) {
      kept.push(cause);
      perBone.set(cause.boneId, n + 1);
    } else cut.set(cause.boneId, (cut.get(cause.boneId) ?? 0) + 1);
  }
  for (const [boneId, n] of cut) {
    kept.push({ id: MORE_ID(boneId), boneId, parentId: null, text: more(n), rootCause: false, evidence: null, evidenceNote: '', whys: null });
  }
  return { ...doc, causes: kept };
}

/**
 * The fishbone drawn exactly as the board draws it (the shared layout and SVG of shared/boards/fishbone), scaled
 * into the picture under a title. When the whole diagram would make its smallest text smaller than minFontPx, each
 * category shows its first causes and "+N more"; when even the bare categories do not fit (a thumbnail), the
 * picture lists the effect and the categories with their cause counts instead.
 */
function drawFishbone(raw: unknown, board: { name: string }, o: PictureOptions): string {
  const doc = FishboneDoc.parse(raw);
  const p = picturePalette(o.theme);
  const t = o.t;
  const f = fontScale(o);
  const margin = Math.round(f.base * 0.8);
  const roots = doc.causes.filter((c) => c.rootCause).length;
  const summary = t('pictures.fishbone.summary', { causes: doc.causes.length, roots });
  const head = titleBar(o, p, board.name, summary, margin);
  const areaX = margin;
  const areaY = head.height + margin * 0.5;
  const areaW = o.width - 2 * margin;
  const areaH = o.height - areaY - margin * 0.5;

  const boneName = (id: string) => {
    const b = doc.bones.find((x) => x.id === id);
    if (!b) return '';
    return b.name || (b.preset ? t(`fishbone.preset.${b.preset}`) : t('fishbone.unnamedBone'));
  };
  const byId = new Map(doc.causes.map((c) => [c.id, c]));
  const badge = (id: string) => {
    const c = byId.get(id);
    if (!c) return '';
    const parts: string[] = [];
    if (c.rootCause) parts.push(c.evidence ? t('fishbone.badgeRoot', { evidence: t(`fishbone.evidenceKind.${c.evidence}`) }) : t('fishbone.badgeRootNoEvidence'));
    if (c.whys) parts.push(t('fishbone.badgeWhys'));
    return parts.join(' · ');
  };
  const measure = (text: string, size: number, bold: boolean) => measureText(text, { size, bold });
  const layoutOf = (d: FishboneDoc) =>
    layoutFishbone(d, { measure, boneName, badgeText: badge, emptyText: t('fishbone.emptyCause'), emptyEffect: t('fishbone.emptyEffect'), geometry: PICTURE_GEOMETRY });
  const pad = 32;
  const scaleOf = (l: FishboneLayout) => Math.min(areaW / (l.bounds.w + 2 * pad), areaH / (l.bounds.h + 2 * pad));
  const fits = (l: FishboneLayout) => scaleOf(l) * SMALLEST_FONT >= o.minFontPx;
  const more = (n: number) => t('pictures.more', { count: n });

  let layout = layoutOf(doc);
  if (!fits(layout)) {
    // Largest cap per category that fits (binary search; the layout is linear in the causes).
    const maxPerBone = Math.max(0, ...doc.bones.map((b) => doc.causes.filter((c) => c.boneId === b.id).length));
    let lo = 0;
    let hi = maxPerBone;
    let best: FishboneLayout | null = null;
    while (lo <= hi) {
      const mid = Math.floor((lo + hi) / 2);
      const l = layoutOf(capped(doc, mid, more));
      if (fits(l)) {
        best = l;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (!best) return summaryPicture(doc, board, o, head.svg, areaY, boneName);
    layout = best;
  }

  const s = scaleOf(layout);
  const w = (layout.bounds.w + 2 * pad) * s;
  const h = (layout.bounds.h + 2 * pad) * s;
  const inner = fishboneSvg(layout, { rootIds: new Set(doc.causes.filter((c) => c.rootCause).map((c) => c.id)), badge, title: board.name, palette: o.theme === 'high-contrast' ? FISHBONE_HIGH_CONTRAST : FISHBONE_LIGHT, geometry: PICTURE_GEOMETRY });
  // The board's drawing nested at its place and scale: a nested <svg> maps its own viewBox into x/y/width/height.
  const nested = inner.replace(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+(?:\.\d+)?" height="\d+(?:\.\d+)?"/, `<svg x="${num(areaX + (areaW - w) / 2)}" y="${num(areaY + (areaH - h) / 2)}" width="${num(w)}" height="${num(h)}"`);
  const description = t('pictures.fishbone.description', { effect: doc.effect.text || t('fishbone.emptyEffect'), causes: doc.causes.length, roots });
  return svgDocument({ width: o.width, height: o.height, background: p.background, title: board.name, description }, head.svg + nested);
}

/** For a space too small for the diagram: the effect, then each category with its number of causes. */
function summaryPicture(doc: FishboneDoc, board: { name: string }, o: PictureOptions, headSvg: string, top: number, boneName: (id: string) => string): string {
  const p = picturePalette(o.theme);
  const f = fontScale(o);
  const t = o.t;
  const margin = Math.round(f.base * 0.8);
  const parts = [headSvg];
  const w = o.width - 2 * margin;
  const size = f.small;
  const lh = size * 1.3;
  const effect = wrapText(doc.effect.text || t('fishbone.emptyEffect'), w - size, { size, bold: true }, 2).lines;
  const boxH = effect.length * lh + size * 0.6;
  parts.push(rectEl(margin, top, w, boxH, { fill: p.accentSoft, stroke: p.accent, strokeWidth: 2, rx: 6 }));
  effect.forEach((line, i) => parts.push(textEl(margin + size * 0.5, top + size * 0.3 + i * lh + size * 0.92, line, { size, bold: true, fill: p.text })));
  const listTop = top + boxH + size * 0.4;
  const fit = fitCount(doc.bones.length, o.height - margin * 0.5 - listTop, lh);
  doc.bones.slice(0, fit.shown).forEach((b, i) => {
    const n = doc.causes.filter((c) => c.boneId === b.id).length;
    parts.push(textEl(margin, listTop + i * lh + size * 0.92, clampLine(`${boneName(b.id)}: ${n}`, w, { size }), { size, fill: p.text }));
  });
  if (fit.more > 0) parts.push(textEl(margin, listTop + fit.shown * lh + size * 0.92, t('pictures.more', { count: fit.more }), { size, bold: true, fill: p.accent }));
  return svgDocument({ width: o.width, height: o.height, background: p.background, title: board.name }, parts.join(''));
}

export const fishbonePicture: BoardPicture<unknown> = { kind: 'fishbone', draw: drawFishbone };
