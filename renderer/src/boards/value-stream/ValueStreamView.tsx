import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type Konva from 'konva';
import { ArrowLeft, ArrowRight, FileImage, GitBranch, ImageDown, Maximize, Minus, Plus, Trash2 } from 'lucide-react';
import { totalsOf } from '../../../../shared/boards/value-stream/definition';
import { blankStep, ValueStreamDoc, type ValueStreamCommand } from '../../../../shared/boards/value-stream/model';
import { VS_LAYOUT } from '../../../../shared/boards/value-stream/layout';
import { newId } from '../../../../shared/domain/ids';
import { call } from '../../api';
import { mutate, showView } from '../../app/actions';
import { toastInfo } from '../../app/toasts';
import { futureStateInit } from '../../../../shared/boards/value-stream/future';
import { useApp } from '../../app/store';
import type { BoardViewProps } from '../types';
import { buildScene, VS_THEMES } from './scene';
import { VsCanvas, type Viewport } from './VsCanvas';
import { BoardSettings, StepInspector } from './VsInspector';
import { TotalsBar } from './TotalsBar';
import { FromMapDialog } from './FromMapDialog';
import { download, downloadText, fileBase, sceneToSvg, stageToPng } from './export';
import { formatMinutes } from './format';
import './value-stream.css';

const clampScale = (s: number) => Math.min(2.5, Math.max(0.3, s));

/** Another board's value-stream document, reloaded when the workshop changes. */
function useOtherDoc(workshopId: string | undefined, boardId: string | null, revision: number | undefined) {
  const [doc, setDoc] = useState<{ id: string; doc: ValueStreamDoc } | null>(null);
  useEffect(() => {
    if (!workshopId || !boardId) {
      setDoc(null);
      return;
    }
    let live = true;
    call('boards.get', { workshopId, id: boardId })
      .then((b) => {
        const parsed = ValueStreamDoc.safeParse(b.doc);
        if (live) setDoc(parsed.success ? { id: boardId, doc: parsed.data } : null);
      })
      .catch(() => live && setDoc(null));
    return () => {
      live = false;
    };
  }, [workshopId, boardId, revision]);
  return doc && doc.id === boardId ? doc.doc : null;
}

/** Node ids of the linked process map, or null while unknown; 'gone' when the map board was deleted. */
function useMapNodes(workshopId: string | undefined, mapId: string | null, exists: boolean, revision: number | undefined) {
  const [nodes, setNodes] = useState<{ id: string; ids: Set<string> } | null>(null);
  useEffect(() => {
    if (!workshopId || !mapId || !exists) {
      setNodes(null);
      return;
    }
    let live = true;
    call('boards.get', { workshopId, id: mapId })
      .then((b) => {
        const raw = b.doc as { nodes?: { id?: unknown }[] } | null;
        const ids = new Set((raw?.nodes ?? []).map((n) => String(n.id)));
        if (live) setNodes({ id: mapId, ids });
      })
      .catch(() => live && setNodes(null));
    return () => {
      live = false;
    };
  }, [workshopId, mapId, exists, revision]);
  return nodes && nodes.id === mapId ? nodes.ids : null;
}

export function ValueStreamView({ board, doc, dispatch, readOnly = false }: BoardViewProps<ValueStreamDoc, ValueStreamCommand>) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const helpId = useId();
  const workshop = useApp((s) => s.workshop);
  const themeName = useApp((s) => s.settings.theme);
  const theme = VS_THEMES[themeName];
  const wrapRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const [size, setSize] = useState({ width: 800, height: 400 });
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focusName, setFocusName] = useState(0);
  const [mapDialog, setMapDialog] = useState(false);

  const revision = workshop?.revision;
  const teamBoards = useMemo(() => (workshop?.boards ?? []).filter((b) => b.teamId === board.teamId), [workshop, board.teamId]);
  const otherStreams = teamBoards.filter((b) => b.kind === 'value-stream' && b.id !== board.id);
  const maps = teamBoards.filter((b) => b.kind === 'process-map');
  const compareMeta = doc.compareWith ? (workshop?.boards.find((b) => b.id === doc.compareWith) ?? null) : null;
  const compareDoc = useOtherDoc(workshop?.id, compareMeta ? compareMeta.id : null, revision);

  // The process map the steps came from: which linked steps lost their map step.
  const mapId = doc.source?.boardId ?? doc.steps.find((s) => s.source)?.source?.boardId ?? null;
  const mapMeta = mapId ? (workshop?.boards.find((b) => b.id === mapId) ?? null) : null;
  const mapNodes = useMapNodes(workshop?.id, mapId, mapMeta !== null, revision);
  const mapGone = mapId !== null && workshop !== null && mapMeta === null;
  const sourceGone = useMemo(() => {
    const out = new Set<string>();
    for (const s of doc.steps) {
      if (!s.source?.itemId) continue;
      if (mapGone || (mapNodes && s.source.boardId === mapId && !mapNodes.has(s.source.itemId))) out.add(s.id);
    }
    return out;
  }, [doc.steps, mapGone, mapNodes, mapId]);

  const totals = useMemo(() => totalsOf(doc), [doc]);
  const compareTotals = useMemo(() => (compareDoc ? totalsOf(compareDoc) : null), [compareDoc]);
  const stateName = (d: ValueStreamDoc, name: string) => {
    const label = t(`valueStream.state.${d.state}`);
    return name.toLocaleLowerCase(lang).includes(label.toLocaleLowerCase(lang)) ? name : `${label}: ${name}`;
  };
  const mainTitle = doc.compareWith ? stateName(doc, board.name) : t(`valueStream.state.${doc.state}`);
  const scene = useMemo(
    () =>
      buildScene({
        main: { doc, totals, title: mainTitle, sourceGone },
        compare: compareDoc && compareTotals && compareMeta ? { doc: compareDoc, totals: compareTotals, title: t('valueStream.compare.title', { name: stateName(compareDoc, compareMeta.name) }), sourceGone: new Set(), name: compareMeta.name } : null,
        selectedId,
        t,
        lang,
        theme,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- stateName only reads t
    [doc, totals, compareDoc, compareTotals, compareMeta, selectedId, t, lang, theme, mainTitle, sourceGone],
  );
  const cardX = useMemo(() => new Map(doc.steps.map((s, i) => [s.id, VS_LAYOUT.pad + i * (VS_LAYOUT.waitW + VS_LAYOUT.cardW) + VS_LAYOUT.waitW])), [doc.steps]);

  useLayoutEffect(() => {
    const el = wrapRef.current;
    if (!el) return;
    const measure = () => setSize({ width: Math.max(200, el.clientWidth), height: Math.max(160, el.clientHeight) });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  /** Everything in view (the fit button). */
  function fitView(): Viewport {
    return { x: 8, y: 8, scale: clampScale(Math.min(1, size.height / (scene.height + 16), size.width / (scene.width + 16))) };
  }
  // First view: full height at up to 100 %, so the text stays readable on a projector; pan for the rest.
  useEffect(() => {
    if (viewport === null && size.height > 160) setViewport({ x: 8, y: 8, scale: clampScale(Math.max(0.6, Math.min(1, size.height / (scene.height + 16)))) });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- first view only
  }, [viewport, size]);

  useEffect(() => {
    if (selectedId && !doc.steps.some((s) => s.id === selectedId)) setSelectedId(null);
  }, [doc.steps, selectedId]);

  useEffect(() => {
    if (focusName === 0) return;
    const input = document.querySelector<HTMLInputElement>('.vs-inspector input');
    input?.focus();
    input?.select();
  }, [focusName]);

  const vp = viewport ?? { x: 8, y: 8, scale: 1 };
  const selIndex = selectedId ? doc.steps.findIndex((s) => s.id === selectedId) : -1;
  const selected = selIndex >= 0 ? doc.steps[selIndex] : undefined;

  function reveal(index: number) {
    const left = vp.x + (VS_LAYOUT.pad + index * (VS_LAYOUT.waitW + VS_LAYOUT.cardW)) * vp.scale;
    const right = left + (VS_LAYOUT.waitW + VS_LAYOUT.cardW) * vp.scale;
    if (left < 0) setViewport({ ...vp, x: vp.x - left + 8 });
    else if (right > size.width) setViewport({ ...vp, x: vp.x - (right - size.width) - 8 });
  }

  function select(index: number) {
    const s = doc.steps[index];
    if (!s) return;
    setSelectedId(s.id);
    reveal(index);
  }

  function addStep() {
    if (readOnly) return;
    const id = newId();
    const at = selIndex >= 0 ? selIndex + 1 : doc.steps.length;
    dispatch({ type: 'addStep', step: blankStep(id, t('valueStream.newStepName', { n: doc.steps.length + 1 })), index: at });
    setSelectedId(id);
    reveal(at);
    setFocusName((n) => n + 1);
  }

  function deleteSelected() {
    if (readOnly || !selected) return;
    dispatch({ type: 'deleteStep', id: selected.id });
    const next = doc.steps[selIndex + 1] ?? doc.steps[selIndex - 1];
    setSelectedId(next ? next.id : null);
    containerRef.current?.focus({ preventScroll: true });
  }

  function move(delta: number) {
    if (readOnly || !selected) return;
    const to = selIndex + delta;
    if (to < 0 || to >= doc.steps.length) return;
    dispatch({ type: 'moveStep', id: selected.id, index: to });
    reveal(to);
  }

  function zoomBy(f: number) {
    const scale = clampScale(vp.scale * f);
    const cx = size.width / 2;
    const cy = size.height / 2;
    setViewport({ scale, x: cx - ((cx - vp.x) / vp.scale) * scale, y: cy - ((cy - vp.y) / vp.scale) * scale });
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey) return;
    switch (e.key) {
      case 'ArrowLeft':
        if (e.altKey) move(-1);
        else select(selIndex <= 0 ? 0 : selIndex - 1);
        break;
      case 'ArrowRight':
        if (e.altKey) move(1);
        else select(selIndex < 0 ? 0 : Math.min(doc.steps.length - 1, selIndex + 1));
        break;
      case 'Home':
        select(0);
        break;
      case 'End':
        select(doc.steps.length - 1);
        break;
      case 'Enter':
        addStep();
        break;
      case 'F2':
        if (selected) setFocusName((n) => n + 1);
        break;
      case 'Delete':
      case 'Backspace':
        deleteSelected();
        break;
      case 'Escape':
        setSelectedId(null);
        break;
      case '+':
        zoomBy(1.2);
        break;
      case '-':
        zoomBy(1 / 1.2);
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  async function makeFuture() {
    if (!workshop || readOnly) return;
    const name = t('valueStream.settings.futureName', { name: board.name }).slice(0, 200);
    const out = await mutate('boards.create', { workshopId: workshop.id, teamId: board.teamId, kind: 'value-stream', name, init: futureStateInit(doc, board.id, newId) });
    if (out) {
      toastInfo(t('valueStream.settings.futureCreated', { name }));
      showView({ kind: 'board', boardId: out.id });
    }
  }

  function exportPng() {
    const stage = stageRef.current;
    if (!stage) return;
    download(stageToPng(stage, scene), `${fileBase(board.name)}.png`);
  }

  return (
    <div className="vs">
      <div className="wall-toolbar vs-toolbar" role="toolbar" aria-label={t('valueStream.toolbar')}>
        <button type="button" className="btn btn-primary" onClick={addStep} disabled={readOnly} title={t('valueStream.addStepHint')}>
          <Plus size={18} aria-hidden />
          {t('valueStream.addStep')}
        </button>
        <button type="button" className="icon-btn" onClick={() => move(-1)} disabled={readOnly || selIndex <= 0} aria-label={t('valueStream.moveLeft')} title={t('valueStream.moveLeft')}>
          <ArrowLeft size={18} aria-hidden />
        </button>
        <button type="button" className="icon-btn" onClick={() => move(1)} disabled={readOnly || selIndex < 0 || selIndex >= doc.steps.length - 1} aria-label={t('valueStream.moveRight')} title={t('valueStream.moveRight')}>
          <ArrowRight size={18} aria-hidden />
        </button>
        <button type="button" className="btn btn-ghost" onClick={deleteSelected} disabled={readOnly || !selected}>
          <Trash2 size={18} aria-hidden />
          {t('valueStream.deleteStep')}
        </button>
        <div className="toolbar-sep" aria-hidden />
        <button type="button" className="btn" onClick={() => setMapDialog(true)} disabled={readOnly}>
          <GitBranch size={18} aria-hidden />
          {t('valueStream.fromMapButton')}
        </button>
        <div className="toolbar-spacer" />
        <button type="button" className="icon-btn" aria-label={t('valueStream.exportPng')} title={t('valueStream.exportPng')} onClick={exportPng}>
          <ImageDown size={18} aria-hidden />
        </button>
        <button type="button" className="icon-btn" aria-label={t('valueStream.exportSvg')} title={t('valueStream.exportSvg')} onClick={() => downloadText(sceneToSvg(scene, theme.bg), `${fileBase(board.name)}.svg`, 'image/svg+xml')}>
          <FileImage size={18} aria-hidden />
        </button>
        <div className="toolbar-sep" aria-hidden />
        <button type="button" className="icon-btn" aria-label={t('valueStream.zoomOut')} onClick={() => zoomBy(1 / 1.2)}>
          <Minus size={18} aria-hidden />
        </button>
        <button type="button" className="icon-btn text-btn zoom-value" aria-label={t('valueStream.zoomReset', { percent: Math.round(vp.scale * 100) })} onClick={() => setViewport({ ...vp, scale: 1 })}>
          {t('header.percent', { value: Math.round(vp.scale * 100) })}
        </button>
        <button type="button" className="icon-btn" aria-label={t('valueStream.zoomIn')} onClick={() => zoomBy(1.2)}>
          <Plus size={18} aria-hidden />
        </button>
        <button type="button" className="icon-btn" aria-label={t('valueStream.fit')} title={t('valueStream.fit')} onClick={() => setViewport(fitView())}>
          <Maximize size={18} aria-hidden />
        </button>
      </div>
      <TotalsBar doc={doc} totals={totals} compare={compareTotals && compareMeta ? { name: compareMeta.name, totals: compareTotals } : null} sourceGoneCount={sourceGone.size} />
      <div className="vs-body">
        <div className="vs-stage-area" ref={wrapRef}>
          <VsCanvas
            scene={scene}
            theme={theme}
            stepCount={doc.steps.length}
            cardX={cardX}
            viewport={vp}
            setViewport={setViewport}
            size={size}
            label={t('valueStream.canvasLabel', { count: doc.steps.length })}
            helpId={helpId}
            draggable={!readOnly}
            onSelect={setSelectedId}
            onEdit={(id) => {
              setSelectedId(id);
              setFocusName((n) => n + 1);
            }}
            onMove={(id, index) => dispatch({ type: 'moveStep', id, index })}
            onKeyDown={onKeyDown}
            containerRef={containerRef}
            stageRef={stageRef}
          />
          <p id={helpId} className="visually-hidden">
            {t('valueStream.keyboardHelp')}
          </p>
          {doc.steps.length === 0 && (
            <div className="wall-empty vs-empty" aria-hidden>
              <p>{t('valueStream.emptyTitle')}</p>
              <p className="muted">{t('valueStream.emptyHint')}</p>
            </div>
          )}
          {doc.compareWith && !compareMeta && workshop && (
            <p className="vs-compare-gone banner banner-warning" role="status">
              {t('valueStream.compare.gone')}
            </p>
          )}
        </div>
        {selected ? (
          <StepInspector
            key={selected.id}
            doc={doc}
            step={selected}
            index={selIndex}
            times={totals.steps[selIndex]!}
            sourceGone={sourceGone.has(selected.id)}
            readOnly={readOnly}
            dispatch={dispatch}
            onDelete={deleteSelected}
          />
        ) : (
          <BoardSettings board={board} doc={doc} others={otherStreams} sourceName={mapMeta?.name ?? null} sourceGone={mapGone} readOnly={readOnly} dispatch={dispatch} onMakeFuture={() => void makeFuture()} />
        )}
      </div>
      <table className="visually-hidden">
        <caption>{t('valueStream.list.label')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('valueStream.list.step')}</th>
            <th scope="col">{t('valueStream.list.wait')}</th>
            <th scope="col">{t('valueStream.list.process')}</th>
            <th scope="col">{t('valueStream.list.onPath')}</th>
          </tr>
        </thead>
        <tbody>
          {doc.steps.map((s, i) => {
            const tm = totals.steps[i]!;
            return (
              <tr key={s.id}>
                <td>{`${i + 1}. ${s.name || t('valueStream.unnamedStep')}`}</td>
                <td>{tm.wait ? `${formatMinutes(tm.wait.typical, t, lang)} (${t(`valueStream.waitKind.${s.waitKind}`)})` : t('valueStream.totals.missing')}</td>
                <td>{tm.process ? formatMinutes(tm.process.typical, t, lang) : t('valueStream.totals.missing')}</td>
                <td>{tm.onPath ? t('valueStream.list.yes') : t('valueStream.list.no')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {workshop && <FromMapDialog open={mapDialog} workshopId={workshop.id} teamId={board.teamId} maps={maps} fillThis={doc.steps.length === 0 && !readOnly ? dispatch : null} onClose={() => setMapDialog(false)} />}
    </div>
  );
}
