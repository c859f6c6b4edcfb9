import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Konva from 'konva';
import type { FishboneCommand, FishboneDoc, Cause } from '../../../../shared/boards/fishbone/model';
import { FISHBONE_LIMITS } from '../../../../shared/boards/fishbone/model';
import { fishbone } from '../../../../shared/boards/fishbone/definition';
import { boneAt, layoutFishbone, noteAt, FISHBONE_GEOMETRY as G, type Box, type FishboneLayout } from '../../../../shared/boards/fishbone/layout';
import { FISHBONE_HIGH_CONTRAST, FISHBONE_LIGHT, fishboneSvg } from '../../../../shared/boards/fishbone/svg';
import { causeDepth, childrenIndex, subtreeIds } from '../../../../shared/boards/fishbone/tree';
import { runCommand } from '../../../../shared/boards/run';
import { newId } from '../../../../shared/domain/ids';
import { LIMITS } from '../../../../shared/domain/limits';
import { call } from '../../api';
import { ApiCallError } from '../../../../shared/api/client';
import { currentWorkshopId, refreshWorkshop } from '../../app/actions';
import { useApp } from '../../app/store';
import { toastError } from '../../app/toasts';
import type { BoardViewProps } from '../types';
import { clampScale, type Viewport } from '../ideas-wall/geometry';
import { FishboneCanvas, type FishSelection } from './FishboneCanvas';
import { FishboneInspector } from './FishboneInspector';
import { FishboneToolbar } from './FishboneToolbar';
import { FishboneList } from './FishboneList';
import { useBoardMeasure } from './measure';
import { boxOf, neighbour } from './nav';
import { downloadText, downloadUrl, safeFileName } from './download';
import { openLinked, takePendingFocus } from './links';
import './fishbone.css';

type EditTarget = { kind: 'cause' | 'bone'; id: string } | { kind: 'head' } | { kind: 'draft' };
interface Draft {
  id: string;
  boneId: string;
  parentId: string | null;
  afterId: string | null;
}

/** A viewport showing the whole diagram (never above 100 %, nor so small that it cannot be read at all). */
function fit(layout: FishboneLayout, width: number, height: number, maxScale = 1): Viewport {
  const b = layout.bounds;
  const pad = 28;
  const scale = clampScale(Math.max(0.3, Math.min(maxScale, (width - 2 * pad) / b.w, (height - 2 * pad) / b.h)));
  return { scale, x: Math.round((width - b.w * scale) / 2 - b.x * scale), y: Math.round(Math.max(pad, (height - b.h * scale) / 2) - b.y * scale) };
}

export function FishboneView({ board, doc, dispatch, readOnly = false }: BoardViewProps<FishboneDoc, FishboneCommand>) {
  const { t } = useTranslation();
  const helpId = useId();
  const wrapRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const [size, setSize] = useState({ width: 800, height: 500 });
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const [selection, setSelection] = useState<FishSelection>(null);
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const measure = useBoardMeasure();
  const theme = useApp((s) => s.settings.theme);
  const palette = theme === 'high-contrast' ? FISHBONE_HIGH_CONTRAST : FISHBONE_LIGHT;

  useLayoutEffect(() => {
    const el = wrapRef.current;
    if (!el) return;
    const update = () => setSize({ width: Math.max(200, el.clientWidth), height: Math.max(200, el.clientHeight) });
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const boneName = useCallback(
    (id: string) => {
      const b = doc.bones.find((x) => x.id === id);
      if (!b) return '';
      return b.name || (b.preset ? t(`fishbone.preset.${b.preset}`) : t('fishbone.unnamedBone'));
    },
    [doc.bones, t],
  );

  // The doc as drawn: with the cause being typed in place, so the editor sits where the note will be.
  const shown = useMemo(() => {
    if (!draft) return doc;
    try {
      const cmd: FishboneCommand = { type: 'addCause', cause: { id: draft.id, boneId: draft.boneId, parentId: draft.parentId, text: '' }, afterId: draft.afterId };
      return runCommand<FishboneDoc>(fishbone, doc, cmd).doc;
    } catch {
      return doc;
    }
  }, [doc, draft]);

  const causeById = useMemo(() => new Map(doc.causes.map((c) => [c.id, c])), [doc.causes]);
  const badge = useCallback(
    (id: string) => {
      const c = causeById.get(id);
      if (!c) return '';
      const parts: string[] = [];
      if (c.rootCause) parts.push(c.evidence ? t('fishbone.badgeRoot', { evidence: t(`fishbone.evidenceKind.${c.evidence}`) }) : t('fishbone.badgeRootNoEvidence'));
      if (c.whys) parts.push(t('fishbone.badgeWhys'));
      return parts.join(' · ');
    },
    [causeById, t],
  );  const layout = useMemo(
    () => layoutFishbone(shown, { measure, boneName, badgeText: badge, emptyText: t('fishbone.emptyCause'), emptyEffect: t('fishbone.emptyEffect') }),
    [shown, boneName, badge, t, measure],
  );

  const rootIds = useMemo(() => new Set(doc.causes.filter((c) => c.rootCause).map((c) => c.id)), [doc.causes]);
  const emptyIds = useMemo(() => new Set(shown.causes.filter((c) => c.text.trim() === '').map((c) => c.id)), [shown.causes]);



  // Until the coach zooms or pans, the whole diagram stays fitted to the screen (as it grows, as the window resizes).
  const [autoFit, setAutoFit] = useState(true);
  useEffect(() => {
    if (viewport === null && size.width > 200) {
      const focus = takePendingFocus(board.id);
      if (focus && causeById.has(focus)) setSelection({ kind: 'cause', id: focus });
    }
    if (size.width > 200 && (viewport === null || autoFit)) {
      const next = fit(layout, size.width, size.height);
      if (!viewport || next.x !== viewport.x || next.y !== viewport.y || next.scale !== viewport.scale) setViewport(next);
    }
  }, [viewport, size, layout, board.id, causeById, autoFit]);

  function moveViewport(v: Viewport) {
    setAutoFit(false);
    setViewport(v);
  }

  // Drop a selection whose item went away (undo, another window).
  useEffect(() => {
    if (selection?.kind === 'cause' && !causeById.has(selection.id)) setSelection(null);
    if (selection?.kind === 'bone' && !doc.bones.some((b) => b.id === selection.id)) setSelection(null);
  }, [doc, selection, causeById]);

  const vp = viewport ?? { x: 40, y: 40, scale: 1 };
  const selectedCause = selection?.kind === 'cause' ? causeById.get(selection.id) : undefined;
  const selectedBone = selection?.kind === 'bone' ? doc.bones.find((b) => b.id === selection.id) : undefined;

  function reveal(box: Box | undefined, current: Viewport = vp) {
    if (!box) return;
    const m = 24;
    const left = current.x + box.x * current.scale;
    const top = current.y + box.y * current.scale;
    const right = left + box.w * current.scale;
    const bottom = top + box.h * current.scale;
    let nx = current.x;
    let ny = current.y;
    if (right > size.width - m) nx -= right - (size.width - m);
    if (left + (nx - current.x) < m) nx += m - (left + (nx - current.x));
    if (bottom > size.height - m) ny -= bottom - (size.height - m);
    if (top + (ny - current.y) < m) ny += m - (top + (ny - current.y));
    if (nx !== current.x || ny !== current.y) moveViewport({ ...current, x: nx, y: ny });
  }

  function selectAndReveal(s: FishSelection) {
    setSelection(s);
    reveal(boxOf(layout, s));
  }

  function startDraft(boneId: string, parentId: string | null, afterId: string | null) {
    if (readOnly) return;
    if (parentId && causeDepth(doc, parentId) + 1 > FISHBONE_LIMITS.depth) {
      toastError(new ApiCallError({ code: 'boardCommand', key: 'fishbone.errors.tooDeep', params: { max: FISHBONE_LIMITS.depth } }));
      return;
    }
    const d = { id: newId(), boneId, parentId, afterId };
    setDraft(d);
    setEditing({ kind: 'draft' });
  }

  // Keep the cause being typed in view.
  useEffect(() => {
    if (editing?.kind === 'draft' && draft) reveal(layout.notes.find((n) => n.id === draft.id));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- scroll once when a draft opens, not on every relayout
  }, [draft]);

  function addSibling() {
    if (selectedCause) startDraft(selectedCause.boneId, selectedCause.parentId, selectedCause.id);
    else if (selectedBone) startDraft(selectedBone.id, null, null);
    else if (doc.bones[0]) startDraft(doc.bones[0].id, null, null);
  }

  function addChild() {
    if (selectedCause) startDraft(selectedCause.boneId, selectedCause.id, null);
    else if (selectedBone) startDraft(selectedBone.id, null, null);
  }

  function addBone() {
    if (readOnly || doc.bones.length >= FISHBONE_LIMITS.bones) return;
    const id = newId();
    dispatch({ type: 'addBone', bone: { id, name: t('fishbone.newBoneName', { n: doc.bones.length + 1 }), preset: null } });
    setSelection({ kind: 'bone', id });
  }

  function deleteSelected() {
    if (readOnly) return;
    if (selectedCause) dispatch({ type: 'deleteCause', id: selectedCause.id });
    else if (selectedBone) dispatch({ type: 'deleteBone', id: selectedBone.id });
    else return;
    setSelection(null);
  }

  function commitEdit(text: string | null, next: 'none' | 'child') {
    const target = editing;
    setEditing(null);
    containerRef.current?.focus({ preventScroll: true });
    if (!target) return;
    if (target.kind === 'draft') {
      const d = draft;
      setDraft(null);
      if (!d || text === null || text.trim() === '') return;
      dispatch({ type: 'addCause', cause: { id: d.id, boneId: d.boneId, parentId: d.parentId, text: text.trim() }, afterId: d.afterId });
      setSelection({ kind: 'cause', id: d.id });
      if (next === 'child') startDraft(d.boneId, d.id, null);
      return;
    }
    if (text === null) return;
    if (target.kind === 'cause') {
      const c = causeById.get(target.id);
      if (c && c.text !== text.trim()) dispatch({ type: 'setCauseText', id: c.id, text: text.trim() });
      if (c && next === 'child') startDraft(c.boneId, c.id, null);
    } else if (target.kind === 'bone') {
      const b = doc.bones.find((x) => x.id === target.id);
      if (b && text.trim() !== boneName(b.id)) dispatch({ type: 'renameBone', id: b.id, name: text.trim() });
    } else if (text.trim() !== doc.effect.text) dispatch({ type: 'setEffect', text: text.trim() });
  }

  function siblingsOf(c: Cause): Cause[] {
    return childrenIndex(doc).get(c.parentId === null ? `bone:${c.boneId}` : c.parentId) ?? [];
  }

  function moveByKeys(dir: 'left' | 'right' | 'up' | 'down') {
    if (readOnly) return;
    if (selectedBone && (dir === 'left' || dir === 'right')) {
      // Categories alternate above and below the spine, so one step along the diagram is two places in the list.
      const i = doc.bones.findIndex((b) => b.id === selectedBone.id);
      const to = i + (dir === 'left' ? -2 : 2);
      if (to >= 0 && to < doc.bones.length) dispatch({ type: 'moveBone', id: selectedBone.id, index: to });
      return;
    }
    if (!selectedCause) return;
    const c = selectedCause;
    if (dir === 'up' || dir === 'down') {
      const sibs = siblingsOf(c);
      const i = sibs.findIndex((s) => s.id === c.id);
      if (dir === 'up' && i > 0) dispatch({ type: 'moveCause', id: c.id, boneId: c.boneId, parentId: c.parentId, beforeId: sibs[i - 1]!.id });
      if (dir === 'down' && i < sibs.length - 1) dispatch({ type: 'moveCause', id: c.id, boneId: c.boneId, parentId: c.parentId, beforeId: sibs[i + 2]?.id ?? null });
      return;
    }
    const bi = doc.bones.findIndex((b) => b.id === c.boneId);
    const target = doc.bones[dir === 'left' ? bi - 1 : bi + 1];
    if (target) dispatch({ type: 'moveCause', id: c.id, boneId: target.id, parentId: null, beforeId: null });
  }

  function dropCommand(id: string, x: number, y: number): FishboneCommand | null {
    const c = causeById.get(id);
    if (!c) return null;
    const moving = subtreeIds(doc, id);
    const onNote = noteAt(layout, x, y, moving);
    if (onNote) {
      if (onNote.id === c.parentId) return null;
      return { type: 'moveCause', id, boneId: onNote.boneId, parentId: onNote.id, beforeId: null };
    }
    const bone = boneAt(layout, x, y);
    if (!bone) return null;
    const tops = (childrenIndex(doc).get(`bone:${bone.id}`) ?? []).filter((s) => !moving.has(s.id));
    const boxes = new Map(layout.notes.map((n) => [n.id, n]));
    const before = tops.find((s) => {
      const b = boxes.get(s.id);
      return b !== undefined && b.y + b.h / 2 > y;
    });
    const beforeId = before?.id ?? null;
    if (c.boneId === bone.id && c.parentId === null) {
      const sibs = siblingsOf(c);
      const i = sibs.findIndex((s) => s.id === id);
      if ((sibs[i + 1]?.id ?? null) === beforeId) return null;
    }
    return { type: 'moveCause', id, boneId: bone.id, parentId: null, beforeId };
  }

  function dropTargetAt(id: string, x: number, y: number): { kind: 'cause' | 'bone'; id: string } | null {
    const cmd = dropCommand(id, x, y);
    if (!cmd || cmd.type !== 'moveCause') return null;
    return cmd.parentId ? { kind: 'cause', id: cmd.parentId } : { kind: 'bone', id: cmd.boneId };
  }

  function onDrop(id: string, x: number, y: number) {
    const cmd = dropCommand(id, x, y);
    if (cmd && !readOnly) dispatch(cmd);
  }

  async function openWhys(c: Cause) {
    const workshopId = currentWorkshopId();
    if (!workshopId || readOnly) return;
    if (c.whys) {
      openLinked(c.whys.boardId);
      return;
    }
    const text = c.text.trim();
    const short = text.length > 60 ? `${text.slice(0, 59).trimEnd()}…` : text;
    try {
      const out = await call('boards.create', {
        workshopId,
        teamId: board.teamId,
        kind: 'five-whys',
        name: (short ? t('fishbone.whysName', { text: short }) : t('boards.kind.five-whys')).slice(0, LIMITS.name),
        init: [
          { type: 'setProblem', text },
          { type: 'setSource', source: { boardId: board.id, itemId: c.id, kind: 'fishbone' } },
        ],
      });
      dispatch({ type: 'linkWhys', id: c.id, whys: { boardId: out.id, kind: 'five-whys' } });
      await refreshWorkshop();
      openLinked(out.id);
    } catch (e) {
      toastError(e);
    }
  }

  function zoomBy(f: number) {
    const scale = clampScale(vp.scale * f);
    const cx = size.width / 2;
    const cy = size.height / 2;
    moveViewport({ scale, x: cx - ((cx - vp.x) / vp.scale) * scale, y: cy - ((cy - vp.y) / vp.scale) * scale });
  }

  function exportPng() {
    const stage = stageRef.current;
    if (!stage) return;
    const b = layout.bounds;
    const pad = 32;
    const w = b.w + 2 * pad;
    const h = b.h + 2 * pad;
    const old = { x: stage.x(), y: stage.y(), s: stage.scaleX(), w: stage.width(), h: stage.height() };
    const bg = new Konva.Layer({ listening: false });
    bg.add(new Konva.Rect({ x: b.x - pad, y: b.y - pad, width: w, height: h, fill: palette.background }));
    stage.add(bg);
    bg.moveToBottom();
    stage.scale({ x: 1, y: 1 });
    stage.position({ x: pad - b.x, y: pad - b.y });
    stage.size({ width: w, height: h });
    try {
      const url = stage.toDataURL({ mimeType: 'image/png', pixelRatio: Math.min(2, 8000 / Math.max(w, h)) });
      downloadUrl(url, safeFileName(board.name, 'png'));
    } finally {
      bg.destroy();
      stage.scale({ x: old.s, y: old.s });
      stage.position({ x: old.x, y: old.y });
      stage.size({ width: old.w, height: old.h });
      stage.batchDraw();
    }
  }

  function exportSvg() {
    const svg = fishboneSvg(layout, { rootIds, badge, title: board.name });
    downloadText(svg, safeFileName(board.name, 'svg'), 'image/svg+xml');
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey) return;
    const arrow = ({ ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' } as const)[e.key as 'ArrowLeft'];
    if (arrow) {
      if (e.altKey) moveByKeys(arrow);
      else selectAndReveal(neighbour(layout, selection, arrow));
      e.preventDefault();
      return;
    }
    if (e.altKey) return;
    if (/^[1-9]$/.test(e.key)) {
      const b = doc.bones[Number(e.key) - 1];
      if (b) selectAndReveal({ kind: 'bone', id: b.id });
      e.preventDefault();
      return;
    }
    switch (e.key) {
      case 'Enter':
        if (selection?.kind === 'head') setEditing({ kind: 'head' });
        else addSibling();
        break;
      case 'Tab':
        // With a cause selected Tab adds a sub-cause; otherwise it moves focus on, so the canvas never traps it.
        if (e.shiftKey || !selectedCause || readOnly) return;
        addChild();
        break;
      case 'F2':
        if (readOnly || !selection) return;
        setEditing(selection.kind === 'head' ? { kind: 'head' } : { kind: selection.kind, id: selection.id });
        break;
      case 'Delete':
      case 'Backspace':
        deleteSelected();
        break;
      case 'Escape':
        setSelection(null);
        break;
      case '+':
        zoomBy(1.2);
        break;
      case '-':
        zoomBy(1 / 1.2);
        break;
      case '0':
        setAutoFit(true);
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  const editBox: Box | undefined = !editing
    ? undefined
    : editing.kind === 'draft'
      ? layout.notes.find((n) => n.id === draft?.id)
      : editing.kind === 'head'
        ? layout.head
        : editing.kind === 'bone'
          ? layout.bones.find((b) => b.id === editing.id)?.label
          : layout.notes.find((n) => n.id === editing.id);
  const editInitial = !editing
    ? ''
    : editing.kind === 'draft'
      ? ''
      : editing.kind === 'head'
        ? doc.effect.text
        : editing.kind === 'bone'
          ? boneName(editing.id)
          : (causeById.get(editing.id)?.text ?? '');
  const editFont = editing?.kind === 'head' ? G.headFont : editing?.kind === 'bone' ? G.labelFont : G.font;
  const editLabel = editing?.kind === 'head' ? t('fishbone.effect') : editing?.kind === 'bone' ? t('fishbone.boneName') : t('fishbone.causeText');

  return (
    <div className="wall fishbone">
      <FishboneToolbar
        readOnly={readOnly}
        canAddChild={selectedCause !== undefined}
        canDelete={selectedCause !== undefined || selectedBone !== undefined}
        canAddBone={doc.bones.length < FISHBONE_LIMITS.bones}
        onAddCause={addSibling}
        onAddChild={addChild}
        onAddBone={addBone}
        onDelete={deleteSelected}
        onExportPng={exportPng}
        onExportSvg={exportSvg}
        zoom={vp.scale}
        onZoomIn={() => zoomBy(1.2)}
        onZoomOut={() => zoomBy(1 / 1.2)}
        onZoomReset={() => moveViewport({ ...vp, scale: 1 })}
        onFit={() => {
          setAutoFit(true);
          setViewport(fit(layout, size.width, size.height));
        }}
      />
      <div className="wall-body">
        <div className="wall-stage-area" ref={wrapRef}>
          <div className="wall-canvas-wrap">
            <FishboneCanvas
              layout={layout}
              palette={palette}
              selection={selection}
              select={setSelection}
              rootIds={rootIds}
              emptyIds={emptyIds}
              readOnly={readOnly}
              viewport={vp}
              setViewport={moveViewport}
              size={size}
              onKeyDown={onKeyDown}
              onEdit={(target) => {
                setSelection(target);
                setEditing(target);
              }}
              dropTargetAt={dropTargetAt}
              onDrop={onDrop}
              containerRef={containerRef}
              stageRef={stageRef}
              label={t('fishbone.canvasLabel', { bones: doc.bones.length, causes: doc.causes.length })}
              helpId={helpId}
            />
            {editing && editBox && (
              <InlineEditor
                key={editing.kind === 'draft' ? `draft-${draft?.id}` : editing.kind === 'head' ? 'head' : editing.id}
                initial={editInitial}
                label={editLabel}
                maxLength={editing.kind === 'bone' ? LIMITS.name : LIMITS.noteText}
                style={{
                  left: vp.x + editBox.x * vp.scale,
                  top: vp.y + editBox.y * vp.scale,
                  width: Math.max(editBox.w, G.noteWidth) * vp.scale,
                  height: Math.max(editBox.h, 3 * G.lineHeight + 2 * G.notePad) * vp.scale,
                  fontSize: editFont * vp.scale,
                  padding: G.notePad * vp.scale,
                }}
                allowChild={editing.kind === 'draft' || editing.kind === 'cause'}
                onDone={commitEdit}
              />
            )}
          </div>
          <p id={helpId} className="visually-hidden">
            {t('fishbone.keyboardHelp')}
          </p>
        </div>
        <FishboneInspector
          board={board}
          doc={doc}
          cause={selectedCause}
          bone={selectedBone}
          headSelected={selection?.kind === 'head'}
          boneName={boneName}
          readOnly={readOnly}
          dispatch={dispatch}
          onOpenWhys={(c) => void openWhys(c)}
          onDelete={deleteSelected}
        />
      </div>
      <FishboneList doc={doc} boneName={boneName} selection={selection} />
    </div>
  );
}

/** A textarea over the item being edited: real text input (IME, spellcheck, screen readers). */
function InlineEditor({ initial, label, style, maxLength, allowChild, onDone }: { initial: string; label: string; style: React.CSSProperties; maxLength: number; allowChild: boolean; onDone: (text: string | null, next: 'none' | 'child') => void }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  const [text, setText] = useState(initial);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    ref.current?.select();
  }, []);
  function finish(value: string | null, next: 'none' | 'child' = 'none') {
    if (done.current) return;
    done.current = true;
    onDone(value, next);
  }
  return (
    <textarea
      ref={ref}
      className="note-editor fishbone-editor"
      aria-label={label}
      value={text}
      maxLength={maxLength}
      style={style}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => finish(text)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') {
          e.preventDefault();
          finish(null);
        } else if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          finish(text);
        } else if (e.key === 'Tab' && !e.shiftKey && allowChild && text.trim() !== '') {
          e.preventDefault();
          finish(text, 'child');
        }
      }}
    />
  );
}
