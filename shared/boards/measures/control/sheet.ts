import type { SheetColumn } from '../../../export/sheet';
import type { Measure } from '../model';
import { measureSeries } from '../analysis';
import { analyseMeasureControl } from './index';
import type { ControlAnalysis, ControlSignal } from './types';

const CHART_FI = { xmr: 'XmR', p: 'P', u: 'U', c: 'C' } as const;
const EFFECT_FI = { improvement: 'parannus', deterioration: 'heikkeneminen', neutral: 'ei-satunnainen' } as const;
const SIDE_FI = { above: 'yläpuolella', below: 'alapuolella' } as const;

/** A one-line Finnish description of a special cause (Excel and `cli info`, like the run chart's signalTextFi). */
export function controlSignalTextFi(s: ControlSignal, periods: readonly string[]): string {
  const at = (i: number) => periods[i] ?? '';
  const text =
    s.rule === 'outside'
      ? `piste rajojen ulkopuolella ${at(s.index)} (${s.side === 'above' ? 'yli ylärajan' : 'alle alarajan'})`
      : s.rule === 'shift'
        ? `siirtymä ${at(s.from)}–${at(s.to)} (${s.length} pistettä keskiviivan ${SIDE_FI[s.side]})`
        : s.rule === 'trend'
          ? `trendi ${at(s.from)}–${at(s.to)} (${s.length} pistettä ${s.direction === 'up' ? 'nousee' : 'laskee'})`
          : s.rule === 'two-of-three'
            ? `kaksi kolmesta yli 2 sigman ${at(s.from)}–${at(s.to)} (${SIDE_FI[s.side]})`
            : `${s.length} pistettä 1 sigman sisällä ${at(s.from)}–${at(s.to)}`;
  return `${text}: ${EFFECT_FI[s.effect]}`;
}

/** The analysis in one Finnish line: the problem that keeps limits away, or the special causes. */
export function controlVerdictFi(a: ControlAnalysis, periods: readonly string[]): string {
  const p = a.problem;
  if (p?.kind === 'too-few') return `Rajoihin tarvitaan 12 pistettä: ${p.have}, vielä ${p.needed} puuttuu`;
  if (p?.kind === 'collapsed') return 'Kaikki arvot samat: rajat painuvat keskiviivalle, sääntöjä ei sovelleta';
  if (p?.kind === 'needs-rate') return 'P- ja U-kaavio tarvitsevat osoittajan ja nimittäjän';
  if (p?.kind === 'needs-count') return 'C-kaavio on lukumäärille, mittari on suhdeluku';
  return a.signals.map((s) => controlSignalTextFi(s, periods)).join('; ') || 'Ei erityissyitä';
}

export const CONTROL_SHEET_COLUMNS: readonly SheetColumn[] = [
  { key: 'measure', headerKey: 'export.header.measure', type: 'text', width: 36 },
  { key: 'chart', headerKey: 'export.header.chartType', type: 'text', width: 10 },
  { key: 'points', headerKey: 'export.header.points', type: 'integer', width: 10 },
  { key: 'baseline', headerKey: 'export.header.baselinePoints', type: 'integer', width: 12 },
  { key: 'centre', headerKey: 'export.header.centreLine', type: 'number', width: 12 },
  { key: 'lcl', headerKey: 'export.header.lowerLimit', type: 'number', width: 14 },
  { key: 'ucl', headerKey: 'export.header.upperLimit', type: 'number', width: 14 },
  { key: 'stepped', headerKey: 'export.header.limitsVary', type: 'boolean', width: 12 },
  { key: 'signals', headerKey: 'export.header.signals', type: 'text', width: 80 },
];

/** A control-chart measure's row (limits of the latest period); none for a measure on a run chart. */
export function controlRows(
  m: Measure,
  base: Record<string, string>,
): Record<string, string | number | boolean | null>[] {
  const series = measureSeries(m);
  const a = analyseMeasureControl(m, series);
  if (!a) return [];
  const last = <T>(xs: readonly (T | null)[]) => [...xs].reverse().find((x) => x !== null) ?? null;
  return [
    {
      ...base,
      measure: m.name,
      chart: CHART_FI[a.chart],
      points: a.n,
      baseline: a.problem ? null : a.baseN,
      centre: a.centre,
      lcl: last(a.lcl),
      ucl: last(a.ucl),
      stepped: a.stepped,
      signals: controlVerdictFi(a, series.periods),
    },
  ];
}

/** A measure on a control chart in one Finnish line (`cli info`); null for a run chart. */
export function controlTextFi(m: Measure): string | null {
  const series = measureSeries(m);
  const a = analyseMeasureControl(m, series);
  if (!a) return null;
  const fmt = (x: number | null) => (x === null ? '–' : String(Math.round(x * 100) / 100).replace('.', ','));
  const last = (xs: readonly (number | null)[]) => [...xs].reverse().find((x) => x !== null) ?? null;
  const limits = a.problem ? '' : `, rajat ${fmt(last(a.lcl))}–${fmt(last(a.ucl))}${a.stepped ? ' (vaihtelevat)' : ''}`;
  return `${CHART_FI[a.chart]}-kaavio, ${a.n} pistettä, keskiviiva ${fmt(a.centre)}${limits}: ${controlVerdictFi(a, series.periods)}`;
}
