import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertTriangle, ArrowDown, ArrowUp, ExternalLink, Link2Off, Trash2 } from 'lucide-react';
import {
  BRANCHES,
  LANE_TYPES,
  NODE_KINDS,
  PM_LIMITS,
  PROBLEM_KINDS,
  TIME_UNITS,
  type Duration,
  type ProblemKind,
  type ProcessMapCommand,
  type ProcessMapDoc,
  type TimeUnit,
} from '../../../../shared/boards/process-map/model';
import type { BoardMeta } from '../../../../shared/domain/entities';
import { TextField } from '../../components/TextField';
import { SelectField } from '../../components/SelectField';
import { inputNumber } from '../../components/number-text';
import { numberLimits, useDraftNumber } from '../../components/useDraftNumber';
import type { Selection } from './MapCanvas';
import { laneLabel } from './elements';
import { PROBLEM_ICONS } from './shapes';
import { processMapCounts } from '../../../../shared/boards/process-map/counts';
import { boardKindName } from '../../i18n/keys';

interface Props {
  board: BoardMeta;
  doc: ProcessMapDoc;
  selection: Selection;
  readOnly: boolean;
  dispatch: (cmd: ProcessMapCommand) => void;
  select: (s: Selection) => void;
  onDelete: () => void;
  /** The board's key summary, generated from its action registry. */
  shortcuts: ReactNode;
  onAddMarker: (target: { type: 'node' | 'edge'; id: string }) => void;
  /** Boards of the team a marker can be linked to / seeded into (by kind), and the kinds that can be created. */
  linkTargets: BoardMeta[];
  creatableKinds: string[];
  onCreateLinked: (markerId: string, kind: string) => void;
  onOpenBoard: (boardId: string) => void;
  boardNames: Map<string, string>;
}

function DurationField({
  label,
  value,
  onChange,
  disabled,
}: {
  label: string;
  value: Duration | null;
  onChange: (d: Duration | null) => void;
  disabled: boolean;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  // Saves as it is typed, like the text fields; empty clears the time, a bad number is explained and kept.
  const amount = useDraftNumber(
    value?.value ?? null,
    (v) => onChange(v === null ? null : { value: v, unit: value?.unit ?? 'minutes' }),
    {
      format: (n) => inputNumber(n, i18n.language),
      check: numberLimits(t, { min: 0, max: PM_LIMITS.maxTime }),
    },
  );
  return (
    <fieldset className="pm-duration">
      <legend>{label}</legend>
      <label htmlFor={`${id}-v`} className="visually-hidden">
        {t('processMap.time.amount', { label })}
      </label>
      <input
        id={`${id}-v`}
        type="text"
        inputMode="decimal"
        disabled={disabled}
        aria-describedby={amount.message ? `${id}-m` : undefined}
        {...amount.inputProps}
      />
      <label htmlFor={`${id}-u`} className="visually-hidden">
        {t('processMap.time.unit', { label })}
      </label>
      <select
        id={`${id}-u`}
        value={value?.unit ?? 'minutes'}
        disabled={disabled || value === null}
        onChange={(e) => value && onChange({ value: value.value, unit: e.target.value as TimeUnit })}
      >
        {TIME_UNITS.map((u) => (
          <option key={u} value={u}>
            {t(`processMap.unit.${u}`)}
          </option>
        ))}
      </select>
      {amount.message && (
        <p id={`${id}-m`} className="field-hint field-error pm-duration-msg" role="alert">
          {amount.message}
        </p>
      )}
    </fieldset>
  );
}

function MarkerList({
  doc,
  target,
  select,
  onAdd,
  readOnly,
}: {
  doc: ProcessMapDoc;
  target: { type: 'node' | 'edge'; id: string };
  select: (s: Selection) => void;
  onAdd: () => void;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const markers = doc.markers.filter((m) => m.target.type === target.type && m.target.id === target.id);
  return (
    <div className="pm-marker-list">
      <h3 className="small-heading">{t('processMap.problems.title')}</h3>
      {markers.length > 0 && (
        <ul>
          {markers.map((m) => {
            const Icon = PROBLEM_ICONS[m.kind];
            return (
              <li key={m.id}>
                <button
                  type="button"
                  className="link-btn pm-marker-link"
                  onClick={() => select({ kind: 'marker', id: m.id })}
                >
                  <span className="pm-badge pm-badge-inline" aria-hidden>
                    <Icon size={16} strokeWidth={2.5} />
                  </span>
                  {t(`processMap.problem.${m.kind}`)}
                  {m.note ? `: ${m.note}` : ''}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" className="btn" onClick={onAdd} disabled={readOnly}>
        <AlertTriangle size={18} aria-hidden />
        {t('processMap.problems.add')}
      </button>
    </div>
  );
}

export function Inspector(p: Props) {
  const { t } = useTranslation();
  const { doc, selection, dispatch, readOnly } = p;
  const laneOptions = doc.lanes.map((l) => ({ value: l.id, label: laneLabel(l, t) }));

  if (selection?.kind === 'node') {
    const n = doc.nodes.find((x) => x.id === selection.id);
    if (n) {
      const outgoing = doc.edges.filter((e) => e.source === n.id);
      const nodeText = (id: string) => doc.nodes.find((x) => x.id === id)?.text || t('processMap.node.untitled');
      return (
        <aside className="inspector pm-inspector" aria-labelledby="inspector-title">
          <h2 id="inspector-title">{t('processMap.inspector.node')}</h2>
          <TextField
            key={`t-${n.id}`}
            label={t('processMap.node.text')}
            multiline
            value={n.text}
            maxLength={PM_LIMITS.nodeText}
            onCommit={(text) => dispatch({ type: 'updateNode', id: n.id, patch: { text } })}
          />
          <SelectField
            label={t('processMap.node.kind')}
            value={n.kind}
            options={NODE_KINDS.map((k) => ({ value: k, label: t(`processMap.nodeKind.${k}`) }))}
            onChange={(v) =>
              dispatch({ type: 'updateNode', id: n.id, patch: { kind: v as (typeof NODE_KINDS)[number] } })
            }
          />
          <SelectField
            label={t('processMap.node.lane')}
            value={n.laneId}
            options={laneOptions}
            onChange={(laneId) => dispatch({ type: 'moveNode', id: n.id, laneId, x: n.x, y: n.y })}
          />
          <TextField
            key={`p-${n.id}`}
            label={t('processMap.node.performer')}
            value={n.performer}
            maxLength={PM_LIMITS.performer}
            onCommit={(performer) => dispatch({ type: 'updateNode', id: n.id, patch: { performer } })}
          />
          <DurationField
            key={`pt-${n.id}`}
            label={t('processMap.node.processTime')}
            value={n.processTime}
            disabled={readOnly}
            onChange={(processTime) => dispatch({ type: 'updateNode', id: n.id, patch: { processTime } })}
          />
          <DurationField
            key={`wt-${n.id}`}
            label={t('processMap.node.waitTime')}
            value={n.waitTime}
            disabled={readOnly}
            onChange={(waitTime) => dispatch({ type: 'updateNode', id: n.id, patch: { waitTime } })}
          />
          <MarkerList
            doc={doc}
            target={{ type: 'node', id: n.id }}
            select={p.select}
            onAdd={() => p.onAddMarker({ type: 'node', id: n.id })}
            readOnly={readOnly}
          />
          {outgoing.length > 0 && (
            <div className="pm-marker-list">
              <h3 className="small-heading">{t('processMap.edge.outgoing')}</h3>
              <ul>
                {outgoing.map((e) => (
                  <li key={e.id}>
                    <button type="button" className="link-btn" onClick={() => p.select({ kind: 'edge', id: e.id })}>
                      {t('processMap.edge.to', { text: nodeText(e.target) })}
                      {e.label ? ` (${e.label})` : e.branch ? ` (${t(`processMap.branch.${e.branch}`)})` : ''}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <button type="button" className="btn btn-ghost danger-text" onClick={p.onDelete} disabled={readOnly}>
            <Trash2 size={18} aria-hidden />
            {t('processMap.node.delete')}
          </button>
        </aside>
      );
    }
  }

  if (selection?.kind === 'edge') {
    const e = doc.edges.find((x) => x.id === selection.id);
    if (e) {
      const nodeText = (id: string) => doc.nodes.find((x) => x.id === id)?.text || t('processMap.node.untitled');
      return (
        <aside className="inspector pm-inspector" aria-labelledby="inspector-title">
          <h2 id="inspector-title">{t('processMap.inspector.edge')}</h2>
          <p className="muted">{t('processMap.edge.fromTo', { from: nodeText(e.source), to: nodeText(e.target) })}</p>
          <TextField
            key={`l-${e.id}`}
            label={t('processMap.edge.label')}
            value={e.label}
            maxLength={PM_LIMITS.edgeLabel}
            onCommit={(label) => dispatch({ type: 'updateEdge', id: e.id, patch: { label } })}
          />
          <SelectField
            label={t('processMap.edge.branch')}
            value={e.branch ?? ''}
            options={[
              { value: '', label: t('processMap.branch.none') },
              ...BRANCHES.map((b) => ({ value: b, label: t(`processMap.branch.${b}`) })),
            ]}
            onChange={(v) =>
              dispatch({ type: 'updateEdge', id: e.id, patch: { branch: v === '' ? null : (v as 'yes' | 'no') } })
            }
          />
          <MarkerList
            doc={doc}
            target={{ type: 'edge', id: e.id }}
            select={p.select}
            onAdd={() => p.onAddMarker({ type: 'edge', id: e.id })}
            readOnly={readOnly}
          />
          <button type="button" className="btn btn-ghost danger-text" onClick={p.onDelete} disabled={readOnly}>
            <Trash2 size={18} aria-hidden />
            {t('processMap.edge.delete')}
          </button>
        </aside>
      );
    }
  }

  if (selection?.kind === 'marker') {
    const m = doc.markers.find((x) => x.id === selection.id);
    if (m) {
      const targetText =
        m.target.type === 'node'
          ? (doc.nodes.find((x) => x.id === m.target.id)?.text ?? '')
          : (() => {
              const e = doc.edges.find((x) => x.id === m.target.id);
              const txt = (id: string | undefined) => doc.nodes.find((x) => x.id === id)?.text ?? '';
              return e ? `${txt(e.source)} → ${txt(e.target)}` : '';
            })();
      return (
        <aside className="inspector pm-inspector" aria-labelledby="inspector-title">
          <h2 id="inspector-title">{t('processMap.inspector.marker')}</h2>
          <button type="button" className="link-btn" onClick={() => p.select({ kind: m.target.type, id: m.target.id })}>
            {t('processMap.problems.on', { text: targetText || t('processMap.node.untitled') })}
          </button>
          <SelectField
            label={t('processMap.problems.kind')}
            value={m.kind}
            options={PROBLEM_KINDS.map((k) => ({ value: k, label: t(`processMap.problem.${k}`) }))}
            onChange={(v) => dispatch({ type: 'updateMarker', id: m.id, patch: { kind: v as ProblemKind } })}
          />
          <TextField
            key={`n-${m.id}`}
            label={t('processMap.problems.note')}
            multiline
            value={m.note}
            maxLength={PM_LIMITS.markerNote}
            onCommit={(note) => dispatch({ type: 'updateMarker', id: m.id, patch: { note } })}
          />
          <div className="pm-marker-list">
            <h3 className="small-heading">{t('processMap.links.title')}</h3>
            {m.links.length === 0 ? (
              <p className="muted small">{t('processMap.links.none')}</p>
            ) : (
              <ul>
                {m.links.map((r) => {
                  const name = p.boardNames.get(r.boardId);
                  return (
                    <li key={r.boardId} className="pm-link-row">
                      {name ? (
                        <button type="button" className="link-btn" onClick={() => p.onOpenBoard(r.boardId)}>
                          <ExternalLink size={16} aria-hidden /> {name}
                        </button>
                      ) : (
                        <span className="muted">{t('processMap.links.removed')}</span>
                      )}
                      <button
                        type="button"
                        className="icon-btn"
                        disabled={readOnly}
                        aria-label={t('processMap.links.unlink', { name: name ?? t('processMap.links.removed') })}
                        onClick={() => dispatch({ type: 'unlinkMarker', id: m.id, boardId: r.boardId })}
                      >
                        <Link2Off size={16} aria-hidden />
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
            {p.creatableKinds.map((k) => (
              <button
                key={k}
                type="button"
                className="btn"
                disabled={readOnly}
                onClick={() => p.onCreateLinked(m.id, k)}
              >
                {t('processMap.links.create', { kind: boardKindName(t, k) })}
              </button>
            ))}
            {p.linkTargets.length > 0 && (
              <SelectField
                label={t('processMap.links.linkExisting')}
                value=""
                options={[
                  { value: '', label: t('processMap.links.choose') },
                  ...p.linkTargets.map((b) => ({ value: b.id, label: `${b.name} (${boardKindName(t, b.kind)})` })),
                ]}
                onChange={(v) => {
                  const b = p.linkTargets.find((x) => x.id === v);
                  if (b) dispatch({ type: 'linkMarker', id: m.id, ref: { boardId: b.id, kind: b.kind } });
                }}
              />
            )}
          </div>
          <button type="button" className="btn btn-ghost danger-text" onClick={p.onDelete} disabled={readOnly}>
            <Trash2 size={18} aria-hidden />
            {t('processMap.problems.delete')}
          </button>
        </aside>
      );
    }
  }

  if (selection?.kind === 'lane') {
    const index = doc.lanes.findIndex((x) => x.id === selection.id);
    const l = doc.lanes[index];
    if (l) {
      const count = doc.nodes.filter((n) => n.laneId === l.id).length;
      return (
        <aside className="inspector pm-inspector" aria-labelledby="inspector-title">
          <h2 id="inspector-title">{t('processMap.inspector.lane')}</h2>
          <TextField
            key={`ln-${l.id}`}
            label={t('processMap.lane.name')}
            value={l.name}
            placeholder={t(`processMap.laneType.${l.type}`)}
            maxLength={PM_LIMITS.laneName}
            onCommit={(name) => dispatch({ type: 'updateLane', id: l.id, patch: { name } })}
          />
          <SelectField
            label={t('processMap.lane.type')}
            value={l.type}
            options={LANE_TYPES.map((k) => ({ value: k, label: t(`processMap.laneType.${k}`) }))}
            onChange={(v) =>
              dispatch({ type: 'updateLane', id: l.id, patch: { type: v as (typeof LANE_TYPES)[number] } })
            }
          />
          <div className="pm-row-buttons">
            <button
              type="button"
              className="btn"
              disabled={readOnly || index === 0}
              onClick={() => dispatch({ type: 'moveLane', id: l.id, index: index - 1 })}
            >
              <ArrowUp size={18} aria-hidden />
              {t('processMap.lane.up')}
            </button>
            <button
              type="button"
              className="btn"
              disabled={readOnly || index === doc.lanes.length - 1}
              onClick={() => dispatch({ type: 'moveLane', id: l.id, index: index + 1 })}
            >
              <ArrowDown size={18} aria-hidden />
              {t('processMap.lane.down')}
            </button>
          </div>
          <label className="pm-check">
            <input
              type="checkbox"
              checked={l.collapsed}
              disabled={readOnly}
              onChange={(e) => dispatch({ type: 'setLaneCollapsed', id: l.id, collapsed: e.target.checked })}
            />
            {t('processMap.lane.collapsed')}
          </label>
          <p className="muted small">{t('processMap.lane.count', { count })}</p>
          <button type="button" className="btn btn-ghost danger-text" onClick={p.onDelete} disabled={readOnly}>
            <Trash2 size={18} aria-hidden />
            {t('processMap.lane.delete')}
          </button>
          {count > 0 && <p className="field-hint">{t('processMap.lane.deleteHint')}</p>}
        </aside>
      );
    }
  }

  const counts = processMapCounts(doc);
  return (
    <aside className="inspector pm-inspector" aria-labelledby="inspector-title" tabIndex={0}>
      <h2 id="inspector-title">{p.board.name}</h2>
      {/* The one count the board header, storyboard, Excel and the CLI say too (start and end are not steps). */}
      <dl className="stats">
        <div>
          <dt>{t('processMap.stats.steps')}</dt>
          <dd>{counts.steps}</dd>
        </div>
        <div>
          <dt>{t('processMap.stats.lanes')}</dt>
          <dd>{counts.lanes}</dd>
        </div>
        <div>
          <dt>{t('processMap.stats.problems')}</dt>
          <dd>{counts.problems}</dd>
        </div>
      </dl>
      {p.shortcuts}
    </aside>
  );
}
