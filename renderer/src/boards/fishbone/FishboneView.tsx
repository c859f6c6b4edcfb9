import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react';
import { exportBoardPicture } from '../kit/picture-export';
import { useTranslation } from 'react-i18next';
import { Download } from 'lucide-react';
import { useElementSize } from '../../components/useElementSize';
import Konva from 'konva';
import type { FishboneCommand, FishboneDoc, Cause } from '../../../../shared/boards/fishbone/model';
import { FISHBONE_LIMITS } from '../../../../shared/boards/fishbone/model';
import { InlineTextEditor } from '../kit/InlineTextEditor';
import { fishbone } from '../../../../shared/boards/fishbone/definition';
import {
  boneAt,
  layoutFishbone,
  noteAt,
  FISHBONE_GEOMETRY as G,
  type Box,
  type FishboneLayout,
} from '../../../../shared/boards/fishbone/layout';
import { FISHBONE_HIGH_CONTRAST, FISHBONE_LIGHT } from '../../../../shared/boards/fishbone/svg';
import { causeDepth, childrenIndex, subtreeIds } from '../../../../shared/boards/fishbone/tree';
import { runCommand } from '../../../../shared/boards/run';
import { newId } from '../../../../shared/domain/ids';
import { LIMITS } from '../../../../shared/domain/limits';
import { call } from '../../api';
import { ApiCallError } from '../../../../shared/api/client';
import { currentWorkshopId, refreshWorkshop } from '../../app/actions';
import { useApp } from '../../app/store';
import { toastError, toastInfo } from '../../app/toasts';
import { findInFishbone, type FishHit } from '../../../../shared/boards/fishbone/find';
import { pasteCausesCommand, pasteSpot, type CauseSpot } from '../../../../shared/boards/fishbone/paste';
import {
  copyCauses,
  deleteCausesCommand,
  moveCausesCommand,
  pasteCausesClipCommand,
  readFishClip,
  topCauses,
  type FishClip,
} from '../../../../shared/boards/fishbone/clipboard';
import { useMultiSelection } from '../kit/useMultiSelection';
import { pastedLines } from '../../../../shared/text/paste-lines';
import { BoardToolbar } from '../kit/BoardToolbar';
import { FindBar } from '../kit/FindBar';
import { fromTextField, readClipboardText, readPasteEvent, writeClipEvent } from '../kit/clipboard';
import { useBoardActions } from '../kit/useBoardActions';
import { FISHBONE_ACTIONS, type FishActionContext, type FishOps } from './actions';
import type { BoardViewProps } from '../types';
import { clampZoom, zoomAroundCentre, ZOOM_STEP, type Viewport } from '../kit/zoom';
import { FishboneCanvas, type FishSelection } from './FishboneCanvas';
import { FishboneInspector } from './FishboneInspector';
import { FishboneList } from './FishboneList';
import { useBoardMeasure } from './measure';
import { boxOf, neighbour } from './nav';
import { openLinked, takePendingFocus } from './links';
import './fishbone.css';
import { useTextScaleZoom } from '../useTextScaleZoom';

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
  const scale = clampZoom(Math.max(0.3, Math.min(maxScale, (width - 2 * pad) / b.w, (height - 2 * pad) / b.h)));
  return {
    scale,
    x: Math.round((width - b.w * scale) / 2 - b.x * scale),
    y: Math.round(Math.max(pad, (height - b.h * scale) / 2) - b.y * scale),
  };
}

export function FishboneView({ board, doc, dispatch, readOnly = false }: BoardViewProps<FishboneDoc, FishboneCommand>) {
  const { t } = useTranslation();
  const helpId = useId();
  const wrapRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const [selection, setSelectionOnly] = useState<FishSelection>(null);
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  // Whether the cause being typed exists in the board yet (it is created by the first save of its text).
  const draftMade = useRef(false);
  const measure = useBoardMeasure();
  const theme = useApp((s) => s.settings.theme);
  const palette = theme === 'high-contrast' ? FISHBONE_HIGH_CONTRAST : FISHBONE_LIGHT;

  const size = useElementSize(wrapRef, { width: 200, height: 200 }, { width: 800, height: 500 });

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
      const cmd: FishboneCommand = {
        type: 'addCause',
        cause: { id: draft.id, boneId: draft.boneId, parentId: draft.parentId, text: '' },
        afterId: draft.afterId,
      };
      return runCommand<FishboneDoc>(fishbone, doc, cmd).doc;
    } catch {
      return doc;
    }
  }, [doc, draft]);

  const causeById = useMemo(() => new Map(doc.causes.map((c) => [c.id, c])), [doc.causes]);
  const causeIds = useMemo(() => doc.causes.map((c) => c.id), [doc.causes]);
  const multi = useMultiSelection(causeIds);
  const pickedSet = useMemo(() => new Set(multi.many), [multi.many]);
  /** Selects one item (or none); the causes selected together are let go. */
  const setSelection = (s: FishSelection) => {
    multi.clear();
    setSelectionOnly(s);
  };
  const badge = useCallback(
    (id: string) => {
      const c = causeById.get(id);
      if (!c) return '';
      const parts: string[] = [];
      if (c.rootCause)
        parts.push(
          c.evidence
            ? t('fishbone.badgeRoot', { evidence: t(`fishbone.evidenceKind.${c.evidence}`) })
            : t('fishbone.badgeRootNoEvidence'),
        );
      if (c.whys) parts.push(t('fishbone.badgeWhys'));
      return parts.join(' · ');
    },
    [causeById, t],
  );
  const layout = useMemo(
    () =>
      layoutFishbone(shown, {
        measure,
        boneName,
        badgeText: badge,
        emptyText: t('fishbone.emptyCause'),
        emptyEffect: t('fishbone.emptyEffect'),
      }),
    [shown, boneName, badge, t, measure],
  );

  const rootIds = useMemo(() => new Set(doc.causes.filter((c) => c.rootCause).map((c) => c.id)), [doc.causes]);
  const emptyIds = useMemo(
    () => new Set(shown.causes.filter((c) => c.text.trim() === '').map((c) => c.id)),
    [shown.causes],
  );

  // Until the coach zooms or pans, the whole diagram stays fitted to the screen (as it grows, as the window resizes).
  const [autoFit, setAutoFit] = useState(true);
  useEffect(() => {
    if (viewport === null && size.width > 200) {
      const focus = takePendingFocus(board.id);
      if (focus && causeById.has(focus)) setSelectionOnly({ kind: 'cause', id: focus });
    }
    if (size.width > 200 && (viewport === null || autoFit)) {
      const next = fit(layout, size.width, size.height);
      if (!viewport || next.x !== viewport.x || next.y !== viewport.y || next.scale !== viewport.scale)
        setViewport(next);
    }
  }, [viewport, size, layout, board.id, causeById, autoFit]);

  function moveViewport(v: Viewport) {
    setAutoFit(false);
    setViewport(v);
  }

  // Drop a selection whose item went away (undo, another window).
  useEffect(() => {
    if (selection?.kind === 'cause' && !causeById.has(selection.id)) setSelectionOnly(null);
    if (selection?.kind === 'bone' && !doc.bones.some((b) => b.id === selection.id)) setSelectionOnly(null);
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
      toastError(
        new ApiCallError({
          code: 'boardCommand',
          key: 'fishbone.errors.tooDeep',
          params: { max: FISHBONE_LIMITS.depth },
        }),
      );
      return;
    }
    const d = { id: newId(), boneId, parentId, afterId };
    draftMade.current = false;
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
    dispatch({
      type: 'addBone',
      bone: { id, name: t('fishbone.newBoneName', { n: doc.bones.length + 1 }), preset: null },
    });
    setSelection({ kind: 'bone', id });
  }

  /** The causes a command acts on: those selected together, else the selected cause. */
  const chosenCauses = () => multi.chosen(selectedCause?.id ?? null);

  function deleteSelected() {
    if (readOnly) return;
    if (multi.many.length > 0) {
      const cmd = deleteCausesCommand(doc, multi.many);
      if (cmd) dispatch(cmd);
    } else if (selectedCause) dispatch({ type: 'deleteCause', id: selectedCause.id });
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
      // The editor has already saved the cause (created with its first text, or removed when emptied).
      if (!d || text === null || text.trim() === '') return;
      setSelection({ kind: 'cause', id: d.id });
      if (next === 'child') startDraft(d.boneId, d.id, null);
      return;
    }
    // An existing item's text is already saved by the editor (as typed, and its final form when editing ended).
    if (text === null) return;
    if (target.kind === 'cause') {
      const c = causeById.get(target.id);
      if (c && next === 'child') startDraft(c.boneId, c.id, null);
    }
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
    if (multi.many.length > 0) {
      // The causes selected together go to the category beside the selected one's, each with its sub-causes.
      if (dir === 'up' || dir === 'down') return;
      const bi = doc.bones.findIndex((b) => b.id === c.boneId);
      const target = doc.bones[dir === 'left' ? bi - 1 : bi + 1];
      const cmd = target ? moveCausesCommand(doc, multi.many, target.id) : null;
      if (cmd) dispatch(cmd);
      return;
    }
    if (dir === 'up' || dir === 'down') {
      const sibs = siblingsOf(c);
      const i = sibs.findIndex((s) => s.id === c.id);
      if (dir === 'up' && i > 0)
        dispatch({ type: 'moveCause', id: c.id, boneId: c.boneId, parentId: c.parentId, beforeId: sibs[i - 1]!.id });
      if (dir === 'down' && i < sibs.length - 1)
        dispatch({
          type: 'moveCause',
          id: c.id,
          boneId: c.boneId,
          parentId: c.parentId,
          beforeId: sibs[i + 2]?.id ?? null,
        });
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
    if (readOnly) return;
    const cmd = dropCommand(id, x, y);
    if (cmd?.type === 'moveCause' && multi.has(id)) {
      // One of the causes selected together: all of them go where it was dropped, as one undo step.
      const group =
        cmd.parentId === null
          ? moveCausesCommand(doc, multi.many, cmd.boneId)
          : {
              type: 'batch' as const,
              label: 'move' as const,
              commands: topCauses(doc, multi.many).map((cid) => ({ ...cmd, id: cid, beforeId: null })),
            };
      if (group) dispatch(group);
      return;
    }
    if (cmd) dispatch(cmd);
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

  useTextScaleZoom(zoomBy);
  function zoomBy(f: number) {
    moveViewport(zoomAroundCentre(vp, f, size));
  }

  // Exports are drawn from the board's picture: what the projector shows, every cause whole, sections stacked.
  function exportPng() {
    void exportBoardPicture(board, doc, 'png', { scale: 2 }).catch(toastError);
  }

  function exportSvg() {
    void exportBoardPicture(board, doc, 'svg').catch(toastError);
  }

  const [find, setFind] = useState<{ query: string; index: number } | null>(null);
  const hits = useMemo(() => (find ? findInFishbone(doc, find.query, boneName) : []), [doc, find, boneName]);

  /** Shows a find hit: selects it and centres it at a readable zoom (at least 100 %). */
  function showHit(hit: FishHit | undefined) {
    if (!hit) return;
    setSelection(hit);
    const box = boxOf(layout, hit);
    if (!box) return;
    const scale = Math.max(vp.scale, 1);
    moveViewport({
      scale,
      x: Math.round(size.width / 2 - (box.x + box.w / 2) * scale),
      y: Math.round(size.height / 2 - (box.y + box.h / 2) * scale),
    });
  }

  function findQuery(query: string) {
    setFind({ query, index: 0 });
    showHit(findInFishbone(doc, query, boneName)[0]);
  }

  function findStep(dir: 1 | -1) {
    if (!find || hits.length === 0) return;
    const index = (find.index + dir + hits.length) % hits.length;
    setFind({ ...find, index });
    showHit(hits[index]);
  }

  /** Pasted lines become causes after the selected cause, or under the selected (else the first) category. */
  function pasteText(text: string) {
    if (readOnly) return;
    const lines = pastedLines(text, LIMITS.noteText);
    if (lines.length === 0) {
      toastInfo(t('fishbone.paste.empty'));
      return;
    }
    const spot = pasteSpot(doc, selection?.kind === 'cause' || selection?.kind === 'bone' ? selection : null);
    if (!spot) {
      toastInfo(t('fishbone.paste.noBone'));
      return;
    }
    const r = pasteCausesCommand(doc, lines, spot, newId);
    if (!r.command) {
      toastInfo(t('fishbone.errors.tooManyCauses', { max: FISHBONE_LIMITS.causes }));
      return;
    }
    dispatch(r.command);
    setSelection({ kind: 'cause', id: r.causeIds[r.causeIds.length - 1]! });
    const bone = boneName(spot.boneId);
    if (r.skipped > 0) toastInfo(t('fishbone.paste.tooMany', { added: r.causeIds.length, skipped: r.skipped, bone }));
    else toastInfo(t('fishbone.paste.done', { count: r.causeIds.length, bone }));
  }

  /** What a copy takes: the chosen causes, or a selected category's causes; each with its sub-causes. */
  function copied() {
    if (selectedBone && multi.many.length === 0)
      return copyCauses(
        doc,
        doc.causes.filter((c) => c.boneId === selectedBone.id && c.parentId === null).map((c) => c.id),
      );
    return copyCauses(doc, chosenCauses());
  }

  /** The app's payload (causes with sub-causes and marks) and their texts one a line for other programs. */
  function onCopy(e: ClipboardEvent<HTMLDivElement>, cut = false) {
    if (fromTextField(e)) return;
    const c = copied();
    if (!c) return;
    writeClipEvent(e, c.clip, c.text);
    if (cut && (selectedCause || multi.many.length > 0) && !readOnly) {
      const cmd = deleteCausesCommand(doc, chosenCauses());
      if (cmd) dispatch(cmd);
      setSelection(null);
    }
  }

  /** Copied causes at `spot` with their sub-causes; the pasted ones are selected together. One undo step. */
  function pasteClip(clip: FishClip, spot: CauseSpot) {
    if (readOnly) return;
    const r = pasteCausesClipCommand(doc, clip, spot, newId);
    if (!r.command) {
      toastInfo(t('fishbone.errors.tooManyCauses', { max: FISHBONE_LIMITS.causes }));
      return;
    }
    dispatch(r.command);
    setSelectionOnly({ kind: 'cause', id: r.causeIds[0]! });
    multi.setMany(r.causeIds);
    const bone = boneName(spot.boneId);
    if (r.skipped > 0) toastInfo(t('fishbone.paste.tooMany', { added: r.causeIds.length, skipped: r.skipped, bone }));
  }

  /** Copies of the chosen causes (with their sub-causes) right after the last of them. */
  function duplicate() {
    if (readOnly || !selectedCause) return;
    const c = copyCauses(doc, chosenCauses());
    if (!c) return;
    const tops = topCauses(doc, chosenCauses());
    const last = causeById.get(tops[tops.length - 1]!)!;
    pasteClip(c.clip, { boneId: last.boneId, parentId: last.parentId, afterId: last.id });
  }

  function onPaste(e: ClipboardEvent<HTMLDivElement>) {
    if (fromTextField(e)) return;
    e.preventDefault();
    // The app's causes, else plain text: images and HTML from Word or a browser are left out.
    const got = readPasteEvent(e, readFishClip);
    if ('clip' in got) {
      const spot = pasteSpot(doc, selection?.kind === 'cause' || selection?.kind === 'bone' ? selection : null);
      if (spot) pasteClip(got.clip, spot);
      else toastInfo(t('fishbone.paste.noBone'));
    } else if ('text' in got) pasteText(got.text);
    else if ('key' in got) toastInfo(t(got.key));
    else toastInfo(t('fishbone.paste.noText'));
  }

  const ops: FishOps = {
    addCause: addSibling,
    addChild,
    addBone,
    editText: () => {
      if (readOnly || !selection) return;
      setEditing(selection.kind === 'head' ? { kind: 'head' } : { kind: selection.kind, id: selection.id });
    },
    deleteSelected,
    select: (dir) => selectAndReveal(neighbour(layout, selection, dir)),
    move: moveByKeys,
    selectBone: (n) => {
      const b = doc.bones[n - 1];
      if (b) selectAndReveal({ kind: 'bone', id: b.id });
    },
    // Esc lets go of the causes selected together first, then of the selected item.
    clearSelection: () => (multi.many.length > 0 ? multi.clear() : setSelection(null)),
    selectAll: () => {
      if (doc.causes.length === 0) return;
      if (!selectedCause) setSelectionOnly({ kind: 'cause', id: doc.causes[0]!.id });
      multi.setMany(causeIds);
    },
    paste: () => void readClipboardText().then((r) => (r.ok ? pasteText(r.text) : toastInfo(t(r.key)))),
    copy: () => document.execCommand('copy'),
    cut: () => document.execCommand('cut'),
    duplicate,
    find: () => setFind((f) => f ?? { query: '', index: 0 }),
  };
  const board$ = useBoardActions<FishActionContext>(FISHBONE_ACTIONS, (kit) => ({
    kit,
    readOnly,
    selection: selection?.kind ?? null,
    canAddBone: doc.bones.length < FISHBONE_LIMITS.bones,
    hasCauses: doc.causes.length > 0,
    ops,
    zoom: {
      scale: vp.scale,
      zoomIn: () => zoomBy(ZOOM_STEP),
      zoomOut: () => zoomBy(1 / ZOOM_STEP),
      reset: () => zoomBy(1 / vp.scale),
      fit: () => {
        setAutoFit(true);
        setViewport(fit(layout, size.width, size.height));
      },
    },
  }));

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.target !== e.currentTarget) return;
    board$.onKeyDown(e);
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
  // Every item saves as it is typed. A new cause is created by the first save of its text (so a crash while typing
  // loses at most a second) and removed again if the text is emptied; all in the editor's one undo step.
  const editTarget = editing;
  const editSave =
    !editTarget || readOnly
      ? undefined
      : (text: string) => {
          if (editTarget.kind === 'draft') {
            const d = draft;
            if (!d) return;
            const empty = text.trim() === '';
            if (!draftMade.current) {
              if (empty) return;
              dispatch({
                type: 'addCause',
                cause: { id: d.id, boneId: d.boneId, parentId: d.parentId, text },
                afterId: d.afterId,
              });
              draftMade.current = true;
            } else if (empty) {
              dispatch({ type: 'deleteCause', id: d.id });
              draftMade.current = false;
            } else dispatch({ type: 'setCauseText', id: d.id, text });
          } else if (editTarget.kind === 'cause') dispatch({ type: 'setCauseText', id: editTarget.id, text });
          else if (editTarget.kind === 'bone') dispatch({ type: 'renameBone', id: editTarget.id, name: text });
          else dispatch({ type: 'setEffect', text });
        };
  const editFont = editing?.kind === 'head' ? G.headFont : editing?.kind === 'bone' ? G.labelFont : G.font;
  const editLabel =
    editing?.kind === 'head'
      ? t('fishbone.effect')
      : editing?.kind === 'bone'
        ? t('fishbone.boneName')
        : t('fishbone.causeText');

  return (
    <div className="wall fishbone">
      <BoardToolbar
        label={t('fishbone.toolbar')}
        actions={board$.actions}
        ctx={board$.ctx}
        zoom={vp.scale}
        beforeView={
          <span className="fishbone-export" role="group" aria-label={t('fishbone.export')}>
            <Download size={18} aria-hidden />
            <button type="button" className="btn btn-ghost btn-small" onClick={exportPng}>
              {t('fishbone.exportPng')}
            </button>
            <button type="button" className="btn btn-ghost btn-small" onClick={exportSvg}>
              {t('fishbone.exportSvg')}
            </button>
          </span>
        }
      />
      <div className="wall-body">
        <div
          className="wall-stage-area"
          ref={wrapRef}
          onPaste={onPaste}
          onCopy={(e) => onCopy(e)}
          onCut={(e) => onCopy(e, true)}
          onContextMenu={(e) => {
            if ((e.target as HTMLElement).closest('input, textarea, select')) return;
            containerRef.current?.focus({ preventScroll: true });
            board$.onContextMenu(e);
          }}
        >
          <div className="wall-canvas-wrap">
            <FishboneCanvas
              layout={layout}
              palette={palette}
              selection={selection}
              select={setSelection}
              picked={pickedSet}
              // Shift/Ctrl+click adds a cause to the selection (or takes it out); a press on one of the causes
              // selected together keeps them, so a drag or the right-click menu acts on all.
              onBand={(ids) => {
                if (ids.length === 0) return;
                const primary = multi.add(ids, selectedCause?.id ?? null);
                if (primary) setSelectionOnly({ kind: 'cause', id: primary });
              }}
              onCausePress={(id, toggle) => {
                if (toggle) {
                  const primary = multi.toggle(id, selectedCause?.id ?? null);
                  setSelectionOnly(primary ? { kind: 'cause', id: primary } : null);
                } else if (multi.has(id)) setSelectionOnly({ kind: 'cause', id });
                else setSelection({ kind: 'cause', id });
              }}
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
              <InlineTextEditor
                key={editing.kind === 'draft' ? `draft-${draft?.id}` : editing.kind === 'head' ? 'head' : editing.id}
                className="note-editor fishbone-editor"
                initial={editInitial}
                label={editLabel}
                maxLength={editing.kind === 'bone' ? LIMITS.name : LIMITS.noteText}
                save={editSave}
                tabForChild={editing.kind === 'draft' || editing.kind === 'cause'}
                style={{
                  left: vp.x + editBox.x * vp.scale,
                  top: vp.y + editBox.y * vp.scale,
                  width: Math.max(editBox.w, G.noteWidth) * vp.scale,
                  height: Math.max(editBox.h, 3 * G.lineHeight + 2 * G.notePad) * vp.scale,
                  fontSize: editFont * vp.scale,
                  padding: G.notePad * vp.scale,
                }}
                onDone={commitEdit}
              />
            )}
          </div>
          {find && (
            <FindBar
              query={find.query}
              onQuery={findQuery}
              count={hits.length}
              index={find.index}
              onStep={findStep}
              onClose={() => {
                setFind(null);
                containerRef.current?.focus({ preventScroll: true });
              }}
            />
          )}
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
      {/* After the list twin's status, which says what the single selection is. */}
      <p className="visually-hidden kit-selection-count" role="status">
        {multi.many.length > 0 ? t('boardKit.selection.count', { count: multi.many.length }) : ''}
      </p>
      {board$.overlays}
    </div>
  );
}
