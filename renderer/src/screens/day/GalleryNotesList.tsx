import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Trash2 } from 'lucide-react';
import type { WorkshopState } from '../../../../shared/api/contract';
import { GALLERY_NOTE_KINDS, type GalleryNote } from '../../../../shared/domain/day-records';
import { call } from '../../api';
import { mutate, undo } from '../../app/actions';
import { toastError, toastInfo } from '../../app/toasts';
import { useWorkshopRevision } from './hooks';

/** A team's gallery notes, refetched after every edit, undo or redo. */
export function useGalleryNotes(workshopId: string, teamId: string | null): GalleryNote[] | null {
  const revision = useWorkshopRevision();
  const [notes, setNotes] = useState<GalleryNote[] | null>(null);
  useEffect(() => {
    if (!teamId) {
      setNotes([]);
      return;
    }
    let live = true;
    call('gallery.notes', { workshopId, teamId })
      .then((n) => {
        if (live) setNotes(n);
      })
      .catch((e: unknown) => {
        if (live) setNotes([]);
        toastError(e);
      });
    return () => {
      live = false;
    };
  }, [workshopId, teamId, revision]);
  return notes;
}

/** The notes grouped by kind ("what we could steal", "questions"); with `editable`, each can be deleted (undoable). */
export function GalleryNotesList({
  workshop,
  notes,
  editable,
  headingLevel = 3,
}: {
  workshop: WorkshopState;
  notes: GalleryNote[];
  editable: boolean;
  headingLevel?: 3 | 4;
}) {
  const { t } = useTranslation();
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const teamName = (id: string) => workshop.teams.find((x) => x.id === id)?.name;

  async function remove(n: GalleryNote) {
    const ok = await mutate('gallery.deleteNote', { workshopId: workshop.id, id: n.id });
    if (ok) toastInfo(t('gallery.notes.deleted'), { label: t('header.undo'), run: () => void undo() });
  }

  return (
    <div className="gw-note-groups">
      {GALLERY_NOTE_KINDS.map((kind) => {
        const list = notes.filter((n) => n.kind === kind);
        return (
          <section key={kind} className={`gw-note-group gw-kind-${kind}`} aria-label={t(`gallery.kind.${kind}`)}>
            <H className="gw-note-group-title">
              {t(`gallery.kind.${kind}`)} <span className="count">{list.length}</span>
            </H>
            {list.length === 0 ? (
              <p className="muted small">{t('gallery.notes.noneOfKind')}</p>
            ) : (
              <ul className="gw-note-list">
                {list.map((n) => {
                  const from = n.fromTeamId ? teamName(n.fromTeamId) : undefined;
                  return (
                    <li key={n.id} className="gw-note">
                      <p className="gw-note-text">{n.text}</p>
                      {from && <p className="gw-note-from">{t('gallery.notes.from', { team: from })}</p>}
                      {editable && (
                        <button
                          type="button"
                          className="icon-btn gw-note-delete"
                          aria-label={t('gallery.notes.delete', { text: n.text.slice(0, 60) })}
                          title={t('gallery.notes.deleteShort')}
                          onClick={() => void remove(n)}
                        >
                          <Trash2 size={16} aria-hidden />
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** The panel on the team view: what visitors wrote about this team's boards during the gallery walk. */
export function GalleryFeedbackSection({ workshop, teamId }: { workshop: WorkshopState; teamId: string }) {
  const { t } = useTranslation();
  const notes = useGalleryNotes(workshop.id, teamId);
  return (
    <section className="card" aria-labelledby="team-gallery-feedback">
      <h2 id="team-gallery-feedback">{t('gallery.team.title')}</h2>
      {notes === null ? (
        <p aria-busy="true" className="muted">
          {t('common.loading')}
        </p>
      ) : notes.length === 0 ? (
        <p className="muted">{t('gallery.team.empty')}</p>
      ) : (
        <GalleryNotesList workshop={workshop} notes={notes} editable />
      )}
    </section>
  );
}
