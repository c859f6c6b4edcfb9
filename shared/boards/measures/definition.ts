import { BoardCommandError, type BoardDefinition } from '../types';
import { BOARD_SHEET_COLUMNS, type SheetSpec } from '../../export/sheet';
import { MeasuresCommand, MeasuresDoc, type Measure, type MeasurePoint } from './model';
import { analyseMeasure, analysisTextFi, measureSeries, pointValue, signalTextFi } from './analysis';
import { isPeriod, periodStartIso } from './periods';

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
  if (!isPeriod(p.period, m.frequency)) throw new BoardCommandError('measures.errors.wrongPeriod', { period: p.period });
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

export const measuresBoard = {
  kind: 'measures' as const,
  docVersion: 1,
  docSchema: MeasuresDoc,
  commandSchema: MeasuresCommand,
  migrations: {},
  createEmpty: (): MeasuresDoc => ({ ruleSet: 'ihi', measures: [] }),

  apply(doc, cmd) {
    switch (cmd.type) {
      case 'addMeasure':
        if (doc.measures.some((m) => m.id === cmd.measure.id)) throw new BoardCommandError('errors.board.duplicateId', { id: cmd.measure.id });
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

  summary: (doc) => {
    const out: Record<string, string | number> = {
      measures: doc.measures.length,
      points: doc.measures.reduce((s, m) => s + m.points.length, 0),
      ruleSet: doc.ruleSet === 'ihi' ? 'IHI' : 'Anhøj',
    };
    for (const m of doc.measures) out[`${TYPE_FI[m.type]}: ${m.name}`] = analysisTextFi(m, doc.ruleSet);
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
        signals: a.tooEarly ? 'Liian aikaista arvioida (alle 10 pistettä)' : (rs === 'ihi' ? a.ihi.signals : a.anhoj.signals).map((s) => signalTextFi(s, series.periods)).join('; ') || 'Ei signaaleja',
      }));
    });
    return [
      {
        name: 'Mittarit',
        columns: [
          ...teamCols,
          { key: 'name', header: 'Mittari', type: 'text', width: 36 },
          { key: 'type', header: 'Tyyppi', type: 'text', width: 22 },
          { key: 'definition', header: 'Operationaalinen määritelmä', type: 'text', width: 60 },
          { key: 'unit', header: 'Yksikkö', type: 'text', width: 12 },
          { key: 'direction', header: 'Toivottu suunta', type: 'text', width: 22 },
          { key: 'baseline', header: 'Lähtötaso', type: 'number', width: 12 },
          { key: 'target', header: 'Tavoitearvo', type: 'number', width: 12 },
          { key: 'frequency', header: 'Mittausväli', type: 'text', width: 12 },
          { key: 'source', header: 'Tietolähde', type: 'text', width: 16 },
          { key: 'owner', header: 'Vastuuhenkilö', type: 'text', width: 20 },
          { key: 'rate', header: 'Osuus (osoittaja/nimittäjä)', type: 'boolean', width: 12 },
          { key: 'measureId', header: 'Mittarin tunniste', type: 'id', width: 38 },
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
          { key: 'measure', header: 'Mittari', type: 'text', width: 36 },
          { key: 'period', header: 'Jakso', type: 'text', width: 12 },
          { key: 'start', header: 'Jakson alku', type: 'date', width: 12 },
          { key: 'value', header: 'Arvo / osoittaja', type: 'number', width: 14 },
          { key: 'denominator', header: 'Nimittäjä', type: 'number', width: 12 },
          { key: 'plotted', header: 'Kaavion arvo', type: 'number', width: 14 },
          { key: 'astronomical', header: 'Poikkeava piste', type: 'boolean', width: 10 },
          { key: 'note', header: 'Huomio', type: 'text', width: 40 },
        ],
        rows: doc.measures.flatMap((m) =>
          m.points.map((p) => ({
            ...base,
            measure: m.name,
            period: p.period,
            start: periodStartIso(p.period),
            value: p.value,
            denominator: m.isRate ? p.denominator : null,
            plotted: pointValue(m, p),
            astronomical: p.astronomical,
            note: p.note,
          })),
        ),
      },
      {
        name: 'Seurantakaavioanalyysi',
        columns: [
          ...teamCols,
          { key: 'measure', header: 'Mittari', type: 'text', width: 36 },
          { key: 'rules', header: 'Säännöt', type: 'text', width: 20 },
          { key: 'chosen', header: 'Tiimin valinta', type: 'boolean', width: 10 },
          { key: 'points', header: 'Pisteitä', type: 'integer', width: 10 },
          { key: 'median', header: 'Mediaani', type: 'number', width: 10 },
          { key: 'frozen', header: 'Mediaani lukittu (pisteitä)', type: 'integer', width: 12 },
          { key: 'useful', header: 'Hyödyllisiä havaintoja', type: 'integer', width: 12 },
          { key: 'longestRun', header: 'Pisin ajo', type: 'integer', width: 10 },
          { key: 'runs', header: 'Ajoja', type: 'integer', width: 10 },
          { key: 'crossings', header: 'Mediaanin ylityksiä', type: 'integer', width: 12 },
          { key: 'limits', header: 'Rajat', type: 'text', width: 30 },
          { key: 'signals', header: 'Signaalit', type: 'text', width: 80 },
        ],
        rows: analysisRows,
      },
    ];
  },
} satisfies BoardDefinition<MeasuresDoc, MeasuresCommand>;
