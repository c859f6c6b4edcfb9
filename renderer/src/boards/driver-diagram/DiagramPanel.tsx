import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useElementSize } from '../../components/useElementSize';
import { InlineTextEditor } from '../kit/InlineTextEditor';
import { Link2, AlertTriangle } from 'lucide-react';
import {
  childLevel,
  DRIVER_LIMITS,
  newNode,
  subtreeIds,
  type DriverDiagramCommand,
  type DriverDiagramDoc,
  type DriverNode,
  type NodeLevel,
} from '../../../../shared/boards/driver-diagram/model';
import { driverDiagram } from '../../../../shared/boards/driver-diagram/definition';
import { AIM_ID, DEFAULT_LAYOUT, layoutDiagram, type LaidBox } from '../../../../shared/boards/driver-diagram/layout';
import { runCommand } from '../../../../shared/boards/run';
import { newId } from '../../../../shared/domain/ids';
import { LIMITS } from '../../../../shared/domain/limits';
import { undo } from '../../app/actions';
import { toastInfo } from '../../app/toasts';
import type { SourceState } from './sources';
import { useBoardActions } from '../kit/useBoardActions';
import type { PictureFormat } from '../kit/picture-actions';
import { DRIVER_DIAGRAM_ACTIONS, type DriverActionContext, type DriverOps } from './actions';
import { BoardToolbar } from '../kit/BoardToolbar';
import { nextZoomStep } from '../kit/zoom';
import { useTextScaleZoom } from '../useTextScaleZoom';
import { boardKindName } from '../../i18n/keys';
import { FindBar } from '../kit/FindBar';
import { fromTextField, readClipboardText, readPasteEvent, writeClipEvent } from '../kit/clipboard';
import { isToggleClick, useMultiSelection } from '../kit/useMultiSelection';
import {
  copyBoxes,
  deleteBoxesCommand,
  pasteBoxesClipCommand,
  readDriverClip,
  type DriverClip,
} from '../../../../shared/boards/driver-diagram/clipboard';
import { findInDiagram, pastedBoxTexts, pasteBoxesCommand } from '../../../../shared/boards/driver-diagram/paste';

interface Draft {
  id: string;
  level: NodeLevel;
  parentId: string | null;
  afterId: string | null | undefined;
}

const HEAD = 42;
const LEGEND = 30;
const ZOOMS = [0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.25, 1.5] as const;
const PAD = 16;
const LEVEL_OF_DEPTH = ['aim', 'primary', 'secondary', 'idea'] as const;

interface Props {
  doc: DriverDiagramDoc;
  aimText: string;
  dispatch: (c: DriverDiagramCommand) => void;
  readOnly: boolean;
  sourceOf: (n: DriverNode) => SourceState;
  initialFocus: string | null;
  /** Where the toolbar goes: the board's tab row. */
  toolbarSlot: HTMLElement | null;
  /** The board's picture export (PNG/SVG), run by the registry's export actions. */
  exportPicture: (format: PictureFormat) => void;
}

export function DiagramPanel({
  doc,
  aimText,
  dispatch,
  readOnly,
  sourceOf,
  initialFocus,
  toolbarSlot,
  exportPicture,
}: Props) {
  const { t } = useTranslation();
  const helpId = useId();
  const [selected, setSelected] = useState<string>(() =>
    initialFocus && doc.nodes.some((n) => n.id === initialFocus) ? initialFocus : AIM_ID,
  );
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  // Whether the box being typed exists in the board yet (it is created by the first save of its text).
  const draftMade = useRef(false);
  const [status, setStatus] = useState('');
  const focusNext = useRef(initialFocus !== null);
  const areaRef = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState(1);

  // A draft node is shown in place (through the same pure apply) until its text is committed as one command.
  const shown = useMemo(() => {
    if (!draft) return doc;
    try {
      const cmd: DriverDiagramCommand = {
        type: 'addNode',
        node: newNode(draft.id, draft.level, draft.parentId, ''),
        afterId: draft.afterId,
      };
      return runCommand<DriverDiagramDoc>(driverDiagram, doc, cmd).doc;
    } catch {
      return doc;
    }
  }, [doc, draft]);
  const layout = useMemo(() => layoutDiagram(shown, DEFAULT_LAYOUT, aimText), [shown, aimText]);
  const byId = useMemo(() => new Map(shown.nodes.map((n) => [n.id, n])), [shown.nodes]);
  const boxById = useMemo(() => new Map(layout.boxes.map((b) => [b.id, b])), [layout.boxes]);
  const sel = byId.get(selected);
  const nodeIds = useMemo(() => doc.nodes.map((n) => n.id), [doc.nodes]);
  const multi = useMultiSelection(nodeIds);
  const primaries = doc.nodes.filter((n) => n.level === 'primary').length;

  // Open at a zoom that shows the whole diagram on the projector, when it can still be read (never below 70 %);
  // follow the room it has (sidebar shown or hidden) until the coach picks a zoom.
  const autoFit = useRef(true);
  useTextScaleZoom((f) => {
    autoFit.current = false;
    setZoom((z) => Math.min(Math.max(...ZOOMS), Math.max(Math.min(...ZOOMS), z * f)));
  });
  const size = useRef({ w: 0, h: 0 });
  // The key legend sits under the canvas: room for it too.
  size.current = { w: layout.width + 2 * PAD, h: layout.height + HEAD + 2 * PAD + LEGEND };
  const room = useElementSize(areaRef);
  function fitNow() {
    if (room.width === 0) return;
    const fit = Math.min(1, room.height / size.current.h, room.width / size.current.w);
    setZoom([...ZOOMS].reverse().find((z) => z <= fit && z >= 0.7) ?? (fit < 0.7 ? 0.7 : 1));
  }
  useLayoutEffect(() => {
    if (autoFit.current) fitNow();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refits when the room changes
  }, [room]);

  function zoomBy(dir: 'in' | 'out' | 'reset') {
    autoFit.current = false;
    setZoom(dir === 'reset' ? 1 : nextZoomStep(ZOOMS, zoom, dir === 'in' ? 1 : -1));
  }

  useEffect(() => {
    if (selected !== AIM_ID && !byId.has(selected)) setSelected(AIM_ID);
  }, [byId, selected]);

  useEffect(() => {
    if (!focusNext.current || editing) return;
    focusNext.current = false;
    document.getElementById(`dd-node-${selected}`)?.focus();
  }, [selected, editing, doc]);

  /** Selects one box; the boxes selected together stay only when asked (Shift/Ctrl+click, focus within them). */
  function select(id: string, focus = true, keepMany = false) {
    focusNext.current = focus;
    if (!keepMany) multi.clear();
    setSelected(id);
  }

  /** Shift/Ctrl+click on a driver or idea adds it to the selection or takes it out. */
  function toggleBox(id: string) {
    const primary = multi.toggle(id, sel ? sel.id : null);
    select(primary ?? AIM_ID, true, true);
  }
  const chosenIds = () => multi.chosen(sel ? sel.id : null);

  function startDraft(parentId: string | null, level: NodeLevel, afterId: string | null | undefined) {
    if (readOnly) return;
    const id = newId();
    draftMade.current = false;
    setDraft({ id, level, parentId, afterId });
    setEditing(id);
    setSelected(id);
  }

  function addChild(): boolean {
    const level = sel ? childLevel(sel.level) : 'primary';
    if (!level) {
      setStatus(t('drivers.noChildLevel'));
      return false;
    }
    startDraft(sel ? sel.id : null, level, undefined);
    return true;
  }

  function addSibling() {
    if (!sel) addChild();
    else startDraft(sel.parentId, sel.level, sel.id);
  }

  function remove() {
    if (readOnly) return;
    if (multi.many.length > 0) {
      const cmd = deleteBoxesCommand(doc, multi.many);
      if (!cmd) return;
      dispatch(cmd);
      const msg = t('boardKit.batch.delete');
      setStatus(msg);
      toastInfo(msg, { label: t('drivers.undo'), run: () => void undo() });
      select(AIM_ID);
      return;
    }
    if (!sel) return;
    const count = subtreeIds(doc, sel.id).size;
    dispatch({ type: 'deleteNode', id: sel.id });
    const msg = t('drivers.deleted', { text: sel.text || t('drivers.textEmpty'), count });
    setStatus(msg);
    toastInfo(msg, { label: t('drivers.undo'), run: () => void undo() });
    const sibs = doc.nodes.filter((n) => n.parentId === sel.parentId && n.id !== sel.id);
    select(sibs[0]?.id ?? sel.parentId ?? AIM_ID);
  }

  function move(direction: 'up' | 'down') {
    if (!sel || readOnly) return;
    dispatch({ type: 'moveNode', id: sel.id, direction });
    focusNext.current = true;
  }

  function commit(text: string | null, next: 'none' | 'child' | 'sibling') {
    const target = editing;
    setEditing(null);
    focusNext.current = true;
    if (!target) return;
    if (draft && target === draft.id) {
      const d = draft;
      setDraft(null);
      if (text === null || text.trim() === '') {
        setSelected(typeof d.afterId === 'string' ? d.afterId : (d.parentId ?? AIM_ID));
        return;
      }
      // The editor has already saved the box (created with its first text).
      setSelected(d.id);
      if (next === 'child' && childLevel(d.level)) startDraft(d.id, childLevel(d.level)!, undefined);
      if (next === 'sibling') startDraft(d.parentId, d.level, d.id);
      return;
    }
    // An existing box's text is already saved by the editor (as typed, and its final form when editing ended).
  }

  function saveText(id: string, text: string) {
    if (id === AIM_ID) dispatch({ type: 'setAim', patch: { statement: text } });
    else if (draft && id === draft.id) {
      // A new box is created by the first save of its text (durable while typed, one undo step with the typing)
      // and removed again if the text is emptied.
      const empty = text.trim() === '';
      if (!draftMade.current) {
        if (empty) return;
        dispatch({
          type: 'addNode',
          node: newNode(draft.id, draft.level, draft.parentId, text),
          afterId: draft.afterId,
        });
        draftMade.current = true;
      } else if (empty) {
        dispatch({ type: 'deleteNode', id: draft.id });
        draftMade.current = false;
      } else dispatch({ type: 'setText', id, text });
    } else dispatch({ type: 'setText', id, text });
  }

  function columnNeighbour(box: LaidBox, dir: -1 | 1): string | undefined {
    const col = layout.boxes.filter((b) => b.depth === box.depth).sort((a, b) => a.y - b.y);
    return col[col.indexOf(box) + dir]?.id;
  }

  const [find, setFind] = useState<{ query: string; index: number } | null>(null);
  const hits = useMemo(() => (find ? findInDiagram(doc, find.query, AIM_ID) : []), [doc, find]);

  function showHit(id: string | undefined) {
    if (!id) return;
    select(id, false);
    document.getElementById(`dd-node-${id}`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  function findStep(dir: 1 | -1) {
    if (!find || hits.length === 0) return;
    const index = (find.index + dir + hits.length) % hits.length;
    setFind({ ...find, index });
    showHit(hits[index]);
  }

  /** Pasted lines become boxes after the selected one, at its level (primary drivers with the aim selected): one undo step. */
  function pasteText(text: string) {
    if (readOnly) return;
    const texts = pastedBoxTexts(text);
    if (texts.length === 0) {
      toastInfo(t('drivers.paste.empty'));
      return;
    }
    const r = pasteBoxesCommand(
      doc,
      texts,
      doc.nodes.find((n) => n.id === selected),
      newId,
    );
    if (!r.command) {
      toastInfo(t('drivers.paste.full', { max: DRIVER_LIMITS.nodes }));
      return;
    }
    dispatch(r.command);
    select(r.nodeIds[r.nodeIds.length - 1]!);
    if (r.skipped > 0)
      toastInfo(t('drivers.paste.tooMany', { added: r.nodeIds.length, skipped: r.skipped, max: DRIVER_LIMITS.nodes }));
    else toastInfo(t('drivers.paste.done', { count: r.nodeIds.length }));
  }

  /** Copied boxes (with what was below them) beside the selected box or under it: one undo step. */
  function pasteClip(clip: DriverClip, at: DriverNode | undefined, text: string) {
    if (readOnly) return;
    const r = pasteBoxesClipCommand(doc, clip, at, newId);
    // Levels that do not fit here (ideas on the aim): the texts become boxes of this level.
    if (!r) return pasteText(text);
    dispatch(r.command);
    if (r.nodeIds.length > 1) multi.setMany(r.nodeIds);
    select(r.nodeIds[0]!, true, r.nodeIds.length > 1);
  }

  function onPaste(e: ClipboardEvent<HTMLDivElement>) {
    if (fromTextField(e)) return;
    e.preventDefault();
    const got = readPasteEvent(e, readDriverClip);
    if ('clip' in got) pasteClip(got.clip, sel, e.clipboardData.getData('text/plain'));
    else if ('text' in got) pasteText(got.text);
    else if ('key' in got) toastInfo(t(got.key));
    else toastInfo(t('drivers.paste.noText'));
  }

  function onCopy(e: ClipboardEvent<HTMLDivElement>, cut = false) {
    if (fromTextField(e)) return;
    const c = copyBoxes(doc, chosenIds());
    if (!c) return;
    writeClipEvent(e, c.clip, c.text);
    if (cut) remove();
  }

  /** A copy of the chosen boxes (with what is below them) right after the selected one. */
  function duplicate() {
    const c = copyBoxes(doc, chosenIds());
    if (!c || readOnly) return;
    const at = sel && c.clip.nodes.some((n) => n.parentId === null && n.level === sel.level) ? sel : undefined;
    pasteClip(c.clip, at, c.text);
  }

  const ops: DriverOps = {
    paste: () => void readClipboardText().then((r) => (r.ok ? pasteText(r.text) : toastInfo(t(r.key)))),
    find: () => setFind((f) => f ?? { query: '', index: 0 }),
    selectAll: () => {
      if (doc.nodes.length === 0) return;
      multi.setMany(layout.boxes.filter((b) => b.id !== AIM_ID).map((b) => b.id));
      select(sel ? sel.id : layout.boxes.find((b) => b.id !== AIM_ID)!.id, true, true);
    },
    copy: () => document.execCommand('copy'),
    cut: () => document.execCommand('cut'),
    duplicate,
    addChild,
    addSibling,
    editText: () => setEditing(selected),
    move,
    deleteSelected: remove,
    toParent: () => {
      if (!sel) return false;
      select(sel.parentId && byId.has(sel.parentId) ? sel.parentId : AIM_ID);
      return true;
    },
    toColumnNeighbour: (dir) => {
      const box = boxById.get(selected);
      const id = box && columnNeighbour(box, dir);
      if (id) select(id);
    },
    toFirstChild: () => {
      const child = layout.boxes.find((b) => b.parentId === selected);
      if (child) select(child.id);
    },
    toAim: () => select(AIM_ID),
  };
  const board$ = useBoardActions<DriverActionContext>(DRIVER_DIAGRAM_ACTIONS, (kit) => ({
    kit,
    readOnly,
    onNode: sel !== undefined,
    hasNodes: doc.nodes.length > 0,
    many: multi.many.length,
    ops,
    exportPicture,
    zoom: {
      scale: zoom,
      zoomIn: () => zoomBy('in'),
      zoomOut: () => zoomBy('out'),
      reset: () => zoomBy('reset'),
      fit: () => {
        autoFit.current = true;
        fitNow();
      },
    },
  }));

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (!(e.target as HTMLElement).classList.contains('dd-box')) return;
    board$.onKeyDown(e);
  }

  const levelName = (depth: number) => t(`drivers.level.${LEVEL_OF_DEPTH[Math.min(depth, 3)] ?? 'idea'}`);
  const selText = selected === AIM_ID ? aimText || t('drivers.aimEmpty') : sel?.text || t('drivers.textEmpty');
  const setSize = (b: LaidBox) => layout.boxes.filter((x) => x.parentId === b.parentId).length;
  const posIn = (b: LaidBox) => layout.boxes.filter((x) => x.parentId === b.parentId).indexOf(b) + 1;

  return (
    <div className="dd-diagram">
      {toolbarSlot &&
        createPortal(
          <BoardToolbar
            className="dd-toolbar"
            compact
            label={t('drivers.toolbarLabel')}
            actions={board$.actions}
            ctx={board$.ctx}
            zoom={zoom}
          />,
          toolbarSlot,
        )}
      {primaries > DRIVER_LIMITS.primaryMax && (
        <p className="dd-warn" role="note">
          <AlertTriangle size={18} aria-hidden /> {t('drivers.tooManyPrimary', { count: primaries })}
        </p>
      )}
      <div className="dd-area" ref={areaRef}>
        {find && (
          <FindBar
            query={find.query}
            onQuery={(query) => {
              setFind({ query, index: 0 });
              showHit(findInDiagram(doc, query, AIM_ID)[0]);
            }}
            count={hits.length}
            index={hits.length > 0 ? find.index : -1}
            onStep={findStep}
            onClose={() => {
              setFind(null);
              document.getElementById(`dd-node-${selected}`)?.focus();
            }}
          />
        )}
        <div
          className="dd-canvas"
          style={{ width: layout.width + 2 * PAD, height: layout.height + HEAD + 2 * PAD, zoom }}
        >
          {layout.columns.map((c, i) => (
            <div
              key={i}
              className={`dd-colhead dd-colhead-${i}`}
              style={{ left: c.x + PAD, width: c.width, top: PAD }}
              aria-hidden
            >
              {t(`drivers.col.${LEVEL_OF_DEPTH[Math.min(i, 3)] ?? 'idea'}`)}
            </div>
          ))}
          <svg className="dd-links" width={layout.width + 2 * PAD} height={layout.height + HEAD + 2 * PAD} aria-hidden>
            {layout.connectors.map((c) => {
              const x1 = c.x1 + PAD;
              const y1 = c.y1 + PAD + HEAD;
              const x2 = c.x2 + PAD;
              const y2 = c.y2 + PAD + HEAD;
              const mx = (x1 + x2) / 2;
              return <path key={`${c.from}-${c.to}`} d={`M ${x1} ${y1} C ${mx} ${y1}, ${mx} ${y2}, ${x2} ${y2}`} />;
            })}
          </svg>
          <div
            className="dd-tree"
            role="tree"
            aria-label={t('drivers.treeLabel', { count: doc.nodes.length + 1 })}
            aria-describedby={helpId}
            onKeyDown={onKeyDown}
            aria-multiselectable
            onPaste={onPaste}
            onCopy={(e) => onCopy(e)}
            onCut={(e) => onCopy(e, true)}
            onContextMenu={board$.onContextMenu}
          >
            {layout.boxes.map((b) => {
              const node = byId.get(b.id);
              const isAim = b.id === AIM_ID;
              const level = isAim ? 'aim' : node!.level;
              const text = isAim ? aimText : node!.text;
              const src = node ? sourceOf(node) : ({ kind: 'typed' } as const);
              const srcText =
                src.kind === 'live'
                  ? t('drivers.sourceName', { board: src.boardName, kind: boardKindName(t, src.boardKind) })
                  : src.kind === 'removed'
                    ? t('drivers.sourceRemoved')
                    : '';
              const isSel = b.id === selected || multi.has(b.id);
              const hasKids = layout.boxes.some((x) => x.parentId === b.id);
              return (
                <div
                  key={b.id}
                  id={`dd-node-${b.id}`}
                  className={`dd-box dd-${level}${isSel ? ' is-selected' : ''}${text ? '' : ' is-empty'}`}
                  role="treeitem"
                  aria-level={b.depth + 1}
                  aria-setsize={isAim ? 1 : setSize(b)}
                  aria-posinset={isAim ? 1 : posIn(b)}
                  aria-selected={isSel}
                  aria-expanded={hasKids ? true : undefined}
                  aria-label={`${levelName(b.depth)}: ${text || (isAim ? t('drivers.aimEmpty') : t('drivers.textEmpty'))}${srcText ? `. ${t('drivers.fromSource', { source: srcText })}` : ''}`}
                  tabIndex={b.id === selected ? 0 : -1}
                  style={{ left: b.x + PAD, top: b.y + PAD + HEAD, width: b.width, height: b.height }}
                  onFocus={() => select(b.id, false, multi.has(b.id))}
                  // A Shift/Ctrl+press must not move focus (which selects one box) before the click adds to the selection.
                  onMouseDown={(e) => !isAim && isToggleClick(e) && e.preventDefault()}
                  onClick={(e) => (!isAim && isToggleClick(e) ? toggleBox(b.id) : select(b.id, false))}
                  onDoubleClick={() => !readOnly && setEditing(b.id)}
                >
                  {editing === b.id ? (
                    <InlineTextEditor
                      className="dd-editor"
                      stopClicks
                      initial={draft?.id === b.id ? '' : isAim ? doc.aim.statement || aimText : text}
                      label={t('drivers.editLabel', { level: levelName(b.depth) })}
                      maxLength={isAim ? LIMITS.longText : LIMITS.noteText}
                      tabForChild={!isAim && childLevel(level as NodeLevel) !== null}
                      // Saves as typed; a new box (draft) is created by its first save.
                      save={readOnly ? undefined : (v) => saveText(b.id, v)}
                      onDone={commit}
                    />
                  ) : (
                    <p className="dd-text">{text || (isAim ? t('drivers.aimEmpty') : t('drivers.textEmpty'))}</p>
                  )}
                  {srcText && (
                    <span className={`dd-source${src.kind === 'removed' ? ' is-removed' : ''}`}>
                      <Link2 size={16} aria-hidden />
                      <span>{srcText}</span>
                    </span>
                  )}
                </div>
              );
            })}
          </div>
        </div>
        <p className="dd-keys" aria-hidden>
          {t('drivers.keys')}
        </p>
        {doc.nodes.length === 0 && !draft && (
          <div className="dd-empty" aria-hidden>
            <p className="dd-empty-title">{t('drivers.emptyTitle')}</p>
            <p className="muted">{t('drivers.keys')}</p>
          </div>
        )}
      </div>
      <p id={helpId} className="visually-hidden">
        {t('drivers.keysLong')}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status ||
          `${selected === AIM_ID ? t('drivers.level.aim') : sel ? t(`drivers.level.${sel.level}`) : ''}: ${selText}`}
      </p>
      {board$.overlays}
    </div>
  );
}
