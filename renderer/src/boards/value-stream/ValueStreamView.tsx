import { useBoardActions } from '../kit/useBoardActions';
import { exportBoardPicture } from '../kit/picture-export';
import { VALUE_STREAM_ACTIONS, type StreamActionContext, type StreamOps } from './actions';
import { useEffect, useId, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useElementSize } from '../../components/useElementSize';
import type Konva from 'konva';
import { FileImage, ImageDown } from 'lucide-react';
import { totalsOf } from '../../../../shared/boards/value-stream/definition';
import { blankStep, ValueStreamDoc, type ValueStreamCommand } from '../../../../shared/boards/value-stream/model';
import { VS_LAYOUT } from '../../../../shared/boards/value-stream/layout';
import { newId } from '../../../../shared/domain/ids';
import { call } from '../../api';
import { mutate, showView } from '../../app/actions';
import { toastError, toastInfo } from '../../app/toasts';
import { futureStateInit } from '../../../../shared/boards/value-stream/future';
import { useApp } from '../../app/store';
import type { BoardViewProps } from '../types';
import { buildScene, VS_THEMES } from './scene';
import { VsCanvas, type Viewport } from './VsCanvas';
import { BoardSettings, StepInspector } from './VsInspector';
import { TotalsBar } from './TotalsBar';
import { FromMapDialog } from './FromMapDialog';
import { fileBase } from './export';
import { formatMinutes } from './format';
import './value-stream.css';
import { BoardToolbar } from '../kit/BoardToolbar';
import { InspectorToggle } from '../kit/InspectorToggle';
import { clampZoom, zoomAroundCentre, ZOOM_STEP } from '../kit/zoom';
import { useTextScaleZoom } from '../useTextScaleZoom';
import { FindBar } from '../kit/FindBar';
import { fromTextField, readClipboardText, readPasteEvent, writeClipEvent } from '../kit/clipboard';
import { useMultiSelection } from '../kit/useMultiSelection';
import {
  copySteps,
  deleteStepsCommand,
  moveStepsCommand,
  pasteClipCommand,
  readVsClip,
  type VsClip,
} from '../../../../shared/boards/value-stream/clipboard';
import { MAX_STREAM_STEPS, pastedStepNames, pasteStepsCommand } from '../../../../shared/boards/value-stream/paste';
import { findInStream } from '../../../../shared/boards/value-stream/find';

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
function useMapNodes(
  workshopId: string | undefined,
  mapId: string | null,
  exists: boolean,
  revision: number | undefined,
) {
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

export function ValueStreamView({
  board,
  doc,
  dispatch,
  readOnly = false,
}: BoardViewProps<ValueStreamDoc, ValueStreamCommand>) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const helpId = useId();
  const workshop = useApp((s) => s.workshop);
  const themeName = useApp((s) => s.settings.theme);
  const theme = VS_THEMES[themeName];
  const wrapRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const [selectedId, setSelectedIdOnly] = useState<string | null>(null);
  const stepIds = useMemo(() => doc.steps.map((s) => s.id), [doc.steps]);
  const multi = useMultiSelection(stepIds);
  const pickedSet = useMemo(() => new Set(multi.many), [multi.many]);
  /** Selects one step (or none); the steps selected together are let go. */
  const setSelectedId = (id: string | null) => {
    multi.clear();
    setSelectedIdOnly(id);
  };
  const [focusName, setFocusName] = useState(0);
  const [mapDialog, setMapDialog] = useState(false);
  // The side panel folds away to give the stream the full width (as on the ideas wall).
  const [panelOpen, setPanelOpen] = useState(true);
  const [focusTime, setFocusTime] = useState<{ role: 'wait' | 'process'; n: number } | null>(null);

  const revision = workshop?.revision;
  const teamBoards = useMemo(
    () => (workshop?.boards ?? []).filter((b) => b.teamId === board.teamId),
    [workshop, board.teamId],
  );
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
        compare:
          compareDoc && compareTotals && compareMeta
            ? {
                doc: compareDoc,
                totals: compareTotals,
                title: t('valueStream.compare.title', { name: stateName(compareDoc, compareMeta.name) }),
                sourceGone: new Set(),
                name: compareMeta.name,
              }
            : null,
        selectedId,
        picked: pickedSet,
        t,
        lang,
        theme,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- stateName only reads t
    [doc, totals, compareDoc, compareTotals, compareMeta, selectedId, pickedSet, t, lang, theme, mainTitle, sourceGone],
  );
  const cardX = useMemo(
    () =>
      new Map(
        doc.steps.map((s, i) => [s.id, VS_LAYOUT.pad + i * (VS_LAYOUT.waitW + VS_LAYOUT.cardW) + VS_LAYOUT.waitW]),
      ),
    [doc.steps],
  );

  const size = useElementSize(wrapRef, { width: 200, height: 160 }, { width: 800, height: 400 });

  /** Everything in view (the fit button): the whole stream in the area beside the panel, even below the zoom floor. */
  function fitView(): Viewport {
    return {
      x: 8,
      y: 8,
      scale: Math.max(0.1, Math.min(1, size.height / (scene.height + 16), size.width / (scene.width + 16))),
    };
  }
  // First view: full height at up to 100 %, so the text stays readable on a projector; pan for the rest.
  useEffect(() => {
    if (viewport === null && size.height > 160)
      setViewport({ x: 8, y: 8, scale: clampZoom(Math.max(0.6, Math.min(1, size.height / (scene.height + 16)))) });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- first view only
  }, [viewport, size]);

  useEffect(() => {
    if (selectedId && !doc.steps.some((s) => s.id === selectedId)) setSelectedIdOnly(null);
  }, [doc.steps, selectedId]);

  useEffect(() => {
    if (!focusTime) return;
    const field =
      document.querySelectorAll<HTMLFieldSetElement>('.vs-inspector .vs-duration')[focusTime.role === 'wait' ? 0 : 1];
    field?.querySelector('input')?.focus();
  }, [focusTime]);

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

  /** The next step (after the selected one, wrapping) that lacks this time: selected, shown, its field focused. */
  function fillMissing(role: 'wait' | 'process') {
    const lacks = (i: number) => totals.steps[i]?.issues.some((x) => x.code === 'missing' && x.field === role) ?? false;
    const n = doc.steps.length;
    for (let k = 1; k <= n; k++) {
      const i = (selIndex + k + n) % n;
      if (!lacks(i)) continue;
      select(i);
      setPanelOpen(true);
      setFocusTime((f) => ({ role, n: (f?.n ?? 0) + 1 }));
      return;
    }
  }

  function addStep() {
    if (readOnly) return;
    const id = newId();
    const at = selIndex >= 0 ? selIndex + 1 : doc.steps.length;
    dispatch({
      type: 'addStep',
      step: blankStep(id, t('valueStream.newStepName', { n: doc.steps.length + 1 })),
      index: at,
    });
    setSelectedId(id);
    reveal(at);
    setFocusName((n) => n + 1);
  }

  /** What a command acts on: the steps selected together, else the selected step. */
  const chosenIds = () => multi.chosen(selectedId);

  /** Deletes the chosen steps: one undo step. */
  function deleteSelected() {
    if (readOnly || !selected) return;
    const ids = chosenIds();
    const cmd = deleteStepsCommand(doc, ids);
    if (!cmd) return;
    dispatch(cmd);
    const gone = new Set(ids);
    const next =
      doc.steps.slice(selIndex + 1).find((s) => !gone.has(s.id)) ??
      [...doc.steps.slice(0, selIndex)].reverse().find((s) => !gone.has(s.id));
    setSelectedId(next ? next.id : null);
    containerRef.current?.focus({ preventScroll: true });
  }

  /** Alt+←/→: the chosen steps one place along the stream together (one undo step). */
  function move(delta: -1 | 1) {
    if (readOnly || !selected) return;
    const cmd = moveStepsCommand(doc, chosenIds(), delta);
    if (!cmd) return;
    dispatch(cmd);
    reveal(selIndex + delta);
  }

  /** Shift+←/→ and Shift/Ctrl+click: the step joins the selection (or leaves it). */
  function toggleStep(id: string) {
    const primary = multi.toggle(id, selectedId);
    setSelectedIdOnly(primary);
    const i = doc.steps.findIndex((s) => s.id === primary);
    if (i >= 0) reveal(i);
  }

  function extend(dir: -1 | 1) {
    const next = doc.steps[selIndex + dir];
    if (!next) return;
    if (multi.has(next.id)) {
      // Back over a picked step: the selection shrinks.
      multi.toggle(selectedId!, selectedId);
      setSelectedIdOnly(next.id);
    } else toggleStep(next.id);
    reveal(selIndex + dir);
  }

  /** Copied steps after the selected one (or at the end), times and links kept: one undo step. */
  function pasteClip(clip: VsClip) {
    if (readOnly) return;
    const at = selIndex >= 0 ? selIndex + 1 : doc.steps.length;
    const r = pasteClipCommand(doc, clip, at, newId);
    if (!r.command) {
      toastInfo(t('valueStream.paste.full', { max: MAX_STREAM_STEPS }));
      return;
    }
    dispatch(r.command);
    setSelectedIdOnly(r.stepIds[0]!);
    multi.setMany(r.stepIds);
    reveal(at);
    if (r.skipped > 0)
      toastInfo(t('valueStream.paste.tooMany', { added: r.stepIds.length, skipped: r.skipped, max: MAX_STREAM_STEPS }));
  }

  function onCopy(e: ClipboardEvent<HTMLDivElement>, cut = false) {
    if (fromTextField(e)) return;
    const c = copySteps(doc, chosenIds());
    if (!c) return;
    writeClipEvent(e, c.clip, c.text);
    if (cut) deleteSelected();
  }

  function duplicate() {
    const c = copySteps(doc, chosenIds());
    if (!c || readOnly) return;
    // The copies go right after the last chosen step.
    const last = Math.max(...c.clip.steps.map((s) => doc.steps.findIndex((x) => x.id === s.id)));
    const r = pasteClipCommand(doc, c.clip, last + 1, newId);
    if (!r.command) {
      toastInfo(t('valueStream.paste.full', { max: MAX_STREAM_STEPS }));
      return;
    }
    dispatch(r.command);
    setSelectedIdOnly(r.stepIds[0]!);
    multi.setMany(r.stepIds);
    reveal(last + 1);
  }

  useTextScaleZoom(zoomBy);
  function zoomBy(f: number) {
    setViewport(zoomAroundCentre(vp, f, size));
  }

  const [find, setFind] = useState<{ query: string; index: number } | null>(null);
  const hits = useMemo(() => (find ? findInStream(doc, find.query) : []), [doc, find]);

  function showHit(id: string | undefined) {
    const i = id ? doc.steps.findIndex((s) => s.id === id) : -1;
    if (i >= 0) select(i);
  }

  function findStep(dir: 1 | -1) {
    if (!find || hits.length === 0) return;
    const index = (find.index + dir + hits.length) % hits.length;
    setFind({ ...find, index });
    showHit(hits[index]);
  }

  /** Pasted lines become steps after the selected step (or at the end), in order: one undo step. */
  function pasteText(text: string) {
    if (readOnly) return;
    const names = pastedStepNames(text);
    if (names.length === 0) {
      toastInfo(t('valueStream.paste.empty'));
      return;
    }
    const r = pasteStepsCommand(doc, names, selIndex >= 0 ? selIndex + 1 : doc.steps.length, newId);
    if (!r.command) {
      toastInfo(t('valueStream.paste.full', { max: MAX_STREAM_STEPS }));
      return;
    }
    dispatch(r.command);
    const last = r.stepIds[r.stepIds.length - 1]!;
    setSelectedId(last);
    reveal((selIndex >= 0 ? selIndex + 1 : doc.steps.length) + r.stepIds.length - 1);
    if (r.skipped > 0)
      toastInfo(t('valueStream.paste.tooMany', { added: r.stepIds.length, skipped: r.skipped, max: MAX_STREAM_STEPS }));
    else toastInfo(t('valueStream.paste.done', { count: r.stepIds.length }));
  }

  function onPaste(e: ClipboardEvent<HTMLDivElement>) {
    if (fromTextField(e)) return;
    e.preventDefault();
    const got = readPasteEvent(e, readVsClip);
    if ('clip' in got) pasteClip(got.clip);
    else if ('text' in got) pasteText(got.text);
    else if ('key' in got) toastInfo(t(got.key));
    else toastInfo(t('valueStream.paste.noText'));
  }

  const ops: StreamOps = {
    paste: () => void readClipboardText().then((r) => (r.ok ? pasteText(r.text) : toastInfo(t(r.key)))),
    find: () => setFind((f) => f ?? { query: '', index: 0 }),
    selectAll: () => {
      if (doc.steps.length === 0) return;
      if (!selectedId) setSelectedIdOnly(doc.steps[0]!.id);
      multi.setMany(stepIds);
    },
    copy: () => document.execCommand('copy'),
    cut: () => document.execCommand('cut'),
    duplicate,
    extend,
    addStep,
    editStep: () => setFocusName((n) => n + 1),
    deleteSelected,
    move,
    select: (to) =>
      select(
        to === 'first'
          ? 0
          : to === 'last'
            ? doc.steps.length - 1
            : to === 'previous'
              ? selIndex <= 0
                ? 0
                : selIndex - 1
              : selIndex < 0
                ? 0
                : Math.min(doc.steps.length - 1, selIndex + 1),
      ),
    // Esc lets go of the steps selected together first, then of the selected step.
    clearSelection: () => (multi.many.length > 0 ? multi.clear() : setSelectedId(null)),
    fromMap: () => setMapDialog(true),
  };
  const board$ = useBoardActions<StreamActionContext>(VALUE_STREAM_ACTIONS, (kit) => ({
    kit,
    readOnly,
    hasSelection: selected !== undefined,
    hasSteps: doc.steps.length > 0,
    ops,
    zoom: {
      scale: vp.scale,
      zoomIn: () => zoomBy(ZOOM_STEP),
      zoomOut: () => zoomBy(1 / ZOOM_STEP),
      reset: () => zoomBy(1 / vp.scale),
      fit: () => setViewport(fitView()),
    },
  }));

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.target !== e.currentTarget) return;
    board$.onKeyDown(e);
  }

  async function makeFuture() {
    if (!workshop || readOnly) return;
    const name = t('valueStream.settings.futureName', { name: board.name }).slice(0, 200);
    const out = await mutate('boards.create', {
      workshopId: workshop.id,
      teamId: board.teamId,
      kind: 'value-stream',
      name,
      init: futureStateInit(doc, board.id, newId),
    });
    if (out) {
      toastInfo(t('valueStream.settings.futureCreated', { name }));
      showView({ kind: 'board', boardId: out.id });
    }
  }

  // Exports are drawn from the board's picture: what the projector shows, every text whole, sections stacked.
  function exportPng() {
    void exportBoardPicture(board, doc, 'png', { scale: 2, fileName: () => `${fileBase(board.name)}.png` }).catch(
      toastError,
    );
  }

  return (
    <div className="vs">
      <BoardToolbar
        className="wall-toolbar vs-toolbar"
        label={t('valueStream.toolbar')}
        actions={board$.actions}
        ctx={board$.ctx}
        zoom={vp.scale}
        beforeView={
          <>
            <button
              type="button"
              className="icon-btn"
              aria-label={t('valueStream.exportPng')}
              title={t('valueStream.exportPng')}
              onClick={exportPng}
            >
              <ImageDown size={18} aria-hidden />
            </button>
            <button
              type="button"
              className="icon-btn"
              aria-label={t('valueStream.exportSvg')}
              title={t('valueStream.exportSvg')}
              onClick={() =>
                void exportBoardPicture(board, doc, 'svg', { fileName: () => `${fileBase(board.name)}.svg` }).catch(
                  toastError,
                )
              }
            >
              <FileImage size={18} aria-hidden />
            </button>
          </>
        }
        end={<InspectorToggle open={panelOpen} onToggle={() => setPanelOpen((o) => !o)} />}
      />
      <TotalsBar
        doc={doc}
        totals={totals}
        compare={compareTotals && compareMeta ? { name: compareMeta.name, totals: compareTotals } : null}
        sourceGoneCount={sourceGone.size}
        onFill={readOnly ? undefined : fillMissing}
      />
      <div className="vs-body" style={panelOpen ? undefined : { gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <div
          className="vs-stage-area"
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
            // A press on one of the steps selected together keeps them (the right-click menu acts on all).
            onSelect={(id, toggle) =>
              id && toggle ? toggleStep(id) : id && multi.has(id) ? setSelectedIdOnly(id) : setSelectedId(id)
            }
            onBand={(ids) => {
              if (ids.length > 0) setSelectedIdOnly(multi.add(ids, selectedId));
            }}
            onEdit={(id) => {
              setSelectedId(id);
              setFocusName((n) => n + 1);
            }}
            onMove={(id, index) => dispatch({ type: 'moveStep', id, index })}
            onKeyDown={onKeyDown}
            containerRef={containerRef}
            stageRef={stageRef}
          />
          {find && (
            <FindBar
              query={find.query}
              onQuery={(query) => {
                setFind({ query, index: 0 });
                showHit(findInStream(doc, query)[0]);
              }}
              count={hits.length}
              index={hits.length > 0 ? find.index : -1}
              onStep={findStep}
              onClose={() => {
                setFind(null);
                containerRef.current?.focus({ preventScroll: true });
              }}
            />
          )}
          <p id={helpId} className="visually-hidden">
            {t('valueStream.keyboardHelp')}
          </p>
          <p className="visually-hidden" role="status">
            {multi.many.length > 0 ? t('boardKit.selection.count', { count: multi.many.length }) : ''}
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
        {!panelOpen ? null : selected ? (
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
          <BoardSettings
            board={board}
            doc={doc}
            others={otherStreams}
            sourceName={mapMeta?.name ?? null}
            sourceGone={mapGone}
            readOnly={readOnly}
            dispatch={dispatch}
            onMakeFuture={() => void makeFuture()}
          />
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
                <td>
                  {tm.wait
                    ? `${formatMinutes(tm.wait.typical, t, lang)} (${t(`valueStream.waitKind.${s.waitKind}`)})`
                    : t('valueStream.totals.missing')}
                </td>
                <td>{tm.process ? formatMinutes(tm.process.typical, t, lang) : t('valueStream.totals.missing')}</td>
                <td>{tm.onPath ? t('valueStream.list.yes') : t('valueStream.list.no')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {board$.overlays}
      {workshop && (
        <FromMapDialog
          open={mapDialog}
          workshopId={workshop.id}
          teamId={board.teamId}
          maps={maps}
          fillThis={doc.steps.length === 0 && !readOnly ? dispatch : null}
          onClose={() => setMapDialog(false)}
        />
      )}
    </div>
  );
}
