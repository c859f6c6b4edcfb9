import { useEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure, MeasurePoint, MeasuresCommand } from '../../../../shared/boards/measures/model';
import { pointValue } from '../../../../shared/boards/measures/analysis';
import { addPeriods, isPeriod, parseNumber, parsePeriod, periodOf, periodOrdinal, periodParts, periodRange, periodStartIso } from '../../../../shared/boards/measures/periods';
import { formatDate, formatNumber, inputNumber } from './format';

type Col = 'value' | 'denominator' | 'note';

interface Props {
  measure: Measure;
  dispatch: (cmd: MeasuresCommand) => void;
  readOnly: boolean;
  highlighted: ReadonlySet<string>;
}

/** How many empty periods the grid offers after the last point (and before "now" when there is no data yet). */
const AHEAD = 4;
const EMPTY_BACK = 25;

function emptyPoint(period: string): MeasurePoint {
  return { period, value: null, denominator: null, note: '', astronomical: false };
}

/**
 * The data grid: one row per period, keyboard first (Enter and ↓ go down, ↑ up; Tab across), paste a block from
 * Excel into any cell. Each committed cell is one undoable command; a paste is one command.
 */
export function DataGrid({ measure, dispatch, readOnly, highlighted }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [earlier, setEarlier] = useState(0);
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string } | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const cols: Col[] = measure.isRate ? ['value', 'denominator', 'note'] : ['value', 'note'];

  // Where the grid started when it was opened: rows above the first value stay while the coach types below them.
  const [anchor] = useState(() => measure.points[0]?.period ?? addPeriods(periodOf(Date.now(), measure.frequency), -EMPTY_BACK, measure.frequency));
  const rows = useMemo(() => {
    const now = periodOf(Date.now(), measure.frequency);
    const firstPoint = measure.points[0]?.period ?? anchor;
    const first = !isPeriod(anchor, measure.frequency) || periodOrdinal(firstPoint) < periodOrdinal(anchor) ? firstPoint : anchor;
    const last = measure.points[measure.points.length - 1]?.period ?? now;
    const end = addPeriods(periodOrdinal(last) > periodOrdinal(now) ? last : measure.points.length ? last : now, AHEAD, measure.frequency);
    return periodRange(addPeriods(first, -earlier, measure.frequency), end, measure.frequency, 1200);
  }, [measure.points, measure.frequency, earlier, anchor]);
  const byPeriod = useMemo(() => new Map(measure.points.map((p) => [p.period, p])), [measure.points]);

  useEffect(() => setMessage(null), [measure.id]);

  function periodLabel(key: string): string {
    const p = periodParts(key);
    if (!p) return key;
    return p.kind === 'week' ? t('measures.period.week', { n: p.n, year: p.year }) : t('measures.period.month', { n: p.n, year: p.year });
  }

  function focusCell(row: number, col: number) {
    const el = tableRef.current?.querySelector<HTMLInputElement>(`[data-row="${row}"][data-col="${col}"]`);
    el?.focus();
    el?.select();
  }

  function commit(period: string, col: Col, text: string): boolean {
    const old = byPeriod.get(period) ?? emptyPoint(period);
    const next = { ...old };
    if (col === 'note') next.note = text.trim();
    else {
      const trimmed = text.trim();
      const num = trimmed === '' ? null : parseNumber(trimmed);
      if (trimmed !== '' && num === null) {
        setMessage({ tone: 'error', text: t('measures.grid.notNumber', { text: trimmed, period: periodLabel(period) }) });
        return false;
      }
      if (col === 'value') next.value = num;
      else next.denominator = num;
    }
    if (next.value === old.value && next.denominator === old.denominator && next.note === old.note) return true;
    setMessage(null);
    dispatch({ type: 'setPoint', measureId: measure.id, point: next });
    return true;
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>, row: number, col: number) {
    if (e.key === 'ArrowDown' || (e.key === 'Enter' && !e.shiftKey)) {
      e.preventDefault();
      e.currentTarget.blur();
      focusCell(Math.min(rows.length - 1, row + 1), col);
    } else if (e.key === 'ArrowUp' || (e.key === 'Enter' && e.shiftKey)) {
      e.preventDefault();
      e.currentTarget.blur();
      focusCell(Math.max(0, row - 1), col);
    } else if (e.key === 'Escape') {
      const p = byPeriod.get(rows[row]!);
      const c = cols[col]!;
      e.currentTarget.value = c === 'note' ? (p?.note ?? '') : inputNumber(p ? (c === 'value' ? p.value : p.denominator) : null, lang);
    }
  }

  /** A block pasted from a spreadsheet: rows go down from this cell; a first column of dates sets the periods. */
  function onPaste(e: ClipboardEvent<HTMLInputElement>, row: number, col: number) {
    const text = e.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text.trim())) return;
    e.preventDefault();
    const lines = text.replace(/\r/g, '').split('\n');
    while (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
    const points: MeasurePoint[] = [];
    const bad: string[] = [];
    const seen = new Set<string>();
    let offset = 0;
    lines.forEach((line, k) => {
      if (line.trim() === '') return;
      let cells = line.split('\t');
      let period = rows[row + offset] ?? addPeriods(rows[rows.length - 1]!, row + offset - rows.length + 1, measure.frequency);
      const dated = cells.length > 1 ? parsePeriod(parseNumber(cells[0]!) ?? cells[0]!, measure.frequency) : null;
      if (dated && col === 0) {
        period = dated;
        cells = cells.slice(1);
      }
      offset++;
      if (seen.has(period)) {
        bad.push(t('measures.grid.pasteDuplicate', { row: k + 1, period: periodLabel(period) }));
        return;
      }
      seen.add(period);
      const p = { ...(byPeriod.get(period) ?? emptyPoint(period)) };
      for (let c = 0; c < cells.length && col + c < cols.length; c++) {
        const which = cols[col + c]!;
        const raw = cells[c]!.trim();
        if (which === 'note') p.note = raw;
        else {
          const num = raw === '' ? null : parseNumber(raw);
          if (raw !== '' && num === null) bad.push(t('measures.grid.pasteNotNumber', { row: k + 1, text: raw }));
          else if (which === 'value') p.value = num;
          else p.denominator = num;
        }
      }
      points.push(p);
    });
    if (bad.length) {
      setMessage({ tone: 'error', text: `${t('measures.grid.pasteRefused')} ${bad.slice(0, 5).join(' ')}` });
      return;
    }
    if (points.length === 0) return;
    dispatch({ type: 'setPoints', measureId: measure.id, points });
    setMessage({ tone: 'info', text: t('measures.grid.pasted', { count: points.length }) });
  }

  const colLabel = (c: Col) => (c === 'value' ? (measure.isRate ? t('measures.grid.numerator') : t('measures.grid.value')) : c === 'denominator' ? t('measures.grid.denominator') : t('measures.grid.note'));

  return (
    <div className="mgrid">
      <div className="mgrid-head">
        <button type="button" className="btn btn-ghost btn-small" onClick={() => setEarlier((x) => x + 10)}>
          {t('measures.grid.earlier')}
        </button>
        <p className="muted mgrid-hint">{t('measures.grid.hint')}</p>
      </div>
      <div className="mgrid-scroll" tabIndex={-1}>
        <table ref={tableRef} className="mgrid-table" aria-label={t('measures.grid.label', { name: measure.name })}>
          <thead>
            <tr>
              <th scope="col">{measure.frequency === 'week' ? t('measures.grid.week') : t('measures.grid.month')}</th>
              {cols.map((c) => (
                <th scope="col" key={c}>
                  {colLabel(c)}
                </th>
              ))}
              {measure.isRate && <th scope="col">{t('measures.grid.rate')}</th>}
              <th scope="col">
                <abbr title={t('measures.grid.astronomicalLong')}>{t('measures.grid.astronomical')}</abbr>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((period, r) => {
              const p = byPeriod.get(period);
              const plotted = p ? pointValue(measure, p) : null;
              const label = periodLabel(period);
              return (
                <tr key={period} className={highlighted.has(period) ? 'mgrid-signal' : undefined}>
                  <th scope="row">
                    <span className="mgrid-period">{label}</span>
                    <span className="mgrid-date">{formatDate(periodStartIso(period), lang)}</span>
                  </th>
                  {cols.map((c, ci) => (
                    <td key={`${period}-${c}-${p ? (c === 'note' ? p.note : c === 'value' ? p.value : p.denominator) : ''}`} className={c === 'note' ? 'mgrid-note' : 'mgrid-num'}>
                      <input
                        data-row={r}
                        data-col={ci}
                        aria-label={`${label}: ${colLabel(c)}`}
                        defaultValue={p ? (c === 'note' ? p.note : inputNumber(c === 'value' ? p.value : p.denominator, lang)) : ''}
                        inputMode={c === 'note' ? 'text' : 'decimal'}
                        readOnly={readOnly}
                        maxLength={c === 'note' ? 500 : 30}
                        onBlur={(e) => {
                          if (!commit(period, c, e.currentTarget.value)) e.currentTarget.setAttribute('aria-invalid', 'true');
                          else e.currentTarget.removeAttribute('aria-invalid');
                        }}
                        onKeyDown={(e) => onKeyDown(e, r, ci)}
                        onPaste={(e) => onPaste(e, r, ci)}
                      />
                    </td>
                  ))}
                  {measure.isRate && <td className="mgrid-rate">{plotted === null ? '' : formatNumber(plotted, lang)}</td>}
                  <td className="mgrid-astro">
                    <input
                      type="checkbox"
                      aria-label={`${label}: ${t('measures.grid.astronomicalLong')}`}
                      checked={p?.astronomical ?? false}
                      disabled={readOnly || !p}
                      onChange={(e) => p && dispatch({ type: 'setPoint', measureId: measure.id, point: { ...p, astronomical: e.currentTarget.checked } })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p role="status" className={message?.tone === 'error' ? 'mgrid-msg error-text' : 'mgrid-msg'}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}
