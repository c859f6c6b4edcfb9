import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowUpRight, ListTree, Trash2 } from 'lucide-react';
import type { Bone, Cause, FishboneCommand, FishboneDoc } from '../../../../shared/boards/fishbone/model';
import { BONE_TEMPLATES, EVIDENCE, type BoneTemplate, type Evidence } from '../../../../shared/boards/fishbone/model';
import { subtreeIds } from '../../../../shared/boards/fishbone/tree';
import type { BoardMeta } from '../../../../shared/domain/entities';
import { LIMITS } from '../../../../shared/domain/limits';
import { newId } from '../../../../shared/domain/ids';
import { TextField } from '../../components/TextField';
import { SelectField } from '../../components/SelectField';
import { LinkedSource } from './LinkedSource';
import { ParkingLot } from './ParkingLot';
import { openLinked } from './links';

interface Props {
  board: BoardMeta;
  doc: FishboneDoc;
  cause: Cause | undefined;
  bone: Bone | undefined;
  headSelected: boolean;
  boneName: (id: string) => string;
  readOnly: boolean;
  dispatch: (cmd: FishboneCommand) => void;
  onOpenWhys: (c: Cause) => void;
  onDelete: () => void;
}

export function FishboneInspector(p: Props) {
  const { t } = useTranslation();
  return (
    <aside className="inspector fishbone-inspector" aria-labelledby="inspector-title">
      {p.cause ? (
        <CausePanel {...p} cause={p.cause} />
      ) : p.bone ? (
        <BonePanel {...p} bone={p.bone} />
      ) : (
        <EffectPanel {...p} />
      )}
      <ParkingLot doc={p.doc} readOnly={p.readOnly} dispatch={p.dispatch} />
      {!p.cause && !p.bone && (
        <>
          <h3 className="small-heading">{t('fishbone.keys.title')}</h3>
          <ul className="key-list">
            <li>
              <kbd>1</kbd>–<kbd>9</kbd> {t('fishbone.category')}
            </li>
            <li>
              <kbd>Enter</kbd> {t('fishbone.keys.enter')}
            </li>
            <li>
              <kbd>Tab</kbd> {t('fishbone.keys.tab')}
            </li>
            <li>
              <kbd>F2</kbd> {t('fishbone.keys.f2')}
            </li>
            <li>
              <kbd>←↑→↓</kbd> {t('fishbone.keys.arrows')}
            </li>
            <li>
              <kbd>Alt</kbd>+<kbd>←↑→↓</kbd> {t('fishbone.keys.altArrows')}
            </li>
            <li>
              <kbd>Delete</kbd> {t('fishbone.keys.delete')}
            </li>
            <li>
              <kbd>+</kbd> <kbd>-</kbd> <kbd>0</kbd> {t('fishbone.keys.zoom')}
            </li>
          </ul>
        </>
      )}
    </aside>
  );
}

function CausePanel({ doc, cause, boneName, readOnly, dispatch, onOpenWhys, onDelete }: Props & { cause: Cause }) {
  const { t } = useTranslation();
  const checkId = useId();
  const below = subtreeIds(doc, cause.id).size - 1;
  const evidenceOptions = [
    { value: '', label: t('fishbone.evidenceNone') },
    ...EVIDENCE.map((e) => ({ value: e, label: t(`fishbone.evidenceKind.${e}`) })),
  ];
  return (
    <>
      <h2 id="inspector-title">{t('fishbone.inspector.cause')}</h2>
      <TextField
        key={`text-${cause.id}`}
        label={t('fishbone.causeText')}
        multiline
        value={cause.text}
        maxLength={LIMITS.noteText}
        onCommit={(text) => dispatch({ type: 'setCauseText', id: cause.id, text })}
      />
      <SelectField
        label={t('fishbone.category')}
        value={cause.boneId}
        options={doc.bones.map((b) => ({ value: b.id, label: boneName(b.id) }))}
        onChange={(v) =>
          v !== cause.boneId && dispatch({ type: 'moveCause', id: cause.id, boneId: v, parentId: null, beforeId: null })
        }
      />
      <div className="field check-field">
        <input
          id={checkId}
          type="checkbox"
          checked={cause.rootCause}
          disabled={readOnly}
          onChange={(e) => dispatch({ type: 'setRootCause', id: cause.id, rootCause: e.target.checked })}
        />
        <label htmlFor={checkId}>{t('fishbone.rootCause')}</label>
      </div>
      {cause.rootCause && (
        <>
          <SelectField
            label={t('fishbone.evidence')}
            value={cause.evidence ?? ''}
            options={evidenceOptions}
            onChange={(v) =>
              dispatch({
                type: 'setEvidence',
                id: cause.id,
                evidence: v === '' ? null : (v as Evidence),
                note: cause.evidenceNote,
              })
            }
          />
          <TextField
            key={`ev-${cause.id}`}
            label={t('fishbone.evidenceNote')}
            hint={t('fishbone.evidenceNoteHint')}
            multiline
            value={cause.evidenceNote}
            maxLength={LIMITS.longText}
            onCommit={(note) => dispatch({ type: 'setEvidence', id: cause.id, evidence: cause.evidence, note })}
          />
        </>
      )}
      {cause.whys ? (
        <button type="button" className="btn" onClick={() => openLinked(cause.whys!.boardId)}>
          <ArrowUpRight size={18} aria-hidden />
          {t('fishbone.goWhys')}
        </button>
      ) : (
        <button
          type="button"
          className="btn"
          onClick={() => onOpenWhys(cause)}
          disabled={readOnly}
          title={t('fishbone.openWhysHint')}
        >
          <ListTree size={18} aria-hidden />
          {t('fishbone.openWhys')}
        </button>
      )}
      <button type="button" className="btn btn-ghost danger-text" onClick={onDelete} disabled={readOnly}>
        <Trash2 size={18} aria-hidden />
        {t('fishbone.deleteCause')}
      </button>
      {below > 0 && <p className="field-hint">{t('fishbone.deleteCauseCount', { count: below })}</p>}
    </>
  );
}

function BonePanel({ doc, bone, boneName, readOnly, dispatch, onDelete }: Props & { bone: Bone }) {
  const { t } = useTranslation();
  const count = doc.causes.filter((c) => c.boneId === bone.id).length;
  return (
    <>
      <h2 id="inspector-title">{t('fishbone.inspector.bone')}</h2>
      <TextField
        key={bone.id}
        label={t('fishbone.boneName')}
        value={boneName(bone.id)}
        maxLength={LIMITS.name}
        onCommit={(name) => dispatch({ type: 'renameBone', id: bone.id, name })}
      />
      <p className="muted">{t('fishbone.moveHint')}</p>
      <button type="button" className="btn btn-ghost danger-text" onClick={onDelete} disabled={readOnly}>
        <Trash2 size={18} aria-hidden />
        {t('fishbone.deleteBone')}
      </button>
      {count > 0 && <p className="field-hint">{t('fishbone.deleteBoneCount', { count })}</p>}
    </>
  );
}

function EffectPanel({ board, doc, readOnly, dispatch }: Props) {
  const { t } = useTranslation();
  const [template, setTemplate] = useState<BoneTemplate>('service');
  return (
    <>
      <h2 id="inspector-title">{board.name}</h2>
      <TextField
        label={t('fishbone.effect')}
        hint={t('fishbone.effectHint')}
        multiline
        value={doc.effect.text}
        maxLength={LIMITS.noteText}
        onCommit={(text) => dispatch({ type: 'setEffect', text })}
      />
      <LinkedSource source={doc.effect.source} label={t('fishbone.source')} />
      <dl className="stats">
        <div>
          <dt>{t('fishbone.stats.causes')}</dt>
          <dd>{doc.causes.length}</dd>
        </div>
        <div>
          <dt>{t('fishbone.stats.roots')}</dt>
          <dd>{doc.causes.filter((c) => c.rootCause).length}</dd>
        </div>
        <div>
          <dt>{t('fishbone.stats.parked')}</dt>
          <dd>{doc.parked.length}</dd>
        </div>
      </dl>
      <div className="template-row">
        <SelectField
          label={t('fishbone.template')}
          value={template}
          options={BONE_TEMPLATES.map((k) => ({ value: k, label: t(`fishbone.templates.${k}`) }))}
          onChange={(v) => setTemplate(v as BoneTemplate)}
        />
        <button
          type="button"
          className="btn btn-small"
          disabled={readOnly}
          onClick={() =>
            dispatch({ type: 'applyTemplate', template, newIds: Array.from({ length: 6 }, () => newId()) })
          }
        >
          {t('fishbone.templateApply')}
        </button>
        <p className="field-hint">{t('fishbone.templateHint')}</p>
      </div>
    </>
  );
}
