import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Pencil, ShieldCheck, Trash2, UserPlus } from 'lucide-react';
import type { Member } from '../../../../shared/domain/entities';
import { MEMBER_ROLES, type MemberRole } from '../../../../shared/domain/vocab';
import { LIMITS } from '../../../../shared/domain/limits';
import { mutate, undo } from '../../app/actions';
import { toastInfo } from '../../app/toasts';
import { TextField } from '../../components/TextField';
import { SelectField } from '../../components/SelectField';

type Draft = { name: string; role: MemberRole; profession: string; organisation: string };
const EMPTY: Draft = { name: '', role: 'professional', profession: '', organisation: '' };

export function MembersSection({
  workshopId,
  teamId,
  members,
}: {
  workshopId: string;
  teamId: string;
  members: Member[];
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);

  async function remove(m: Member) {
    const ok = await mutate('members.delete', { workshopId, id: m.id });
    if (ok) toastInfo(t('members.deleted', { name: m.name }), { label: t('header.undo'), run: () => void undo() });
  }

  return (
    <section className="card" aria-labelledby="members-title">
      <h2 id="members-title">{t('members.title')}</h2>
      <div className="member-groups">
        {MEMBER_ROLES.map((role) => {
          const group = members.filter((m) => m.role === role).sort((a, b) => a.ordinal - b.ordinal);
          return (
            <div key={role} className="member-group">
              <h3>
                {t(`vocab.rolePlural.${role}`)} <span className="count">{group.length}</span>
              </h3>
              {group.length === 0 ? (
                <p className="empty small">{t('members.none')}</p>
              ) : (
                <ul className="member-list">
                  {group.map((m) =>
                    editing === m.id ? (
                      <li key={m.id} className="member-row editing">
                        <MemberEditor workshopId={workshopId} member={m} onDone={() => setEditing(null)} />
                      </li>
                    ) : (
                      <li key={m.id} className="member-row">
                        <div className="member-info">
                          <span className="member-name">{m.name}</span>
                          {(m.profession || m.organisation) && (
                            <span className="muted">{[m.profession, m.organisation].filter(Boolean).join(' · ')}</span>
                          )}
                        </div>
                        <div className="row-actions">
                          <button
                            type="button"
                            className="icon-btn"
                            aria-label={t('members.editNamed', { name: m.name })}
                            title={t('common.edit')}
                            onClick={() => setEditing(m.id)}
                          >
                            <Pencil size={16} aria-hidden />
                          </button>
                          <button
                            type="button"
                            className="icon-btn"
                            aria-label={t('members.deleteNamed', { name: m.name })}
                            title={t('common.delete')}
                            onClick={() => void remove(m)}
                          >
                            <Trash2 size={16} aria-hidden />
                          </button>
                        </div>
                      </li>
                    ),
                  )}
                </ul>
              )}
            </div>
          );
        })}
      </div>

      <div className="add-member">
        <h3>{t('members.add')}</h3>
        <MemberForm
          initial={EMPTY}
          submitLabel={t('members.addSubmit')}
          resetOnSubmit
          onSubmit={async (d) => {
            await mutate('members.create', { workshopId, teamId, member: d });
          }}
        />
      </div>
    </section>
  );
}

/** An existing member's details, saved as they are typed (like every other field); "Done" only closes the form. */
function MemberEditor({ workshopId, member: m, onDone }: { workshopId: string; member: Member; onDone: () => void }) {
  const { t } = useTranslation();
  const patch = (p: Partial<Omit<Member, 'id' | 'teamId' | 'ordinal'>>) =>
    void mutate('members.update', { workshopId, id: m.id, patch: p });
  return (
    <form
      className="member-form"
      onSubmit={(e) => {
        e.preventDefault();
        onDone();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
    >
      <div className="form-grid cols-4">
        <TextField
          label={t('members.name')}
          value={m.name}
          required
          maxLength={LIMITS.name}
          onCommit={(name) => patch({ name })}
        />
        <SelectField
          label={t('members.role')}
          value={m.role}
          options={MEMBER_ROLES.map((r) => ({ value: r, label: t(`vocab.role.${r}`) }))}
          onChange={(role) => patch({ role: role as MemberRole })}
        />
        <TextField
          label={t('members.profession')}
          value={m.profession}
          maxLength={LIMITS.name}
          onCommit={(profession) => patch({ profession })}
        />
        <TextField
          label={t('members.organisation')}
          value={m.organisation}
          maxLength={LIMITS.name}
          onCommit={(organisation) => patch({ organisation })}
        />
      </div>
      <p className="privacy-note">
        <ShieldCheck size={16} aria-hidden />
        {t('members.privacy')}
      </p>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary">
          {t('common.done')}
        </button>
      </div>
    </form>
  );
}

function MemberForm({
  initial,
  submitLabel,
  onSubmit,
  resetOnSubmit,
}: {
  initial: Draft;
  submitLabel: string;
  onSubmit: (d: Draft) => Promise<void>;
  resetOnSubmit?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [d, setD] = useState<Draft>(initial);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!d.name.trim()) return;
    setBusy(true);
    await onSubmit({ ...d, name: d.name.trim(), profession: d.profession.trim(), organisation: d.organisation.trim() });
    setBusy(false);
    if (resetOnSubmit) setD((x) => ({ ...EMPTY, role: x.role }));
  }

  return (
    <form className="member-form" onSubmit={(e) => void submit(e)}>
      <div className="form-grid cols-4">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('members.name')}</label>
          <input
            id={`${id}-name`}
            value={d.name}
            required
            maxLength={LIMITS.name}
            autoComplete="off"
            onChange={(e) => set({ name: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('members.role')}</label>
          <select id={`${id}-role`} value={d.role} onChange={(e) => set({ role: e.target.value as MemberRole })}>
            {MEMBER_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`vocab.role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-prof`}>{t('members.profession')}</label>
          <input
            id={`${id}-prof`}
            value={d.profession}
            maxLength={LIMITS.name}
            autoComplete="off"
            onChange={(e) => set({ profession: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-org`}>{t('members.organisation')}</label>
          <input
            id={`${id}-org`}
            value={d.organisation}
            maxLength={LIMITS.name}
            autoComplete="off"
            onChange={(e) => set({ organisation: e.target.value })}
          />
        </div>
      </div>
      <p className="privacy-note">
        <ShieldCheck size={16} aria-hidden />
        {t('members.privacy')}
      </p>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy || !d.name.trim()}>
          <UserPlus size={18} aria-hidden />
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
