import type { ParetoAnalysis } from '../analysis/pareto';
import { PARETO_MARK } from '../analysis/pareto';
import type { PictureOptions } from '../boards/picture';
import {
  clampLine,
  fontScale,
  formatDecimal,
  lineEl,
  measureText,
  num,
  picturePalette,
  rectEl,
  svgDocument,
  textBlock,
  textEl,
  titleBar,
  wrapText,
} from './svg';

/**
 * A Pareto chart as SVG (the dot vote's results on the coach's screen, the projector and in pictures): bars largest
 * first with their counts, the cumulative percentage as a line against a 0–100 % axis on the right, the 80 % mark
 * dashed, the bars that reach it together in the accent colour and the rest muted, a long tail as one "other" bar.
 */
export function drawPareto(a: ParetoAnalysis, title: string, o: PictureOptions): string {
  const p = picturePalette(o.theme);
  const f = fontScale(o);
  const size = f.small;
  const m = f.base;
  const summary =
    a.problem === null ? o.t('pareto.summary', { vital: a.vitalFew, count: a.bars.length, total: a.total }) : '';
  const head = titleBar(o, p, title, summary, m);
  const doc = (body: string) =>
    svgDocument(
      { width: o.width, height: o.height, background: p.background, title, description: summary || undefined },
      head.svg + body,
    );
  if (a.problem !== null)
    return doc(
      textEl(o.width / 2, (head.height + o.height) / 2, o.t(`pareto.problem.${a.problem.kind}`), {
        size: f.base,
        fill: p.muted,
        anchor: 'middle',
      }),
    );

  const fmtPct = (x: number) => `${formatDecimal(x, 0, o.t)} %`;
  const maxCount = Math.max(...a.bars.map((b) => b.count));
  const countTicks = [0, maxCount / 2, maxCount].map((v) => Math.round(v));
  const leftW = Math.max(...countTicks.map((v) => measureText(String(v), { size }))) + size * 0.6;
  const rightW = measureText('100 %', { size }) + size * 0.6;
  const plotX = m + leftW;
  const plotW = o.width - m - rightW - plotX;
  const labelLines = 2;
  const labelH = labelLines * size * 1.2 + size * 0.4;
  const plotTop = head.height + size * 1.5;
  const plotBottom = o.height - m * 0.5 - labelH;
  const plotH = Math.max(10, plotBottom - plotTop);
  const slot = plotW / a.bars.length;
  const barW = slot * 0.7;
  const yCount = (v: number) => plotBottom - (v / maxCount) * plotH;
  const yPct = (v: number) => plotBottom - (v / 100) * plotH;
  const cx = (k: number) => plotX + slot * (k + 0.5);
  const parts: string[] = [];

  parts.push(lineEl(plotX, plotBottom, plotX + plotW, plotBottom, p.border, 1.5));
  for (const v of countTicks) {
    parts.push(lineEl(plotX, yCount(v), plotX + plotW, yCount(v), p.surfaceAlt, 1));
    parts.push(textEl(plotX - size * 0.35, yCount(v) + size * 0.35, String(v), { size, fill: p.muted, anchor: 'end' }));
  }
  for (const v of [0, 50, 100])
    parts.push(textEl(plotX + plotW + size * 0.35, yPct(v) + size * 0.35, fmtPct(v), { size, fill: p.muted }));

  const muted = o.theme === 'high-contrast' ? p.surfaceAlt : '#b8c2cc';
  a.bars.forEach((b, k) => {
    const top = yCount(b.count);
    parts.push(
      rectEl(cx(k) - barW / 2, top, barW, plotBottom - top, {
        fill: b.vital ? p.accent : muted,
        stroke: o.theme === 'high-contrast' ? p.text : undefined,
        strokeWidth: 1.5,
        extra: `data-vital="${b.vital}"`,
      }),
    );
    const label = b.grouped > 0 ? o.t('pareto.other', { count: b.grouped }) : b.label || o.t('pareto.unnamed');
    const lines = wrapText(label, slot - size * 0.3, { size }, labelLines, o.lang).lines;
    parts.push(textBlock(cx(k), plotBottom + size * 0.3, lines, { size, fill: p.text, anchor: 'middle' }).svg);
    if (plotBottom - top > size * 1.4)
      parts.push(
        textEl(cx(k), top + size * 1.15, clampLine(String(b.count), barW, { size, bold: true }), {
          size,
          bold: true,
          fill: b.vital ? (o.theme === 'high-contrast' ? p.background : '#ffffff') : p.text,
          anchor: 'middle',
        }),
      );
  });

  // The 80 % mark, then the cumulative line over the bars.
  const markY = yPct(PARETO_MARK);
  parts.push(lineEl(plotX, markY, plotX + plotW, markY, p.danger, 2.5, 'stroke-dasharray="10 6" data-mark="80"'));
  const d = a.bars.map((b, k) => `${k ? 'L' : 'M'}${num(cx(k))},${num(yPct(b.cumulative))}`).join('');
  parts.push(`<path d="${d}" fill="none" stroke="${p.text}" stroke-width="3" data-cumulative="true"/>`);
  a.bars.forEach((b, k) =>
    parts.push(`<circle cx="${num(cx(k))}" cy="${num(yPct(b.cumulative))}" r="${num(size * 0.22)}" fill="${p.text}"/>`),
  );
  return doc(parts.join(''));
}
