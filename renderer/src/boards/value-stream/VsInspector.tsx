import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertTriangle, CopyPlus, Trash2 } from 'lucide-react';
import type { StepTimes } from '../../../../shared/analysis/value-stream/totals';
import {
  WAIT_KINDS,
  type ValueStreamCommand,
  type ValueStreamDoc,
  type VsStep,
} from '../../../../shared/boards/value-stream/model';
import { LIMITS } from '../../../../shared/domain/limits';
import type { BoardMeta } from '../../../../shared/domain/entities';
import { TextField } from '../../components/TextField';
import { SelectField } from '../../components/SelectField';
import { DurationField, NumberField } from './fields';
import { numberLimits } from '../../components/useDraftNumber';
import { formatNumber, issueText } from './format';

interface StepProps {
  doc: ValueStreamDoc;
  step: VsStep;
  index: number;
  times: StepTimes;
  sourceGone: boolean;
  readOnly: boolean;
  dispatch: (cmd: ValueStreamCommand) => void;
  onDelete: () => void;
}

export function StepInspector({ doc, step, index, times, sourceGone, readOnly, dispatch, onDelete }: StepProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const afterId = useId();
  const update = (patch: Partial<Omit<VsStep, 'id'>>) => dispatch({ type: 'updateStep', id: step.id, patch });
  const earlier = doc.steps.slice(0, index);
  const mode = step.after === null ? 'previous' : step.after.length === 0 ? 'none' : 'chosen';
  const warnings = [
    ...times.issues.map((i) => issueText(i, t)),
    ...(sourceGone ? [t('valueStream.issue.sourceDeleted')] : []),
  ];
  return (
    <aside className="inspector vs-inspector" aria-labelledby="vs-inspector-title">
      <h2 id="vs-inspector-title">{t('valueStream.inspector.step', { n: index + 1 })}</h2>
      {warnings.length > 0 && (
        <div className="banner banner-warning vs-warnings" role="status">
          <AlertTriangle size={18} aria-hidden className="banner-icon" />
          <div>
            <p className="banner-title">{t('valueStream.inspector.warnings')}</p>
            <ul>
              {warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <fieldset className="vs-plain" disabled={readOnly}>
        <TextField
          key={`n-${step.id}`}
          label={t('valueStream.field.name')}
          value={step.name}
          maxLength={LIMITS.name}
          onCommit={(name) => update({ name })}
        />
        <TextField
          key={`p-${step.id}`}
          label={t('valueStream.field.performer')}
          value={step.performer}
          maxLength={LIMITS.name}
          onCommit={(performer) => update({ performer })}
        />
        <TextField
          key={`o-${step.id}`}
          label={t('valueStream.field.organisation')}
          value={step.organisation}
          maxLength={LIMITS.name}
          onCommit={(organisation) => update({ organisation })}
        />
        <SelectField
          label={t('valueStream.waitKind.label')}
          value={step.waitKind}
          options={WAIT_KINDS.map((k) => ({ value: k, label: t(`valueStream.waitKind.${k}`) }))}
          onChange={(v) => update({ waitKind: v as VsStep['waitKind'] })}
        />
        <DurationField
          key={`w-${step.id}`}
          legend={t('valueStream.field.wait')}
          value={step.wait}
          lang={lang}
          onCommit={(wait) => update({ wait })}
        />
        <DurationField
          key={`pr-${step.id}`}
          legend={t('valueStream.field.process')}
          value={step.process}
          lang={lang}
          onCommit={(process) => update({ process })}
        />
        <NumberField
          key={`c-${step.id}`}
          label={t('valueStream.field.complete')}
          value={step.complete}
          lang={lang}
          onCommit={(complete) => update({ complete })}
        />
        {index > 0 && (
          <fieldset className="vs-after">
            <legend id={afterId}>{t('valueStream.field.after')}</legend>
            <SelectField
              label={t('valueStream.field.afterMode')}
              value={mode}
              options={[
                { value: 'previous', label: t('valueStream.field.afterDefault') },
                { value: 'none', label: t('valueStream.field.afterNone') },
                { value: 'chosen', label: t('valueStream.field.afterChoose') },
              ]}
              onChange={(v) => update({ after: v === 'previous' ? null : v === 'none' ? [] : [earlier.at(-1)!.id] })}
            />
            {mode === 'chosen' && (
              <ul className="vs-after-list">
                {earlier.map((s, i) => (
                  <li key={s.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={step.after?.includes(s.id) ?? false}
                        onChange={(e) => {
                          const cur = step.after ?? [];
                          const next = e.target.checked
                            ? earlier.filter((x) => x.id === s.id || cur.includes(x.id)).map((x) => x.id)
                            : cur.filter((x) => x !== s.id);
                          update({ after: next });
                        }}
                      />
                      {`${i + 1}. ${s.name || t('valueStream.unnamedStep')}`}
                    </label>
                  </li>
                ))}
              </ul>
            )}
            <p className="field-hint">{t('valueStream.field.afterHint')}</p>
          </fieldset>
        )}
        <TextField
          key={`note-${step.id}`}
          label={t('valueStream.field.note')}
          multiline
          value={step.note}
          maxLength={LIMITS.noteText}
          onCommit={(note) => update({ note })}
        />
      </fieldset>
      <button type="button" className="btn btn-ghost" onClick={onDelete} disabled={readOnly}>
        <Trash2 size={18} aria-hidden />
        {t('valueStream.deleteStep')}
      </button>
    </aside>
  );
}

interface BoardProps {
  board: BoardMeta;
  doc: ValueStreamDoc;
  others: readonly BoardMeta[];
  sourceName: string | null;
  sourceGone: boolean;
  readOnly: boolean;
  dispatch: (cmd: ValueStreamCommand) => void;
  onMakeFuture: () => void;
}

export function BoardSettings({ doc, others, sourceName, sourceGone, readOnly, dispatch, onMakeFuture }: BoardProps) {
  const { t, i18n } = useTranslation();
  const s = doc.settings;
  return (
    <aside className="inspector vs-inspector" aria-labelledby="vs-inspector-title">
      <h2 id="vs-inspector-title">{t('valueStream.inspector.board')}</h2>
      <fieldset className="vs-plain" disabled={readOnly}>
        <SelectField
          label={t('valueStream.state.label')}
          value={doc.state}
          options={(['current', 'future'] as const).map((v) => ({ value: v, label: t(`valueStream.state.${v}`) }))}
          onChange={(v) => dispatch({ type: 'setState', state: v as ValueStreamDoc['state'] })}
        />
        <SelectField
          label={t('valueStream.settings.compare')}
          value={doc.compareWith ?? ''}
          options={[
            { value: '', label: t('valueStream.settings.noCompare') },
            ...others.map((b) => ({ value: b.id, label: b.name })),
          ]}
          onChange={(v) => dispatch({ type: 'setComparison', boardId: v === '' ? null : v })}
        />
        <SelectField
          label={t('valueStream.scale.label')}
          value={s.scale}
          options={(['compressed', 'linear'] as const).map((v) => ({ value: v, label: t(`valueStream.scale.${v}`) }))}
          onChange={(v) => dispatch({ type: 'setSettings', patch: { scale: v as typeof s.scale } })}
        />
        <NumberField
          label={t('valueStream.settings.hours')}
          value={s.hoursPerWorkday}
          lang={i18n.language}
          hint={t('valueStream.settings.badNumber', { min: 1, max: 24 })}
          check={numberLimits(t, { min: 1, max: 24, required: true })}
          onCommit={(v) => {
            if (v !== null) dispatch({ type: 'setSettings', patch: { hoursPerWorkday: v } });
          }}
        />
        <SelectField
          label={t('valueStream.settings.days')}
          value={String(s.workdaysPerWeek)}
          options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: String(d) }))}
          onChange={(v) => dispatch({ type: 'setSettings', patch: { workdaysPerWeek: Number(v) } })}
        />
      </fieldset>
      {doc.state === 'current' && doc.steps.length > 0 && (
        <div>
          <button type="button" className="btn" onClick={onMakeFuture} disabled={readOnly}>
            <CopyPlus size={18} aria-hidden />
            {t('valueStream.settings.makeFuture')}
          </button>
          <p className="field-hint">{t('valueStream.settings.makeFutureHint')}</p>
        </div>
      )}
      <p className="vs-convention">
        {t('valueStream.convention', {
          hours: formatNumber(s.hoursPerWorkday, i18n.language, 2),
          days: formatNumber(7 / s.workdaysPerWeek, i18n.language, 2),
          perWeek: s.workdaysPerWeek,
        })}
      </p>
      {sourceName !== null && <p className="muted">{t('valueStream.source.label', { name: sourceName })}</p>}
      {sourceGone && (
        <p className="banner banner-warning" role="status">
          {t('valueStream.source.gone')}
        </p>
      )}
    </aside>
  );
}
