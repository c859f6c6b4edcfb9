import { z } from 'zod';
import { Id } from '../../domain/ids';
import { LIMITS } from '../../domain/limits';
import { RULE_SETS } from '../../analysis/run-chart';
import { FREQUENCIES, MONTH_KEY, WEEK_KEY } from './periods';
import { CHART_TYPES } from './control/types';

export const MEASURE_TYPES = ['outcome', 'process', 'balancing'] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];
export const DATA_SOURCES = ['hand-count', 'register', 'survey', 'other'] as const;
export const DIRECTIONS = ['up', 'down', 'none'] as const;
/** A rate is numerator ÷ denominator × multiplier (1, per cent or per mille). */
export const MULTIPLIERS = [1, 100, 1000] as const;

/** A measured value is bounded so a bad import cannot put 1e308 on the chart. */
const Num = z.number().finite().min(-1e9).max(1e9);

export const Period = z.string().regex(new RegExp(`${WEEK_KEY.source}|${MONTH_KEY.source}`));

export const MeasurePoint = z.object({
  /** `2026-W07` for weekly measures, `2026-03` for monthly ones. */
  period: Period,
  /** The value of a count or a time; for a rate, the numerator. */
  value: Num.nullable(),
  /** Only for rates. */
  denominator: Num.nullable(),
  note: z.string().max(LIMITS.shortText),
  /** IHI rule 4: the team judges this point astronomical. */
  astronomical: z.boolean(),
});
export type MeasurePoint = z.infer<typeof MeasurePoint>;

export const MAX_POINTS = 1000;

const ChartField = z.enum(CHART_TYPES);

export const Measure = z.object({
  id: Id,
  name: z.string().max(LIMITS.name),
  type: z.enum(MEASURE_TYPES),
  /** Operational definition: what exactly is counted, how, when. */
  definition: z.string().max(LIMITS.longText),
  unit: z.string().max(60),
  direction: z.enum(DIRECTIONS),
  /** The starting level the team wrote down, for reference (the chart's median comes from the data). */
  baseline: Num.nullable(),
  target: Num.nullable(),
  frequency: z.enum(FREQUENCIES),
  source: z.enum(DATA_SOURCES),
  owner: z.string().max(LIMITS.name),
  isRate: z.boolean(),
  multiplier: z.union([z.literal(1), z.literal(100), z.literal(1000)]),
  /** Freeze the chart's median (a control chart's centre line and limits) on the first N points (0 = all points). */
  freezeAfter: z.number().int().min(0).max(MAX_POINTS),
  /**
   * Run chart or a control chart: XmR, P, U or C (docs/control-charts.md). A measure written without it (an older
   * client's addMeasure) is on a run chart.
   */
  chart: ChartField.default('run'),
  /** Kept sorted by period, one point per period. */
  points: z.array(MeasurePoint).max(MAX_POINTS),
});
export type Measure = z.infer<typeof Measure>;

export const MeasuresDoc = z.object({
  /** The team's choice of run-chart rules. */
  ruleSet: z.enum(RULE_SETS),
  measures: z.array(Measure).max(40),
});
export type MeasuresDoc = z.infer<typeof MeasuresDoc>;

// Without the default: a partial patch must not put every edited measure back on a run chart.
export const MeasureFields = Measure.omit({ id: true, points: true }).extend({ chart: ChartField });
export type MeasureFields = z.infer<typeof MeasureFields>;

export const MeasuresCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('addMeasure'), measure: Measure }),
  z.object({ type: z.literal('updateMeasure'), id: Id, patch: MeasureFields.partial() }),
  z.object({ type: z.literal('deleteMeasure'), id: Id }),
  z.object({ type: z.literal('moveMeasure'), id: Id, toIndex: z.number().int().min(0).max(40) }),
  z.object({ type: z.literal('setRuleSet'), ruleSet: z.enum(RULE_SETS) }),
  /** Sets (adds or replaces) the point of one period; a point with no value, denominator or note is removed. */
  z.object({ type: z.literal('setPoint'), measureId: Id, point: MeasurePoint }),
  z.object({ type: z.literal('deletePoint'), measureId: Id, period: Period }),
  /** A paste or an import: many points in one undoable step, each replacing the point of its period. */
  z.object({ type: z.literal('setPoints'), measureId: Id, points: z.array(MeasurePoint).max(MAX_POINTS) }),
]);
export type MeasuresCommand = z.infer<typeof MeasuresCommand>;

/** A new measure with sensible defaults. */
export function newMeasure(id: string, name: string, fields: Partial<MeasureFields> = {}): Measure {
  return {
    id,
    name,
    type: 'outcome',
    definition: '',
    unit: '',
    direction: 'down',
    baseline: null,
    target: null,
    frequency: 'week',
    source: 'hand-count',
    owner: '',
    isRate: false,
    multiplier: 1,
    freezeAfter: 0,
    chart: 'run',
    points: [],
    ...fields,
  };
}
