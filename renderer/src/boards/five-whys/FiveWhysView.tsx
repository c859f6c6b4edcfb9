import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { exportBoardPicture } from '../kit/picture-export';
import { useTranslation } from 'react-i18next';
import { InlineTextEditor } from '../kit/InlineTextEditor';
import type { FiveWhysCommand, FiveWhysDoc, WhyStep } from '../../../../shared/boards/five-whys/model';
import { WHYS_LIMITS } from '../../../../shared/boards/five-whys/model';
import { fiveWhys } from '../../../../shared/boards/five-whys/definition';
import { orderedSteps, stepDepth, whyTree, type WhyNode } from '../../../../shared/boards/five-whys/tree';
import { runCommand } from '../../../../shared/boards/run';
import { ApiCallError } from '../../../../shared/api/client';
import { newId } from '../../../../shared/domain/ids';
import { LIMITS } from '../../../../shared/domain/limits';
import { toastError, toastInfo } from '../../app/toasts';
import { FindBar } from '../kit/FindBar';
import { fromTextField, readClipboardText, readPasteEvent, writeClipEvent } from '../kit/clipboard';
import { isToggleClick, useMultiSelection } from '../kit/useMultiSelection';
import {
  copyWhys,
  deleteWhysCommand,
  pasteWhysCommand,
  readWhysClip,
  setRootManyCommand,
  type WhysClip,
} from '../../../../shared/boards/five-whys/clipboard';
import { findInWhys, pastedAnswers, pasteChainCommand } from '../../../../shared/boards/five-whys/paste';
import type { BoardViewProps } from '../types';
import { takePendingFocus } from '../fishbone/links';
import { BoardToolbar } from '../kit/BoardToolbar';
import { nextZoomStep } from '../kit/zoom';
import { Download } from 'lucide-react';
import { FiveWhysInspector } from './FiveWhysInspector';
import { useBoardActions } from '../kit/useBoardActions';
import { FIVE_WHYS_ACTIONS, type WhysActionContext, type WhysOps } from './actions';
import './five-whys.css';

export type WhySelection = { kind: 'problem' } | { kind: 'step'; id: string };
interface Draft {
  id: string;
  parentId: string | null;
  afterId: string | null;
}

const ZOOMS = [0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5] as const;

export function FiveWhysView({ board, doc, dispatch, readOnly = false }: BoardViewProps<FiveWhysDoc, FiveWhysCommand>) {
  const { t } = useTranslation();
  const helpId = useId();
  const treeRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<WhySelection>(() => {
    const focus = takePendingFocus(board.id);
    return focus && doc.steps.some((s) => s.id === focus) ? { kind: 'step', id: focus } : { kind: 'problem' };
  });
  const [editing, setEditing] = useState<WhySelection | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  // Whether the step being typed exists in the board yet (it is created by the first save of its answer).
  const draftMade = useRef(false);
  const [zoom, setZoom] = useState(1);
  const areaRef = useRef<HTMLDivElement>(null);

  // Open at a zoom that shows the whole chain on the projector when it can be read that small (never below 67 %).
  function fitZoom(current: number) {
    const area = areaRef.current;
    const tree = treeRef.current;
    if (!area || !tree) return;
    // The tree is measured at the zoom it has now.
    const fitH = (area.clientHeight * current) / tree.scrollHeight;
    const fitW = (area.clientWidth * current) / tree.scrollWidth;
    const target = Math.min(1, fitH, fitW);
    setZoom([...ZOOMS].reverse().find((z) => z <= target && z >= 0.67) ?? (target < 0.67 ? 0.67 : 1));
  }
  useLayoutEffect(() => fitZoom(1), []);

  const shown = useMemo(() => {
    if (!draft) return doc;
    try {
      const cmd: FiveWhysCommand = {
        type: 'addStep',
        step: { id: draft.id, parentId: draft.parentId, question: '', answer: '' },
        afterId: draft.afterId,
      };
      return runCommand<FiveWhysDoc>(fiveWhys, doc, cmd).doc;
    } catch {
      return doc;
    }
  }, [doc, draft]);
  const tree = useMemo(() => whyTree(shown), [shown]);
  const byId = useMemo(() => new Map(doc.steps.map((s) => [s.id, s])), [doc.steps]);
  const selectedStep = selection.kind === 'step' ? byId.get(selection.id) : undefined;
  const stepIds = useMemo(() => doc.steps.map((s) => s.id), [doc.steps]);
  const multi = useMultiSelection(stepIds);
  /** What a command acts on: the whys selected together, else the selected why. */
  const chosenIds = () => multi.chosen(selectedStep ? selectedStep.id : null);

  useEffect(() => {
    if (selection.kind === 'step' && !byId.has(selection.id) && selection.id !== draft?.id)
      setSelection({ kind: 'problem' });
  }, [byId, selection, draft]);

  // Keyboard focus follows the selection (roving tabindex), unless a text box has it.
  const focusNext = useRef(false);
  useEffect(() => {
    if (!focusNext.current || editing) return;
    focusNext.current = false;
    const id = selection.kind === 'problem' ? 'why-problem' : `why-${selection.id}`;
    document.getElementById(id)?.focus({ preventScroll: false });
  }, [selection, editing, doc]);

  /** Selects one card; the whys selected together stay only when asked (a Shift/Ctrl+click, focus within them). */
  function select(s: WhySelection, focus = true, keepMany = false) {
    focusNext.current = focus;
    if (!keepMany) multi.clear();
    setSelection(s);
  }

  /** Shift/Ctrl+click on a why adds it to the selection or takes it out. */
  function toggleStep(id: string) {
    const primary = multi.toggle(id, selectedStep ? selectedStep.id : null);
    select(primary ? { kind: 'step', id: primary } : { kind: 'problem' }, true, true);
  }

  function startDraft(parentId: string | null, afterId: string | null) {
    if (readOnly) return;
    if (parentId && stepDepth(doc, parentId) + 1 > WHYS_LIMITS.depth) {
      toastError(
        new ApiCallError({ code: 'boardCommand', key: 'whys.errors.tooDeep', params: { max: WHYS_LIMITS.depth } }),
      );
      return;
    }
    const id = newId();
    draftMade.current = false;
    setDraft({ id, parentId, afterId });
    setEditing({ kind: 'step', id });
    setSelection({ kind: 'step', id });
  }

  function addChild() {
    startDraft(selection.kind === 'step' ? selection.id : null, null);
  }

  function addBranch() {
    if (selectedStep) startDraft(selectedStep.parentId, selectedStep.id);
    else startDraft(null, null);
  }

  function toggleRoot() {
    if (readOnly) return;
    if (multi.many.length > 0) {
      const cmd = setRootManyCommand(doc, multi.many, !(selectedStep?.rootCause ?? false));
      if (cmd) dispatch(cmd);
    } else if (selectedStep)
      dispatch({ type: 'setRootCause', id: selectedStep.id, rootCause: !selectedStep.rootCause });
  }

  /** Deletes the chosen whys, each with everything below it: one undo step. */
  function deleteSelected() {
    if (readOnly) return;
    const ids = chosenIds();
    const cmd = deleteWhysCommand(doc, ids);
    if (!cmd) return;
    // The first chosen why's parent stays (unless it goes too): selection and focus land there.
    const first = byId.get(ids[0]!);
    const gone = new Set(ids);
    dispatch(cmd.type === 'batch' && cmd.commands.length === 1 ? cmd.commands[0]! : cmd);
    select(first?.parentId && !gone.has(first.parentId) ? { kind: 'step', id: first.parentId } : { kind: 'problem' });
  }

  function saveText(stepId: string | null, text: string) {
    if (readOnly) return;
    if (stepId === null) dispatch({ type: 'setProblem', text });
    else if (draft && stepId === draft.id) {
      // A new step is created by the first save of its answer (durable while typed, one undo step with the typing)
      // and removed again if the answer is emptied.
      const empty = text.trim() === '';
      if (!draftMade.current) {
        if (empty) return;
        dispatch({
          type: 'addStep',
          step: { id: draft.id, parentId: draft.parentId, question: '', answer: text },
          afterId: draft.afterId,
        });
        draftMade.current = true;
      } else if (empty) {
        dispatch({ type: 'deleteStep', id: draft.id });
        draftMade.current = false;
      } else dispatch({ type: 'setAnswer', id: stepId, text });
    } else dispatch({ type: 'setAnswer', id: stepId, text });
  }

  function commit(text: string | null, next: 'none' | 'child') {
    const target = editing;
    setEditing(null);
    focusNext.current = true;
    if (!target) return;
    if (target.kind === 'step' && draft && target.id === draft.id) {
      const d = draft;
      setDraft(null);
      if (text === null || text.trim() === '') {
        setSelection(
          d.afterId
            ? { kind: 'step', id: d.afterId }
            : d.parentId
              ? { kind: 'step', id: d.parentId }
              : { kind: 'problem' },
        );
        return;
      }
      // The editor has already saved the step (created with its first answer).
      setSelection({ kind: 'step', id: d.id });
      if (next === 'child') startDraft(d.id, null);
      return;
    }
    // An existing card's text is already saved by the editor (as typed, and its final form when editing ended).
    if (text === null) return;
    if (target.kind === 'problem') {
      if (next === 'child') startDraft(null, null);
    } else {
      const s = byId.get(target.id);
      if (s && next === 'child') startDraft(s.id, null);
    }
  }

  function siblings(s: WhyStep): WhyStep[] {
    return doc.steps.filter((x) => x.parentId === s.parentId);
  }

  const [find, setFind] = useState<{ query: string; index: number } | null>(null);
  const hits = useMemo(() => (find ? findInWhys(doc, find.query) : []), [doc, find]);

  function findStep(dir: 1 | -1) {
    if (!find || hits.length === 0) return;
    const index = (find.index + dir + hits.length) % hits.length;
    setFind({ ...find, index });
    select({ kind: 'step', id: hits[index]! }, false);
    document.getElementById(`why-${hits[index]}`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  /** Pasted lines become a chain of whys under the selected why (or the problem): one undo step. */
  function pasteText(text: string) {
    if (readOnly) return;
    const answers = pastedAnswers(text);
    if (answers.length === 0) {
      toastInfo(t('whys.paste.empty'));
      return;
    }
    const r = pasteChainCommand(doc, answers, selectedStep ? selectedStep.id : null, newId);
    if (!r.command) {
      toastInfo(t('whys.paste.full', { max: WHYS_LIMITS.depth }));
      return;
    }
    dispatch(r.command);
    select({ kind: 'step', id: r.stepIds[r.stepIds.length - 1]! });
    if (r.skipped > 0)
      toastInfo(t('whys.paste.tooMany', { added: r.stepIds.length, skipped: r.skipped, max: WHYS_LIMITS.depth }));
    else toastInfo(t('whys.paste.done', { count: r.stepIds.length }));
  }

  /** Copied whys (with what was below them) under the selected why, or under the problem: one undo step. */
  function pasteClip(clip: WhysClip) {
    if (readOnly) return;
    const { command, stepIds: tops } = pasteWhysCommand(clip, selectedStep ? selectedStep.id : null, newId);
    dispatch(command);
    if (tops.length > 1) multi.setMany(tops);
    select({ kind: 'step', id: tops[0]! }, true, tops.length > 1);
  }

  function onPaste(e: ClipboardEvent<HTMLDivElement>) {
    if (fromTextField(e)) return;
    e.preventDefault();
    const got = readPasteEvent(e, readWhysClip);
    if ('clip' in got) pasteClip(got.clip);
    else if ('text' in got) pasteText(got.text);
    else if ('key' in got) toastInfo(t(got.key));
    else toastInfo(t('whys.paste.noText'));
  }

  function onCopy(e: ClipboardEvent<HTMLDivElement>, cut = false) {
    if (fromTextField(e)) return;
    const c = copyWhys(doc, chosenIds());
    if (!c) return;
    writeClipEvent(e, c.clip, c.text);
    if (cut) deleteSelected();
  }

  /** A copy of the chosen whys (with what is below them) beside the originals, under the same parent. */
  function duplicate() {
    if (readOnly || !selectedStep) return;
    const c = copyWhys(doc, chosenIds());
    if (!c) return;
    const { command, stepIds: tops } = pasteWhysCommand(c.clip, selectedStep.parentId, newId);
    dispatch(command);
    if (tops.length > 1) multi.setMany(tops);
    select({ kind: 'step', id: tops[0]! }, true, tops.length > 1);
  }

  const ops: WhysOps = {
    paste: () => void readClipboardText().then((r) => (r.ok ? pasteText(r.text) : toastInfo(t(r.key)))),
    find: () => setFind((f) => f ?? { query: '', index: 0 }),
    selectAll: () => {
      const ordered = orderedSteps(doc).map(({ step }) => step.id);
      if (ordered.length === 0) return;
      multi.setMany(ordered);
      select({ kind: 'step', id: selectedStep ? selectedStep.id : ordered[0]! }, true, true);
    },
    copy: () => document.execCommand('copy'),
    cut: () => document.execCommand('cut'),
    duplicate,
    addWhy: addChild,
    addBranch,
    editText: () => !readOnly && setEditing(selection),
    toggleRoot,
    deleteSelected,
    toParent: () =>
      selectedStep && select(selectedStep.parentId ? { kind: 'step', id: selectedStep.parentId } : { kind: 'problem' }),
    toFirstChild: () => {
      const first = doc.steps.find((x) => x.parentId === (selectedStep ? selectedStep.id : null));
      if (first) select({ kind: 'step', id: first.id });
    },
    toSibling: (dir) => {
      if (!selectedStep) return;
      const sibs = siblings(selectedStep);
      const n = sibs[sibs.findIndex((x) => x.id === selectedStep.id) + dir];
      if (n) select({ kind: 'step', id: n.id });
    },
    toProblem: () => select({ kind: 'problem' }),
    leave: () => (multi.many.length > 0 ? multi.clear() : treeRef.current?.focus()),
  };
  const board$ = useBoardActions<WhysActionContext>(FIVE_WHYS_ACTIONS, (kit) => ({
    kit,
    readOnly,
    onProblem: selection.kind === 'problem',
    hasSteps: doc.steps.length > 0,
    isRoot: selectedStep?.rootCause ?? false,
    many: multi.many.length,
    ops,
    zoom: {
      scale: zoom,
      zoomIn: () => setZoom(nextZoomStep(ZOOMS, zoom, 1)),
      zoomOut: () => setZoom(nextZoomStep(ZOOMS, zoom, -1)),
      reset: () => setZoom(1),
      fit: () => fitZoom(zoom),
    },
  }));

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (!(e.target as HTMLElement).classList.contains('why-card')) return;
    board$.onKeyDown(e);
  }

  // Exports are drawn from the board's picture: what the projector shows, every answer whole, sections stacked.
  async function exportImage(kind: 'png' | 'svg') {
    try {
      await exportBoardPicture(board, doc, kind, { scale: 2 });
    } catch (e) {
      toastError(e);
    }
  }

  const deepest = doc.steps.length === 0 ? 0 : Math.max(...doc.steps.map((s) => stepDepth(doc, s.id)));

  return (
    <div className="wall whys">
      <BoardToolbar
        label={t('whys.toolbar')}
        actions={board$.actions}
        ctx={board$.ctx}
        zoom={zoom}
        beforeView={
          <span className="fishbone-export" role="group" aria-label={t('whys.export')}>
            <Download size={18} aria-hidden />
            <button type="button" className="btn btn-ghost btn-small" onClick={() => void exportImage('png')}>
              {t('whys.exportPng')}
            </button>
            <button type="button" className="btn btn-ghost btn-small" onClick={() => void exportImage('svg')}>
              {t('whys.exportSvg')}
            </button>
          </span>
        }
      />
      <div className="wall-body">
        <div className="whys-area" ref={areaRef}>
          {find && (
            <FindBar
              query={find.query}
              onQuery={(query) => {
                setFind({ query, index: 0 });
                const first = findInWhys(doc, query)[0];
                if (first) {
                  select({ kind: 'step', id: first }, false);
                  document.getElementById(`why-${first}`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
                }
              }}
              count={hits.length}
              index={hits.length > 0 ? find.index : -1}
              onStep={findStep}
              onClose={() => {
                setFind(null);
                document.getElementById(selection.kind === 'problem' ? 'why-problem' : `why-${selection.id}`)?.focus();
              }}
            />
          )}
          <div
            ref={treeRef}
            className="whys-tree"
            role="tree"
            aria-label={t('whys.chainLabel', { count: doc.steps.length })}
            aria-describedby={helpId}
            tabIndex={-1}
            onKeyDown={onKeyDown}
            aria-multiselectable
            onPaste={onPaste}
            onCopy={(e) => onCopy(e)}
            onCut={(e) => onCopy(e, true)}
            onContextMenu={(e) => {
              if ((e.target as HTMLElement).closest('input, textarea, select')) return;
              board$.onContextMenu(e);
            }}
            style={{ zoom }}
          >
            <div className="whys-export">
              <ul className="whys-root" role="none">
                <li role="none">
                  <ProblemCard
                    doc={doc}
                    selected={selection.kind === 'problem'}
                    editing={editing?.kind === 'problem'}
                    onSelect={() => select({ kind: 'problem' }, false)}
                    onEdit={() => !readOnly && setEditing({ kind: 'problem' })}
                    onDone={commit}
                    onSave={saveText}
                    expanded={tree.length > 0}
                  />
                  {tree.length > 0 && (
                    <ul role="group">
                      {tree.map((n, i) => (
                        <StepItem
                          key={n.step.id}
                          node={n}
                          index={i}
                          setSize={tree.length}
                          selection={selection}
                          picked={multi.has}
                          editing={editing}
                          draftId={draft?.id}
                          onSelect={(id) => select({ kind: 'step', id }, false, multi.has(id))}
                          onClick={(id, e) => (isToggleClick(e) ? toggleStep(id) : select({ kind: 'step', id }, false))}
                          onEdit={(id) => !readOnly && setEditing({ kind: 'step', id })}
                          onDone={commit}
                          onSave={saveText}
                        />
                      ))}
                    </ul>
                  )}
                </li>
              </ul>
            </div>
          </div>
          {doc.steps.length === 0 && !draft && (
            <div className="whys-empty" aria-hidden>
              <p>{t('whys.emptyTitle')}</p>
              <p className="muted">{t('whys.emptyHint')}</p>
            </div>
          )}
          <p id={helpId} className="visually-hidden">
            {t('whys.emptyHint')} {t('whys.keys.tab')}, {t('whys.keys.enter')}, {t('whys.keys.f2')}, {t('whys.keys.r')}.
          </p>
        </div>
        <FiveWhysInspector
          board={board}
          doc={doc}
          step={selectedStep}
          deepest={deepest}
          readOnly={readOnly}
          dispatch={dispatch}
          onDelete={deleteSelected}
        />
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {selectedStep
          ? `${t('whys.answer')}: ${selectedStep.answer}${selectedStep.rootCause ? ` (${t('whys.rootBadge')})` : ''}`
          : ''}
      </p>
      {board$.overlays}
    </div>
  );
}

interface CardEditProps {
  onDone: (text: string | null, next: 'none' | 'child') => void;
  /** Saves an existing card's text as it is typed (null: the problem). */
  onSave: (stepId: string | null, text: string) => void;
}

function ProblemCard({
  doc,
  selected,
  editing,
  onSelect,
  onEdit,
  onDone,
  onSave,
  expanded,
}: CardEditProps & {
  doc: FiveWhysDoc;
  selected: boolean;
  editing: boolean;
  onSelect: () => void;
  onEdit: () => void;
  expanded: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div
      id="why-problem"
      className={`why-card why-problem${selected ? ' is-selected' : ''}`}
      role="treeitem"
      aria-level={1}
      aria-selected={selected}
      aria-expanded={expanded}
      aria-label={`${t('whys.problem')}: ${doc.problem || t('whys.problemEmpty')}`}
      tabIndex={selected ? 0 : -1}
      onFocus={onSelect}
      onClick={onSelect}
      onDoubleClick={onEdit}
    >
      <span className="why-kicker">{t('whys.problem')}</span>
      {editing ? (
        <InlineTextEditor
          className="why-editor"
          rows={3}
          stopClicks
          tabForChild
          initial={doc.problem}
          label={t('whys.problem')}
          maxLength={LIMITS.noteText}
          save={(text) => onSave(null, text)}
          onDone={onDone}
        />
      ) : (
        <p className={`why-text${doc.problem ? '' : ' is-empty'}`}>{doc.problem || t('whys.problemEmpty')}</p>
      )}
    </div>
  );
}

interface StepProps extends CardEditProps {
  node: WhyNode;
  index: number;
  setSize: number;
  selection: WhySelection;
  /** Whether a why is one of several selected together. */
  picked: (id: string) => boolean;
  editing: WhySelection | null;
  draftId: string | undefined;
  onSelect: (id: string) => void;
  onClick: (id: string, e: MouseEvent) => void;
  onEdit: (id: string) => void;
}

function StepItem(p: StepProps) {
  const { t } = useTranslation();
  const { step, depth, children } = p.node;
  const selected = p.picked(step.id) || (p.selection.kind === 'step' && p.selection.id === step.id);
  const current = p.selection.kind === 'step' && p.selection.id === step.id;
  const editing = p.editing?.kind === 'step' && p.editing.id === step.id;
  const question = step.question || t('whys.why');
  return (
    <li role="none">
      <div
        id={`why-${step.id}`}
        className={`why-card${selected ? ' is-selected' : ''}${step.rootCause ? ' is-root' : ''}`}
        role="treeitem"
        aria-level={depth + 1}
        aria-posinset={p.index + 1}
        aria-setsize={p.setSize}
        aria-selected={selected}
        aria-expanded={children.length > 0 ? true : undefined}
        aria-label={`${depth}. ${question} ${step.answer || t('whys.emptyAnswer')}${step.rootCause ? `, ${t('whys.rootBadge')}` : ''}`}
        tabIndex={current ? 0 : -1}
        onFocus={() => p.onSelect(step.id)}
        // A Shift/Ctrl+press must not move focus (which selects one card) before the click adds to the selection.
        onMouseDown={(e) => isToggleClick(e) && e.preventDefault()}
        onClick={(e) => p.onClick(step.id, e)}
        onDoubleClick={() => p.onEdit(step.id)}
      >
        <span className="why-kicker">
          <span className="why-depth" aria-hidden>
            {depth}
          </span>
          {question}
          {step.rootCause && <span className="why-root-badge">{t('whys.rootBadge')}</span>}
        </span>
        {editing ? (
          <InlineTextEditor
            className="why-editor"
            rows={3}
            stopClicks
            tabForChild
            initial={step.id === p.draftId ? '' : step.answer}
            label={t('whys.answer')}
            maxLength={LIMITS.noteText}
            // Saves as typed; a new step (draft) is created by its first save.
            save={(text) => p.onSave(step.id, text)}
            onDone={p.onDone}
          />
        ) : (
          <p className={`why-text${step.answer ? '' : ' is-empty'}`}>{step.answer || t('whys.emptyAnswer')}</p>
        )}
        {step.rootCause && step.countermeasure.trim() !== '' && (
          <p className="why-countermeasure">{t('whys.countermeasureShown', { text: step.countermeasure })}</p>
        )}
      </div>
      {children.length > 0 && (
        <ul role="group">
          {children.map((c, i) => (
            <StepItem key={c.step.id} {...p} node={c} index={i} setSize={children.length} />
          ))}
        </ul>
      )}
    </li>
  );
}
