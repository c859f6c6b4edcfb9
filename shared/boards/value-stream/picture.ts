import type { BoardPicture, PictureOptions } from '../picture';
import {
  centredBaseline,
  clampLine,
  fitCount,
  fontScale,
  formatDecimal,
  lineEl,
  measureText,
  picturePalette,
  rectEl,
  svgDocument,
  textEl,
  titleBar,
} from '../../picture/svg';
import { displayUnitFor, inDisplayUnit } from '../../analysis/value-stream/units';
import { totalsOf } from './definition';
import { ValueStreamDoc } from './model';

/** Minutes in the roundest readable unit (45 min, 3,5 h, 12,4 vrk), as on the board. */
function minutesText(minutes: number, t: PictureOptions['t']): string {
  const unit = displayUnitFor(minutes);
  const v = inDisplayUnit(minutes, unit);
  const digits = unit === 'min' ? 0 : Math.abs(v) >= 100 ? 0 : 1;
  return `${formatDecimal(v, digits, t)} ${t(`valueStream.unitShort.${unit}`)}`;
}

/**
 * A value stream for the room: the key numbers large (lead time, process time, flow efficiency, handoffs), then a
 * timeline with one row per step: the wait before it and its process time as bars on the calendar-time axis of the
 * typical case, so the room sees where the time goes. Steps that do not fit at minFontPx become "+N more".
 */
function drawValueStream(raw: unknown, board: { name: string }, o: PictureOptions): string {
  const doc = ValueStreamDoc.parse(raw);
  const totals = totalsOf(doc);
  const p = picturePalette(o.theme);
  const f = fontScale(o);
  const t = o.t;
  const margin = Math.round(f.base * 0.8);
  const missing = t('valueStream.totals.missing');
  const flowText = totals.flowEfficiency === null ? missing : `${formatDecimal(totals.flowEfficiency * 100, totals.flowEfficiency < 0.1 ? 1 : 0, t)} %`;
  const leadText = totals.lead ? minutesText(totals.lead.typical, t) : missing;

  const head = titleBar(o, p, board.name, t(`valueStream.state.${doc.state}`), margin);
  const parts: string[] = [head.svg];

  // --- key numbers as tiles
  const tiles: { label: string; value: string; accent: boolean }[] = [
    { label: t('valueStream.totals.lead'), value: leadText, accent: true },
    { label: t('valueStream.totals.process'), value: totals.process ? minutesText(totals.process.typical, t) : missing, accent: false },
    { label: t('valueStream.totals.flow'), value: flowText, accent: false },
    { label: t('valueStream.totals.handoffs'), value: String(totals.handoffs), accent: false },
  ];
  const tileTop = head.height + margin * 0.7;
  const gap = margin * 0.6;
  const tileW = (o.width - 2 * margin - gap * (tiles.length - 1)) / tiles.length;
  const valueSize = Math.max(f.small, Math.round(f.title * 1.15));
  const labelSize = f.small;
  const tilePad = labelSize * 0.55;
  const tileH = tilePad * 2 + labelSize * 1.25 + valueSize * 1.15;
  tiles.forEach((tile, i) => {
    const x = margin + i * (tileW + gap);
    parts.push(rectEl(x, tileTop, tileW, tileH, { fill: tile.accent ? p.accent : p.surface, rx: 10, ...(o.theme === 'high-contrast' ? { stroke: p.border, strokeWidth: 2 } : {}) }));
    const fg = tile.accent ? p.onAccent : p.text;
    const inner = tileW - 2 * tilePad;
    parts.push(textEl(x + tilePad, tileTop + tilePad + labelSize * 0.92, clampLine(tile.label, inner, { size: labelSize }), { size: labelSize, fill: tile.accent ? p.onAccent : p.muted }));
    parts.push(textEl(x + tilePad, tileTop + tilePad + labelSize * 1.25 + valueSize * 0.9, clampLine(tile.value, inner, { size: valueSize, bold: true }), { size: valueSize, bold: true, fill: fg }));
  });

  // --- legend
  const legendTop = tileTop + tileH + margin * 0.6;
  const ls = f.small;
  let lx = margin;
  const swatch = (fill: string, label: string) => {
    parts.push(rectEl(lx, legendTop + ls * 0.2, ls * 1.6, ls * 0.9, { fill, rx: 3 }));
    lx += ls * 2;
    parts.push(textEl(lx, legendTop + ls * 0.95, label, { size: ls, fill: p.text }));
    lx += measureText(label, { size: ls }) + ls * 1.2;
  };
  swatch(p.warning, t('pictures.valueStream.wait'));
  swatch(p.success, t('pictures.valueStream.process'));
  const legendH = ls * 1.4;

  // --- timeline rows
  const top = legendTop + legendH + margin * 0.4;
  const bottom = o.height - margin;
  const rowFont = f.small;
  const rowGap = Math.max(2, rowFont * 0.2);
  const steps = doc.steps;
  // Rows grow to fill the space when there are few steps, up to a comfortable height.
  const rowH = Math.max(rowFont * 1.75, Math.min(rowFont * 2.4, (bottom - top) / Math.max(1, steps.length) - rowGap));
  if (steps.length === 0) {
    parts.push(textEl(o.width / 2, top + (bottom - top) / 2, t('pictures.empty'), { size: f.base, fill: p.muted, anchor: 'middle' }));
  } else {
    const fit = fitCount(steps.length, bottom - top, rowH, rowGap);
    const nameW = Math.min((o.width - 2 * margin) * 0.3, rowFont * 16);
    const trackX = margin + nameW + rowFont * 0.6;
    const durW = measureText('888,8 vrk · 888 min', { size: rowFont });
    const trackW = Math.max(rowFont * 4, o.width - margin - trackX - durW - rowFont * 0.6);
    const times = new Map(totals.steps.map((s) => [s.id, s]));
    const end = Math.max(1, ...totals.steps.map((s) => s.finish));
    const minBar = Math.max(3, rowFont * 0.25);
    const xOf = (minutes: number) => trackX + (Math.max(0, minutes) / end) * trackW;
    steps.slice(0, fit.shown).forEach((step, i) => {
      const y = top + i * (rowH + rowGap);
      if (i % 2 === 0) parts.push(rectEl(margin, y, o.width - 2 * margin, rowH, { fill: p.surface, rx: 4 }));
      const name = `${i + 1}. ${step.name.trim() || t('valueStream.unnamedStep')}`;
      parts.push(textEl(margin + rowFont * 0.3, centredBaseline(y, rowH, rowFont), clampLine(name, nameW - rowFont * 0.3, { size: rowFont }), { size: rowFont, fill: p.text }));
      const st = times.get(step.id);
      const barH = rowH * 0.56;
      const by = y + (rowH - barH) / 2;
      const bits: string[] = [];
      if (st) {
        const waitMin = st.wait?.typical ?? 0;
        const procMin = st.process?.typical ?? 0;
        const ws = st.finish - procMin - waitMin;
        if (st.wait) {
          const x0 = xOf(ws);
          parts.push(rectEl(x0, by, Math.max(minBar, xOf(ws + waitMin) - x0), barH, { fill: p.warning, rx: 3 }));
          if (waitMin > 0) bits.push(minutesText(waitMin, t));
        }
        if (st.process) {
          const x0 = xOf(st.finish - procMin);
          parts.push(rectEl(x0, by, Math.max(minBar, xOf(st.finish) - x0), barH, { fill: p.success, rx: 3 }));
          bits.push(minutesText(procMin, t));
        }
        if (!st.onPath && totals.branched) parts.push(lineEl(trackX, by + barH + 2, trackX + trackW, by + barH + 2, p.border, 1, 'stroke-dasharray="4 4"'));
      }
      const label = bits.length > 0 ? bits.join(' · ') : missing;
      parts.push(textEl(o.width - margin - rowFont * 0.3, centredBaseline(y, rowH, rowFont), clampLine(label, durW, { size: rowFont }), { size: rowFont, fill: bits.length > 0 ? p.text : p.muted, anchor: 'end' }));
    });
    if (fit.more > 0) {
      const y = top + fit.shown * (rowH + rowGap);
      parts.push(textEl(margin + rowFont * 0.3, centredBaseline(y, rowH, rowFont), t('pictures.more', { count: fit.more }), { size: rowFont, bold: true, fill: p.accent }));
    }
  }

  const description = t('pictures.valueStream.description', { steps: steps.length, lead: leadText, flow: flowText });
  return svgDocument({ width: o.width, height: o.height, background: p.background, title: board.name, description }, parts.join(''));
}

export const valueStreamPicture: BoardPicture<unknown> = { kind: 'value-stream', draw: drawValueStream };
