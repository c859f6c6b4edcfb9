import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DriverDiagramCommand, DriverDiagramDoc } from '../../../../shared/boards/driver-diagram/model';
import { useApp } from '../../app/store';
import type { BoardViewProps } from '../types';
import { pictureExporter } from '../kit/picture-actions';
import { DiagramPanel } from './DiagramPanel';
import { AimPanel } from './AimPanel';
import { IdeasPanel } from './IdeasPanel';
import { useTeamSources } from './sources';
import './driver-diagram.css';

type Tab = 'diagram' | 'aim' | 'ideas';
const TABS: readonly Tab[] = ['diagram', 'aim', 'ideas'];
const NO_BOARDS: never[] = [];

/** The aim and driver diagram board, framed by the three questions of the Model for Improvement. */
export function DriverDiagramView({
  board,
  doc,
  dispatch,
  readOnly = false,
}: BoardViewProps<DriverDiagramDoc, DriverDiagramCommand>) {
  const { t } = useTranslation();
  const workshop = useApp((s) => s.workshop);
  const boards = workshop?.boards ?? NO_BOARDS;
  const teamAim = workshop?.teams.find((x) => x.id === board.teamId)?.aim ?? '';
  const [tab, setTab] = useState<Tab>('diagram');
  const [focusId, setFocusId] = useState<string | null>(null);
  const [slot, setSlot] = useState<HTMLDivElement | null>(null);
  const sources = useTeamSources(board.teamId, board.id, boards);
  const aimText = doc.aim.statement.trim() !== '' ? doc.aim.statement : teamAim;

  const measureBoards = boards.filter((b) => b.teamId === board.teamId && b.kind === 'measures').map((b) => b.name);
  const adoptedKeys = useMemo(
    () => new Set(doc.nodes.filter((n) => n.source).map((n) => `${n.source!.boardId}:${n.source!.itemId ?? ''}`)),
    [doc.nodes],
  );
  const outsideLeft = sources.outside.filter((i) => !adoptedKeys.has(`${i.boardId}:${i.itemId}`)).length;
  const count = (level: string) => doc.nodes.filter((n) => n.level === level).length;
  const ideaCount = count('idea') + outsideLeft;

  function onTabKey(e: KeyboardEvent<HTMLButtonElement>) {
    const i = TABS.indexOf(tab);
    const next =
      e.key === 'ArrowRight'
        ? TABS[(i + 1) % TABS.length]
        : e.key === 'ArrowLeft'
          ? TABS[(i + TABS.length - 1) % TABS.length]
          : undefined;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    document.getElementById(`dd-tab-${next}`)?.focus();
  }

  const tabList = (
    <div className="dd-tabs" role="tablist" aria-label={t('drivers.tabsLabel')}>
      {TABS.map((k) => (
        <button
          key={k}
          id={`dd-tab-${k}`}
          type="button"
          role="tab"
          className="dd-tab"
          aria-selected={tab === k}
          aria-controls={`dd-panel-${k}`}
          tabIndex={tab === k ? 0 : -1}
          onClick={() => setTab(k)}
          onKeyDown={onTabKey}
        >
          {k === 'ideas' ? t('drivers.tab.ideas', { count: ideaCount }) : t(`drivers.tab.${k}`)}
        </button>
      ))}
    </div>
  );

  return (
    <div className="dd">
      <ol className="dd-frame" aria-label={t('drivers.frameLabel')}>
        <li className={tab !== 'ideas' ? 'dd-q is-active' : 'dd-q'}>
          <span className="dd-qn" aria-hidden>
            1
          </span>
          <span className="dd-qbody">
            <span className="dd-qtext">{t('drivers.q1')}</span>
            <span className="dd-qanswer">{aimText.trim() || t('drivers.q1Empty')}</span>
          </span>
        </li>
        <li className="dd-q">
          <span className="dd-qn" aria-hidden>
            2
          </span>
          <span className="dd-qbody">
            <span className="dd-qtext">{t('drivers.q2')}</span>
            <span className="dd-qanswer">
              {measureBoards.length
                ? t('drivers.q2Measures', { boards: measureBoards.join(', ') })
                : t('drivers.q2Empty')}
            </span>
          </span>
        </li>
        <li className={tab !== 'aim' ? 'dd-q is-active' : 'dd-q'}>
          <span className="dd-qn" aria-hidden>
            3
          </span>
          <span className="dd-qbody">
            <span className="dd-qtext">{t('drivers.q3')}</span>
            <span className="dd-qanswer">
              {t('drivers.q3Summary', {
                drivers: count('primary') + count('secondary'),
                ideas: count('idea'),
                outside: outsideLeft,
              })}
            </span>
          </span>
        </li>
      </ol>
      <div className="dd-bar">
        {tabList}
        <div ref={setSlot} className="dd-bar-tools" />
      </div>
      <div
        id={`dd-panel-${tab}`}
        role="tabpanel"
        aria-labelledby={`dd-tab-${tab}`}
        className={`dd-panel dd-panel-${tab}`}
      >
        {tab === 'diagram' && (
          <DiagramPanel
            doc={doc}
            aimText={aimText}
            dispatch={dispatch}
            readOnly={readOnly}
            sourceOf={sources.sourceOf}
            initialFocus={focusId}
            toolbarSlot={slot}
            exportPicture={pictureExporter(board, doc)}
          />
        )}
        {tab === 'aim' && <AimPanel doc={doc} teamAim={teamAim} dispatch={dispatch} readOnly={readOnly} />}
        {tab === 'ideas' && (
          <IdeasPanel
            doc={doc}
            outside={sources.outside}
            adoptedKeys={adoptedKeys}
            sourceOf={sources.sourceOf}
            dispatch={dispatch}
            readOnly={readOnly}
            onShow={(id) => {
              setFocusId(id);
              setTab('diagram');
            }}
          />
        )}
      </div>
    </div>
  );
}
