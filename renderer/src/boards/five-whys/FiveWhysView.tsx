import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toPng, toSvg } from 'html-to-image';
import type { FiveWhysCommand, FiveWhysDoc, WhyStep } from '../../../../shared/boards/five-whys/model';
import { WHYS_LIMITS } from '../../../../shared/boards/five-whys/model';
import { fiveWhys } from '../../../../shared/boards/five-whys/definition';
import { stepDepth, whyTree, type WhyNode } from '../../../../shared/boards/five-whys/tree';
import { runCommand } from '../../../../shared/boards/run';
import { ApiCallError } from '../../../../shared/api/client';
import { newId } from '../../../../shared/domain/ids';
import { LIMITS } from '../../../../shared/domain/limits';
import { toastError } from '../../app/toasts';
import { useApp } from '../../app/store';
import type { BoardViewProps } from '../types';
import { downloadUrl, safeFileName } from '../fishbone/download';
import { takePendingFocus } from '../fishbone/links';
import { FiveWhysToolbar } from './FiveWhysToolbar';
import { FiveWhysInspector } from './FiveWhysInspector';
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
  const exportRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<WhySelection>(() => {
    const focus = takePendingFocus(board.id);
    return focus && doc.steps.some((s) => s.id === focus) ? { kind: 'step', id: focus } : { kind: 'problem' };
  });
  const [editing, setEditing] = useState<WhySelection | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [zoom, setZoom] = useState(1);
  const areaRef = useRef<HTMLDivElement>(null);

  // Open at a zoom that shows the whole chain on the projector when it can be read that small (never below 67 %).
  useLayoutEffect(() => {
    const area = areaRef.current;
    const tree = treeRef.current;
    if (!area || !tree) return;
    const fitH = area.clientHeight / tree.scrollHeight;
    const fitW = area.clientWidth / tree.scrollWidth;
    const target = Math.min(1, fitH, fitW);
    setZoom([...ZOOMS].reverse().find((z) => z <= target && z >= 0.67) ?? (target < 0.67 ? 0.67 : 1));
  }, []);
  const theme = useApp((s) => s.settings.theme);

  const shown = useMemo(() => {
    if (!draft) return doc;
    try {
      const cmd: FiveWhysCommand = { type: 'addStep', step: { id: draft.id, parentId: draft.parentId, question: '', answer: '' }, afterId: draft.afterId };
      return runCommand<FiveWhysDoc>(fiveWhys, doc, cmd).doc;
    } catch {
      return doc;
    }
  }, [doc, draft]);
  const tree = useMemo(() => whyTree(shown), [shown]);
  const byId = useMemo(() => new Map(doc.steps.map((s) => [s.id, s])), [doc.steps]);
  const selectedStep = selection.kind === 'step' ? byId.get(selection.id) : undefined;

  useEffect(() => {
    if (selection.kind === 'step' && !byId.has(selection.id) && selection.id !== draft?.id) setSelection({ kind: 'problem' });
  }, [byId, selection, draft]);

  // Keyboard focus follows the selection (roving tabindex), unless a text box has it.
  const focusNext = useRef(false);
  useEffect(() => {
    if (!focusNext.current || editing) return;
    focusNext.current = false;
    const id = selection.kind === 'problem' ? 'why-problem' : `why-${selection.id}`;
    document.getElementById(id)?.focus({ preventScroll: false });
  }, [selection, editing, doc]);

  function select(s: WhySelection, focus = true) {
    focusNext.current = focus;
    setSelection(s);
  }

  function startDraft(parentId: string | null, afterId: string | null) {
    if (readOnly) return;
    if (parentId && stepDepth(doc, parentId) + 1 > WHYS_LIMITS.depth) {
      toastError(new ApiCallError({ code: 'boardCommand', key: 'whys.errors.tooDeep', params: { max: WHYS_LIMITS.depth } }));
      return;
    }
    const id = newId();
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
    if (selectedStep && !readOnly) dispatch({ type: 'setRootCause', id: selectedStep.id, rootCause: !selectedStep.rootCause });
  }

  function deleteSelected() {
    if (!selectedStep || readOnly) return;
    dispatch({ type: 'deleteStep', id: selectedStep.id });
    select(selectedStep.parentId ? { kind: 'step', id: selectedStep.parentId } : { kind: 'problem' });
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
        setSelection(d.afterId ? { kind: 'step', id: d.afterId } : d.parentId ? { kind: 'step', id: d.parentId } : { kind: 'problem' });
        return;
      }
      dispatch({ type: 'addStep', step: { id: d.id, parentId: d.parentId, question: '', answer: text.trim() }, afterId: d.afterId });
      setSelection({ kind: 'step', id: d.id });
      if (next === 'child') startDraft(d.id, null);
      return;
    }
    if (text === null) return;
    if (target.kind === 'problem') {
      if (text.trim() !== doc.problem) dispatch({ type: 'setProblem', text: text.trim() });
      if (next === 'child') startDraft(null, null);
    } else {
      const s = byId.get(target.id);
      if (s && s.answer !== text.trim()) dispatch({ type: 'setAnswer', id: s.id, text: text.trim() });
      if (s && next === 'child') startDraft(s.id, null);
    }
  }

  function siblings(s: WhyStep): WhyStep[] {
    return doc.steps.filter((x) => x.parentId === s.parentId);
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const target = e.target as HTMLElement;
    if (!target.classList.contains('why-card') || e.ctrlKey || e.metaKey || e.altKey) return;
    const s = selectedStep;
    switch (e.key) {
      case 'Tab':
        if (e.shiftKey || readOnly) return;
        addChild();
        break;
      case 'Enter':
        if (selection.kind === 'problem') setEditing({ kind: 'problem' });
        else addBranch();
        break;
      case 'F2':
        if (!readOnly) setEditing(selection);
        break;
      case 'ArrowUp':
        if (s) select(s.parentId ? { kind: 'step', id: s.parentId } : { kind: 'problem' });
        break;
      case 'ArrowDown': {
        const first = doc.steps.find((x) => x.parentId === (s ? s.id : null));
        if (first) select({ kind: 'step', id: first.id });
        break;
      }
      case 'ArrowLeft':
      case 'ArrowRight': {
        if (!s) break;
        const sibs = siblings(s);
        const i = sibs.findIndex((x) => x.id === s.id);
        const n = sibs[e.key === 'ArrowLeft' ? i - 1 : i + 1];
        if (n) select({ kind: 'step', id: n.id });
        break;
      }
      case 'Home':
        select({ kind: 'problem' });
        break;
      case 'r':
      case 'R':
        toggleRoot();
        break;
      case 'Delete':
      case 'Backspace':
        deleteSelected();
        break;
      case 'Escape':
        treeRef.current?.focus();
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  async function exportImage(kind: 'png' | 'svg') {
    const el = exportRef.current;
    if (!el) return;
    try {
      const opts = { backgroundColor: theme === 'high-contrast' ? '#000000' : '#ffffff', pixelRatio: 2, cacheBust: true };
      const url = kind === 'png' ? await toPng(el, opts) : await toSvg(el, opts);
      downloadUrl(url, safeFileName(board.name, kind));
    } catch (e) {
      toastError(e);
    }
  }

  const deepest = doc.steps.length === 0 ? 0 : Math.max(...doc.steps.map((s) => stepDepth(doc, s.id)));

  return (
    <div className="wall whys">
      <FiveWhysToolbar
        readOnly={readOnly}
        hasStep={selectedStep !== undefined}
        isRoot={selectedStep?.rootCause ?? false}
        onAddWhy={addChild}
        onAddBranch={addBranch}
        onToggleRoot={toggleRoot}
        onDelete={deleteSelected}
        onExport={(k) => void exportImage(k)}
        zoom={zoom}
        onZoom={(dir) => {
          const i = ZOOMS.findIndex((z) => z >= zoom - 0.001);
          const next = dir === 'reset' ? 1 : ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, i + (dir === 'in' ? 1 : -1)))]!;
          setZoom(next);
        }}
      />
      <div className="wall-body">
        <div className="whys-area" ref={areaRef}>
          <div
            ref={treeRef}
            className="whys-tree"
            role="tree"
            aria-label={t('whys.chainLabel', { count: doc.steps.length })}
            aria-describedby={helpId}
            tabIndex={-1}
            onKeyDown={onKeyDown}
            style={{ zoom }}
          >
            <div ref={exportRef} className="whys-export">
              <ul className="whys-root" role="none">
                <li role="none">
                  <ProblemCard
                    doc={doc}
                    selected={selection.kind === 'problem'}
                    editing={editing?.kind === 'problem'}
                    onSelect={() => select({ kind: 'problem' }, false)}
                    onEdit={() => !readOnly && setEditing({ kind: 'problem' })}
                    onDone={commit}
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
                          editing={editing}
                          draftId={draft?.id}
                          onSelect={(id) => select({ kind: 'step', id }, false)}
                          onEdit={(id) => !readOnly && setEditing({ kind: 'step', id })}
                          onDone={commit}
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
        <FiveWhysInspector board={board} doc={doc} step={selectedStep} deepest={deepest} readOnly={readOnly} dispatch={dispatch} onDelete={deleteSelected} />
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {selectedStep ? `${t('whys.answer')}: ${selectedStep.answer}${selectedStep.rootCause ? ` (${t('whys.rootBadge')})` : ''}` : ''}
      </p>
    </div>
  );
}

interface CardEditProps {
  onDone: (text: string | null, next: 'none' | 'child') => void;
}

function ProblemCard({ doc, selected, editing, onSelect, onEdit, onDone, expanded }: CardEditProps & { doc: FiveWhysDoc; selected: boolean; editing: boolean; onSelect: () => void; onEdit: () => void; expanded: boolean }) {
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
        <CardEditor initial={doc.problem} label={t('whys.problem')} maxLength={LIMITS.noteText} onDone={onDone} />
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
  editing: WhySelection | null;
  draftId: string | undefined;
  onSelect: (id: string) => void;
  onEdit: (id: string) => void;
}

function StepItem(p: StepProps) {
  const { t } = useTranslation();
  const { step, depth, children } = p.node;
  const selected = p.selection.kind === 'step' && p.selection.id === step.id;
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
        tabIndex={selected ? 0 : -1}
        onFocus={() => p.onSelect(step.id)}
        onClick={() => p.onSelect(step.id)}
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
          <CardEditor initial={step.id === p.draftId ? '' : step.answer} label={t('whys.answer')} maxLength={LIMITS.noteText} onDone={p.onDone} />
        ) : (
          <p className={`why-text${step.answer ? '' : ' is-empty'}`}>{step.answer || t('whys.emptyAnswer')}</p>
        )}
        {step.rootCause && step.countermeasure.trim() !== '' && <p className="why-countermeasure">{t('whys.countermeasureShown', { text: step.countermeasure })}</p>}
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

function CardEditor({ initial, label, maxLength, onDone }: CardEditProps & { initial: string; label: string; maxLength: number }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  const [text, setText] = useState(initial);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  function finish(v: string | null, next: 'none' | 'child' = 'none') {
    if (done.current) return;
    done.current = true;
    onDone(v, next);
  }
  return (
    <textarea
      ref={ref}
      className="why-editor"
      aria-label={label}
      value={text}
      rows={3}
      maxLength={maxLength}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => finish(text)}
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') {
          e.preventDefault();
          finish(null);
        } else if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          finish(text);
        } else if (e.key === 'Tab' && !e.shiftKey && text.trim() !== '') {
          e.preventDefault();
          finish(text, 'child');
        }
      }}
    />
  );
}
