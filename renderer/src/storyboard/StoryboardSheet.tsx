import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Storyboard, StoryboardMeasure, StoryboardSection } from '../../../shared/storyboard/model';
import { countyName } from '../../../shared/domain/counties';
import { periodParts } from '../../../shared/boards/measures/periods';
import { drawProcessMapWhole } from '../../../shared/boards/process-map/picture';
import { formatDate, formatNumber } from '../boards/measures/format';
import { MeasureChart } from './MeasureChart';
import { sharedTranslate } from '../i18n/keys';
import type { TFunction } from 'i18next';

/**
 * `page`: the whole storyboard, laid out on a landscape sheet (the coach's view and the PDF, A4 and A3 alike).
 * `projector`: the same story for a 1920x1080 stage, fewer items and every text at least 24 px.
 */
export type SheetVariant = 'page' | 'projector';

/** How much each variant shows; the model already caps lists for the page. */
const SHOW: Record<SheetVariant, { rootCauses: number; voteItems: number; cycles: number; measures: number }> = {
  page: { rootCauses: 5, voteItems: 4, cycles: 5, measures: 4 },
  projector: { rootCauses: 3, voteItems: 3, cycles: 3, measures: 2 },
};

/** Stage sizes in CSS px the sheet is laid out on before it is scaled to its box. */
export const SHEET_SIZE: Record<SheetVariant, { width: number; height: number }> = {
  page: { width: 1600, height: 1131 },
  projector: { width: 1920, height: 1080 },
};

function Section({
  id,
  title,
  className,
  children,
}: {
  id: string;
  title: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <section className={`sb-section ${className ?? ''}`} aria-labelledby={id}>
      <h2 id={id} className="sb-h2">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Missing({ section }: { section: StoryboardSection }) {
  const { t } = useTranslation();
  return <p className="sb-missing">{t(`storyboard.missing.${section}`)}</p>;
}

function periodLabel(key: string, t: TFunction): string {
  const p = periodParts(key);
  if (!p) return key;
  return p.kind === 'week'
    ? t('measures.period.week', { n: p.n, year: p.year })
    : t('measures.period.month', { n: p.n, year: p.year });
}

function MeasureCard({
  m,
  variant,
  idBase,
  chart,
  theme,
}: {
  m: StoryboardMeasure;
  variant: SheetVariant;
  idBase: string;
  chart: { width: number; height: number; minFontPx: number };
  theme: 'light' | 'high-contrast';
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const unit = m.measure.isRate && m.measure.multiplier === 100 ? '%' : m.measure.unit;
  const value = (v: number) => `${formatNumber(v, lang)}${unit ? (unit === '%' ? ' %' : ` ${unit}`) : ''}`;
  return (
    <article className="sb-measure" aria-labelledby={`${idBase}-name`}>
      {variant === 'page' ? (
        <p className={`sb-tag sb-tag-${m.measure.type}`}>{t(`measures.type.${m.measure.type}`)}</p>
      ) : null}
      {/* The chart draws the name as its heading; the heading here gives the page its structure. */}
      <h3 id={`${idBase}-name`} className="visually-hidden">
        {m.measure.name || t('measures.unnamed')}
      </h3>
      {m.n === 0 ? (
        <>
          <p className="sb-measure-name" aria-hidden="true">
            {m.measure.name || t('measures.unnamed')}
          </p>
          <p className="sb-muted">{t('storyboard.measureNoData')}</p>
        </>
      ) : (
        <>
          <MeasureChart item={m} theme={theme} {...chart} />
          {m.latest && variant === 'page' ? (
            <p className="sb-measure-latest">
              {t('storyboard.latest', { period: periodLabel(m.latest.period, t), value: value(m.latest.value) })}
            </p>
          ) : null}
          {variant === 'page' && !m.tooEarly && m.signals.length > 0 ? (
            <ul className="sb-signals">
              {m.signals.slice(0, 2).map((s, i) => (
                <li key={i} className={`sb-signal sb-effect-${s.effect}`}>
                  <span className="sb-signal-rule">{t(`measures.signal.${s.rule}.title`)}</span>
                  <span className="sb-signal-effect">{t(`measures.effect.${s.effect}`)}</span>
                  {s.from ? (
                    <span className="sb-signal-span">
                      {s.from === s.to
                        ? periodLabel(s.from, t)
                        : t('storyboard.signalSpan', { from: periodLabel(s.from, t), to: periodLabel(s.to, t) })}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </article>
  );
}

/** Chart sizes in stage px: as wide as a measure's column, text no smaller than the variant allows. */
function chartSize(variant: SheetVariant, n: number): { width: number; height: number; minFontPx: number } {
  const inner = variant === 'page' ? SHEET_SIZE.page.width - 80 : SHEET_SIZE.projector.width - 112;
  const gap = variant === 'page' ? 22 : 36;
  const cols = Math.max(1, n);
  return {
    width: Math.floor((inner - gap * (cols - 1)) / cols),
    height: variant === 'page' ? 210 : 245,
    minFontPx: variant === 'page' ? 15 : 24,
  };
}

function ProcessThumb({
  sb,
  variant,
  theme,
}: {
  sb: Storyboard;
  variant: SheetVariant;
  theme: 'light' | 'high-contrast';
}) {
  const { t, i18n } = useTranslation();
  const pm = sb.processMap;
  // The whole flow as an overview, drawn larger than shown; on a big map its text is small, so the page variant is
  // followed by the map's own readable pages (MapPages).
  const size =
    variant === 'projector' ? { width: 600, height: 330, minFontPx: 24 } : { width: 760, height: 390, minFontPx: 15 };
  const markup = useMemo(() => {
    if (!pm) return null;
    return drawProcessMapWhole(pm.doc, pm.board, { ...size, theme, t: sharedTranslate });
    // i18n.language: redraw in the new language.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- i18n.language is not read but must redraw the picture in the new language
  }, [pm, theme, variant, i18n, i18n.language]);
  if (!pm || pm.doc.nodes.length === 0) return <Missing section="processMap" />;
  return (
    <figure className="sb-figure">
      {markup ? (
        <img
          className="sb-picture"
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`}
          alt={pm.board.name}
          width={size.width}
          height={size.height}
        />
      ) : (
        <p className="sb-muted">{t('storyboard.processNoPicture')}</p>
      )}
      <figcaption className="sb-caption">
        <span>
          {t('storyboard.processSteps', { count: pm.steps })} ·{' '}
          {t('storyboard.processProblems', { count: pm.problems })}
        </span>
        {variant === 'page' ? <span> · {t('storyboard.mapFollows')}</span> : null}
      </figcaption>
    </figure>
  );
}

/**
 * The storyboard, drawn from its model. Pure presentation: the coach's view, the audience module and the print page
 * all render this, so the three always tell the same story. It lays out on a fixed stage (`SHEET_SIZE`); the caller
 * scales it to its box.
 */
export function StoryboardSheet({
  sb,
  variant,
  theme = 'light',
  date,
}: {
  sb: Storyboard;
  variant: SheetVariant;
  theme?: 'light' | 'high-contrast';
  date: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const show = SHOW[variant];
  const id = (s: string) => `sb-${variant}-${s}`;
  const sub = [sb.team.process, sb.team.county ? countyName(sb.team.county, lang) : ''].filter(Boolean).join(' · ');
  const cycles = sb.pdsa.cycles.slice(-show.cycles);
  const hiddenCycles = sb.pdsa.total - cycles.length;
  const causes = sb.rootCauses.items.slice(0, show.rootCauses);
  const vote = sb.votes.find((v) => v.status === 'revealed') ?? sb.votes[0];
  const measures = sb.measures.items.slice(0, show.measures);
  const live = sb.pdsa.byStatus.planned + sb.pdsa.byStatus.doing + sb.pdsa.byStatus.studying;

  const teamSection = (
    <Section id={id('team')} title={t('storyboard.section.team')} className="sb-team">
      {sb.members.length === 0 ? (
        <Missing section="team" />
      ) : (
        <dl className="sb-roles">
          {sb.members.map((g) => (
            <div key={g.role} className="sb-role">
              <dt>{g.names.length === 1 ? t(`vocab.role.${g.role}`) : t(`vocab.rolePlural.${g.role}`)}</dt>
              <dd>{g.names.join(', ')}</dd>
            </div>
          ))}
        </dl>
      )}
    </Section>
  );
  const mapSection = (
    <Section id={id('map')} title={t('storyboard.section.processMap')} className="sb-map">
      <ProcessThumb sb={sb} variant={variant} theme={theme} />
    </Section>
  );
  const causesSection = (
    <Section id={id('causes')} title={t('storyboard.section.rootCauses')}>
      {causes.length === 0 ? (
        <Missing section="rootCauses" />
      ) : (
        <ol className="sb-causes">
          {causes.map((c, i) => (
            <li key={i}>
              <span className="sb-cause-text">{c.text}</span>
              {c.votes !== null ? <span className="sb-dots">{t('storyboard.votes', { count: c.votes })}</span> : null}
              {variant === 'page' ? (
                <span className="sb-from">
                  {[c.kind === 'fishbone' ? t('storyboard.fromFishbone') : t('storyboard.fromFiveWhys'), c.group]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {sb.rootCauses.total > causes.length ? (
        <p className="sb-more">{t('storyboard.more', { count: sb.rootCauses.total - causes.length })}</p>
      ) : null}
    </Section>
  );
  const voteSection = (
    <Section id={id('vote')} title={t('storyboard.section.vote')}>
      {!vote ? (
        <Missing section="vote" />
      ) : vote.status === 'open' ? (
        <p className="sb-muted">{t('storyboard.voteOpen')}</p>
      ) : (
        <>
          {variant === 'page' && vote.question ? <p className="sb-question">{vote.question}</p> : null}
          <ol className="sb-bars">
            {vote.items.slice(0, show.voteItems).map((x, i) => {
              const max = vote.items[0]?.total || 1;
              return (
                <li key={i} className={x.chosen ? 'is-chosen' : ''}>
                  <span className="sb-bar-text">
                    {x.text}
                    {x.chosen ? <span className="sb-chosen"> · {t('storyboard.chosen')}</span> : null}
                  </span>
                  <span className="sb-bar-track" aria-hidden="true">
                    <span className="sb-bar-fill" style={{ width: `${Math.max(4, (x.total / max) * 100)}%` }} />
                  </span>
                  <span className="sb-bar-total">{t('storyboard.votes', { count: x.total })}</span>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </Section>
  );
  const pdsaSection = (
    <Section id={id('pdsa')} title={t('storyboard.section.pdsa')}>
      {sb.pdsa.total === 0 ? (
        <Missing section="pdsa" />
      ) : (
        <>
          {variant === 'page' ? (
            <p className="sb-counts">{t('storyboard.pdsaCounts', { done: sb.pdsa.byStatus.done, live })}</p>
          ) : null}
          <ol className="sb-cycles">
            {cycles.map((c) => (
              <li key={c.id} className="sb-cycle">
                <span className="sb-cycle-no" aria-hidden="true">
                  {t('storyboard.cycleStep', { ramp: c.ramp, step: c.step })}
                </span>
                <span className="sb-cycle-body">
                  <span className="sb-cycle-title">{c.title || t('pdsa.untitled')}</span>
                  <span className="sb-cycle-meta">
                    <span className={`sb-status sb-status-${c.status}`}>{t(`pdsa.status.${c.status}`)}</span>
                    {c.decision ? <span className="sb-decision">{t(`storyboard.decision.${c.decision}`)}</span> : null}
                    {c.overdue ? <span className="sb-overdue">{t('storyboard.overdue')}</span> : null}
                    {variant === 'page' && c.startDate ? (
                      <span className="sb-cycle-date">{formatDate(c.startDate, lang)}</span>
                    ) : null}
                  </span>
                </span>
              </li>
            ))}
          </ol>
          {hiddenCycles > 0 ? <p className="sb-more">{t('storyboard.more', { count: hiddenCycles })}</p> : null}
        </>
      )}
    </Section>
  );

  return (
    <article className={`sb-sheet sb-${variant}`} aria-labelledby={id('title')} data-testid="storyboard-sheet">
      <header className="sb-header">
        <div className="sb-header-main">
          <p className="sb-eyebrow">{t('storyboard.eyebrow')}</p>
          <h1 id={id('title')} className="sb-title">
            {sb.team.name}
          </h1>
          {variant === 'page' && sub ? <p className="sb-sub">{sub}</p> : null}
          {variant === 'projector' && sb.memberCount > 0 ? (
            <p className="sb-sub">
              {t('storyboard.memberCount', { count: sb.memberCount })}:{' '}
              {sb.members.map((g) => t(`storyboard.roleCount.${g.role}`, { count: g.names.length })).join(', ')}
            </p>
          ) : null}
        </div>
        <p className="sb-date">{t('storyboard.madeWith', { date: formatDate(date, lang) })}</p>
      </header>

      <section className="sb-aim" aria-labelledby={id('aim')}>
        <h2 id={id('aim')} className="sb-h2">
          {t('storyboard.section.aim')}
        </h2>
        {sb.aim ? (
          <>
            <p className="sb-aim-text" data-testid="storyboard-aim">
              {sb.aim.text}
            </p>
            {sb.aim.byWhen && variant === 'page' ? (
              <p className="sb-aim-by">
                {t('storyboard.aimBy', {
                  date: /^\d{4}-\d{2}-\d{2}$/.test(sb.aim.byWhen) ? formatDate(sb.aim.byWhen, lang) : sb.aim.byWhen,
                })}
              </p>
            ) : null}
          </>
        ) : (
          <Missing section="aim" />
        )}
      </section>

      {variant === 'page' ? (
        // Three balanced newspaper columns in reading order: however long each part is, the columns come out about
        // equally tall, so a long list in one part does not make the whole page taller.
        <div className="sb-flow">
          {teamSection}
          {mapSection}
          {causesSection}
          {voteSection}
          {pdsaSection}
        </div>
      ) : (
        // The projector leaves the roster (one line under the title) and the map thumbnail (too small to read at
        // 24 px; the map has its own audience screen) to the page, and shows the story's middle larger.
        <div className="sb-grid">
          <div className="sb-col">{causesSection}</div>
          <div className="sb-col">{voteSection}</div>
          <div className="sb-col">{pdsaSection}</div>
        </div>
      )}

      <section className="sb-measures" aria-labelledby={id('measures')}>
        <h2 id={id('measures')} className="sb-h2">
          {t('storyboard.section.measures')}
          {sb.measures.total > measures.length ? (
            <span className="sb-h2-more">
              {' '}
              · {t('storyboard.more', { count: sb.measures.total - measures.length })}
            </span>
          ) : null}
        </h2>
        {sb.missing.includes('measures') ? (
          <Missing section="measures" />
        ) : (
          <div className={`sb-measure-row sb-n-${measures.length}`}>
            {measures.map((m, i) => (
              <MeasureCard
                key={`${m.boardId}-${m.measure.id}`}
                m={m}
                variant={variant}
                idBase={id(`m${i}`)}
                chart={chartSize(variant, measures.length)}
                theme={theme}
              />
            ))}
          </div>
        )}
      </section>
    </article>
  );
}
