import { useEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure, MeasurePoint, MeasuresCommand } from '../../../../shared/boards/measures/model';
import { pointValue } from '../../../../shared/boards/measures/analysis';
import {
  addPeriods,
  isPeriod,
  parseNumber,
  parsePeriod,
  periodOf,
  periodOrdinal,
  periodParts,
  periodRange,
  periodStartIso,
} from '../../../../shared/boards/measures/periods';
import { formatDate, formatNumber, inputNumber } from './format';
import { useDraftText } from '../../components/useDraftText';
import { useDraftNumber } from '../../components/useDraftNumber';

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

/** A pasted first cell that is a date ("1.12.2025", "2025-W49"); a plain number such as 9,5 is a value, not a day. */
function pastedDate(cell: string, frequency: Measure['frequency']): string | null {
  const num = parseNumber(cell);
  // Excel day numbers only from 2000 on: smaller numbers in the first column are measurements.
  if (num !== null) return Number.isInteger(num) && num >= 36526 ? parsePeriod(num, frequency) : null;
  return parsePeriod(cell, frequency);
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
  // A paste with bad cells waits here for the coach's word: the good rest, or nothing.
  const [pending, setPending] = useState<{ points: MeasurePoint[]; skipped: number } | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const cols: Col[] = measure.isRate ? ['value', 'denominator', 'note'] : ['value', 'note'];

  // Where the grid started when it was opened: rows above the first value stay while the coach types below them.
  const [anchor] = useState(
    () =>
      measure.points[0]?.period ?? addPeriods(periodOf(Date.now(), measure.frequency), -EMPTY_BACK, measure.frequency),
  );
  const rows = useMemo(() => {
    const now = periodOf(Date.now(), measure.frequency);
    const firstPoint = measure.points[0]?.period ?? anchor;
    const first =
      !isPeriod(anchor, measure.frequency) || periodOrdinal(firstPoint) < periodOrdinal(anchor) ? firstPoint : anchor;
    const last = measure.points[measure.points.length - 1]?.period ?? now;
    const end = addPeriods(
      periodOrdinal(last) > periodOrdinal(now) ? last : measure.points.length ? last : now,
      AHEAD,
      measure.frequency,
    );
    return periodRange(addPeriods(first, -earlier, measure.frequency), end, measure.frequency, 1200);
  }, [measure.points, measure.frequency, earlier, anchor]);
  const byPeriod = useMemo(() => new Map(measure.points.map((p) => [p.period, p])), [measure.points]);

  useEffect(() => {
    setMessage(null);
    setPending(null);
  }, [measure.id]);

  function periodLabel(key: string): string {
    const p = periodParts(key);
    if (!p) return key;
    return p.kind === 'week'
      ? t('measures.period.week', { n: p.n, year: p.year })
      : t('measures.period.month', { n: p.n, year: p.year });
  }

  function focusCell(row: number, col: number) {
    const el = tableRef.current?.querySelector<HTMLInputElement>(`[data-row="${row}"][data-col="${col}"]`);
    el?.focus();
    el?.select();
  }

  /** A note as typed (autosave; surrounding spaces go when the cell is left), or a number cell's valid value. */
  function commit(period: string, col: Col, value: string | number | null) {
    const old = byPeriod.get(period) ?? emptyPoint(period);
    const next = { ...old };
    if (col === 'note') next.note = String(value ?? '');
    else if (col === 'value') next.value = value as number | null;
    else next.denominator = value as number | null;
    if (next.value === old.value && next.denominator === old.denominator && next.note === old.note) return;
    setMessage(null);
    dispatch({ type: 'setPoint', measureId: measure.id, point: next });
  }

  /** A number cell left with text that is not a number: named with its period; the text stays in the cell, unsaved. */
  function notNumber(period: string, text: string) {
    setMessage({
      tone: 'error',
      text: t('measures.grid.notNumber', { text: text.trim(), period: periodLabel(period) }),
    });
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
    }
  }

  /**
   * A block pasted from a spreadsheet: rows go down from this cell; a first column of dates sets the periods. A cell
   * that is not a number (e.g. "1.234,5", thousands and decimals mixed) is named with its period and column; the
   * rest is pasted only when the coach confirms, and the bad cells keep what they had.
   */
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
      let period =
        rows[row + offset] ?? addPeriods(rows[rows.length - 1]!, row + offset - rows.length + 1, measure.frequency);
      const dated = cells.length > 1 ? pastedDate(cells[0]!, measure.frequency) : null;
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
          if (raw !== '' && num === null)
            bad.push(
              t('measures.grid.pasteNotNumber', { period: periodLabel(period), column: colLabel(which), text: raw }),
            );
          else if (which === 'value') p.value = num;
          else p.denominator = num;
        }
      }
      points.push(p);
    });
    if (bad.length) {
      setPending(points.length ? { points, skipped: bad.length } : null);
      setMessage({
        tone: 'error',
        text: `${t('measures.grid.pasteProblems', { count: bad.length })} ${bad.slice(0, 5).join(' ')}${bad.length > 5 ? ' …' : ''}`,
      });
      return;
    }
    if (points.length === 0) return;
    pastePoints(points);
  }

  function pastePoints(points: MeasurePoint[], skipped = 0) {
    setPending(null);
    dispatch({ type: 'setPoints', measureId: measure.id, points });
    const pasted = t('measures.grid.pasted', { count: points.length });
    setMessage({
      tone: 'info',
      text: skipped ? `${pasted} ${t('measures.grid.pasteSkipped', { count: skipped })}` : pasted,
    });
  }

  const colLabel = (c: Col) =>
    c === 'value'
      ? measure.isRate
        ? t('measures.grid.numerator')
        : t('measures.grid.value')
      : c === 'denominator'
        ? t('measures.grid.denominator')
        : t('measures.grid.note');

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
                    // A cell keeps its key while its value changes: it saves as typed and must keep the focus.
                    <td key={`${period}-${c}`} className={c === 'note' ? 'mgrid-note' : 'mgrid-num'}>
                      {c === 'note' ? (
                        <NoteCell
                          value={p?.note ?? ''}
                          save={(text) => commit(period, 'note', text)}
                          row={r}
                          col={ci}
                          label={`${label}: ${colLabel(c)}`}
                          readOnly={readOnly}
                          onKeyDown={(e) => onKeyDown(e, r, ci)}
                          onPaste={(e) => onPaste(e, r, ci)}
                        />
                      ) : (
                        <NumberCell
                          value={p ? (c === 'value' ? p.value : p.denominator) : null}
                          lang={lang}
                          save={(n) => commit(period, c, n)}
                          onNotNumber={(text) => notNumber(period, text)}
                          row={r}
                          col={ci}
                          label={`${label}: ${colLabel(c)}`}
                          readOnly={readOnly}
                          onKeyDown={(e) => onKeyDown(e, r, ci)}
                          onPaste={(e) => onPaste(e, r, ci)}
                        />
                      )}
                    </td>
                  ))}
                  {measure.isRate && (
                    <td className="mgrid-rate">{plotted === null ? '' : formatNumber(plotted, lang)}</td>
                  )}
                  <td className="mgrid-astro">
                    <input
                      type="checkbox"
                      aria-label={`${label}: ${t('measures.grid.astronomicalLong')}`}
                      checked={p?.astronomical ?? false}
                      disabled={readOnly || !p}
                      onChange={(e) =>
                        p &&
                        dispatch({
                          type: 'setPoint',
                          measureId: measure.id,
                          point: { ...p, astronomical: e.currentTarget.checked },
                        })
                      }
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
      {pending && (
        <div className="mgrid-confirm">
          <button
            type="button"
            className="btn btn-primary btn-small"
            onClick={() => pastePoints(pending.points, pending.skipped)}
          >
            {t('measures.grid.pasteRest', { count: pending.points.length })}
          </button>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              setPending(null);
              setMessage({ tone: 'info', text: t('measures.grid.pasteCancelled') });
            }}
          >
            {t('measures.grid.pasteCancel')}
          </button>
        </div>
      )}
    </div>
  );
}

interface NoteCellProps {
  value: string;
  save: (text: string) => void;
  row: number;
  col: number;
  label: string;
  readOnly: boolean;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  onPaste: (e: ClipboardEvent<HTMLInputElement>) => void;
}

/** A period's note: saved as it is typed, like every text field; leaving the cell trims it and ends the undo step. */
function NoteCell({ value, save, row, col, label, readOnly, onKeyDown, onPaste }: NoteCellProps) {
  const draft = useDraftText(value, save);
  return (
    <input
      data-row={row}
      data-col={col}
      aria-label={label}
      value={draft.text}
      inputMode="text"
      readOnly={readOnly}
      maxLength={500}
      onChange={(e) => draft.input(e.currentTarget.value)}
      onBlur={() => {
        if (draft.text.trim() !== draft.text) draft.input(draft.text.trim());
        void draft.endEdit();
      }}
      onKeyDown={onKeyDown}
      onPaste={onPaste}
    />
  );
}

/** "12,5", "50 %", "1 200" as numbers, an empty cell as null; anything else is not a number (kept, not saved). */
const parseCell = (text: string): number | null | undefined =>
  text.trim() === '' ? null : (parseNumber(text) ?? undefined);

interface NumberCellProps extends Omit<NoteCellProps, 'value' | 'save'> {
  value: number | null;
  lang: string;
  save: (n: number | null) => void;
  onNotNumber: (text: string) => void;
}

/** A period's value or denominator: saved as it is typed, like every field; Escape goes back to the saved number. */
function NumberCell({
  value,
  lang,
  save,
  onNotNumber,
  row,
  col,
  label,
  readOnly,
  onKeyDown,
  onPaste,
}: NumberCellProps) {
  const field = useDraftNumber(value, save, { parse: parseCell, format: (n) => inputNumber(n, lang) });
  return (
    <input
      data-row={row}
      data-col={col}
      aria-label={label}
      inputMode="decimal"
      readOnly={readOnly}
      maxLength={30}
      {...field.inputProps}
      onBlur={(e) => {
        field.inputProps.onBlur();
        if (parseCell(e.currentTarget.value) === undefined) onNotNumber(e.currentTarget.value);
      }}
      onKeyDown={(e) => (e.key === 'Escape' ? field.inputProps.onKeyDown(e) : onKeyDown(e))}
      onPaste={onPaste}
    />
  );
}
