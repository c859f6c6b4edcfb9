import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileSpreadsheet, Plus } from 'lucide-react';
import { RULE_SETS, signalPoints, type RuleSet } from '../../../../shared/analysis/run-chart';
import { analyseMeasure, measureSeries, signalsOf } from '../../../../shared/boards/measures/analysis';
import { CHART_TYPES, analyseMeasureControl, type ChartType } from '../../../../shared/boards/measures/control';
import {
  newMeasure,
  type Measure,
  type MeasuresCommand,
  type MeasuresDoc,
} from '../../../../shared/boards/measures/model';
import { periodOfIsoDate } from '../../../../shared/boards/measures/periods';
import { PdsaDoc } from '../../../../shared/boards/pdsa/model';
import { newId } from '../../../../shared/domain/ids';
import type { BoardViewProps } from '../types';
import { useFormBoardActions } from '../kit/FormBoardActions';
import { MEASURES_ACTIONS } from './actions';
import { DataGrid } from './DataGrid';
import { ImportDialog } from './ImportDialog';
import { MeasureForm } from './MeasureForm';
import { RunChart, type PdsaMarker } from './RunChart';
import { SignalPanel } from './SignalPanel';
import { ControlSignalPanel } from './ControlSignalPanel';
import { formatDate } from './format';
import { useTeamBoards } from './useTeamBoards';
import './measures.css';

interface CycleStart {
  title: string;
  date: string;
}

const PDSA_KINDS = ['pdsa'] as const;

function MeasureBody({
  measure,
  ruleSet,
  dispatch,
  readOnly,
  cycles,
}: {
  measure: Measure;
  ruleSet: RuleSet;
  dispatch: (c: MeasuresCommand) => void;
  readOnly: boolean;
  cycles: CycleStart[];
}) {
  const { t, i18n } = useTranslation();
  const [tab, setTab] = useState<'data' | 'definition'>(
    measure.points.length === 0 && measure.definition === '' ? 'definition' : 'data',
  );
  const [importing, setImporting] = useState(false);
  const series = useMemo(() => measureSeries(measure), [measure]);
  const analysis = useMemo(() => analyseMeasure(measure, series), [measure, series]);
  const control = useMemo(() => analyseMeasureControl(measure, series), [measure, series]);
  const signals = control ? control.signals : analysis.tooEarly ? [] : signalsOf(analysis, ruleSet);
  const highlighted = signalPoints(signals);
  const highlightedPeriods = new Set([...highlighted].map((i) => series.periods[i]!));

  // PDSA cycle starts on the time axis, numbered in date order (P1, P2, ...).
  const markers: PdsaMarker[] = [];
  const index = new Map(series.periods.map((p, i) => [p, i]));
  [...cycles]
    .sort((a, b) => a.date.localeCompare(b.date))
    .forEach((c, k) => {
      const period = periodOfIsoDate(c.date, measure.frequency);
      const i = period === null ? undefined : index.get(period);
      if (i !== undefined)
        markers.push({ index: i, label: `P${k + 1}`, title: c.title, date: formatDate(c.date, i18n.language) });
    });

  return (
    <div className="mbody">
      <section className="mmain" aria-labelledby="mmain-title" tabIndex={0}>
        <header className="mmain-head">
          <h2 id="mmain-title">{measure.name || t('measures.unnamed')}</h2>
          <span className={`mtype mtype-${measure.type}`}>{t(`measures.type.${measure.type}`)}</span>
          <span className="muted">{t(`measures.direction.${measure.direction}`)}</span>
          <span className="mchart-type">
            <label htmlFor={`mchart-${measure.id}`}>{t('measures.chartType.label')}</label>
            <select
              id={`mchart-${measure.id}`}
              value={measure.chart}
              disabled={readOnly}
              title={t('measures.chartType.hint')}
              onChange={(e) =>
                dispatch({
                  type: 'updateMeasure',
                  id: measure.id,
                  patch: { chart: e.currentTarget.value as ChartType },
                })
              }
            >
              {CHART_TYPES.map((c) => (
                <option key={c} value={c}>
                  {t(`measures.chartType.${c}`)}
                </option>
              ))}
            </select>
          </span>
        </header>
        <RunChart
          measure={measure}
          series={series}
          analysis={analysis}
          control={control}
          highlighted={highlighted}
          markers={markers}
        />
        {markers.length > 0 && (
          <ul className="mpdsa-legend" aria-label={t('measures.chart.pdsaLegend')}>
            {markers.map((m) => (
              <li key={m.label}>
                <span className="mpdsa-tag">{m.label}</span>{' '}
                {t('measures.chart.pdsaStart', { title: m.title, date: m.date })}
              </li>
            ))}
          </ul>
        )}
        {control ? (
          <ControlSignalPanel analysis={control} periods={series.periods} />
        ) : (
          <SignalPanel analysis={analysis} ruleSet={ruleSet} periods={series.periods} />
        )}
      </section>
      <aside className="mside" aria-label={t('measures.side')}>
        <div className="mside-tabs" role="group" aria-label={t('measures.side')}>
          <button
            type="button"
            className={tab === 'data' ? 'mside-tab active' : 'mside-tab'}
            aria-pressed={tab === 'data'}
            onClick={() => setTab('data')}
          >
            {t('measures.tabs.data')}
          </button>
          <button
            type="button"
            className={tab === 'definition' ? 'mside-tab active' : 'mside-tab'}
            aria-pressed={tab === 'definition'}
            onClick={() => setTab('definition')}
          >
            {t('measures.tabs.definition')}
          </button>
          <button
            type="button"
            className="btn btn-ghost btn-small mimport-btn"
            title={t('measures.import.open')}
            aria-label={t('measures.import.open')}
            onClick={() => setImporting(true)}
            disabled={readOnly}
          >
            <FileSpreadsheet size={18} aria-hidden />
            {t('measures.import.openShort')}
          </button>
        </div>
        {tab === 'data' ? (
          <DataGrid
            key={measure.id}
            measure={measure}
            dispatch={dispatch}
            readOnly={readOnly}
            highlighted={highlightedPeriods}
          />
        ) : (
          <MeasureForm
            measure={measure}
            dispatch={dispatch}
            readOnly={readOnly}
            onDelete={() => dispatch({ type: 'deleteMeasure', id: measure.id })}
          />
        )}
      </aside>
      {importing && <ImportDialog measure={measure} dispatch={dispatch} onClose={() => setImporting(false)} />}
    </div>
  );
}

export function MeasuresView({ board, doc, dispatch, readOnly = false }: BoardViewProps<MeasuresDoc, MeasuresCommand>) {
  const { t } = useTranslation();
  const [selectedId, setSelectedId] = useState<string | null>(doc.measures[0]?.id ?? null);
  const selected = doc.measures.find((m) => m.id === selectedId) ?? doc.measures[0];

  useEffect(() => {
    if (selectedId && !doc.measures.some((m) => m.id === selectedId)) setSelectedId(doc.measures[0]?.id ?? null);
  }, [doc.measures, selectedId]);

  const pdsaBoards = useTeamBoards(board.teamId, board.id, PDSA_KINDS);
  const cycles = useMemo<CycleStart[]>(
    () =>
      pdsaBoards.flatMap((b) => {
        const parsed = PdsaDoc.safeParse(b.doc);
        return parsed.success
          ? parsed.data.cycles.filter((c) => c.startDate !== '').map((c) => ({ title: c.title, date: c.startDate }))
          : [];
      }),
    [pdsaBoards],
  );

  const actions = useFormBoardActions(MEASURES_ACTIONS, board, doc);

  function addMeasure() {
    const id = newId();
    dispatch({ type: 'addMeasure', measure: newMeasure(id, t('measures.newName', { n: doc.measures.length + 1 })) });
    setSelectedId(id);
  }

  return (
    <div className="measures" {...actions.rootProps}>
      <div className="mtoolbar">
        <div className="mlist" role="group" aria-label={t('measures.listLabel')}>
          {doc.measures.map((m) => {
            const c = analyseMeasureControl(m);
            const a = c ? null : analyseMeasure(m);
            const sig = c ? c.signals : a!.tooEarly ? [] : signalsOf(a!, doc.ruleSet);
            return (
              <button
                key={m.id}
                type="button"
                className={m.id === selected?.id ? 'mlist-item active' : 'mlist-item'}
                aria-pressed={m.id === selected?.id}
                onClick={() => setSelectedId(m.id)}
              >
                <span className={`mtype-dot mtype-${m.type}`} aria-hidden />
                <span className="mlist-name">{m.name || t('measures.unnamed')}</span>
                {sig.length > 0 && (
                  <span className="mlist-signal">{t('measures.listSignals', { count: sig.length })}</span>
                )}
              </button>
            );
          })}
          <button type="button" className="btn btn-small" onClick={addMeasure} disabled={readOnly}>
            <Plus size={18} aria-hidden />
            {t('measures.addMeasure')}
          </button>
        </div>
        <div className="mrules">
          <label htmlFor="measures-ruleset">{t('measures.ruleSet')}</label>
          <select
            id="measures-ruleset"
            value={doc.ruleSet}
            disabled={readOnly}
            onChange={(e) => dispatch({ type: 'setRuleSet', ruleSet: e.currentTarget.value as RuleSet })}
          >
            {RULE_SETS.map((r) => (
              <option key={r} value={r}>
                {t(`measures.rules.${r}`)}
              </option>
            ))}
          </select>
        </div>
        {actions.buttons}
      </div>
      {selected ? (
        <MeasureBody
          key={selected.id}
          measure={selected}
          ruleSet={doc.ruleSet}
          dispatch={dispatch}
          readOnly={readOnly}
          cycles={cycles}
        />
      ) : (
        <div className="mempty">
          <p className="mempty-title">{t('measures.emptyTitle')}</p>
          <p className="muted">{t('measures.emptyHint')}</p>
          <button type="button" className="btn btn-primary" onClick={addMeasure} disabled={readOnly}>
            <Plus size={18} aria-hidden />
            {t('measures.addMeasure')}
          </button>
        </div>
      )}
      {actions.overlays}
    </div>
  );
}
