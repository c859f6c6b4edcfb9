import { BoardCommandError, type BoardDefinition } from '../types';
import type { BoardCounts } from '../counts';
import { BOARD_SHEET_COLUMNS, type SheetSpec } from '../../export/sheet';
import { MeasuresCommand, MeasuresDoc, type Measure, type MeasurePoint } from './model';
import { analyseMeasure, analysisTextFi, measureSeries, pointValue, signalTextFi } from './analysis';
import { isPeriod, periodStartIso } from './periods';
import { controlRows, controlTextFi, CONTROL_SHEET_COLUMNS } from './control/sheet';
import { analyseMeasureControl } from './control';

function measure(doc: MeasuresDoc, id: string): Measure {
  const m = doc.measures.find((x) => x.id === id);
  if (!m) throw new BoardCommandError('errors.board.noSuchItem', { id });
  return m;
}

function isEmptyPoint(p: MeasurePoint): boolean {
  return p.value === null && p.denominator === null && p.note.trim() === '' && !p.astronomical;
}

/** Puts a point in its place (sorted by period); an empty point removes the period's point. */
function upsert(m: Measure, p: MeasurePoint): void {
  if (!isPeriod(p.period, m.frequency))
    throw new BoardCommandError('measures.errors.wrongPeriod', { period: p.period });
  const i = m.points.findIndex((x) => x.period >= p.period);
  const same = i >= 0 && m.points[i]!.period === p.period;
  if (isEmptyPoint(p)) {
    if (same) m.points.splice(i, 1);
    return;
  }
  if (same) m.points[i] = { ...p };
  else if (i < 0) m.points.push({ ...p });
  else m.points.splice(i, 0, { ...p });
  if (m.points.length > 1000) throw new BoardCommandError('measures.errors.tooManyPoints', { max: 1000 });
}

const TYPE_FI = { outcome: 'Tulosmittari', process: 'Prosessimittari', balancing: 'Tasapainottava mittari' } as const;
const SOURCE_FI = { 'hand-count': 'Käsimittaus', register: 'Rekisteri', survey: 'Kysely', other: 'Muu' } as const;
const DIRECTION_FI = { up: 'Suurempi on parempi', down: 'Pienempi on parempi', none: 'Ei suuntaa' } as const;

/** The board's items counted once (header, storyboard, Excel, cli info). */
function countItems(doc: MeasuresDoc) {
  return {
    measures: doc.measures.length,
    dataPoints: doc.measures.reduce((s, m) => s + m.points.length, 0),
  } satisfies BoardCounts;
}

export const measuresBoard = {
  kind: 'measures' as const,
  docVersion: 2,
  docSchema: MeasuresDoc,
  commandSchema: MeasuresCommand,
  migrations: {
    // Version 2 chooses a chart per measure; every earlier measure was on a run chart.
    1: (raw) => {
      const doc = raw as { measures?: Record<string, unknown>[] };
      return { ...doc, measures: (doc.measures ?? []).map((m) => ({ chart: 'run', ...m })) };
    },
  },
  createEmpty: (): MeasuresDoc => ({ ruleSet: 'ihi', measures: [] }),

  apply(doc, cmd) {
    switch (cmd.type) {
      case 'addMeasure':
        if (doc.measures.some((m) => m.id === cmd.measure.id))
          throw new BoardCommandError('errors.board.duplicateId', { id: cmd.measure.id });
        if (doc.measures.length >= 40) throw new BoardCommandError('measures.errors.tooManyMeasures', { max: 40 });
        doc.measures.push({ ...cmd.measure, points: [] });
        for (const p of cmd.measure.points) upsert(doc.measures[doc.measures.length - 1]!, p);
        return;
      case 'updateMeasure': {
        const m = measure(doc, cmd.id);
        // Changing the frequency would orphan every point's period; it is allowed only before data exists.
        if (cmd.patch.frequency && cmd.patch.frequency !== m.frequency && m.points.length > 0) {
          throw new BoardCommandError('measures.errors.frequencyLocked');
        }
        Object.assign(m, cmd.patch);
        return;
      }
      case 'deleteMeasure':
        measure(doc, cmd.id);
        doc.measures = doc.measures.filter((m) => m.id !== cmd.id);
        return;
      case 'moveMeasure': {
        const from = doc.measures.findIndex((m) => m.id === cmd.id);
        if (from < 0) throw new BoardCommandError('errors.board.noSuchItem', { id: cmd.id });
        const [m] = doc.measures.splice(from, 1);
        doc.measures.splice(Math.min(cmd.toIndex, doc.measures.length), 0, m!);
        return;
      }
      case 'setRuleSet':
        doc.ruleSet = cmd.ruleSet;
        return;
      case 'setPoint':
        upsert(measure(doc, cmd.measureId), cmd.point);
        return;
      case 'deletePoint': {
        const m = measure(doc, cmd.measureId);
        m.points = m.points.filter((p) => p.period !== cmd.period);
        return;
      }
      case 'setPoints': {
        const m = measure(doc, cmd.measureId);
        for (const p of cmd.points) upsert(m, p);
        return;
      }
    }
  },

  commandLabel: (cmd) => `boards.measures.commands.${cmd.type}`,

  counts: countItems,

  summary: (doc) => {
    const out: Record<string, string | number> = {
      measures: countItems(doc).measures,
      points: countItems(doc).dataPoints,
      ruleSet: doc.ruleSet === 'ihi' ? 'IHI' : 'Anhøj',
    };
    for (const m of doc.measures)
      out[`${TYPE_FI[m.type]}: ${m.name}`] = controlTextFi(m) ?? analysisTextFi(m, doc.ruleSet);
    return out;
  },

  items: () => [],

  toSheets(doc, ctx): SheetSpec[] {
    const base = { team: ctx.teamName, board: ctx.boardName };
    const teamCols = BOARD_SHEET_COLUMNS;
    const analysisRows = doc.measures.flatMap((m) => {
      const series = measureSeries(m);
      const a = analyseMeasure(m, series);
      return (['ihi', 'anhoj'] as const).map((rs) => ({
        ...base,
        // Not a column: lets the Excel export put the measure's run chart beside its row (pictures-sheet.ts).
        measureId: m.id,
        measure: m.name,
        rules: rs === 'ihi' ? 'IHI (Perla ym. 2011)' : 'Anhøj',
        chosen: doc.ruleSet === rs,
        points: a.n,
        median: a.median,
        frozen: a.frozen ? a.medianFrom : null,
        useful: a.useful,
        longestRun: a.longestRun,
        runs: a.runs.length,
        crossings: a.crossings,
        limits:
          rs === 'ihi'
            ? a.ihi.runsLower === null
              ? ''
              : `ajoja ${a.ihi.runsLower}–${a.ihi.runsUpper}`
            : a.anhoj.longestRunLimit === null
              ? ''
              : `pisin ajo ≤ ${a.anhoj.longestRunLimit}, ylityksiä ≥ ${a.anhoj.crossingsLimit}`,
        signals: a.tooEarly
          ? 'Liian aikaista arvioida (alle 10 pistettä)'
          : (rs === 'ihi' ? a.ihi.signals : a.anhoj.signals).map((s) => signalTextFi(s, series.periods)).join('; ') ||
            'Ei signaaleja',
      }));
    });
    return [
      {
        name: 'Mittarit',
        columns: [
          ...teamCols,
          { key: 'name', headerKey: 'export.header.measure', type: 'text', width: 36 },
          { key: 'type', headerKey: 'export.header.type', type: 'text', width: 22 },
          { key: 'definition', headerKey: 'export.header.operationalDefinition', type: 'text', width: 60 },
          { key: 'unit', headerKey: 'export.header.unit', type: 'text', width: 12 },
          { key: 'direction', headerKey: 'export.header.desiredDirection', type: 'text', width: 22 },
          { key: 'baseline', headerKey: 'export.header.baseline', type: 'number', width: 12 },
          { key: 'target', headerKey: 'export.header.target', type: 'number', width: 12 },
          { key: 'frequency', headerKey: 'export.header.frequency', type: 'text', width: 12 },
          { key: 'source', headerKey: 'export.header.dataSource', type: 'text', width: 16 },
          { key: 'owner', headerKey: 'export.header.owner', type: 'text', width: 20 },
          { key: 'rate', headerKey: 'export.header.rateNumeratorDenominator', type: 'boolean', width: 12 },
          { key: 'measureId', headerKey: 'export.header.measureId', type: 'id', width: 38 },
        ],
        rows: doc.measures.map((m) => ({
          ...base,
          name: m.name,
          type: TYPE_FI[m.type],
          definition: m.definition,
          unit: m.unit,
          direction: DIRECTION_FI[m.direction],
          baseline: m.baseline,
          target: m.target,
          frequency: m.frequency === 'week' ? 'Viikko' : 'Kuukausi',
          source: SOURCE_FI[m.source],
          owner: m.owner,
          rate: m.isRate,
          measureId: m.id,
        })),
      },
      {
        name: 'Mittauspisteet',
        columns: [
          ...teamCols,
          { key: 'measure', headerKey: 'export.header.measure', type: 'text', width: 36 },
          { key: 'period', headerKey: 'export.header.period', type: 'text', width: 12 },
          { key: 'start', headerKey: 'export.header.periodStart', type: 'date', width: 12 },
          { key: 'value', headerKey: 'export.header.valueNumerator', type: 'number', width: 14 },
          { key: 'denominator', headerKey: 'export.header.denominator', type: 'number', width: 12 },
          { key: 'plotted', headerKey: 'export.header.plottedValue', type: 'number', width: 14 },
          { key: 'centre', headerKey: 'export.header.centreLine', type: 'number', width: 12 },
          { key: 'lcl', headerKey: 'export.header.lowerLimit', type: 'number', width: 14 },
          { key: 'ucl', headerKey: 'export.header.upperLimit', type: 'number', width: 14 },
          { key: 'astronomical', headerKey: 'export.header.astronomicalPoint', type: 'boolean', width: 10 },
          { key: 'note', headerKey: 'export.header.remark', type: 'text', width: 40 },
        ],
        rows: doc.measures.flatMap((m) => {
          // A control chart's limits per period (they step with a P or U chart's denominators).
          const series = measureSeries(m);
          const control = analyseMeasureControl(m, series);
          const at = new Map(series.periods.map((k, i) => [k, i]));
          const lim = (xs: readonly (number | null)[] | undefined, period: string) =>
            xs?.[at.get(period) ?? -1] ?? null;
          return m.points.map((p) => ({
            ...base,
            measure: m.name,
            period: p.period,
            start: periodStartIso(p.period),
            value: p.value,
            denominator: m.isRate ? p.denominator : null,
            plotted: pointValue(m, p),
            centre: control && lim(control.ucl, p.period) !== null ? control.centre : null,
            lcl: lim(control?.lcl, p.period),
            ucl: lim(control?.ucl, p.period),
            astronomical: p.astronomical,
            note: p.note,
          }));
        }),
      },
      {
        name: 'Seurantakaavioanalyysi',
        columns: [
          ...teamCols,
          { key: 'measure', headerKey: 'export.header.measure', type: 'text', width: 36 },
          { key: 'rules', headerKey: 'export.header.rules', type: 'text', width: 20 },
          { key: 'chosen', headerKey: 'export.header.teamsChoice', type: 'boolean', width: 10 },
          { key: 'points', headerKey: 'export.header.points', type: 'integer', width: 10 },
          { key: 'median', headerKey: 'export.header.median', type: 'number', width: 10 },
          { key: 'frozen', headerKey: 'export.header.medianFrozenPoints', type: 'integer', width: 12 },
          { key: 'useful', headerKey: 'export.header.usefulObservations', type: 'integer', width: 12 },
          { key: 'longestRun', headerKey: 'export.header.longestRun', type: 'integer', width: 10 },
          { key: 'runs', headerKey: 'export.header.runs', type: 'integer', width: 10 },
          { key: 'crossings', headerKey: 'export.header.medianCrossings', type: 'integer', width: 12 },
          { key: 'limits', headerKey: 'export.header.limits', type: 'text', width: 30 },
          { key: 'signals', headerKey: 'export.header.signals', type: 'text', width: 80 },
        ],
        rows: analysisRows,
      },
      {
        name: 'Säätökaavioanalyysi',
        columns: [...teamCols, ...CONTROL_SHEET_COLUMNS],
        rows: doc.measures.flatMap((m) => controlRows(m, base)),
      },
    ];
  },
} satisfies BoardDefinition<MeasuresDoc, MeasuresCommand>;
