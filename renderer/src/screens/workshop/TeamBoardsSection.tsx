import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Copy, FileInput, LayoutGrid, Pencil, Plus, Trash2 } from 'lucide-react';
import type { WorkshopState } from '../../../../shared/api/contract';
import type { BoardMeta, Team } from '../../../../shared/domain/entities';
import { mutate, showView, undo } from '../../app/actions';
import { toastInfo } from '../../app/toasts';
import { BOARD_UI_LIST, boardUi } from '../../boards/registry';
import { NameDialog } from '../../components/NameDialog';
import { formatDateTime } from '../../i18n/format';
import { boardKindName } from '../../i18n/keys';
import { newId } from '../../../../shared/domain/ids';
import { boardDefinition } from '../../../../shared/boards/registry';
import type { ProcessMapDoc } from '../../../../shared/boards/process-map/model';
import {
  MAP_TEMPLATE_IDS,
  MAP_TEMPLATES,
  templateCommands,
  type MapTemplateId,
} from '../../../../shared/boards/process-map/templates';
import { CopyBoardDialog } from './CopyBoardDialog';

type Pending = { mode: 'rename' | 'duplicate'; board: BoardMeta } | null;

export function TeamBoardsSection({ workshop, team }: { workshop: WorkshopState; team: Team }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const workshopId = workshop.id;
  const boards = workshop.boards.filter((b) => b.teamId === team.id).sort((a, b) => a.ordinal - b.ordinal);
  const firstKind = BOARD_UI_LIST[0]!.kind;
  const [kind, setKind] = useState<string>(firstKind);
  const [name, setName] = useState('');
  const [pending, setPending] = useState<Pending>(null);
  const [template, setTemplate] = useState<MapTemplateId | ''>('');
  const [copying, setCopying] = useState(false);
  const isMap = kind === 'process-map';
  const laneNames = (tid: MapTemplateId) => MAP_TEMPLATES[tid].map((l) => t(`processMap.template.lane.${l.key}`));

  async function create() {
    const finalName = name.trim() || boardKindName(t, kind);
    // A template's lanes are made with the board, in the workshop's language, as the same undo step.
    const init =
      isMap && template
        ? templateCommands(
            boardDefinition('process-map')!.createEmpty() as ProcessMapDoc,
            template,
            laneNames(template),
            newId,
          )
        : undefined;
    const out = await mutate('boards.create', {
      workshopId,
      teamId: team.id,
      kind,
      name: finalName,
      ...(init ? { init } : {}),
    });
    if (out) {
      setName('');
      setTemplate('');
      showView({ kind: 'board', boardId: out.id });
    }
  }

  async function remove(b: BoardMeta) {
    const ok = await mutate('boards.delete', { workshopId, id: b.id });
    if (ok) toastInfo(t('boards.deleted', { name: b.name }), { label: t('header.undo'), run: () => void undo() });
  }

  async function confirmName(value: string) {
    if (!pending) return;
    const { mode, board } = pending;
    setPending(null);
    if (mode === 'rename') await mutate('boards.rename', { workshopId, id: board.id, name: value });
    else {
      const out = await mutate('boards.duplicate', { workshopId, id: board.id, name: value });
      if (out) toastInfo(t('boards.duplicated', { name: value }));
    }
  }

  return (
    <section className="card" aria-labelledby="team-boards-title">
      <h2 id="team-boards-title">{t('boards.title')}</h2>
      {boards.length === 0 ? (
        <p className="empty small">{t('boards.empty')}</p>
      ) : (
        <ul className="board-list">
          {boards.map((b) => {
            const Icon = boardUi(b.kind)?.icon ?? LayoutGrid;
            return (
              <li key={b.id} className="board-row">
                <Icon size={20} aria-hidden className="board-icon" />
                <div className="board-info">
                  <button
                    type="button"
                    className="link-btn board-name"
                    onClick={() => showView({ kind: 'board', boardId: b.id })}
                  >
                    {b.name}
                  </button>
                  <span className="muted small">
                    {boardKindName(t, b.kind)} ·{' '}
                    {t('boards.updated', { when: formatDateTime(b.updatedAt, i18n.language) })}
                  </span>
                </div>
                <div className="row-actions">
                  <button
                    type="button"
                    className="icon-btn"
                    aria-label={t('boards.renameNamed', { name: b.name })}
                    title={t('boards.rename')}
                    onClick={() => setPending({ mode: 'rename', board: b })}
                  >
                    <Pencil size={16} aria-hidden />
                  </button>
                  <button
                    type="button"
                    className="icon-btn"
                    aria-label={t('boards.duplicateNamed', { name: b.name })}
                    title={t('boards.duplicate')}
                    onClick={() => setPending({ mode: 'duplicate', board: b })}
                  >
                    <Copy size={16} aria-hidden />
                  </button>
                  <button
                    type="button"
                    className="icon-btn"
                    aria-label={t('boards.deleteNamed', { name: b.name })}
                    title={t('boards.deleteHint')}
                    onClick={() => void remove(b)}
                  >
                    <Trash2 size={16} aria-hidden />
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}

      <form
        className="inline-form create-board"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('boards.kindLabel')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value)}>
            {BOARD_UI_LIST.map((m) => (
              <option key={m.kind} value={m.kind}>
                {boardKindName(t, m.kind)}
              </option>
            ))}
          </select>
        </div>
        {isMap && (
          <div className="field create-board-template">
            <label htmlFor={`${id}-template`}>{t('processMap.template.label')}</label>
            <select
              id={`${id}-template`}
              value={template}
              aria-describedby={template ? `${id}-lanes` : undefined}
              onChange={(e) => setTemplate(e.target.value as MapTemplateId | '')}
            >
              <option value="">{t('processMap.template.blank')}</option>
              {MAP_TEMPLATE_IDS.map((tid) => (
                <option key={tid} value={tid}>
                  {t(`processMap.template.name.${tid}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field grow">
          <label htmlFor={`${id}-name`}>{t('boards.nameLabel')}</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={200}
            placeholder={boardKindName(t, kind)}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <button type="submit" className="btn btn-primary">
          <Plus size={18} aria-hidden />
          {t('boards.create')}
        </button>
      </form>
      <div className="create-board-more">
        {isMap && template ? (
          <p id={`${id}-lanes`} className="muted small">
            {t('processMap.template.lanes', { lanes: laneNames(template).join(' · ') })}
          </p>
        ) : (
          <span />
        )}
        <button type="button" className="btn btn-ghost" onClick={() => setCopying(true)}>
          <FileInput size={18} aria-hidden />
          {t('boards.fromFile.open')}
        </button>
      </div>
      <CopyBoardDialog open={copying} workshopId={workshopId} team={team} onClose={() => setCopying(false)} />

      <NameDialog
        open={pending !== null}
        title={pending?.mode === 'duplicate' ? t('boards.duplicateTitle') : t('boards.renameTitle')}
        label={t('boards.nameLabel')}
        initial={
          pending
            ? pending.mode === 'duplicate'
              ? t('boards.copyName', { name: pending.board.name })
              : pending.board.name
            : ''
        }
        confirmLabel={pending?.mode === 'duplicate' ? t('boards.duplicate') : t('boards.rename')}
        onCancel={() => setPending(null)}
        onConfirm={(v) => void confirmName(v)}
      />
    </section>
  );
}
