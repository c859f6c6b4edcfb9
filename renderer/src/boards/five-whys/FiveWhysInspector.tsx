import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Trash2 } from 'lucide-react';
import type { FiveWhysCommand, FiveWhysDoc, WhyStep } from '../../../../shared/boards/five-whys/model';
import { stepSubtree } from '../../../../shared/boards/five-whys/tree';
import type { BoardMeta } from '../../../../shared/domain/entities';
import { LIMITS } from '../../../../shared/domain/limits';
import { TextField } from '../../components/TextField';
import { LinkedSource } from '../fishbone/LinkedSource';

interface Props {
  board: BoardMeta;
  doc: FiveWhysDoc;
  step: WhyStep | undefined;
  deepest: number;
  readOnly: boolean;
  dispatch: (cmd: FiveWhysCommand) => void;
  onDelete: () => void;
}

export function FiveWhysInspector({ board, doc, step, deepest, readOnly, dispatch, onDelete }: Props) {
  const { t } = useTranslation();
  const rootId = useId();
  if (step) {
    const below = stepSubtree(doc, step.id).size - 1;
    return (
      <aside className="inspector fishbone-inspector" aria-labelledby="inspector-title">
        <h2 id="inspector-title">{t('whys.inspector.step')}</h2>
        <TextField
          key={`q-${step.id}`}
          label={t('whys.question')}
          hint={t('whys.questionHint')}
          value={step.question}
          placeholder={t('whys.why')}
          maxLength={LIMITS.shortText}
          onCommit={(text) => dispatch({ type: 'setQuestion', id: step.id, text })}
        />
        <TextField
          key={`a-${step.id}`}
          label={t('whys.answer')}
          multiline
          value={step.answer}
          maxLength={LIMITS.noteText}
          onCommit={(text) => dispatch({ type: 'setAnswer', id: step.id, text })}
        />
        <div className="field check-field">
          <input
            id={rootId}
            type="checkbox"
            checked={step.rootCause}
            disabled={readOnly}
            onChange={(e) => dispatch({ type: 'setRootCause', id: step.id, rootCause: e.target.checked })}
          />
          <label htmlFor={rootId}>{t('whys.rootCause')}</label>
        </div>
        {step.rootCause && (
          <TextField
            key={`c-${step.id}`}
            label={t('whys.countermeasure')}
            hint={t('whys.countermeasureHint')}
            multiline
            value={step.countermeasure}
            maxLength={LIMITS.noteText}
            onCommit={(text) => dispatch({ type: 'setCountermeasure', id: step.id, text })}
          />
        )}
        <button type="button" className="btn btn-ghost danger-text" onClick={onDelete} disabled={readOnly}>
          <Trash2 size={18} aria-hidden />
          {t('whys.deleteStep')}
        </button>
        {below > 0 && <p className="field-hint">{t('whys.deleteStepCount', { count: below })}</p>}
      </aside>
    );
  }
  return (
    <aside className="inspector fishbone-inspector" aria-labelledby="inspector-title" tabIndex={0}>
      <h2 id="inspector-title">{board.name}</h2>
      <TextField
        label={t('whys.problem')}
        multiline
        value={doc.problem}
        maxLength={LIMITS.noteText}
        onCommit={(text) => dispatch({ type: 'setProblem', text })}
      />
      <LinkedSource source={doc.source} label={t('whys.source')} />
      <dl className="stats">
        <div>
          <dt>{t('whys.stats.whys')}</dt>
          <dd>{doc.steps.length}</dd>
        </div>
        <div>
          <dt>{t('whys.stats.depth')}</dt>
          <dd>{deepest}</dd>
        </div>
        <div>
          <dt>{t('whys.stats.roots')}</dt>
          <dd>{doc.steps.filter((s) => s.rootCause).length}</dd>
        </div>
      </dl>
      <h3 className="small-heading">{t('whys.keys.title')}</h3>
      <ul className="key-list">
        <li>
          <kbd>Tab</kbd> {t('whys.keys.tab')}
        </li>
        <li>
          <kbd>Enter</kbd> {t('whys.keys.enter')}
        </li>
        <li>
          <kbd>F2</kbd> {t('whys.keys.f2')}
        </li>
        <li>
          <kbd>←↑→↓</kbd> {t('whys.keys.arrows')}
        </li>
        <li>
          <kbd>R</kbd> {t('whys.keys.r')}
        </li>
        <li>
          <kbd>Delete</kbd> {t('whys.keys.delete')}
        </li>
      </ul>
    </aside>
  );
}
