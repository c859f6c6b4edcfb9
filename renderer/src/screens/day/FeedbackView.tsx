import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Check, MessageSquareHeart } from 'lucide-react';
import type { Output, WorkshopState } from '../../../../shared/api/contract';
import {
  DAY_TEXT_MAX,
  FEEDBACK_QUESTIONS,
  isEmptyFeedback,
  type FeedbackAnswers,
  type FeedbackQuestion,
} from '../../../../shared/domain/day-records';
import { call } from '../../api';
import { showView } from '../../app/actions';
import { toastError } from '../../app/toasts';
import { useLocalDraft } from '../../components/useLocalDraft';
import { formatDate, todayIso } from '../../i18n/format';
import './day.css';

type Summary = Output<'feedback.summary'>;
const SCORES = [1, 2, 3, 4, 5] as const;

/** The workshop day to collect for: today's, else the latest before today, else the first. */
function defaultDay(workshop: WorkshopState): string {
  const days = [...workshop.days].sort((a, b) => a.ordinal - b.ordinal);
  const today = todayIso();
  const exact = days.find((d) => d.date === today);
  const past = days.filter((d) => d.date && d.date <= today).sort((a, b) => b.date.localeCompare(a.date))[0];
  return (exact ?? past ?? days[0])?.id ?? '';
}

/** Day feedback for the coach: choose the day, pass the laptop around, read the summary. */
export function FeedbackView({ workshop }: { workshop: WorkshopState }) {
  const { t, i18n } = useTranslation();
  const days = [...workshop.days].sort((a, b) => a.ordinal - b.ordinal);
  const [dayId, setDayId] = useState(() => defaultDay(workshop));
  const [collecting, setCollecting] = useState(false);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [epoch, setEpoch] = useState(0);
  const startRef = useRef<HTMLButtonElement>(null);
  const day = days.find((d) => d.id === dayId);

  useEffect(() => {
    if (!days.some((d) => d.id === dayId)) setDayId(defaultDay(workshop));
  }, [days, dayId, workshop]);

  useEffect(() => {
    if (!dayId) return;
    let live = true;
    call('feedback.summary', { workshopId: workshop.id, dayId })
      .then((s) => {
        if (live) setSummary(s);
      })
      .catch((e: unknown) => toastError(e));
    return () => {
      live = false;
    };
  }, [workshop.id, dayId, epoch]);

  const dayLabel = (d: (typeof days)[number]) =>
    [d.title || t('feedback.untitledDay', { n: d.ordinal + 1 }), d.date ? formatDate(d.date, i18n.language) : '']
      .filter(Boolean)
      .join(' · ');

  const pageHead = (
    <div className="page-head">
      <div>
        <p className="eyebrow">{t('feedback.eyebrow')}</p>
        <h1>{t('feedback.title')}</h1>
      </div>
    </div>
  );

  if (days.length === 0) {
    return (
      <div className="page">
        {pageHead}
        <div className="card">
          <p>{t('feedback.noDays')}</p>
          <button type="button" className="btn" onClick={() => showView({ kind: 'round' })}>
            {t('feedback.toRound')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="page fb-page">
      {pageHead}
      <section className="card" aria-labelledby="fb-collect-title">
        <h2 id="fb-collect-title">{t('feedback.collect.title')}</h2>
        <div className="fb-collect-row">
          <label className="field">
            <span className="field-label">{t('feedback.day')}</span>
            <select value={dayId} onChange={(e) => setDayId(e.target.value)}>
              {days.map((d) => (
                <option key={d.id} value={d.id}>
                  {dayLabel(d)}
                </option>
              ))}
            </select>
          </label>
          <button ref={startRef} type="button" className="btn btn-primary" onClick={() => setCollecting(true)}>
            <MessageSquareHeart size={18} aria-hidden />
            {t('feedback.collect.start')}
          </button>
        </div>
        <p className="muted small privacy-note">{t('feedback.collect.privacy')}</p>
      </section>
      <SummaryCard summary={summary} dayName={day ? dayLabel(day) : ''} />
      {collecting && (
        <FeedbackFlow
          workshopId={workshop.id}
          dayId={dayId}
          dayName={day ? dayLabel(day) : ''}
          onClose={() => {
            setCollecting(false);
            setEpoch((n) => n + 1);
            requestAnimationFrame(() => startRef.current?.focus());
          }}
        />
      )}
    </div>
  );
}

function SummaryCard({ summary, dayName }: { summary: Summary | null; dayName: string }) {
  const { t, i18n } = useTranslation();
  const fmt = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <section className="card fb-summary" aria-labelledby="fb-summary-title">
      <h2 id="fb-summary-title">{t('feedback.summary.title', { day: dayName })}</h2>
      {summary === null ? (
        <p aria-busy="true" className="muted">
          {t('common.loading')}
        </p>
      ) : summary.respondents === 0 ? (
        <p className="muted">{t('feedback.summary.none')}</p>
      ) : (
        <>
          <p className="fb-respondents">{t('feedback.summary.respondents', { count: summary.respondents })}</p>
          <table className="fb-table">
            <caption className="visually-hidden">{t('feedback.summary.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('feedback.summary.question')}</th>
                <th scope="col">{t('feedback.summary.mean')}</th>
                <th scope="col">{t('feedback.summary.answered')}</th>
                {SCORES.map((s) => (
                  <th key={s} scope="col" className="fb-num">
                    {s}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {summary.questions.map((q) => {
                const max = Math.max(1, ...q.distribution);
                return (
                  <tr key={q.question}>
                    <th scope="row">{t(`feedback.q.${q.question}.label`)}</th>
                    <td className="fb-mean">{q.mean === null ? '–' : fmt.format(q.mean)}</td>
                    <td className="fb-num">{q.n}</td>
                    {q.distribution.map((c, i) => (
                      <td key={i} className="fb-num fb-dist">
                        <span className="fb-bar" style={{ height: `${Math.round((c / max) * 28)}px` }} aria-hidden />
                        <span>{c}</span>
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
          <h3>{t('feedback.summary.comments', { count: summary.comments.length })}</h3>
          {summary.comments.length === 0 ? (
            <p className="muted">{t('feedback.summary.noComments')}</p>
          ) : (
            <ul className="fb-comments">
              {summary.comments.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          )}
          <p className="muted small">{t('feedback.summary.orderNote')}</p>
        </>
      )}
    </section>
  );
}

const EMPTY: FeedbackAnswers = { arrangements: null, learning: null, collaboration: null, overall: null, comment: '' };

type Step = { kind: 'handover'; thanks: boolean; first: boolean } | { kind: 'form'; round: number };

/**
 * The laptop passed around the room. Covers the whole window (everything behind it is inert); between respondents
 * a neutral screen that shows nothing of the previous answer; each form starts empty with focus at its top.
 */
function FeedbackFlow({
  workshopId,
  dayId,
  dayName,
  onClose,
}: {
  workshopId: string;
  dayId: string;
  dayName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'handover', thanks: false, first: true });
  const [round, setRound] = useState(0);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [step]);

  useEffect(() => {
    const root = document.getElementById('root');
    root?.setAttribute('inert', '');
    return () => root?.removeAttribute('inert');
  }, []);

  function begin() {
    setRound((r) => r + 1);
    setStep({ kind: 'form', round: round + 1 });
  }

  return createPortal(
    <div
      className="fb-flow"
      role="dialog"
      aria-modal="true"
      aria-labelledby={`${id}-t`}
      ref={ref}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && step.kind === 'form') {
          e.preventDefault();
          setStep({ kind: 'handover', thanks: false, first: false });
        }
      }}
    >
      {step.kind === 'handover' ? (
        <div className="fb-flow-center">
          {step.thanks && (
            <p className="fb-flow-thanks" role="status">
              <Check size={28} aria-hidden /> {t('feedback.flow.thanks')}
            </p>
          )}
          <h2 id={`${id}-t`} tabIndex={-1} data-autofocus className="fb-flow-title">
            {step.first ? t('feedback.flow.welcome') : t('feedback.flow.passOn')}
          </h2>
          <p className="fb-flow-lead">{t('feedback.flow.lead', { day: dayName })}</p>
          <button type="button" className="btn btn-primary fb-huge-btn" onClick={begin}>
            {t('feedback.flow.begin')}
          </button>
          <div className="fb-flow-secondary">
            <button type="button" className="btn btn-ghost fb-touch-btn" onClick={onClose}>
              {t('feedback.flow.stop')}
            </button>
          </div>
        </div>
      ) : (
        <FeedbackForm
          key={step.round}
          titleId={`${id}-t`}
          workshopId={workshopId}
          dayId={dayId}
          onDone={(saved) => setStep({ kind: 'handover', thanks: saved, first: false })}
        />
      )}
    </div>,
    document.body,
  );
}

function FeedbackForm({
  titleId,
  workshopId,
  dayId,
  onDone,
}: {
  titleId: string;
  workshopId: string;
  dayId: string;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const comment = useLocalDraft(`lapimurto.draft.feedbackComment.${workshopId}.${dayId}`, 'session');
  const [answers, setAnswers] = useState<FeedbackAnswers>(() => ({ ...EMPTY, comment: comment.text }));
  const [emptyTried, setEmptyTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const tooLong = answers.comment.length > DAY_TEXT_MAX;
  const msgRef = useRef<HTMLDivElement>(null);
  // Sent or passed on: the next person starts with an empty comment.
  const done = (saved: boolean) => {
    comment.clear();
    onDone(saved);
  };

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (isEmptyFeedback(answers)) {
      setEmptyTried(true);
      requestAnimationFrame(() => msgRef.current?.focus());
      return;
    }
    if (tooLong || saving) return;
    setSaving(true);
    try {
      await call('feedback.submit', { workshopId, dayId, answers: { ...answers, comment: answers.comment.trim() } });
      done(true);
    } catch (err) {
      toastError(err);
      setSaving(false);
    }
  }

  const set = (q: FeedbackQuestion, v: number) => {
    setEmptyTried(false);
    setAnswers((a) => ({ ...a, [q]: v }));
  };

  return (
    <form className="fb-form" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id={titleId} tabIndex={-1} data-autofocus className="fb-flow-title">
        {t('feedback.form.title')}
      </h2>
      <p className="fb-flow-lead">{t('feedback.form.lead')}</p>
      {FEEDBACK_QUESTIONS.map((q) => (
        <fieldset key={q} className="fb-question">
          <legend>
            <span className="fb-q-label">{t(`feedback.q.${q}.label`)}</span>
            <span className="fb-q-hint">{t(`feedback.q.${q}.hint`)}</span>
          </legend>
          <div className="fb-scale">
            {SCORES.map((s) => (
              <label key={s} className={`fb-score ${answers[q] === s ? 'is-on' : ''}`}>
                <input
                  type="radio"
                  name={`${id}-${q}`}
                  value={s}
                  checked={answers[q] === s}
                  onChange={() => set(q, s)}
                />
                <span className="fb-score-no">{s}</span>
                <span className="fb-score-word">{t(`feedback.scale.${s}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <label className="field fb-comment">
        <span className="fb-q-label">{t('feedback.form.comment')}</span>
        <span className="fb-q-hint">{t('feedback.form.commentHint')}</span>
        <textarea
          rows={3}
          value={answers.comment}
          aria-invalid={tooLong || undefined}
          onChange={(e) => {
            setEmptyTried(false);
            setAnswers((a) => ({ ...a, comment: e.target.value }));
            comment.setText(e.target.value);
          }}
        />
      </label>
      {tooLong && (
        <p className="error-text" role="alert">
          {t('feedback.form.tooLong', { count: answers.comment.length, max: DAY_TEXT_MAX })}
        </p>
      )}
      {emptyTried && (
        <div className="fb-empty" role="alert" tabIndex={-1} ref={msgRef}>
          <p>{t('feedback.form.empty')}</p>
          <button type="button" className="btn" onClick={() => done(false)}>
            {t('feedback.form.skip')}
          </button>
        </div>
      )}
      <div className="fb-form-actions">
        <button type="button" className="btn btn-ghost fb-touch-btn" onClick={() => done(false)}>
          {t('feedback.form.cancel')}
        </button>
        <button type="submit" className="btn btn-primary fb-huge-btn" disabled={saving || tooLong}>
          {t('feedback.form.submit')}
        </button>
      </div>
    </form>
  );
}
