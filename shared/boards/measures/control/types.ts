import type { Effect } from '../../../analysis/run-chart';

/** The chart a measure is drawn on: a run chart (the default) or one of four Shewhart control charts. */
export const CHART_TYPES = ['run', 'xmr', 'p', 'u', 'c'] as const;
export type ChartType = (typeof CHART_TYPES)[number];
export type ControlChartType = Exclude<ChartType, 'run'>;

/** Limits need this many points (the baseline's, when the limits are frozen). */
export const MIN_CONTROL_POINTS = 12;
/** Limits from fewer points than this are trial limits (Provost & Murray recommend 20–25 subgroups). */
export const STABLE_CONTROL_POINTS = 20;
/** Special-cause rules (Provost & Murray, The Health Care Data Guide, ch. 5). */
export const CONTROL_SHIFT = 8;
export const CONTROL_TREND = 6;
export const CONTROL_INNER = 15;

export type ControlSignal =
  | { rule: 'outside'; side: 'above' | 'below'; index: number; points: number[]; effect: Effect }
  | {
      rule: 'shift';
      side: 'above' | 'below';
      from: number;
      to: number;
      length: number;
      points: number[];
      effect: Effect;
    }
  | {
      rule: 'trend';
      direction: 'up' | 'down';
      from: number;
      to: number;
      length: number;
      points: number[];
      effect: Effect;
    }
  | { rule: 'two-of-three'; side: 'above' | 'below'; from: number; to: number; points: number[]; effect: Effect }
  | { rule: 'inner-third'; from: number; to: number; length: number; points: number[]; effect: Effect };

/** Why a chart has no limits (or no rules): each is explained to the team in plain words. */
export type ControlProblem =
  | { kind: 'too-few'; have: number; needed: number; frozen: boolean }
  | { kind: 'needs-rate' }
  | { kind: 'needs-count' }
  | { kind: 'collapsed' };

export type ExcludedReason = 'denominator' | 'numerator-above-denominator' | 'negative';

export interface ControlAnalysis {
  chart: ControlChartType;
  /** Points that take part (missing and excluded ones do not). */
  n: number;
  /** Points the centre line and limits come from (the frozen baseline, or all). */
  baseN: number;
  frozen: boolean;
  /** Limits from fewer than STABLE_CONTROL_POINTS points. */
  trial: boolean;
  /** The plotted value per period of the time axis (null: missing or excluded). */
  values: (number | null)[];
  centre: number | null;
  /** Upper and lower control limits (centre ± 3 sigma) per period; null where there is no value or no limit. */
  ucl: (number | null)[];
  lcl: (number | null)[];
  /** Limits that change with the denominator (P and U charts with varying denominators). */
  stepped: boolean;
  problem: ControlProblem | null;
  excluded: { index: number; reason: ExcludedReason }[];
  signals: ControlSignal[];
}
