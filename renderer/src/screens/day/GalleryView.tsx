import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronLeft, ChevronRight, Pause, Play, Presentation, X } from 'lucide-react';
import type { WorkshopState } from '../../../../shared/api/contract';
import { DAY_TEXT_MAX, GALLERY_NOTE_KINDS, type GalleryNoteKind } from '../../../../shared/domain/day-records';
import {
  defaultGalleryBoards,
  formatCountdown,
  galleryAt,
  GALLERY_ROTATION_CHOICES,
  type GalleryAction,
  type GalleryRun,
  type GalleryStop,
} from '../../../../shared/presentation/gallery';
import { call } from '../../api';
import { mutate } from '../../app/actions';
import { toastError } from '../../app/toasts';
import { GalleryNotesList, useGalleryNotes } from './GalleryNotesList';
import { isTypingTarget, useNow, usePresentation } from './hooks';
import './day.css';
import { useLocalDraft } from '../../components/useLocalDraft';
import { boardKindName } from '../../i18n/keys';

type Plan = Record<string, { included: boolean; boardIds: string[]; minutes: number }>;

function initialPlan(workshop: WorkshopState): Plan {
  const plan: Plan = {};
  for (const team of workshop.teams) {
    plan[team.id] = {
      included: true,
      boardIds: defaultGalleryBoards(workshop.boards.filter((b) => b.teamId === team.id)),
      minutes: 5,
    };
  }
  return plan;
}

async function control(action: GalleryAction): Promise<void> {
  try {
    await call('gallery.control', { action });
  } catch (e) {
    toastError(e);
  }
}

/** The coach's gallery walk: choose each team's boards and time, run the walk on the projector, write visitors' notes. */
export function GalleryView({ workshop }: { workshop: WorkshopState }) {
  const { t } = useTranslation();
  const presentation = usePresentation();
  const run = presentation?.gallery && presentation.gallery.workshopId === workshop.id ? presentation.gallery : null;
  const teams = useMemo(() => [...workshop.teams].sort((a, b) => a.ordinal - b.ordinal), [workshop.teams]);

  return (
    <div className="page gw-page">
      <div className="page-head">
        <div>
          <p className="eyebrow">{t('gallery.eyebrow')}</p>
          <h1>{t('gallery.title')}</h1>
        </div>
      </div>
      {teams.length === 0 ? (
        <div className="card">
          <p className="muted">{t('gallery.noTeams')}</p>
        </div>
      ) : presentation === null ? (
        <p aria-busy="true" className="muted">
          {t('common.loading')}
        </p>
      ) : run ? (
        <RunPanel workshop={workshop} run={run} />
      ) : (
        <SetupPanel workshop={workshop} />
      )}
      {teams.length > 0 && presentation !== null && <NotesPanel workshop={workshop} run={run} />}
    </div>
  );
}

function SetupPanel({ workshop }: { workshop: WorkshopState }) {
  const { t } = useTranslation();
  const [plan, setPlan] = useState<Plan>(() => initialPlan(workshop));
  const [starting, setStarting] = useState(false);
  const teams = [...workshop.teams].sort((a, b) => a.ordinal - b.ordinal);
  const stops: GalleryStop[] = teams.flatMap((team) => {
    const p = plan[team.id];
    return p?.included ? [{ teamId: team.id, boardIds: p.boardIds, minutes: p.minutes }] : [];
  });
  const total = stops.reduce((s, x) => s + x.minutes, 0);
  const patch = (teamId: string, change: Partial<Plan[string]>) =>
    setPlan((p) => {
      const cur = p[teamId] ?? { included: true, boardIds: [], minutes: 5 };
      return { ...p, [teamId]: { ...cur, ...change } };
    });

  async function start() {
    setStarting(true);
    try {
      await call('gallery.start', { workshopId: workshop.id, stops });
    } catch (e) {
      toastError(e);
    } finally {
      setStarting(false);
    }
  }

  return (
    <section className="card" aria-labelledby="gw-setup-title">
      <h2 id="gw-setup-title">{t('gallery.setup.title')}</h2>
      <p className="muted">{t('gallery.setup.lead')}</p>
      <ol className="gw-setup-list">
        {teams.map((team, i) => {
          const p = plan[team.id] ?? { included: false, boardIds: [], minutes: 5 };
          const boards = workshop.boards.filter((b) => b.teamId === team.id).sort((a, b) => a.ordinal - b.ordinal);
          return (
            <li key={team.id} className={`gw-setup-team ${p.included ? '' : 'is-off'}`}>
              <fieldset className="gw-fieldset">
                <legend className="gw-team-legend">
                  <span className="gw-team-no" aria-hidden>
                    {i + 1}
                  </span>
                  {team.name}
                </legend>
                <div className="gw-setup-row">
                  <label className="gw-check">
                    <input
                      type="checkbox"
                      checked={p.included}
                      onChange={(e) => patch(team.id, { included: e.target.checked })}
                    />
                    {t('gallery.setup.include')}
                  </label>
                  <label className="gw-minutes">
                    {t('gallery.setup.minutes')}
                    <select
                      value={p.minutes}
                      disabled={!p.included}
                      onChange={(e) => patch(team.id, { minutes: Number(e.target.value) })}
                    >
                      {GALLERY_ROTATION_CHOICES.map((m) => (
                        <option key={m} value={m}>
                          {t('gallery.setup.minutesOption', { count: m })}
                        </option>
                      ))}
                    </select>
                  </label>
                </div>
                {boards.length === 0 ? (
                  <p className="muted small">{t('gallery.setup.noBoards')}</p>
                ) : (
                  <div
                    className="gw-board-picks"
                    role="group"
                    aria-label={t('gallery.setup.boardsOf', { team: team.name })}
                  >
                    {boards.map((b) => (
                      <label key={b.id} className="gw-check gw-board-pick">
                        <input
                          type="checkbox"
                          disabled={!p.included}
                          checked={p.boardIds.includes(b.id)}
                          onChange={(e) =>
                            patch(team.id, {
                              boardIds: e.target.checked
                                ? boards.map((x) => x.id).filter((id) => id === b.id || p.boardIds.includes(id))
                                : p.boardIds.filter((id) => id !== b.id),
                            })
                          }
                        />
                        <span>
                          {b.name} <span className="muted small">({boardKindName(t, b.kind)})</span>
                        </span>
                      </label>
                    ))}
                  </div>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="form-actions gw-start-row">
        <p className="muted" aria-live="polite">
          {stops.length === 0
            ? t('gallery.setup.noneIncluded')
            : t('gallery.setup.summary', { count: stops.length, minutes: total })}
        </p>
        <button
          type="button"
          className="btn btn-primary"
          disabled={stops.length === 0 || starting}
          onClick={() => void start()}
        >
          <Presentation size={18} aria-hidden />
          {t('gallery.setup.start')}
        </button>
      </div>
    </section>
  );
}

function RunPanel({ workshop, run }: { workshop: WorkshopState; run: GalleryRun }) {
  const { t } = useTranslation();
  const now = useNow(run.endsAt !== null ? 250 : null);
  const v = galleryAt(run, now);
  const team = workshop.teams.find((x) => x.id === v.stop.teamId);
  const boardId = v.stop.boardIds[v.boardIndex];
  const board = boardId ? workshop.boards.find((b) => b.id === boardId) : undefined;

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      let action: GalleryAction | null = null;
      // Presenter clickers send PageDown / PageUp: they work everywhere, even while a note is being typed.
      if (e.key === 'PageDown') action = 'next';
      else if (e.key === 'PageUp') action = 'previous';
      else if (!isTypingTarget(e.target) && !(e.target instanceof HTMLButtonElement && e.key === ' ')) {
        if (e.key === ' ') action = 'toggle';
        else if (e.key === 'ArrowRight') action = 'next';
        else if (e.key === 'ArrowLeft') action = 'previous';
      }
      if (!action) return;
      e.preventDefault();
      void control(action);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  async function stop() {
    try {
      await call('gallery.stop', {});
    } catch (e) {
      toastError(e);
    }
  }

  return (
    <section className="card gw-run" aria-labelledby="gw-run-title">
      <div className="gw-run-head">
        <div>
          <p className="eyebrow" id="gw-run-title">
            {v.finished
              ? t('gallery.run.finished')
              : t('gallery.run.nowShowing', { position: v.position, count: v.count })}
          </p>
          <p className="gw-run-team">{team?.name ?? t('gallery.run.teamGone')}</p>
          <p className="muted">
            {board
              ? t('gallery.run.board', { name: board.name, position: v.boardIndex + 1, count: v.stop.boardIds.length })
              : t('gallery.run.noBoards')}
          </p>
        </div>
        <div
          className={`gw-run-clock ${v.paused ? 'is-paused' : ''}`}
          role="timer"
          aria-label={t('gallery.run.timeLeft')}
        >
          <span className="gw-run-time">{formatCountdown(v.remainingMs)}</span>
          {v.paused && <span className="gw-run-paused">{t('gallery.run.paused')}</span>}
        </div>
      </div>
      <div className="gw-run-controls">
        <button type="button" className="btn" onClick={() => void control('previous')} disabled={v.index === 0}>
          <ChevronLeft size={18} aria-hidden />
          {t('gallery.run.previous')}
        </button>
        <button type="button" className="btn btn-primary" onClick={() => void control('toggle')}>
          {v.paused ? <Play size={18} aria-hidden /> : <Pause size={18} aria-hidden />}
          {v.paused ? t('gallery.run.resume') : t('gallery.run.pause')}
        </button>
        <button type="button" className="btn" onClick={() => void control('next')} disabled={v.index === v.count - 1}>
          {t('gallery.run.next')}
          <ChevronRight size={18} aria-hidden />
        </button>
        <span className="toolbar-spacer" />
        <button type="button" className="btn btn-ghost" onClick={() => void stop()}>
          <X size={18} aria-hidden />
          {t('gallery.run.stop')}
        </button>
      </div>
      <p className="muted small gw-keys">{t('gallery.run.keys')}</p>
    </section>
  );
}

function NotesPanel({ workshop, run }: { workshop: WorkshopState; run: GalleryRun | null }) {
  const { t } = useTranslation();
  const id = useId();
  const teams = [...workshop.teams].sort((a, b) => a.ordinal - b.ordinal);
  const walkTeam = run ? galleryAt(run, Date.now()).stop.teamId : null;
  const [teamId, setTeamId] = useState<string>(walkTeam ?? teams[0]?.id ?? '');
  const [kind, setKind] = useState<GalleryNoteKind>('steal');
  const { text, setText, clear: clearText } = useLocalDraft(`lapimurto.draft.galleryNote.${workshop.id}`);
  const [fromTeamId, setFromTeamId] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const notes = useGalleryNotes(workshop.id, teamId || null);

  // The note form follows the walk: when the room moves on, notes go to the team now on show.
  useEffect(() => {
    if (walkTeam) setTeamId(walkTeam);
  }, [walkTeam]);
  useEffect(() => {
    if (!teams.some((x) => x.id === teamId) && teams[0]) setTeamId(teams[0].id);
  }, [teams, teamId]);

  const tooLong = text.length > DAY_TEXT_MAX;
  const team = teams.find((x) => x.id === teamId);

  async function add() {
    const clean = text.trim();
    if (!clean) {
      setMessage(t('gallery.notes.emptyText'));
      inputRef.current?.focus();
      return;
    }
    if (tooLong) {
      setMessage(t('gallery.notes.tooLong', { count: text.length, max: DAY_TEXT_MAX }));
      return;
    }
    const out = await mutate('gallery.addNote', { workshopId: workshop.id, teamId, kind, text: clean, fromTeamId });
    if (out) {
      clearText();
      setMessage(null);
    }
    inputRef.current?.focus();
  }

  return (
    <section className="card gw-notes" aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>{t('gallery.notes.title')}</h2>
      <div className="gw-note-form">
        <div className="gw-note-form-row">
          <label className="field">
            <span className="field-label">{t('gallery.notes.forTeam')}</span>
            <select value={teamId} onChange={(e) => setTeamId(e.target.value)}>
              {teams.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="gw-kind-toggle">
            <legend className="field-label">{t('gallery.notes.kind')}</legend>
            {GALLERY_NOTE_KINDS.map((k) => (
              <label key={k} className={`gw-kind-option ${kind === k ? 'is-on' : ''}`}>
                <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />
                {t(`gallery.kind.${k}`)}
              </label>
            ))}
          </fieldset>
          <label className="field">
            <span className="field-label">{t('gallery.notes.fromTeam')}</span>
            <select value={fromTeamId} onChange={(e) => setFromTeamId(e.target.value)}>
              <option value="">{t('gallery.notes.fromNobody')}</option>
              {teams
                .filter((x) => x.id !== teamId)
                .map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
            </select>
          </label>
        </div>
        <label className="field">
          <span className="field-label">{t('gallery.notes.text', { team: team?.name ?? '' })}</span>
          <textarea
            ref={inputRef}
            rows={2}
            value={text}
            aria-invalid={tooLong || undefined}
            aria-describedby={`${id}-hint ${id}-msg`}
            onChange={(e) => {
              setText(e.target.value);
              if (message) setMessage(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault();
                void add();
              }
            }}
          />
        </label>
        <div className="gw-note-form-foot">
          <p id={`${id}-hint`} className="muted small">
            {t('gallery.notes.hint')}
            {text.length > DAY_TEXT_MAX * 0.8 &&
              ` ${t('gallery.notes.count', { count: text.length, max: DAY_TEXT_MAX })}`}
          </p>
          <button type="button" className="btn btn-primary" onClick={() => void add()} disabled={tooLong}>
            {t('gallery.notes.add')}
          </button>
        </div>
        <p id={`${id}-msg`} className="error-text" role="alert">
          {message ?? (tooLong ? t('gallery.notes.tooLong', { count: text.length, max: DAY_TEXT_MAX }) : '')}
        </p>
      </div>
      <h3 className="gw-notes-for">{t('gallery.notes.listTitle', { team: team?.name ?? '' })}</h3>
      {notes === null ? (
        <p aria-busy="true" className="muted">
          {t('common.loading')}
        </p>
      ) : (
        <GalleryNotesList workshop={workshop} notes={notes} editable headingLevel={4} />
      )}
    </section>
  );
}
