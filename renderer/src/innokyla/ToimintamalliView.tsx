import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowLeft, ClipboardCopy, FileDown, RefreshCw } from 'lucide-react';
import { ApiCallError } from '../../../shared/api/client';
import type { WorkshopState } from '../../../shared/api/contract';
import { LANGUAGES, type Language } from '../../../shared/domain/vocab';
import { INNOKYLA_TEXT_MAX } from '../../../shared/innokyla/sections';
import { call } from '../api';
import { saveExportedFile } from '../api/files';
import { mutate, showView } from '../app/actions';
import { toastError, toastInfo } from '../app/toasts';
import { TextField } from '../components/TextField';
import { copySection } from './copy';
import { useToimintamalli, type Draft } from './useToimintamalli';
import './innokyla.css';

type Section = Draft['sections'][number];

/**
 * The team's Innokylä toimintamalli: every section of the template in order with its completeness mark, the
 * draft the app wrote from the boards (with its sources), and the team's own text, saved as it is typed. The
 * team's text is stored apart, so "regenerate" only refreshes the draft.
 */
export function ToimintamalliView({ workshop, teamId }: { workshop: WorkshopState; teamId: string }) {
  const { t, i18n } = useTranslation();
  const lang: Language = (LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : 'fi';
  const [nonce, setNonce] = useState(0);
  const [busy, setBusy] = useState(false);
  const state = useToimintamalli(workshop, teamId, lang, nonce);
  const team = workshop.teams.find((x) => x.id === teamId);

  async function exportDocx(maskPersonalData = false) {
    if (busy) return;
    setBusy(true);
    try {
      const file = await call('innokyla.exportDocx', { workshopId: workshop.id, teamId, maskPersonalData });
      const out = await saveExportedFile(file);
      if (out.kind !== 'cancelled') toastInfo(t('innokyla.exported'));
    } catch (e) {
      const personal = e instanceof ApiCallError && e.error.key === 'innokyla.errors.personalData' && !maskPersonalData;
      toastError(e, personal ? { label: t('innokyla.exportMasked'), run: () => void exportDocx(true) } : undefined);
    } finally {
      setBusy(false);
    }
  }

  if (!team) {
    return (
      <div className="centered">
        <div className="notice-card">
          <h1>{t('storyboard.teamNotFound')}</h1>
        </div>
      </div>
    );
  }

  const draft = state.status === 'ready' ? state.draft : null;
  const count = (c: Section['completeness']) => draft?.sections.filter((s) => s.completeness === c).length ?? 0;

  return (
    <div className="page ik-view">
      <div className="page-head">
        <div>
          <p className="eyebrow">{t('innokyla.title')}</p>
          <h1>{team.name}</h1>
        </div>
        <button type="button" className="btn btn-ghost" onClick={() => showView({ kind: 'team', teamId })}>
          <ArrowLeft size={18} aria-hidden />
          {t('innokyla.back')}
        </button>
      </div>
      <p className="ik-intro">{t('innokyla.intro')}</p>
      <div className="ik-toolbar" role="group" aria-label={t('innokyla.title')}>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => void exportDocx()}
          disabled={busy}
          aria-busy={busy}
        >
          <FileDown size={18} aria-hidden />
          {t('innokyla.exportDocx')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            setNonce((n) => n + 1);
            toastInfo(t('innokyla.regenerated'));
          }}
        >
          <RefreshCw size={18} aria-hidden />
          {t('innokyla.regenerate')}
        </button>
      </div>
      {state.status === 'loading' && <p aria-busy="true">{t('common.loading')}</p>}
      {state.status === 'error' && (
        <div className="banner banner-warning" role="alert">
          <p>{state.message}</p>
        </div>
      )}
      {draft && (
        <>
          <dl className="ik-name">
            <dt>{t('innokyla.modelName')}</dt>
            <dd>{draft.title}</dd>
          </dl>
          <p className="ik-summary">
            {t('innokyla.summary', { filled: count('filled'), partial: count('partial'), toWrite: count('toWrite') })}
          </p>
          <nav className="ik-toc" aria-label={t('innokyla.title')}>
            <ol>
              {draft.sections.map((s) => (
                <li key={s.id}>
                  <a href={`#ik-${s.id}`} onClick={(e) => jumpTo(e, s.id)}>
                    {s.heading}
                  </a>{' '}
                  <span className={`ik-mark is-${s.completeness}`}>{t(`innokyla.completeness.${s.completeness}`)}</span>
                </li>
              ))}
            </ol>
          </nav>
          {draft.sections.map((s) => (
            <SectionCard key={s.id} workshopId={workshop.id} teamId={teamId} section={s} />
          ))}
        </>
      )}
    </div>
  );
}

/** In-page links would change the hash (the app's route): move focus to the section instead. */
function jumpTo(e: React.MouseEvent, id: string) {
  e.preventDefault();
  const el = document.getElementById(`ik-${id}`);
  el?.scrollIntoView({ block: 'start' });
  el?.focus();
}

function SectionCard({ workshopId, teamId, section: s }: { workshopId: string; teamId: string; section: Section }) {
  const { t } = useTranslation();
  const generated = s.paragraphs.length + s.items.length > 0;
  const headingId = `ik-${s.id}-h`;

  async function copy() {
    try {
      await copySection(s);
      toastInfo(t('innokyla.copied'));
    } catch (e) {
      toastError(e instanceof Error ? new Error(t('innokyla.copyFailed')) : e);
    }
  }

  return (
    <section className="ik-section" id={`ik-${s.id}`} tabIndex={-1} aria-labelledby={headingId}>
      <header className="ik-section-head">
        <h2 id={headingId}>{s.heading}</h2>
        <span className={`ik-mark is-${s.completeness}`}>{t(`innokyla.completeness.${s.completeness}`)}</span>
        <button
          type="button"
          className="btn btn-ghost"
          onClick={() => void copy()}
          aria-label={`${t('innokyla.copyHtml')}: ${s.heading}`}
        >
          <ClipboardCopy size={18} aria-hidden />
          {t('innokyla.copyHtml')}
        </button>
      </header>
      <div className="ik-columns">
        <div className="ik-generated">
          <h3>{t('innokyla.generated')}</h3>
          {generated ? (
            <>
              {s.paragraphs.map((p, i) => (
                <p key={i}>{p}</p>
              ))}
              {s.items.length > 0 && (
                <ul>
                  {s.items.map((x, i) => (
                    <li key={i}>{x}</li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <p className="ik-empty">{t('innokyla.noGenerated')}</p>
          )}
          {s.sources.length > 0 && (
            <p className="ik-sources">
              <strong>{t('innokyla.sources')}:</strong> {s.sources.join('; ')}
            </p>
          )}
        </div>
        <div className="ik-team">
          <TextField
            label={t('innokyla.teamTextLabel')}
            value={s.teamText}
            multiline
            maxLength={INNOKYLA_TEXT_MAX}
            hint={`${t('innokyla.guide')}: ${s.guide}`}
            onCommit={(text) => void mutate('innokyla.setText', { workshopId, teamId, section: s.id, text })}
          />
        </div>
      </div>
    </section>
  );
}
