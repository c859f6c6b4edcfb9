import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { processMap } from '../../../../shared/boards/process-map/definition';
import type { ProcessMapDoc } from '../../../../shared/boards/process-map/model';
import { importCommand, mapRoutes, valueStreamFromMap } from '../../../../shared/boards/value-stream/from-map';
import type { ValueStreamCommand } from '../../../../shared/boards/value-stream/model';
import type { BoardMeta } from '../../../../shared/domain/entities';
import { newId } from '../../../../shared/domain/ids';
import { call } from '../../api';
import { mutate, showView } from '../../app/actions';
import { toastError, toastInfo } from '../../app/toasts';

interface Props {
  open: boolean;
  workshopId: string;
  teamId: string;
  maps: readonly BoardMeta[];
  /** When the open board has no steps yet, the steps go there (one undoable command) instead of a new board. */
  fillThis: ((cmd: ValueStreamCommand) => void) | null;
  onClose: () => void;
}

/** Picks a process map (and a route where it branches) and creates a linked value stream from it. */
export function FromMapDialog({ open, workshopId, teamId, maps, fillThis, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [mapId, setMapId] = useState(maps[0]?.id ?? '');
  const [doc, setDoc] = useState<ProcessMapDoc | null>(null);
  const [route, setRoute] = useState('0');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      setMapId((cur) => (maps.some((m) => m.id === cur) ? cur : (maps[0]?.id ?? '')));
      d.showModal?.();
    }
    if (!open && d.open) d.close();
  }, [open, maps]);

  useEffect(() => {
    if (!open || !mapId) return;
    let live = true;
    setDoc(null);
    call('boards.get', { workshopId, id: mapId })
      .then((b) => {
        const parsed = processMap.docSchema.safeParse(b.doc);
        if (live && parsed.success) setDoc(parsed.data);
      })
      .catch((e: unknown) => toastError(e));
    const map = maps.find((m) => m.id === mapId);
    setName(map ? t('valueStream.fromMap.defaultName', { map: map.name }).slice(0, 200) : '');
    setRoute('0');
    return () => {
      live = false;
    };
  }, [open, mapId, workshopId, maps, t]);

  const routes = useMemo(() => (doc ? mapRoutes(doc) : []), [doc]);
  const texts = useMemo(() => new Map(doc?.nodes.map((n) => [n.id, n]) ?? []), [doc]);

  function routeLabel(i: number): string {
    const r = routes[i]!;
    const decisions = r.nodeIds.filter((n) => texts.get(n)?.kind === 'decision');
    const parts = decisions.map((d, k) => {
      const b = r.branches[k];
      const answer = b === 'yes' ? t('valueStream.fromMap.yes') : b === 'no' ? t('valueStream.fromMap.no') : (b ?? '');
      return `${texts.get(d)?.text ?? ''} ${answer}`.trim();
    });
    return `${t('valueStream.fromMap.routeOption', { n: i + 1, steps: parts.join(' · ') || t('valueStream.fromMap.allSteps') })} (${t('valueStream.fromMap.stepCount', { count: r.nodeIds.length })})`;
  }

  async function create() {
    if (!doc || (!fillThis && !name.trim())) return;
    setBusy(true);
    const chosen = routes.length > 1 ? (routes[Number(route)]?.nodeIds ?? null) : null;
    const init = valueStreamFromMap(
      mapId,
      doc,
      chosen,
      (type) => (type ? t(`processMap.laneType.${type}`) : ''),
      newId,
    );
    if (fillThis) {
      fillThis(importCommand(init));
      setBusy(false);
      onClose();
      toastInfo(t('valueStream.fromMap.filled'));
      return;
    }
    const out = await mutate('boards.create', { workshopId, teamId, kind: 'value-stream', name: name.trim(), init });
    setBusy(false);
    if (out) {
      onClose();
      toastInfo(t('valueStream.fromMap.created', { name: name.trim() }));
      showView({ kind: 'board', boardId: out.id });
    }
  }

  return (
    <dialog ref={ref} className="dialog vs-dialog" aria-labelledby={`${id}-t`} onCancel={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <h2 id={`${id}-t`}>{t('valueStream.fromMap.title')}</h2>
        {maps.length === 0 ? (
          <p>{t('valueStream.fromMap.noMaps')}</p>
        ) : (
          <>
            <p className="muted">{t('valueStream.fromMap.intro')}</p>
            <div className="field">
              <label htmlFor={`${id}-m`}>{t('valueStream.fromMap.map')}</label>
              <select id={`${id}-m`} value={mapId} onChange={(e) => setMapId(e.target.value)}>
                {maps.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </div>
            {!doc && <p className="muted">{t('valueStream.fromMap.loading')}</p>}
            {routes.length > 1 && (
              <div className="field">
                <label htmlFor={`${id}-r`}>{t('valueStream.fromMap.route')}</label>
                <select id={`${id}-r`} value={route} onChange={(e) => setRoute(e.target.value)}>
                  {routes.map((_, i) => (
                    <option key={i} value={String(i)}>
                      {routeLabel(i)}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {fillThis ? (
              <p className="muted">{t('valueStream.fromMap.fillThis')}</p>
            ) : (
              <>
                <p className="muted">{t('valueStream.fromMap.newBoard')}</p>
                <div className="field">
                  <label htmlFor={`${id}-n`}>{t('valueStream.fromMap.name')}</label>
                  <input
                    id={`${id}-n`}
                    value={name}
                    maxLength={200}
                    required
                    onChange={(e) => setName(e.target.value)}
                  />
                </div>
              </>
            )}
          </>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('valueStream.fromMap.cancel')}
          </button>
          {maps.length > 0 && (
            <button type="submit" className="btn btn-primary" disabled={!doc || (!fillThis && !name.trim()) || busy}>
              {t('valueStream.fromMap.create')}
            </button>
          )}
        </div>
      </form>
    </dialog>
  );
}
