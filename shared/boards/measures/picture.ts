import type { BoardPicture, PictureOptions } from '../picture';
import { signalPoints, type RuleSet, type Signal } from '../../analysis/run-chart';
import {
  type PicturePalette,
  centredBaseline,
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
} from '../../picture/svg';
import { PdsaDoc } from '../pdsa/model';
import { analyseMeasure, measureSeries, signalsOf } from './analysis';
import { frozenEndIndex, limitPath, limitSteps, niceTicks, type LimitStep } from './chart';
import { analyseMeasureControl, type ControlAnalysis, type ControlSignal } from './control';
import { MeasuresDoc, type Measure } from './model';
import { periodOfIsoDate, periodParts } from './periods';

/** A PDSA cycle's start, marked on the time axis of a run chart. */
export interface CycleStart {
  title: string;
  /** yyyy-mm-dd */
  date: string;
}

/** Every dated cycle start on the team's PDSA boards (PictureOptions.teamBoards), in date order. */
export function cycleStarts(teamBoards: PictureOptions['teamBoards']): CycleStart[] {
  const out: CycleStart[] = [];
  for (const b of teamBoards ?? []) {
    if (b.kind !== 'pdsa') continue;
    const parsed = PdsaDoc.safeParse(b.doc);
    if (parsed.success)
      for (const c of parsed.data.cycles) if (c.startDate !== '') out.push({ title: c.title, date: c.startDate });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface ChartContext {
  o: PictureOptions;
  p: PicturePalette;
  /** Text size of the chart (axis labels, lines' labels). */
  size: number;
  /** Size of the chart's heading (the measure's name). */
  headSize: number;
}

/** What the chart says about its signals, one line: too early, none, or the signals' names and effects. */
function verdict(
  signals: readonly (Signal | ControlSignal)[],
  tooEarly: boolean,
  n: number,
  c: ChartContext,
  control: ControlAnalysis | null = null,
): { text: string; color: string } {
  const { o, p } = c;
  if (n === 0) return { text: '', color: p.muted };
  const problem = control?.problem;
  if (problem) {
    const key = problem.kind === 'needs-rate' || problem.kind === 'needs-count' ? 'needs' : problem.kind;
    return { text: o.t(`measures.control.verdict.${key}`), color: p.muted };
  }
  if (control && signals.length === 0) return { text: o.t('measures.control.verdict.none'), color: p.muted };
  if (tooEarly) return { text: o.t('pictures.measures.tooEarly', { n }), color: p.muted };
  if (signals.length === 0) return { text: o.t('pictures.measures.noSignals'), color: p.muted };
  // A direction-free signal (too few runs, few crossings) does not blur a shift or trend that has a direction.
  const effects = new Set(signals.map((s) => s.effect).filter((e) => e !== 'neutral'));
  const effect = effects.size === 1 ? [...effects][0]! : 'neutral';
  const names = [...new Set(signals.map((s) => o.t(`measures.signal.${s.rule}.title`)))].join(', ');
  const color = effect === 'improvement' ? p.success : effect === 'deterioration' ? p.danger : p.warning;
  return { text: `${names}: ${o.t(`measures.effect.${effect}`)}`, color };
}

/**
 * One measure's run chart inside `box`, as SVG elements: the points joined in time order (gaps break the line),
 * the median (solid over the frozen baseline, dashed beyond it), the target, PDSA cycle starts as tagged lines on
 * the time axis, points of non-random signals highlighted, and a heading line with the measure's name and the
 * verdict (too early to judge under 10 points, no signals, or the signals with their effect).
 */
function runChartElements(
  measure: Measure,
  ruleSet: RuleSet,
  cycles: readonly CycleStart[],
  box: Box,
  c: ChartContext,
): string {
  const { o, p, size, headSize } = c;
  const parts: string[] = [];
  const series = measureSeries(measure);
  const a = analyseMeasure(measure, series);
  const control = analyseMeasureControl(measure, series);
  const signals = control ? control.signals : a.tooEarly ? [] : signalsOf(a, ruleSet);
  const highlighted = signalPoints(signals);
  const values = control ? control.values : series.values;
  const fmt = (v: number) => formatDecimal(v, 2, o.t);

  // Heading: name left, verdict right, each wrapped whole onto as many lines as it needs (nothing is cut).
  const lh = headSize * 1.2;
  const v = verdict(signals, !control && a.tooEarly, control ? control.n : a.n, c, control);
  const verdictLines = v.text ? wrapText(v.text, box.width * 0.4, { size, bold: true }, Infinity, o.lang).lines : [];
  const verdictW =
    verdictLines.length > 0 ? Math.max(...verdictLines.map((l) => measureText(l, { size, bold: true }))) + size : 0;
  const unit = measure.isRate && measure.multiplier === 100 ? '%' : measure.unit.trim();
  const fullName = `${measure.name.trim() || o.t('measures.unnamed')}${unit ? ` (${unit})` : ''}`;
  const nameLines = wrapText(fullName, box.width - verdictW, { size: headSize, bold: true }, Infinity, o.lang).lines;
  const headH = Math.round(Math.max(nameLines.length * lh, verdictLines.length * size * 1.2) + headSize * 0.25);
  parts.push(textBlock(box.x, box.y, nameLines, { size: headSize, bold: true, fill: p.text, lineHeight: lh }).svg);
  if (verdictLines.length > 0)
    parts.push(
      textBlock(box.x + box.width, box.y, verdictLines, {
        size,
        bold: true,
        fill: v.color,
        anchor: 'end',
        lineHeight: size * 1.2,
      }).svg,
    );

  const n = series.periods.length;
  const present = values.filter((x): x is number => x !== null);
  const plotTop0 = box.y + headH + size * 0.3;
  if (n === 0 || present.length === 0) {
    const h = box.y + box.height - plotTop0;
    parts.push(rectEl(box.x, plotTop0, box.width, h, { fill: p.surface, stroke: p.border, strokeWidth: 1, rx: 6 }));
    const lines = wrapText(o.t('pictures.measures.noData'), box.width - 2 * size, { size }, Infinity, o.lang).lines;
    parts.push(
      textBlock(box.x + box.width / 2, plotTop0 + Math.max(0, (h - lines.length * size * 1.25) / 2), lines, {
        size,
        fill: p.muted,
        anchor: 'middle',
      }).svg,
    );
    return parts.join('');
  }

  // PDSA starts on the time axis, numbered P1, P2, … in date order (as on the board).
  const index = new Map(series.periods.map((per, i) => [per, i]));
  const markers: { i: number; label: string }[] = [];
  cycles.forEach((cy, k) => {
    const period = periodOfIsoDate(cy.date, measure.frequency);
    const i = period === null ? undefined : index.get(period);
    if (i !== undefined) markers.push({ i, label: `P${k + 1}` });
  });

  const median = control ? control.centre : a.median;
  const uclSteps = control ? limitSteps(control.ucl) : [];
  const lclSteps = control ? limitSteps(control.lcl) : [];
  const extras = [median, measure.target, ...uclSteps.map((s) => s.value), ...lclSteps.map((s) => s.value)].filter(
    (x): x is number => x !== null,
  );
  let lo = Math.min(...present, ...extras);
  let hi = Math.max(...present, ...extras);
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const pad = (hi - lo) * 0.08;

  const tagH = markers.length > 0 ? Math.round(size * 1.3) : 0;
  const plotTop = plotTop0 + (tagH ? tagH + size * 0.3 : size * 0.5);
  const plotBottom = box.y + box.height - size * 1.5;
  const plotH = Math.max(10, plotTop0 < plotBottom ? plotBottom - plotTop : 10);
  // At least three labelled values when the height allows (a round step can leave a single tick in the range).
  const want = Math.max(3, Math.min(6, Math.floor(plotH / (size * 1.8))));
  let ticks = niceTicks(lo - pad, hi + pad, want);
  for (let c = want + 1; ticks.length < 3 && c <= want * 4; c++) ticks = niceTicks(lo - pad, hi + pad, c);
  const yLo = Math.min(lo - pad, ticks[0] ?? lo);
  const yHi = Math.max(hi + pad, ticks[ticks.length - 1] ?? hi);
  const tickLabels = ticks.map(fmt);
  const leftW = Math.max(...tickLabels.map((l) => measureText(l, { size }))) + size * 0.6;
  const medianLabel =
    median === null ? '' : o.t(control ? 'measures.control.centre' : 'measures.chart.median', { value: fmt(median) });
  const uclEnd = uclSteps[uclSteps.length - 1]?.value ?? null;
  const lclEnd = lclSteps[lclSteps.length - 1]?.value ?? null;
  const uclLabel = uclEnd === null ? '' : o.t('measures.control.ucl', { value: fmt(uclEnd) });
  const lclLabel = lclEnd === null ? '' : o.t('measures.control.lcl', { value: fmt(lclEnd) });
  const targetLabel = measure.target === null ? '' : o.t('measures.chart.target', { value: fmt(measure.target) });
  const rightW = Math.min(
    box.width * 0.3,
    Math.max(...[medianLabel, targetLabel, uclLabel, lclLabel].map((l) => measureText(l, { size, bold: true }))) +
      size * 0.6,
  );
  const plotX = box.x + leftW;
  const plotW = Math.max(10, box.width - leftW - rightW);
  const x = (i: number) => plotX + (n === 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (val: number) => plotTop + plotH - ((val - yLo) / (yHi - yLo)) * plotH;

  parts.push(rectEl(plotX, plotTop, plotW, plotH, { fill: p.background, stroke: p.border, strokeWidth: 1 }));
  ticks.forEach((tv, k) => {
    parts.push(lineEl(plotX, y(tv), plotX + plotW, y(tv), p.surfaceAlt, 1));
    parts.push(
      textEl(plotX - size * 0.35, y(tv) + size * 0.35, tickLabels[k]!, { size, fill: p.muted, anchor: 'end' }),
    );
  });

  // Period labels, as many as fit without colliding.
  const weekTpl = o.t('measures.period.weekShort', { n: '\u0001' });
  const monthTpl = o.t('measures.period.monthShort', { n: '\u0001', year: '\u0002' });
  const label = (key: string) => {
    const pp = periodParts(key);
    if (!pp) return key;
    return pp.kind === 'week'
      ? weekTpl.replace('\u0001', String(pp.n))
      : monthTpl.replace('\u0001', String(pp.n)).replace('\u0002', String(pp.year).slice(2));
  };
  const labelW = Math.max(...series.periods.slice(0, 60).map((k) => measureText(label(k), { size }))) + size * 0.8;
  const every = Math.max(1, Math.ceil(n / Math.max(1, Math.floor(plotW / labelW))));
  for (let i = 0; i < n; i += every)
    parts.push(
      textEl(x(i), plotBottom + size * 1.15, label(series.periods[i]!), { size, fill: p.muted, anchor: 'middle' }),
    );

  // PDSA starts.
  const pdsaColor = p.series[3] ?? p.accent;
  const pdsaText = o.theme === 'high-contrast' ? p.background : '#ffffff';
  for (const mk of markers) {
    const mx = x(mk.i);
    parts.push(lineEl(mx, plotTop0 + tagH, mx, plotTop + plotH, pdsaColor, 2, `stroke-dasharray="3 5"`));
    const w = measureText(mk.label, { size, bold: true }) + size * 0.6;
    const tx = Math.min(Math.max(mx - w / 2, box.x), box.x + box.width - w);
    parts.push(rectEl(tx, plotTop0, w, tagH, { fill: pdsaColor, rx: 4 }));
    parts.push(
      textEl(tx + w / 2, centredBaseline(plotTop0, tagH, size), mk.label, {
        size,
        bold: true,
        fill: pdsaText,
        anchor: 'middle',
      }),
    );
  }

  // Target and median, each labelled at the right; labels pushed apart when the lines are close.
  let targetY = measure.target === null ? null : y(measure.target);
  let medianY = median === null ? null : y(median);
  const labelX = plotX + plotW + size * 0.35;
  if (targetY !== null) {
    parts.push(lineEl(plotX, targetY, plotX + plotW, targetY, p.success, 2.5, `stroke-dasharray="4 6"`));
  }
  if (medianY !== null && median !== null) {
    const frozenEnd = control
      ? frozenEndIndex({ values }, { frozen: control.frozen, medianFrom: control.baseN })
      : frozenEndIndex(series, a);
    parts.push(lineEl(plotX, medianY, x(frozenEnd), medianY, p.accent, 3));
    if (a.frozen && frozenEnd < n - 1)
      parts.push(lineEl(x(frozenEnd), medianY, plotX + plotW, medianY, p.accent, 3, `stroke-dasharray="10 7"`));
  }
  if (targetY !== null && medianY !== null && Math.abs(targetY - medianY) < size * 1.15) {
    const mid = (targetY + medianY) / 2;
    const up = targetY <= medianY;
    targetY = mid + (up ? -1 : 1) * size * 0.6;
    medianY = mid + (up ? 1 : -1) * size * 0.6;
  }
  if (targetY !== null)
    parts.push(
      textEl(labelX, targetY + size * 0.35, clampLine(targetLabel, rightW - size * 0.35, { size, bold: true }), {
        size,
        bold: true,
        fill: p.success,
      }),
    );
  if (medianY !== null)
    parts.push(
      textEl(labelX, medianY + size * 0.35, clampLine(medianLabel, rightW - size * 0.35, { size, bold: true }), {
        size,
        bold: true,
        fill: p.accent,
      }),
    );

  // Control limits: dashed steps, labelled at the right end.
  const limitColor = o.theme === 'high-contrast' ? p.warning : '#9b3b1f';
  for (const [steps, text] of [
    [uclSteps, uclLabel],
    [lclSteps, lclLabel],
  ] as [LimitStep[], string][]) {
    if (steps.length === 0) continue;
    parts.push(
      `<path d="${limitPath(steps, x, y)}" fill="none" stroke="${limitColor}" stroke-width="2.5" stroke-dasharray="12 6" data-limit="true"/>`,
    );
    const ly = y(steps[steps.length - 1]!.value);
    if (Math.abs(ly - (medianY ?? -1e9)) >= size && Math.abs(ly - (targetY ?? -1e9)) >= size)
      parts.push(
        textEl(labelX, ly + size * 0.35, clampLine(text, rightW - size * 0.35, { size, bold: true }), {
          size,
          bold: true,
          fill: limitColor,
        }),
      );
  }

  // The line, broken at missing periods, then the points.
  let d = '';
  let pen = false;
  values.forEach((val, i) => {
    if (val === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${num(x(i))},${num(y(val))}`;
    pen = true;
  });
  const lineColor = o.theme === 'high-contrast' ? p.text : '#3d4a57';
  parts.push(`<path d="${d}" fill="none" stroke="${lineColor}" stroke-width="2.5" stroke-linejoin="round"/>`);
  const r = Math.max(3, Math.min(7, size * 0.22, plotW / Math.max(1, n) / 2.5 + 2));
  // On a dense chart (points closer than about two dots) the line carries the ordinary points; signals stay marked.
  const dense = plotW / Math.max(1, n) < r * 2.2;
  values.forEach((val, i) => {
    if (val === null) return;
    const sig = highlighted.has(i);
    if (dense && !sig) return;
    parts.push(
      `<circle cx="${num(x(i))}" cy="${num(y(val))}" r="${num(sig ? r * 1.45 : r)}" fill="${sig ? p.danger : lineColor}" stroke="${sig ? p.text : p.background}" stroke-width="${sig ? 1.5 : 1.5}"/>`,
    );
  });
  return parts.join('');
}

/**
 * One measure's run chart as a standalone SVG (the Excel analysis sheet puts one beside each measure's row; the
 * storyboard shows each measure's latest chart).
 */
export function drawRunChart(
  measure: Measure,
  ruleSet: RuleSet,
  o: PictureOptions,
  cycles: readonly CycleStart[] = cycleStarts(o.teamBoards),
): string {
  const p = picturePalette(o.theme);
  const f = fontScale(o);
  const m = Math.round(f.base * 0.6);
  const body = runChartElements(
    measure,
    ruleSet,
    cycles,
    { x: m, y: m * 0.5, width: o.width - 2 * m, height: o.height - m },
    { o, p, size: f.small, headSize: f.base },
  );
  const title = o.t('measures.chart.title', { name: measure.name });
  return svgDocument({ width: o.width, height: o.height, background: p.background, title }, body);
}

/**
 * The measures board for the projector, in sections: each measure's run chart stacked full width (time reads left
 * to right), as many to a section as fit at the minimum font size, the next ones in the next section.
 */
function measuresSections(raw: MeasuresDoc, board: { name: string }, o: PictureOptions, limit = Infinity): string[] {
  const doc = MeasuresDoc.parse(raw);
  const p = picturePalette(o.theme);
  const f = fontScale(o);
  const m = f.base;
  const rules = o.t(`measures.rules.${doc.ruleSet}`);
  const summary = `${o.t('pictures.measures.count', { count: doc.measures.length })} · ${rules}`;
  const head = titleBar(o, p, board.name, summary, m);
  const top = head.height + m * 0.5;
  const bottom = o.height - m * 0.5;
  const description = o.t('pictures.measures.description', { count: doc.measures.length, rules });
  const page = (body: string) =>
    svgDocument(
      { width: o.width, height: o.height, background: p.background, title: board.name, description },
      head.svg + body,
    );
  if (doc.measures.length === 0)
    return [
      page(
        textEl(o.width / 2, (top + bottom) / 2, o.t('pictures.empty'), {
          size: f.base,
          fill: p.muted,
          anchor: 'middle',
        }),
      ),
    ];
  const cycles = cycleStarts(o.teamBoards);
  const gap = Math.round(m * 0.6);
  const minH = f.small * 9;
  const space = bottom - top;
  const perPage = Math.max(1, Math.min(doc.measures.length, Math.floor((space + gap) / (minH + gap))));
  const ctx: ChartContext = { o, p, size: f.small, headSize: f.base };
  const pages: string[] = [];
  for (let from = 0; from < doc.measures.length && pages.length < limit; from += perPage) {
    const chunk = doc.measures.slice(from, from + perPage);
    // A board of one section fills it; in several, every chart is the same height (the last section too).
    const rows = doc.measures.length <= perPage ? doc.measures.length : perPage;
    const chartH = (space - gap * (rows - 1)) / rows;
    const parts: string[] = [];
    chunk.forEach((measure, i) => {
      const y = top + i * (chartH + gap);
      if (i > 0) parts.push(lineEl(m, y - gap / 2, o.width - m, y - gap / 2, p.surfaceAlt, 1.5));
      parts.push(
        runChartElements(measure, doc.ruleSet, cycles, { x: m, y, width: o.width - 2 * m, height: chartH }, ctx),
      );
    });
    pages.push(page(parts.join('')));
  }
  return pages;
}

export const measuresPicture: BoardPicture<MeasuresDoc> = {
  kind: 'measures',
  /** The first section (every place that shows the board whole uses `sections`). */
  draw: (raw, board, o) => measuresSections(raw, board, o, 1)[0]!,
  sections: (raw, board, o) => measuresSections(raw, board, o),
};
