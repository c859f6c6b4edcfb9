import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertTriangle, CornerDownRight, Plus, Printer, Trash2 } from 'lucide-react';
import {
  CYCLE_STATUSES,
  DECISIONS,
  emptyCycle,
  isOverdue,
  ramps,
  type Cycle,
  type PdsaCommand,
  type PdsaDoc,
} from '../../../../shared/boards/pdsa/model';
import { newId } from '../../../../shared/domain/ids';
import { LIMITS } from '../../../../shared/domain/limits';
import { TextField } from '../../components/TextField';
import { SelectField } from '../../components/SelectField';
import type { BoardViewProps } from '../types';
import { useFormBoardActions } from '../kit/FormBoardActions';
import { PDSA_ACTIONS } from './actions';
import { gatherItems, useTeamBoards } from '../measures/useTeamBoards';
import { formatDate } from '../measures/format';
import './pdsa.css';

const ALL_KINDS: readonly string[] = [];
const IDEA_TAGS = ['change-idea', 'countermeasure', 'parked'] as const;

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

type Part = 'plan' | 'do' | 'study';
const FIELDS = {
  plan: ['objective', 'question', 'prediction', 'who', 'what', 'when', 'where', 'data'],
  do: ['happened', 'observations', 'problems'],
  study: ['result', 'learned'],
} as const satisfies Record<Part, readonly string[]>;

function Worksheet({
  cycle: c,
  dispatch,
  readOnly,
  ideas,
}: {
  cycle: Cycle;
  dispatch: (cmd: PdsaCommand) => void;
  readOnly: boolean;
  ideas: ReturnType<typeof gatherItems>;
}) {
  const { t, i18n } = useTranslation();
  const patch = (p: Extract<PdsaCommand, { type: 'updateCycle' }>['patch']) =>
    dispatch({ type: 'updateCycle', id: c.id, patch: p });
  const ideaKey = c.changeIdea ? `${c.changeIdea.boardId}:${c.changeIdea.itemId ?? ''}` : '';
  const linked = ideas.find((i) => `${i.boardId}:${i.itemId}` === ideaKey);
  const ideaOptions = [
    { value: '', label: t('pdsa.noIdea') },
    ...(c.changeIdea && !linked
      ? [{ value: ideaKey, label: t('pdsa.sourceRemoved', { text: c.changeIdeaText }) }]
      : []),
    ...ideas.map((i) => ({ value: `${i.boardId}:${i.itemId}`, label: `${i.text.slice(0, 80)} (${i.boardName})` })),
  ];
  const overdue = isOverdue(c, todayIso());

  return (
    <article className="pdsa-sheet" aria-labelledby="pdsa-sheet-title">
      <header className="pdsa-sheet-head">
        <h2 id="pdsa-sheet-title">{c.title || t('pdsa.untitled')}</h2>
        {overdue && (
          <span className="pdsa-overdue">
            <AlertTriangle size={18} aria-hidden />{' '}
            {t('pdsa.overdue', { date: formatDate(c.studyDate, i18n.language) })}
          </span>
        )}
        <button type="button" className="btn btn-small" onClick={() => window.print()}>
          <Printer size={18} aria-hidden />
          {t('pdsa.print')}
        </button>
      </header>
      <div className="pdsa-meta">
        <TextField
          key={`${c.id}-title`}
          label={t('pdsa.field.title')}
          value={c.title}
          maxLength={LIMITS.name}
          required
          onCommit={(title) => patch({ title })}
        />
        <SelectField
          label={t('pdsa.field.changeIdea')}
          value={ideaKey}
          options={ideaOptions}
          onChange={(v) => {
            const item = ideas.find((i) => `${i.boardId}:${i.itemId}` === v);
            patch(
              item
                ? {
                    changeIdea: { boardId: item.boardId, itemId: item.itemId, kind: item.kind },
                    changeIdeaText: item.text,
                  }
                : { changeIdea: null, changeIdeaText: '' },
            );
          }}
        />
        <SelectField
          label={t('pdsa.field.status')}
          value={c.status}
          options={CYCLE_STATUSES.map((s) => ({ value: s, label: t(`pdsa.status.${s}`) }))}
          onChange={(v) => patch({ status: v as Cycle['status'] })}
        />
        <TextField
          key={`${c.id}-start`}
          type="date"
          label={t('pdsa.field.startDate')}
          value={c.startDate}
          onCommit={(startDate) => patch({ startDate })}
        />
        <TextField
          key={`${c.id}-study`}
          type="date"
          label={t('pdsa.field.studyDate')}
          value={c.studyDate}
          onCommit={(studyDate) => patch({ studyDate })}
        />
      </div>
      {c.changeIdea && (
        <p className="muted pdsa-source">
          {linked ? t('pdsa.source', { board: linked.boardName }) : t('pdsa.sourceGone')}
        </p>
      )}
      <div className="pdsa-quads">
        {(['plan', 'do', 'study'] as const).map((part) => (
          <section key={part} className={`pdsa-part pdsa-${part}`} aria-labelledby={`pdsa-${part}-h`}>
            <h3 id={`pdsa-${part}-h`}>
              <span className="pdsa-letter" aria-hidden>
                {t(`pdsa.letter.${part}`)}
              </span>
              {t(`pdsa.part.${part}`)}
            </h3>
            <div className={part === 'plan' ? 'pdsa-fields pdsa-fields-2' : 'pdsa-fields'}>
              {FIELDS[part].map((f) => (
                <TextField
                  key={`${c.id}-${part}-${f}`}
                  label={t(`pdsa.field.${f}`)}
                  multiline
                  maxLength={LIMITS.longText}
                  value={(c[part] as Record<string, string>)[f] ?? ''}
                  onCommit={(v) =>
                    patch({ [part]: { [f]: v } } as Extract<PdsaCommand, { type: 'updateCycle' }>['patch'])
                  }
                />
              ))}
            </div>
          </section>
        ))}
        <section className="pdsa-part pdsa-act" aria-labelledby="pdsa-act-h">
          <h3 id="pdsa-act-h">
            <span className="pdsa-letter" aria-hidden>
              {t('pdsa.letter.act')}
            </span>
            {t('pdsa.part.act')}
          </h3>
          <fieldset className="pdsa-decision" disabled={readOnly}>
            <legend>{t('pdsa.field.decision')}</legend>
            {DECISIONS.map((d) => (
              <label key={d} className={c.act.decision === d ? 'pdsa-choice active' : 'pdsa-choice'}>
                <input
                  type="radio"
                  name={`decision-${c.id}`}
                  value={d}
                  checked={c.act.decision === d}
                  onChange={() => patch({ act: { decision: d } })}
                />
                {t(`pdsa.decision.${d}`)}
              </label>
            ))}
          </fieldset>
          <TextField
            key={`${c.id}-act-next`}
            label={t('pdsa.field.next')}
            multiline
            maxLength={LIMITS.longText}
            value={c.act.next}
            onCommit={(next) => patch({ act: { next } })}
          />
        </section>
      </div>
    </article>
  );
}

/** The printed one-page worksheet (hidden on screen; @media print shows only this). */
function PrintSheet({ cycle: c, teamBoard }: { cycle: Cycle; teamBoard: string }) {
  const { t, i18n } = useTranslation();
  const row = (label: string, value: string) => (
    <div className="pp-row" key={label}>
      <dt>{label}</dt>
      <dd>{value || '\u00a0'}</dd>
    </div>
  );
  return (
    <div className="pdsa-print" aria-hidden>
      <h1>
        {t('pdsa.printTitle')}: {c.title}
      </h1>
      <p>
        {teamBoard} · {t(`pdsa.status.${c.status}`)} · {t('pdsa.field.startDate')}{' '}
        {c.startDate ? formatDate(c.startDate, i18n.language) : '–'} · {t('pdsa.field.studyDate')}{' '}
        {c.studyDate ? formatDate(c.studyDate, i18n.language) : '–'}
      </p>
      {c.changeIdeaText && (
        <p>
          {t('pdsa.field.changeIdea')}: {c.changeIdeaText}
        </p>
      )}
      <div className="pp-grid">
        {(['plan', 'do', 'study'] as const).map((part) => (
          <section key={part}>
            <h2>
              {t(`pdsa.letter.${part}`)} · {t(`pdsa.part.${part}`)}
            </h2>
            <dl>{FIELDS[part].map((f) => row(t(`pdsa.field.${f}`), (c[part] as Record<string, string>)[f] ?? ''))}</dl>
          </section>
        ))}
        <section>
          <h2>
            {t('pdsa.letter.act')} · {t('pdsa.part.act')}
          </h2>
          <dl>
            {row(t('pdsa.field.decision'), c.act.decision ? t(`pdsa.decision.${c.act.decision}`) : '')}
            {row(t('pdsa.field.next'), c.act.next)}
          </dl>
        </section>
      </div>
    </div>
  );
}

export function PdsaView({ board, doc, dispatch, readOnly = false }: BoardViewProps<PdsaDoc, PdsaCommand>) {
  const { t, i18n } = useTranslation();
  const [selectedId, setSelectedId] = useState<string | null>(doc.cycles[0]?.id ?? null);
  const selected = doc.cycles.find((c) => c.id === selectedId) ?? doc.cycles[0];
  const chains = useMemo(() => ramps(doc), [doc]);
  const teamDocs = useTeamBoards(board.teamId, board.id, ALL_KINDS);
  const ideas = useMemo(() => gatherItems(teamDocs, IDEA_TAGS), [teamDocs]);
  const today = todayIso();
  const actions = useFormBoardActions(PDSA_ACTIONS, board, doc);

  useEffect(() => {
    if (selectedId && !doc.cycles.some((c) => c.id === selectedId)) setSelectedId(doc.cycles[0]?.id ?? null);
  }, [doc.cycles, selectedId]);

  function addCycle(after: Cycle | null) {
    const id = newId();
    const title = after ? after.title : t('pdsa.newTitle', { n: doc.cycles.length + 1 });
    dispatch({
      type: 'addCycle',
      cycle: emptyCycle(
        id,
        title,
        after
          ? {
              previousId: after.id,
              changeIdea: after.changeIdea,
              changeIdeaText: after.changeIdeaText,
              plan: { ...emptyCycle(id, '').plan, objective: after.act.next },
            }
          : {},
      ),
    });
    setSelectedId(id);
  }

  return (
    <div className="pdsa" {...actions.rootProps}>
      <nav className="pdsa-list" aria-label={t('pdsa.listLabel')}>
        <div className="pdsa-list-actions">
          <button
            type="button"
            className="btn btn-primary btn-small"
            onClick={() => addCycle(null)}
            disabled={readOnly}
          >
            <Plus size={18} aria-hidden />
            {t('pdsa.add')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => selected && addCycle(selected)}
            disabled={readOnly || !selected}
          >
            <CornerDownRight size={18} aria-hidden />
            {t('pdsa.addNext')}
          </button>
        </div>
        {actions.buttons}
        {chains.length === 0 && <p className="muted">{t('pdsa.empty')}</p>}
        {chains.map((chain, ri) => (
          <section key={chain[0]!.id} className="pdsa-ramp" aria-label={t('pdsa.ramp', { n: ri + 1 })}>
            <h3 className="small-heading">{t('pdsa.ramp', { n: ri + 1 })}</h3>
            <ol>
              {chain.map((c, ci) => (
                <li key={c.id}>
                  <button
                    type="button"
                    className={c.id === selected?.id ? 'pdsa-item active' : 'pdsa-item'}
                    aria-pressed={c.id === selected?.id}
                    onClick={() => setSelectedId(c.id)}
                  >
                    <span className="pdsa-item-title">
                      {ci + 1}. {c.title || t('pdsa.untitled')}
                    </span>
                    <span className="pdsa-item-meta">
                      <span className={`pdsa-status pdsa-status-${c.status}`}>{t(`pdsa.status.${c.status}`)}</span>
                      {c.startDate && <span>{formatDate(c.startDate, i18n.language)}</span>}
                      {isOverdue(c, today) && <span className="pdsa-overdue-tag">{t('pdsa.overdueShort')}</span>}
                      {c.act.decision && (
                        <span className="pdsa-decision-tag">{t(`pdsa.decision.${c.act.decision}`)}</span>
                      )}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          </section>
        ))}
        {selected && (
          <button
            type="button"
            className="btn btn-ghost danger-text btn-small"
            onClick={() => dispatch({ type: 'deleteCycle', id: selected.id })}
            disabled={readOnly}
          >
            <Trash2 size={18} aria-hidden />
            {t('pdsa.delete')}
          </button>
        )}
      </nav>
      {selected ? (
        <>
          <Worksheet key={selected.id} cycle={selected} dispatch={dispatch} readOnly={readOnly} ideas={ideas} />
          <PrintSheet cycle={selected} teamBoard={board.name} />
        </>
      ) : (
        <div className="pdsa-empty">
          <p className="pdsa-empty-title">{t('pdsa.emptyTitle')}</p>
          <p className="muted">{t('pdsa.emptyHint')}</p>
        </div>
      )}
      {actions.overlays}
    </div>
  );
}
