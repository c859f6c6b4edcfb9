import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunChartAnalysis } from '../../../../shared/analysis/run-chart';
import type { Measure } from '../../../../shared/boards/measures/model';
import type { MeasureSeries } from '../../../../shared/boards/measures/analysis';
import { periodParts } from '../../../../shared/boards/measures/periods';
import { frozenEndIndex, limitPath, limitSteps, niceTicks } from '../../../../shared/boards/measures/chart';
import type { ControlAnalysis } from '../../../../shared/boards/measures/control';
import { formatNumber } from './format';
import { useElementSize } from '../../components/useElementSize';

export interface PdsaMarker {
  /** Index on the chart's time axis. */
  index: number;
  label: string;
  title: string;
  date: string;
}

interface Props {
  measure: Measure;
  series: MeasureSeries;
  analysis: RunChartAnalysis;
  highlighted: ReadonlySet<number>;
  markers: readonly PdsaMarker[];
  /** A control chart's analysis: its mean and limits replace the median (null: a run chart). */
  control?: ControlAnalysis | null;
  height?: number;
}

const M = { left: 64, right: 150, top: 46, bottom: 44 };

const MIN_SIZE = { width: 320, height: 0 };
const INITIAL_SIZE = { width: 800, height: 0 };

/** A run chart drawn in SVG at the container's width (text stays at 18 px however wide the chart is). */
export function RunChart({ measure, series, analysis, highlighted, markers, control = null, height = 330 }: Props) {
  const { t, i18n } = useTranslation();
  const wrap = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(wrap, MIN_SIZE, INITIAL_SIZE);

  const n = series.periods.length;
  const values = control ? control.values : series.values;
  const present = values.filter((v): v is number => v !== null);
  const lang = i18n.language;
  const plotW = width - M.left - M.right;
  const plotH = height - M.top - M.bottom;

  if (n === 0 || present.length === 0) {
    return (
      <div ref={wrap} className="runchart runchart-empty" data-testid="run-chart">
        <p>{t('measures.chart.noData')}</p>
      </div>
    );
  }

  const uclSteps = control ? limitSteps(control.ucl) : [];
  const lclSteps = control ? limitSteps(control.lcl) : [];
  const extras = [
    control ? control.centre : analysis.median,
    measure.target,
    ...uclSteps.map((s) => s.value),
    ...lclSteps.map((s) => s.value),
  ].filter((v): v is number => v !== null);
  let lo = Math.min(...present, ...extras);
  let hi = Math.max(...present, ...extras);
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const pad = (hi - lo) * 0.08;
  const ticks = niceTicks(lo - pad, hi + pad);
  const yLo = Math.min(lo - pad, ticks[0] ?? lo);
  const yHi = Math.max(hi + pad, ticks[ticks.length - 1] ?? hi);
  const x = (i: number) => M.left + (n === 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (v: number) => M.top + plotH - ((v - yLo) / (yHi - yLo)) * plotH;

  // Line segments break at missing periods.
  const segments: string[] = [];
  let cur = '';
  values.forEach((v, i) => {
    if (v === null) {
      if (cur) segments.push(cur);
      cur = '';
      return;
    }
    cur += `${cur ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  });
  if (cur) segments.push(cur);

  // Label every k-th period so labels never collide (about 70 px each).
  const every = Math.max(1, Math.ceil(n / Math.max(1, Math.floor(plotW / 70))));
  // Translate the label patterns once: i18next interpolation per point would dominate a 500-point chart.
  const weekTpl = t('measures.period.weekShort', { n: '\u0001' });
  const monthTpl = t('measures.period.monthShort', { n: '\u0001', year: '\u0002' });
  const periodLabel = (key: string) => {
    const p = periodParts(key);
    if (!p) return key;
    return p.kind === 'week'
      ? weekTpl.replace('\u0001', String(p.n))
      : monthTpl.replace('\u0001', String(p.n)).replace('\u0002', String(p.year).slice(2));
  };
  // The index (on the time axis) where the frozen baseline ends.
  const frozenEnd = control
    ? frozenEndIndex({ values }, { frozen: control.frozen, medianFrom: control.baseN })
    : frozenEndIndex(series, analysis);
  const median = control ? control.centre : analysis.median;
  const centreLabel = control ? 'measures.control.centre' : 'measures.chart.median';
  const lastLimit = (steps: typeof uclSteps) => steps[steps.length - 1]?.value ?? null;
  const uclEnd = lastLimit(uclSteps);
  const lclEnd = lastLimit(lclSteps);
  const unit = measure.isRate && measure.multiplier === 100 ? '%' : measure.unit;

  return (
    <div ref={wrap} className="runchart" data-testid="run-chart">
      <svg
        width={width}
        height={height}
        role="img"
        aria-labelledby="runchart-title runchart-desc"
        className="runchart-svg"
      >
        <title id="runchart-title">
          {control
            ? t('measures.control.title', { chart: t(`measures.chartType.${control.chart}`), name: measure.name })
            : t('measures.chart.title', { name: measure.name })}
        </title>
        <desc id="runchart-desc">
          {control
            ? t('measures.control.desc', {
                n: control.n,
                centre: median === null ? '–' : formatNumber(median, lang),
                lcl: lclEnd === null ? '–' : formatNumber(lclEnd, lang),
                ucl: uclEnd === null ? '–' : formatNumber(uclEnd, lang),
              })
            : t('measures.chart.desc', {
                n: analysis.n,
                median: median === null ? '–' : formatNumber(median, lang),
                markers: markers.length,
              })}
        </desc>
        {ticks.map((tv) => (
          <g key={tv}>
            <line x1={M.left} x2={M.left + plotW} y1={y(tv)} y2={y(tv)} className="rc-grid" />
            <text x={M.left - 10} y={y(tv)} className="rc-axis" textAnchor="end" dominantBaseline="middle">
              {formatNumber(tv, lang)}
            </text>
          </g>
        ))}
        {unit && (
          <text x={M.left - 10} y={M.top - 18} className="rc-axis rc-unit" textAnchor="end">
            {unit}
          </text>
        )}
        {series.periods.map((p, i) =>
          i % every === 0 || (i === n - 1 && (n - 1) % every >= every * 0.7) ? (
            <text key={p} x={x(i)} y={M.top + plotH + 30} className="rc-axis" textAnchor="middle">
              {periodLabel(p)}
            </text>
          ) : null,
        )}
        {markers.map((mk, k) => (
          <g key={`${mk.index}-${k}`} className="rc-pdsa" data-pdsa={mk.title}>
            <title>{`${mk.label}: ${mk.title} (${mk.date})`}</title>
            <line x1={x(mk.index)} x2={x(mk.index)} y1={M.top - 6} y2={M.top + plotH} />
            <rect x={x(mk.index) - 22} y={M.top - 36} width={44} height={26} rx={5} />
            <text x={x(mk.index)} y={M.top - 23} textAnchor="middle" dominantBaseline="middle">
              {mk.label}
            </text>
          </g>
        ))}
        {measure.target !== null && (
          <g className="rc-target">
            <line x1={M.left} x2={M.left + plotW} y1={y(measure.target)} y2={y(measure.target)} />
            <text x={M.left + plotW + 8} y={y(measure.target)} dominantBaseline="middle">
              {t('measures.chart.target', { value: formatNumber(measure.target, lang) })}
            </text>
          </g>
        )}
        {median !== null && (
          <g className="rc-median">
            <line x1={M.left} x2={x(frozenEnd)} y1={y(median)} y2={y(median)} />
            {analysis.frozen && (
              <line x1={x(frozenEnd)} x2={M.left + plotW} y1={y(median)} y2={y(median)} className="rc-median-ext" />
            )}
            <text
              x={M.left + plotW + 8}
              y={y(median) + (measure.target !== null && Math.abs(y(median) - y(measure.target)) < 22 ? 20 : 0)}
              dominantBaseline="middle"
            >
              {t(centreLabel, { value: formatNumber(median, lang) })}
            </text>
          </g>
        )}
        {control && uclEnd !== null && (
          <g className="rc-limit" data-testid="control-limits">
            <path d={limitPath(uclSteps, x, y)} />
            <path d={limitPath(lclSteps, x, y)} />
            <text x={M.left + plotW + 8} y={y(uclEnd)} dominantBaseline="middle">
              {t('measures.control.ucl', { value: formatNumber(uclEnd, lang) })}
            </text>
            {lclEnd !== null && (
              <text x={M.left + plotW + 8} y={y(lclEnd)} dominantBaseline="middle">
                {t('measures.control.lcl', { value: formatNumber(lclEnd, lang) })}
              </text>
            )}
          </g>
        )}
        {segments.map((d, k) => (
          <path key={k} d={d} className="rc-line" />
        ))}
        {values.map((v, i) =>
          v === null ? null : (
            <circle
              key={series.periods[i]}
              cx={x(i)}
              cy={y(v)}
              r={highlighted.has(i) ? 7.5 : 5.5}
              className={highlighted.has(i) ? 'rc-point rc-signal' : 'rc-point'}
              data-period={series.periods[i]}
              data-signal={highlighted.has(i) ? 'true' : undefined}
            >
              <title>{`${periodLabel(series.periods[i]!)}: ${formatNumber(v, lang)}${series.notes[i] ? ` – ${series.notes[i]}` : ''}`}</title>
            </circle>
          ),
        )}
      </svg>
    </div>
  );
}
