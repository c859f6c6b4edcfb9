import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ArrowDown, ArrowUp, CornerDownRight, Link2, Minus, Pencil, Plus, Trash2, AlertTriangle } from 'lucide-react';
import { childLevel, DRIVER_LIMITS, newNode, subtreeIds, type DriverDiagramCommand, type DriverDiagramDoc, type DriverNode, type NodeLevel } from '../../../../shared/boards/driver-diagram/model';
import { driverDiagram } from '../../../../shared/boards/driver-diagram/definition';
import { AIM_ID, DEFAULT_LAYOUT, layoutDiagram, type LaidBox } from '../../../../shared/boards/driver-diagram/layout';
import { runCommand } from '../../../../shared/boards/run';
import { newId } from '../../../../shared/domain/ids';
import { LIMITS } from '../../../../shared/domain/limits';
import { undo } from '../../app/actions';
import { toastInfo } from '../../app/toasts';
import type { SourceState } from './sources';

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
}

export function DiagramPanel({ doc, aimText, dispatch, readOnly, sourceOf, initialFocus, toolbarSlot }: Props) {
  const { t } = useTranslation();
  const helpId = useId();
  const [selected, setSelected] = useState<string>(() => (initialFocus && doc.nodes.some((n) => n.id === initialFocus) ? initialFocus : AIM_ID));
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [status, setStatus] = useState('');
  const focusNext = useRef(initialFocus !== null);
  const areaRef = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState(1);

  // A draft node is shown in place (through the same pure apply) until its text is committed as one command.
  const shown = useMemo(() => {
    if (!draft) return doc;
    try {
      const cmd: DriverDiagramCommand = { type: 'addNode', node: newNode(draft.id, draft.level, draft.parentId, ''), afterId: draft.afterId };
      return runCommand<DriverDiagramDoc>(driverDiagram, doc, cmd).doc;
    } catch {
      return doc;
    }
  }, [doc, draft]);
  const layout = useMemo(() => layoutDiagram(shown, DEFAULT_LAYOUT, aimText), [shown, aimText]);
  const byId = useMemo(() => new Map(shown.nodes.map((n) => [n.id, n])), [shown.nodes]);
  const boxById = useMemo(() => new Map(layout.boxes.map((b) => [b.id, b])), [layout.boxes]);
  const sel = byId.get(selected);
  const primaries = doc.nodes.filter((n) => n.level === 'primary').length;

  // Open at a zoom that shows the whole diagram on the projector, when it can still be read (never below 70 %);
  // follow the room it has (sidebar shown or hidden) until the coach picks a zoom.
  const autoFit = useRef(true);
  const size = useRef({ w: 0, h: 0 });
  // The key legend sits under the canvas: room for it too.
  size.current = { w: layout.width + 2 * PAD, h: layout.height + HEAD + 2 * PAD + LEGEND };
  useLayoutEffect(() => {
    const area = areaRef.current;
    if (!area) return;
    const fitNow = () => {
      if (!autoFit.current || area.clientWidth === 0) return;
      const fit = Math.min(1, area.clientHeight / size.current.h, area.clientWidth / size.current.w);
      setZoom([...ZOOMS].reverse().find((z) => z <= fit && z >= 0.7) ?? (fit < 0.7 ? 0.7 : 1));
    };
    fitNow();
    const ro = new ResizeObserver(fitNow);
    ro.observe(area);
    return () => ro.disconnect();
  }, []);

  function zoomBy(dir: 'in' | 'out' | 'reset') {
    autoFit.current = false;
    const i = ZOOMS.findIndex((z) => z >= zoom - 0.001);
    setZoom(dir === 'reset' ? 1 : ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, i + (dir === 'in' ? 1 : -1)))]!);
  }

  useEffect(() => {
    if (selected !== AIM_ID && !byId.has(selected)) setSelected(AIM_ID);
  }, [byId, selected]);

  useEffect(() => {
    if (!focusNext.current || editing) return;
    focusNext.current = false;
    document.getElementById(`dd-node-${selected}`)?.focus();
  }, [selected, editing, doc]);

  function select(id: string, focus = true) {
    focusNext.current = focus;
    setSelected(id);
  }

  function startDraft(parentId: string | null, level: NodeLevel, afterId: string | null | undefined) {
    if (readOnly) return;
    const id = newId();
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
    if (!sel || readOnly) return;
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
      dispatch({ type: 'addNode', node: newNode(d.id, d.level, d.parentId, text.trim()), afterId: d.afterId });
      setSelected(d.id);
      if (next === 'child' && childLevel(d.level)) startDraft(d.id, childLevel(d.level)!, undefined);
      if (next === 'sibling') startDraft(d.parentId, d.level, d.id);
      return;
    }
    if (text === null) return;
    if (target === AIM_ID) {
      if (text.trim() !== doc.aim.statement) dispatch({ type: 'setAim', patch: { statement: text.trim() } });
      return;
    }
    const n = byId.get(target);
    if (n && n.text !== text.trim()) dispatch({ type: 'setText', id: n.id, text: text.trim() });
  }

  function columnNeighbour(box: LaidBox, dir: -1 | 1): string | undefined {
    const col = layout.boxes.filter((b) => b.depth === box.depth).sort((a, b) => a.y - b.y);
    return col[col.indexOf(box) + dir]?.id;
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const target = e.target as HTMLElement;
    if (!target.classList.contains('dd-box') || e.ctrlKey || e.metaKey) return;
    const box = boxById.get(selected);
    if (e.altKey) {
      if (e.key === 'ArrowUp') move('up');
      else if (e.key === 'ArrowDown') move('down');
      else return;
      e.preventDefault();
      return;
    }
    switch (e.key) {
      case 'Tab':
        if (e.shiftKey) {
          if (!sel) return; // from the aim, Shift+Tab leaves the diagram
          select(sel.parentId && byId.has(sel.parentId) ? sel.parentId : AIM_ID);
          break;
        }
        if (readOnly || !addChild()) return; // a change idea has no level below: Tab moves on
        break;
      case 'Enter':
        if (readOnly) return;
        addSibling();
        break;
      case 'F2':
        if (!readOnly) setEditing(selected);
        break;
      case 'ArrowUp':
      case 'ArrowDown': {
        const id = box && columnNeighbour(box, e.key === 'ArrowUp' ? -1 : 1);
        if (id) select(id);
        break;
      }
      case 'ArrowLeft':
        if (box?.parentId) select(box.parentId);
        break;
      case 'ArrowRight': {
        const child = layout.boxes.find((b) => b.parentId === selected);
        if (child) select(child.id);
        break;
      }
      case 'Home':
        select(AIM_ID);
        break;
      case 'Delete':
      case 'Backspace':
        remove();
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  const levelName = (depth: number) => t(`drivers.level.${LEVEL_OF_DEPTH[Math.min(depth, 3)]}`);
  const selText = selected === AIM_ID ? aimText || t('drivers.aimEmpty') : sel?.text || t('drivers.textEmpty');
  const setSize = (b: LaidBox) => layout.boxes.filter((x) => x.parentId === b.parentId).length;
  const posIn = (b: LaidBox) => layout.boxes.filter((x) => x.parentId === b.parentId).indexOf(b) + 1;

  return (
    <div className="dd-diagram">
      {toolbarSlot &&
        createPortal(
      <div className="dd-toolbar" role="toolbar" aria-label={t('drivers.toolbarLabel')}>
        <button type="button" className="btn btn-primary btn-small" onClick={() => addChild()} disabled={readOnly || (sel !== undefined && childLevel(sel.level) === null)}>
          <CornerDownRight size={18} aria-hidden />
          {t('drivers.addChild')}
        </button>
        <button type="button" className="btn btn-small" onClick={addSibling} disabled={readOnly || !sel}>
          <Plus size={18} aria-hidden />
          {t('drivers.addSibling')}
        </button>
        <button type="button" className="btn btn-small btn-ghost" onClick={() => setEditing(selected)} disabled={readOnly} aria-label={t('drivers.edit')} title={t('drivers.edit')}>
          <Pencil size={18} aria-hidden />
        </button>
        <button type="button" className="btn btn-small btn-ghost" onClick={() => move('up')} disabled={readOnly || !sel} aria-label={t('drivers.moveUp')} title={t('drivers.moveUp')}>
          <ArrowUp size={18} aria-hidden />
        </button>
        <button type="button" className="btn btn-small btn-ghost" onClick={() => move('down')} disabled={readOnly || !sel} aria-label={t('drivers.moveDown')} title={t('drivers.moveDown')}>
          <ArrowDown size={18} aria-hidden />
        </button>
        <button type="button" className="btn btn-small btn-ghost" onClick={remove} disabled={readOnly || !sel} aria-label={t('drivers.delete')} title={t('drivers.delete')}>
          <Trash2 size={18} aria-hidden />
        </button>
        <span className="toolbar-sep" aria-hidden />
        <button type="button" className="icon-btn" aria-label={t('fishbone.zoomOut')} onClick={() => zoomBy('out')}>
          <Minus size={18} aria-hidden />
        </button>
        <button type="button" className="icon-btn text-btn zoom-value" aria-label={t('fishbone.zoomReset', { percent: Math.round(zoom * 100) })} onClick={() => zoomBy('reset')}>
          {t('header.percent', { value: Math.round(zoom * 100) })}
        </button>
        <button type="button" className="icon-btn" aria-label={t('fishbone.zoomIn')} onClick={() => zoomBy('in')}>
          <Plus size={18} aria-hidden />
        </button>
      </div>,
          toolbarSlot,
        )}
      {primaries > DRIVER_LIMITS.primaryMax && (
        <p className="dd-warn" role="note">
          <AlertTriangle size={18} aria-hidden /> {t('drivers.tooManyPrimary', { count: primaries })}
        </p>
      )}
      <div className="dd-area" ref={areaRef}>
        <div className="dd-canvas" style={{ width: layout.width + 2 * PAD, height: layout.height + HEAD + 2 * PAD, zoom }}>
          {layout.columns.map((c, i) => (
            <div key={i} className={`dd-colhead dd-colhead-${i}`} style={{ left: c.x + PAD, width: c.width, top: PAD }} aria-hidden>
              {t(`drivers.col.${LEVEL_OF_DEPTH[Math.min(i, 3)]}`)}
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
          <div className="dd-tree" role="tree" aria-label={t('drivers.treeLabel', { count: doc.nodes.length + 1 })} aria-describedby={helpId} onKeyDown={onKeyDown}>
            {layout.boxes.map((b) => {
              const node = byId.get(b.id);
              const isAim = b.id === AIM_ID;
              const level = isAim ? 'aim' : node!.level;
              const text = isAim ? aimText : node!.text;
              const src = node ? sourceOf(node) : ({ kind: 'typed' } as const);
              const srcText = src.kind === 'live' ? t('drivers.sourceName', { board: src.boardName, kind: t(`boards.kind.${src.boardKind}`) }) : src.kind === 'removed' ? t('drivers.sourceRemoved') : '';
              const isSel = b.id === selected;
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
                  tabIndex={isSel ? 0 : -1}
                  style={{ left: b.x + PAD, top: b.y + PAD + HEAD, width: b.width, height: b.height }}
                  onFocus={() => setSelected(b.id)}
                  onClick={() => select(b.id, false)}
                  onDoubleClick={() => !readOnly && setEditing(b.id)}
                >
                  {editing === b.id ? (
                    <BoxEditor
                      initial={draft?.id === b.id ? '' : isAim ? doc.aim.statement || aimText : text}
                      label={t('drivers.editLabel', { level: levelName(b.depth) })}
                      maxLength={isAim ? LIMITS.longText : LIMITS.noteText}
                      allowChild={!isAim && childLevel(level as NodeLevel) !== null}
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
        {status || `${selected === AIM_ID ? t('drivers.level.aim') : sel ? t(`drivers.level.${sel.level}`) : ''}: ${selText}`}
      </p>
    </div>
  );
}

function BoxEditor({ initial, label, maxLength, allowChild, onDone }: { initial: string; label: string; maxLength: number; allowChild: boolean; onDone: (text: string | null, next: 'none' | 'child' | 'sibling') => void }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  const [text, setText] = useState(initial);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  function finish(v: string | null, next: 'none' | 'child' | 'sibling' = 'none') {
    if (done.current) return;
    done.current = true;
    onDone(v, next);
  }
  return (
    <textarea
      ref={ref}
      className="dd-editor"
      aria-label={label}
      value={text}
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
        } else if (e.key === 'Tab' && !e.shiftKey && allowChild && text.trim() !== '') {
          e.preventDefault();
          finish(text, 'child');
        }
      }}
    />
  );
}
