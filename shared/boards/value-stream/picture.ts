import type { BoardPicture, PictureOptions } from '../picture';
import { boxHeight, boxSvg, lineHeightOf, splitLines, wrapParas, type BoxLine, type Para } from '../../picture/blocks';
import {
  fontScale,
  formatDecimal,
  lineEl,
  measureText,
  picturePalette,
  svgDocument,
  textEl,
  titleBar,
} from '../../picture/svg';
import { displayUnitFor, inDisplayUnit } from '../../analysis/value-stream/units';
import { totalsOf } from './definition';
import { layoutStretches, type StretchColumn } from './layout';
import { ValueStreamDoc } from './model';

/** Minutes in the roundest readable unit (45 min, 3,5 h, 12,4 vrk), as on the board. */
function minutesText(minutes: number, t: PictureOptions['t']): string {
  const unit = displayUnitFor(minutes);
  const v = inDisplayUnit(minutes, unit);
  const digits = unit === 'min' ? 0 : Math.abs(v) >= 100 ? 0 : 1;
  return `${formatDecimal(v, digits, t)} ${t(`valueStream.unitShort.${unit}`)}`;
}

/** Widths a card tries in turn (in em of the base size) before it takes the whole row. */
const CARD_EMS = [10, 14, 19, 27];

/**
 * A value stream for the room as on the board: the key numbers (lead time, value-adding process time, flow
 * efficiency, handoffs) as a band over every section, then the steps left to right as cards over the ladder of
 * wait times (upper level) and process times (lower level). When the steps do not fit one screen at minFontPx they
 * continue in stretches below, then in the next section (`layoutStretches` in layout.ts).
 */
function valueStreamSections(raw: unknown, board: { name: string }, o: PictureOptions, limit = Infinity): string[] {
  const doc = ValueStreamDoc.parse(raw);
  const totals = totalsOf(doc);
  const p = picturePalette(o.theme);
  const f = fontScale(o);
  const t = o.t;
  const lang = o.lang ?? 'fi';
  const margin = Math.round(f.base * 0.8);
  const missing = t('valueStream.totals.missing');
  const flowText =
    totals.flowEfficiency === null
      ? missing
      : `${formatDecimal(totals.flowEfficiency * 100, totals.flowEfficiency < 0.1 ? 1 : 0, t)} %`;
  const leadText = totals.lead ? minutesText(totals.lead.typical, t) : missing;
  const head = titleBar(o, p, board.name, t(`valueStream.state.${doc.state}`), margin);
  const areaX = margin;
  const areaW = o.width - 2 * margin;

  // --- key numbers as tiles (labels and values wrap; the tiles share the tallest height)
  const tiles = [
    { label: t('valueStream.totals.lead'), value: leadText, accent: true },
    {
      label: t('valueStream.totals.process'),
      value: totals.process ? minutesText(totals.process.typical, t) : missing,
      accent: false,
    },
    { label: t('valueStream.totals.flow'), value: flowText, accent: false },
    { label: t('valueStream.totals.handoffs'), value: String(totals.handoffs), accent: false },
  ];
  const tileTop = head.height + margin * 0.6;
  const gap = Math.round(margin * 0.6);
  const tileW = (areaW - gap * (tiles.length - 1)) / tiles.length;
  const tilePad = Math.round(f.small * 0.5);
  const tileLines = tiles.map((tile) =>
    wrapParas(
      [
        { text: tile.label, size: f.small, fill: tile.accent ? p.onAccent : p.muted },
        { text: tile.value, size: f.large, bold: true, fill: tile.accent ? p.onAccent : p.text },
      ],
      tileW - 2 * tilePad,
      lang,
    ),
  );
  const tileH = Math.max(...tileLines.map((l) => boxHeight(l, tilePad)));
  const band = tiles
    .map((tile, i) =>
      boxSvg({
        id: `totals-${i}`,
        x: areaX + i * (tileW + gap),
        y: tileTop,
        w: tileW,
        h: tileH,
        pad: tilePad,
        lines: tileLines[i]!,
        style: {
          fill: tile.accent ? p.accent : p.surface,
          rx: 10,
          ...(o.theme === 'high-contrast' ? { stroke: p.border, strokeWidth: 2 } : {}),
        },
      }),
    )
    .join('');

  // --- steps: each a wait zone and a card, measured here, placed by layoutStretches
  const top = tileTop + tileH + margin * 0.8;
  const area = { x: areaX, y: top, w: areaW, h: o.height - margin * 0.5 - top };
  const ls = f.small;
  const labelH = lineHeightOf({ size: ls });
  const ladderGap = Math.round(f.base * 0.9);
  // Room under the cards: the wait label above the upper level, the process label under the lower level.
  const ladderH = gap + labelH + ladderGap + labelH + gap * 0.5;
  const cardPad = Math.round(f.base * 0.4);
  const times = new Map(totals.steps.map((s) => [s.id, s]));
  const waitLabel = (i: number) => {
    const st = times.get(doc.steps[i]!.id);
    return st?.wait ? minutesText(st.wait.typical, t) : missing;
  };
  const processLabel = (i: number) => {
    const st = times.get(doc.steps[i]!.id);
    return st?.process ? minutesText(st.process.typical, t) : missing;
  };
  const columns: StretchColumn[] = [];
  const maxCardH = area.h - ladderH;
  const continued: BoxLine = { text: t('pictures.continued'), size: ls, bold: false, fill: p.muted };
  const stepParas = doc.steps.map((step, i): Para[] => {
    const who = [step.performer.trim(), step.organisation.trim()].filter(Boolean).join(' · ');
    return [
      { text: `${i + 1}. ${step.name.trim() || t('valueStream.unnamedStep')}`, size: f.base, bold: true, fill: p.text },
      ...(who ? [{ text: who, size: ls, fill: p.muted }] : []),
      ...(step.note.trim() ? [{ text: step.note.trim(), size: ls, fill: p.text }] : []),
    ];
  });
  const wrapped = new Map<string, BoxLine[][]>();
  /** A card's lines at a width: the whole step, or one part of a step split over sections. */
  const linesOf = (i: number, part: number, cardW: number): BoxLine[] => {
    const key = `${i}:${cardW}`;
    let parts = wrapped.get(key);
    if (!parts) {
      parts = [];
      let lines = wrapParas(stepParas[i]!, cardW - 2 * cardPad, lang);
      while (lines.length > 0) {
        const [shown, rest]: [BoxLine[], BoxLine[]] =
          boxHeight(lines, cardPad) <= maxCardH ? [lines, []] : splitLines(lines, maxCardH, cardPad);
        parts.push(shown);
        lines = rest.length > 0 ? [continued, ...rest] : [];
      }
      wrapped.set(key, parts);
    }
    return parts[part] ?? [];
  };
  // With a section limit (a thumbnail, `draw`), only the steps that can reach those sections are measured.
  const widthCap = limit * area.w * Math.ceil(area.h / ladderH);
  let widthSoFar = 0;
  for (let i = 0; i < doc.steps.length && widthSoFar <= widthCap; i++) {
    const waitW = Math.max(f.base * 2.5, measureText(waitLabel(i), { size: ls }) + ls);
    const widths = [...CARD_EMS.map((em) => em * f.base), areaW - waitW].filter((w) => w <= areaW - waitW);
    // The narrowest card whose height stays within half the area, estimated from the text's length so a long
    // note is wrapped once; the widest when none does.
    const textW = stepParas[i]!.map((para) => ({
      w: measureText(para.text, { size: para.size, bold: para.bold ?? false }),
      lh: lineHeightOf(para),
    }));
    const estimate = (w: number) =>
      2 * cardPad + textW.reduce((sum, x) => sum + Math.max(1, Math.ceil((x.w * 1.1) / (w - 2 * cardPad))) * x.lh, 0);
    const cardW = widths.find((w) => estimate(w) <= Math.max(maxCardH * 0.5, f.base * 6)) ?? widths[widths.length - 1]!;
    widthSoFar += waitW + cardW;
    for (let part = 0; part === 0 || linesOf(i, part, cardW).length > 0; part++)
      columns.push({
        stepIndex: i,
        part,
        waitW,
        cardW,
        cardH: boxHeight(linesOf(i, part, cardW), cardPad),
        heightAt: (w) => boxHeight(linesOf(i, part, w), cardPad),
      });
  }
  const sections = doc.steps.length === 0 ? [[]] : layoutStretches(columns, area, ladderH, gap);
  const description = t('pictures.valueStream.description', {
    steps: doc.steps.length,
    lead: leadText,
    flow: flowText,
  });

  return sections.slice(0, limit).map((stretches) => {
    const parts = [head.svg, band];
    if (doc.steps.length === 0)
      parts.push(
        textEl(o.width / 2, area.y + area.h / 2, t('pictures.empty'), {
          size: f.base,
          fill: p.muted,
          anchor: 'middle',
        }),
      );
    for (const s of stretches) {
      const waitY = s.y + s.cardH + gap + labelH;
      const procY = waitY + ladderGap;
      for (const c of s.columns) {
        const cardX = c.x + c.waitW;
        parts.push(
          boxSvg({
            id: doc.steps[c.stepIndex]!.id,
            x: cardX,
            y: s.y,
            w: c.cardW,
            h: s.cardH,
            pad: cardPad,
            lines: linesOf(c.stepIndex, c.part, c.cardW),
            style: { fill: p.surface, stroke: p.border, strokeWidth: 1.5, rx: 8 },
            ...(c.part > 0 ? { continued: true } : {}),
          }),
        );
        if (c.part > 0) continue;
        const st = times.get(doc.steps[c.stepIndex]!.id);
        const dash = 'stroke-dasharray="6 6"';
        // The ladder: wait on the upper level before the card, process on the lower level under it.
        parts.push(lineEl(c.x, waitY, cardX, waitY, p.warning, 6, st?.wait ? '' : dash));
        parts.push(lineEl(cardX, waitY, cardX, procY, p.line, 2));
        parts.push(lineEl(cardX, procY, cardX + c.cardW, procY, p.success, 6, st?.process ? '' : dash));
        parts.push(lineEl(c.x, s.y + s.cardH / 2, cardX, s.y + s.cardH / 2, p.line, 2, 'stroke-dasharray="2 6"'));
        parts.push(
          textEl(c.x + c.waitW / 2, waitY - gap * 0.4 - ls * 0.25, waitLabel(c.stepIndex), {
            size: ls,
            bold: true,
            fill: st?.wait ? p.warning : p.muted,
            anchor: 'middle',
          }),
        );
        parts.push(
          textEl(cardX + c.cardW / 2, procY + gap * 0.4 + ls * 0.92, processLabel(c.stepIndex), {
            size: ls,
            bold: true,
            fill: st?.process ? p.success : p.muted,
            anchor: 'middle',
          }),
        );
        // The ladder climbs back to the wait level before the next step of the stretch.
        const next = s.columns[s.columns.indexOf(c) + 1];
        if (next && next.part === 0) parts.push(lineEl(cardX + c.cardW, procY, cardX + c.cardW, waitY, p.line, 2));
      }
    }
    return svgDocument(
      { width: o.width, height: o.height, background: p.background, title: board.name, description },
      parts.join(''),
    );
  });
}

export const valueStreamPicture: BoardPicture<unknown> = {
  kind: 'value-stream',
  /** The first section (every place that shows the board whole uses `sections`). */
  draw: (raw, board, o) => valueStreamSections(raw, board, o, 1)[0]!,
  sections: (raw, board, o) => valueStreamSections(raw, board, o),
};
