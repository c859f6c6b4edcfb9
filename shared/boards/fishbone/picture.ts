import type { BoardPicture, PictureOptions } from '../picture';
import { fontScale, measureText, num, picturePalette, svgDocument, titleBar, wrapText } from '../../picture/svg';
import { FISHBONE_GEOMETRY, layoutFishbone, type FishboneGeometry, type FishboneLayout } from './layout';
import { FishboneDoc, type Cause } from './model';
import { worksheetSections } from '../whole';
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
const SMALLEST_FONT = Math.min(
  PICTURE_GEOMETRY.badgeFont,
  PICTURE_GEOMETRY.font,
  PICTURE_GEOMETRY.labelFont,
  PICTURE_GEOMETRY.headFont,
);

/** Wider notes and effect box for long texts: a section tries these in turn until its drawing fits legibly. */
const WIDTHS: readonly { noteWidth: number; headWidth: number }[] = [
  { noteWidth: 300, headWidth: 330 },
  { noteWidth: 440, headWidth: 460 },
  { noteWidth: 680, headWidth: 640 },
  { noteWidth: 1100, headWidth: 900 },
  { noteWidth: 1700, headWidth: 1400 },
];

/** One section's content: some categories (a long one possibly in parts) with their causes. */
interface Part {
  boneId: string;
  causes: Cause[];
  /** A later part of a category split over sections: its label says it continues. */
  continued: boolean;
}

/**
 * The fishbone drawn as the board draws it (the shared layout and SVG of shared/boards/fishbone) with every text
 * whole, in sections by groups of categories: as many categories (in the board's order) as fit a section with every
 * text at least minFontPx. A category too long for one section continues in the next; a single cause longer than
 * a section (only a huge text on a small picture) is split into parts in turn.
 */
function fishboneSections(raw: unknown, board: { name: string }, o: PictureOptions, limit = Infinity): string[] {
  const doc = FishboneDoc.parse(raw);
  const p = picturePalette(o.theme);
  const t = o.t;
  const f = fontScale(o);
  const lang = o.lang ?? 'fi';
  const margin = Math.round(f.base * 0.8);
  const roots = doc.causes.filter((c) => c.rootCause).length;
  const summary = t('pictures.fishbone.summary', { causes: doc.causes.length, roots });
  const head = titleBar(o, p, board.name, summary, margin);
  const areaX = margin;
  const areaY = head.height + margin * 0.5;
  const areaW = o.width - 2 * margin;
  const areaH = o.height - areaY - margin * 0.5;

  const continuedIds = new Set<string>();
  const boneName = (id: string) => {
    const b = doc.bones.find((x) => x.id === id.replace(/#\d+$/, ''));
    if (!b) return '';
    const name = b.name || (b.preset ? t(`fishbone.preset.${b.preset}`) : t('fishbone.unnamedBone'));
    return continuedIds.has(id) ? `${name} ${t('pictures.continued')}` : name;
  };
  const byId = new Map(doc.causes.map((c) => [c.id, c]));
  const badge = (id: string) => {
    const c = byId.get(id.replace(/#\d+$/, ''));
    if (!c) return '';
    const parts: string[] = [];
    if (c.rootCause)
      parts.push(
        c.evidence
          ? t('fishbone.badgeRoot', { evidence: t(`fishbone.evidenceKind.${c.evidence}`) })
          : t('fishbone.badgeRootNoEvidence'),
      );
    if (c.whys) parts.push(t('fishbone.badgeWhys'));
    return parts.join(' · ');
  };
  const measure = (text: string, size: number, bold: boolean) => measureText(text, { size, bold });
  const wrapped = new Map<string, string[]>();
  const wrap = (text: string, width: number, size: number, bold: boolean) => {
    const key = `${width}|${size}|${bold ? 1 : 0}|${text}`;
    let lines = wrapped.get(key);
    if (!lines) {
      lines = wrapText(text, width, { size, bold }, Infinity, lang).lines;
      wrapped.set(key, lines);
    }
    return lines;
  };
  const pad = 32;
  const layoutOf = (d: FishboneDoc, w: (typeof WIDTHS)[number], oneSide = false) =>
    layoutFishbone(d, {
      measure,
      boneName,
      badgeText: badge,
      emptyText: t('fishbone.emptyCause'),
      emptyEffect: t('fishbone.emptyEffect'),
      geometry: { ...PICTURE_GEOMETRY, ...w },
      wrap,
      oneSide,
    });
  const scaleOf = (l: FishboneLayout) => Math.min(areaW / (l.bounds.w + 2 * pad), areaH / (l.bounds.h + 2 * pad), 1.6);
  const fits = (l: FishboneLayout) => scaleOf(l) * SMALLEST_FONT >= o.minFontPx;
  /** The section's document: its parts' categories (a continued part under its own id) and causes. */
  const docOf = (parts: readonly Part[]): FishboneDoc => {
    const bones = parts.map((part, i) => ({
      ...doc.bones.find((b) => b.id === part.boneId)!,
      id: part.continued ? `${part.boneId}#${i}` : part.boneId,
    }));
    const causes = parts.flatMap((part, i) => {
      const ids = new Set(part.causes.map((c) => c.id));
      // A sub-cause whose parent is in another section stands on the bone itself here.
      return part.causes.map((c) => ({
        ...c,
        boneId: bones[i]!.id,
        parentId: c.parentId && ids.has(c.parentId) ? c.parentId : null,
      }));
    });
    for (const b of bones) if (b.id.includes('#')) continuedIds.add(b.id);
    return { ...effectDoc, bones, causes };
  };
  /** The narrowest widths that draw these parts legibly (the layout and its geometry), or null. */
  const fitting = (parts: readonly Part[]): { layout: FishboneLayout; geometry: FishboneGeometry } | null => {
    const d = docOf(parts);
    // Categories above and below the spine, as on the board; when that is too tall, all above it.
    for (const oneSide of parts.length > 1 ? [false, true] : [false]) {
      for (const w of WIDTHS) {
        const layout = layoutOf(d, w, oneSide);
        if (fits(layout)) return { layout, geometry: { ...PICTURE_GEOMETRY, ...w } };
      }
    }
    return null;
  };

  // An effect too long to head every section is written whole in sections of its own first; the diagrams then
  // point to it.
  const pre: string[] = [];
  let effectDoc = doc;
  if (!fitting([])) {
    pre.push(
      ...worksheetSections(
        [{ id: 'effect', label: t('pictures.fishbone.effect'), paragraphs: [doc.effect.text] }],
        board,
        o,
        t('pictures.fishbone.effect'),
      ),
    );
    effectDoc = { ...doc, effect: { ...doc.effect, text: t('pictures.fishbone.effectAbove') } };
  }

  // Each category's causes in the board's order (a parent before its sub-causes).
  const ordered = orderedCauses(doc).map((x) => x.cause);
  // Units in reading order: a category whole, or a run of its causes when it is too long for one section.
  function* units(): Generator<Part> {
    for (const b of doc.bones) {
      const causes = ordered.filter((c) => c.boneId === b.id);
      if (fitting([{ boneId: b.id, causes, continued: false }])) {
        yield { boneId: b.id, causes, continued: false };
        continue;
      }
      let rest = causes;
      let continued = false;
      const fitsRun = (n: number) => fitting([{ boneId: b.id, causes: rest.slice(0, n), continued }]) !== null;
      while (rest.length > 0) {
        // Galloping, then binary search: the longest run that fits, cheap when runs are short.
        let lo = 1;
        let hi = 2;
        while (hi <= rest.length && fitsRun(hi)) {
          lo = hi;
          hi *= 2;
        }
        hi = Math.min(hi - 1, rest.length);
        while (lo < hi) {
          const mid = Math.ceil((lo + hi) / 2);
          if (fitsRun(mid)) lo = mid;
          else hi = mid - 1;
        }
        const run = rest.slice(0, lo);
        // A single cause too long for a section on its own goes in parts, one a section.
        const pieces =
          lo === 1 && !fitsRun(1)
            ? splitCause(run[0]!, (c) => fitting([{ boneId: b.id, causes: [c], continued: true }]) !== null).map(
                (c) => [c],
              )
            : [run];
        for (const piece of pieces) {
          yield { boneId: b.id, causes: piece, continued };
          continued = true;
        }
        rest = rest.slice(lo);
      }
    }
  }

  // Consecutive units grouped while the group still fits; stops after `limit` groups.
  const groups: Part[][] = [];
  let group: Part[] = [];
  limit -= pre.length;
  if (limit <= 0) return pre.slice(0, 1);
  for (const u of units()) {
    if (group.length > 0 && !fitting([...group, u])) {
      groups.push(group);
      group = [];
      if (groups.length >= limit) break;
    }
    group.push(u);
  }
  if ((group.length > 0 && groups.length < limit) || groups.length === 0) groups.push(group);

  const rootIds = new Set(doc.causes.filter((c) => c.rootCause).map((c) => c.id));
  const description = t('pictures.fishbone.description', {
    effect: doc.effect.text || t('fishbone.emptyEffect'),
    causes: doc.causes.length,
    roots,
  });
  return [
    ...pre,
    ...groups.map((parts) => {
      const widest = WIDTHS[WIDTHS.length - 1]!;
      const { layout, geometry } = fitting(parts) ?? {
        layout: layoutOf(docOf(parts), widest),
        geometry: { ...PICTURE_GEOMETRY, ...widest },
      };
      const s = scaleOf(layout);
      const w = (layout.bounds.w + 2 * pad) * s;
      const h = (layout.bounds.h + 2 * pad) * s;
      const inner = fishboneSvg(layout, {
        rootIds,
        badge,
        title: board.name,
        palette: o.theme === 'high-contrast' ? FISHBONE_HIGH_CONTRAST : FISHBONE_LIGHT,
        geometry,
      });
      // The board's drawing nested at its place and scale: a nested <svg> maps its own viewBox into x/y/width/height.
      const nested = inner.replace(
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+(?:\.\d+)?" height="\d+(?:\.\d+)?"/,
        `<svg x="${num(areaX + (areaW - w) / 2)}" y="${num(areaY + (areaH - h) / 2)}" width="${num(w)}" height="${num(h)}"`,
      );
      return svgDocument(
        { width: o.width, height: o.height, background: p.background, title: board.name, description },
        head.svg + nested,
      );
    }),
  ];
}

/**
 * A cause whose text alone is too long for a section, as consecutive parts (the same cause, its text split between
 * words), each as long as `fits` allows. Only huge texts on small pictures come here.
 */
function splitCause(c: Cause, fits: (c: Cause) => boolean): Cause[] {
  const words = c.text.split(/\s+/).filter(Boolean);
  const out: Cause[] = [];
  let i = 0;
  while (i < words.length) {
    let lo = 1;
    let hi = words.length - i;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits({ ...c, text: words.slice(i, i + mid).join(' ') })) lo = mid;
      else hi = mid - 1;
    }
    out.push({
      ...c,
      id: out.length === 0 ? c.id : `${c.id}#${out.length}`,
      parentId: out.length === 0 ? c.parentId : null,
      text: words.slice(i, i + lo).join(' '),
    });
    i += lo;
  }
  return out.length > 0 ? out : [c];
}

export const fishbonePicture: BoardPicture<unknown> = {
  kind: 'fishbone',
  /** The first section (thumbnails); every place that shows the board whole uses `sections`. */
  draw: (raw, board, o) => fishboneSections(raw, board, o, 1)[0]!,
  sections: (raw, board, o) => fishboneSections(raw, board, o),
};
