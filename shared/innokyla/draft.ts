/**
 * The team's Innokylä toimintamalli drafted from its work: every section of the template in order, with text the
 * app can write from the boards, where each part came from, and how complete the section is. Pure: the backend
 * serves it to the view, the .docx writer and the CLI, so all three say the same thing.
 *
 * The counting is not redone here: problems and steps come from the boards' own counts, the lead time and flow
 * efficiency from the value stream's totals, the vote from its round result, the signals from the run-chart
 * analysis, the aim from the storyboard (driver diagram first) and the day feedback from its summary.
 */
import type { Member, Team, WorkshopDay } from '../domain/entities';
import type { DayFeedback } from '../domain/day-records';
import { MEMBER_ROLES } from '../domain/vocab';
import { countyName } from '../domain/counties';
import type { Translate } from '../boards/picture';
import type { BoardItem } from '../boards/links';
import { boardDefinition } from '../boards/registry';
import { PROBLEM_KINDS, type ProcessMapDoc } from '../boards/process-map/model';
import { processMapCounts } from '../boards/process-map/counts';
import type { ValueStreamDoc } from '../boards/value-stream/model';
import { totalsOf } from '../boards/value-stream/definition';
import type { DotVoteDoc } from '../boards/dot-vote/model';
import { lastRevealed, roundResult } from '../boards/dot-vote/results';
import { ramps, type PdsaDoc } from '../boards/pdsa/model';
import type { MeasuresDoc } from '../boards/measures/model';
import { analyseMeasure, measureSeries, signalsOf } from '../boards/measures/analysis';
import type { IdeasWallDoc } from '../boards/ideas-wall/model';
import { buildStoryboard, type StoryboardBoard } from '../storyboard/model';
import { summarizeFeedback } from '../analysis/day-feedback';
import { INNOKYLA_SECTIONS, type Completeness, type InnokylaSectionId } from './sections';

/** A board picture the document shows with a section (drawn by the backend from the board's own picture). */
export interface DraftPicture {
  boardId: string;
  caption: string;
}

export interface DraftSection {
  id: InnokylaSectionId;
  /** The template's heading in the draft's language (Finnish on Innokylä). */
  heading: string;
  completeness: Completeness;
  /** Generated paragraphs, then a list of items (cycles, causes, measures …); both may be empty. */
  paragraphs: string[];
  items: string[];
  /** Where the generated text came from, in words ("PDSA-taulusta Lähetevastaava"). */
  sources: string[];
  /** What the team should write here. */
  guide: string;
  /** The team's own words, never generated. */
  teamText: string;
  pictures: DraftPicture[];
}

export interface ToimintamalliDraft {
  teamId: string;
  teamName: string;
  /** The model's name in the programme's pattern `<aihe>, <alue> HVA (RRP, P4, I1)`. */
  title: string;
  sections: DraftSection[];
}

export interface DraftInput {
  team: Team;
  /** The team's members (others are ignored). */
  members: readonly Member[];
  /** The team's boards with their (upgraded) documents. */
  boards: readonly StoryboardBoard[];
  days: readonly WorkshopDay[];
  dayFeedback: readonly DayFeedback[];
  /** The team's own texts by section. */
  texts: Partial<Record<InnokylaSectionId, string>>;
  t: Translate;
  lang: 'fi' | 'sv' | 'en';
  /** `yyyy-mm-dd`. */
  today: string;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Parts as sentences: a part's own closing period is not doubled. */
const sentences = (parts: readonly string[]) => `${parts.map((p) => p.replace(/[.\s]+$/, '')).join('. ')}.`;

interface Parsed<D> {
  board: StoryboardBoard;
  doc: D;
}

function boardsOf<D>(boards: readonly StoryboardBoard[], kind: string): Parsed<D>[] {
  const def = boardDefinition(kind);
  if (!def) return [];
  return boards
    .filter((b) => b.kind === kind)
    .sort((a, b) => a.ordinal - b.ordinal)
    .flatMap((board) => {
      const parsed = def.docSchema.safeParse(board.doc);
      return parsed.success ? [{ board, doc: parsed.data as D }] : [];
    });
}

/** The county's short form for the model's name: "Pirkanmaan hyvinvointialue" → "Pirkanmaan HVA". */
export function countyShortForm(code: string): string {
  if (!code) return '';
  const fi = countyName(code, 'fi');
  return fi.endsWith(' hyvinvointialue') ? `${fi.slice(0, -' hyvinvointialue'.length)} HVA` : fi;
}

/** `<aihe>, <alue> HVA (RRP, P4, I1)`: the topic is the team's process, else its name. */
export function modelName(team: Pick<Team, 'name' | 'process' | 'county'>): string {
  const topic = clean(team.process) || clean(team.name);
  const area = countyShortForm(team.county);
  return `${topic}${area ? `, ${area}` : ''} (RRP, P4, I1)`;
}

interface Part {
  paragraphs: string[];
  items: string[];
  sources: string[];
  pictures: DraftPicture[];
  /** How many of the parts the section asks for the data gave, of how many. */
  have: number;
  need: number;
}

const part = (need: number): Part => ({ paragraphs: [], items: [], sources: [], pictures: [], have: 0, need });

/** Builds the draft. Never throws on the team's data: unreadable boards are skipped, missing parts are marked. */
export function draftToimintamalli(input: DraftInput): ToimintamalliDraft {
  const { team, t, lang } = input;
  const nf = (x: number, digits = 1) =>
    new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(x);
  const source = (kind: string, name: string) => t(`innokyla.source.${kind}`, { name: clean(name) });
  const own = input.boards;
  const maps = boardsOf<ProcessMapDoc>(own, 'process-map');
  const streams = boardsOf<ValueStreamDoc>(own, 'value-stream');
  const causeBoards = [...boardsOf<unknown>(own, 'fishbone'), ...boardsOf<unknown>(own, 'five-whys')];
  const votes = boardsOf<DotVoteDoc>(own, 'dot-vote');
  const pdsa = boardsOf<PdsaDoc>(own, 'pdsa');
  const measures = boardsOf<MeasuresDoc>(own, 'measures');
  const ideas = boardsOf<IdeasWallDoc>(own, 'ideas-wall');
  const drivers = boardsOf<unknown>(own, 'driver-diagram');
  const members = input.members.filter((m) => m.teamId === team.id);
  const story = buildStoryboard({ team, members, boards: own, today: input.today });
  const current = maps[0];
  const future = maps.length > 1 ? maps[maps.length - 1] : undefined;
  const targetGroup =
    team.targetGroup === 'other'
      ? clean(team.targetGroupOther) || t('vocab.targetGroup.other')
      : team.targetGroup
        ? t(`vocab.targetGroup.${team.targetGroup}`)
        : '';
  const county = team.county ? countyName(team.county, lang) : '';
  const teamSource = t('innokyla.source.team', { name: clean(team.name) });

  const parts = {} as Record<InnokylaSectionId, Part>;

  // Perustiedot: name, short description, place, county, funder, programme.
  {
    const p = part(3);
    p.paragraphs.push(t('innokyla.basics.name', { name: modelName(team) }));
    if (clean(team.process) || targetGroup) {
      p.paragraphs.push(
        t('innokyla.basics.description', {
          process: clean(team.process) || t('innokyla.unknown'),
          group: targetGroup || t('innokyla.unknown'),
        }),
      );
      p.have += 1;
    }
    if (county) {
      p.paragraphs.push(t('innokyla.basics.place', { county }));
      p.have += 1;
    }
    if (story.aim) p.have += 1;
    p.paragraphs.push(t('innokyla.basics.funder'), t('innokyla.basics.programme'));
    p.sources.push(teamSource);
    parts.basics = p;
  }

  // Toimintaympäristö.
  {
    const p = part(3);
    if (county) {
      p.items.push(`${t('team.county')}: ${county}`);
      p.have += 1;
    }
    if (clean(team.process)) {
      p.items.push(`${t('innokyla.process')}: ${clean(team.process)}`);
      p.have += 1;
    }
    if (targetGroup) {
      p.items.push(`${t('team.targetGroup')}: ${targetGroup}`);
      p.have += 1;
    }
    if (p.have > 0) p.sources.push(teamSource);
    parts.environment = p;
  }

  // Lähtötilanne: the mapped process, its problems by kind, the value stream's figures.
  {
    const p = part(2);
    if (current && current.doc.nodes.length > 0) {
      const counts = processMapCounts(current.doc);
      p.paragraphs.push(
        t('innokyla.startingPoint.map', {
          name: clean(current.board.name),
          steps: counts.steps,
          problems: counts.problems,
        }),
      );
      for (const kind of PROBLEM_KINDS) {
        const n = current.doc.markers.filter((m) => m.kind === kind).length;
        if (n > 0) p.items.push(`${t(`processMap.problem.${kind}`)}: ${n}`);
      }
      p.sources.push(source('process-map', current.board.name));
      p.pictures.push({
        boardId: current.board.id,
        caption: t('innokyla.caption.current', { name: current.board.name }),
      });
      p.have += 1;
    }
    const stream = streams.find((s) => s.doc.state === 'current') ?? streams[0];
    if (stream) {
      const totals = totalsOf(stream.doc);
      if (totals.lead) {
        p.paragraphs.push(
          t('innokyla.startingPoint.lead', {
            days: nf(totals.lead.typical / 1440),
            min: nf(totals.lead.min / 1440),
            max: nf(totals.lead.max / 1440),
          }),
        );
        if (totals.flowEfficiency !== null)
          p.paragraphs.push(t('innokyla.startingPoint.flow', { pct: nf(totals.flowEfficiency * 100) }));
        p.sources.push(source('value-stream', stream.board.name));
        p.have += 1;
      }
    }
    parts.startingPoint = p;
  }

  // Kehitystyön lähtökohtana olevat tarpeet: root causes with their evidence (the board they were found on).
  {
    const p = part(1);
    const seen = new Set<string>();
    for (const { board, doc } of causeBoards) {
      const def = boardDefinition(board.kind);
      if (!def) continue;
      let found = 0;
      for (const item of def.items(doc) as BoardItem[]) {
        const text = clean(item.text);
        if (item.tag !== 'root-cause' || text === '' || seen.has(text.toLocaleLowerCase(lang))) continue;
        seen.add(text.toLocaleLowerCase(lang));
        p.items.push(item.group ? `${text} (${clean(item.group)})` : text);
        found += 1;
      }
      if (found > 0) {
        p.sources.push(source(board.kind, board.name));
        if (board.kind === 'fishbone')
          p.pictures.push({ boardId: board.id, caption: t('innokyla.caption.fishbone', { name: board.name }) });
      }
    }
    if (p.items.length > 0) {
      p.paragraphs.push(t('innokyla.needs.causes', { count: p.items.length }));
      p.have = 1;
    }
    parts.needs = p;
  }

  // Kehittäjäjoukon kokoaminen: roles and organisations, never names (Innokylä is public).
  {
    const p = part(1);
    for (const role of MEMBER_ROLES) {
      const of = members.filter((m) => m.role === role);
      if (of.length === 0) continue;
      const orgs = [...new Set(of.map((m) => clean(m.organisation)).filter((o) => o !== ''))];
      p.items.push(
        // Organisation names hold commas ("…hyvinvointialue, opiskeluhuolto"), so they are set apart with semicolons.
        `${t(`storyboard.roleCount.${role}`, { count: of.length })}${orgs.length ? ` (${orgs.join('; ')})` : ''}`,
      );
    }
    if (p.items.length > 0) {
      p.paragraphs.push(t('innokyla.developers.team', { count: members.length }));
      const clients = members.filter((m) => m.role === 'client-rep').length;
      p.paragraphs.push(clients > 0 ? t('innokyla.developers.clientRep') : t('innokyla.developers.noClientRep'));
      p.sources.push(t('innokyla.source.roster', { name: clean(team.name) }));
      p.have = 1;
    }
    parts.developers = p;
  }

  // Tavoiteltu muutos: the aim.
  {
    const p = part(1);
    if (story.aim) {
      p.paragraphs.push(story.aim.text);
      if (story.aim.byWhen) p.paragraphs.push(t('innokyla.aim.byWhen', { when: story.aim.byWhen }));
      const driver = drivers[0];
      p.sources.push(
        story.aim.source === 'driver-diagram' && driver ? source('driver-diagram', driver.board.name) : teamSource,
      );
      p.have = 1;
    }
    parts.aim = p;
  }

  // Muutoksen mittaaminen: each measure with its definition, baseline, latest value and signals in words.
  {
    const p = part(1);
    for (const { board, doc } of measures) {
      for (const m of doc.measures) {
        const series = measureSeries(m);
        const a = analyseMeasure(m, series);
        const values = series.values
          .map((v, i) => ({ v, period: series.periods[i] ?? '' }))
          .filter((x): x is { v: number; period: string } => x.v !== null && x.v !== undefined);
        const unit = clean(m.unit) ? ` ${clean(m.unit)}` : '';
        const bits = [`${clean(m.name) || t('innokyla.unknown')} (${t(`innokyla.measureType.${m.type}`)})`];
        if (clean(m.definition)) bits.push(t('innokyla.measuring.definition', { text: clean(m.definition) }));
        const first = values[0];
        const last = values[values.length - 1];
        if (first && last) {
          const baseline = a.frozen && a.median !== null ? a.median : first.v;
          bits.push(
            `${t('innokyla.measuring.baseline', { value: `${nf(baseline, 2)}${unit}`, period: first.period })}, ${t('innokyla.measuring.latest', { value: `${nf(last.v, 2)}${unit}`, period: last.period })}`,
          );
        }
        if (a.n > 0) {
          const signals = a.tooEarly ? [] : signalsOf(a, doc.ruleSet);
          bits.push(
            a.tooEarly
              ? t('innokyla.measuring.tooEarly', { n: a.n })
              : signals.length === 0
                ? t('innokyla.measuring.noSignals')
                : t('innokyla.measuring.signals', {
                    list: signals
                      .map((s) => {
                        const span =
                          'from' in s
                            ? ` ${series.periods[s.from] ?? ''}–${series.periods[s.to] ?? ''}`
                            : s.rule === 'astronomical'
                              ? ` ${series.periods[s.index] ?? ''}`
                              : '';
                        return `${t(`measures.signal.${s.rule}.title`)}${span} (${t(`measures.effect.${s.effect}`)})`;
                      })
                      .join('; '),
                  }),
          );
        }
        p.items.push(sentences(bits));
      }
      if (doc.measures.length > 0) {
        p.sources.push(source('measures', board.name));
        if (doc.measures.some((m) => measureSeries(m).values.some((v) => v !== null && v !== undefined)))
          p.pictures.push({ boardId: board.id, caption: t('innokyla.caption.measures', { name: board.name }) });
      }
    }
    if (p.items.length > 0) p.have = 1;
    parts.measuring = p;
  }

  // Toteutussuunnitelma: the workshop days.
  {
    const p = part(1);
    const days = [...input.days].sort((a, b) => a.ordinal - b.ordinal).filter((d) => d.date || clean(d.title));
    for (const d of days) p.items.push([d.date, clean(d.title)].filter((x) => x !== '').join(' '));
    if (days.length > 0) {
      p.paragraphs.push(t('innokyla.plan.days', { count: days.length }));
      p.sources.push(t('innokyla.source.days'));
      p.have = 1;
    }
    parts.plan = p;
  }

  // Kohderyhmä ja asiakasymmärrys: the target group and how the client representative took part.
  {
    const p = part(2);
    if (targetGroup) {
      p.paragraphs.push(t('innokyla.clients.group', { group: targetGroup }));
      p.have += 1;
    }
    const clients = members.filter((m) => m.role === 'client-rep').length;
    if (clients > 0) {
      p.paragraphs.push(t('innokyla.clients.rep', { count: clients }));
      p.have += 1;
    }
    if (p.have > 0) p.sources.push(teamSource);
    parts.clients = p;
  }

  parts.otherSolutions = part(1);

  // Ideointi: change ideas and where they came from.
  {
    const p = part(1);
    for (const { board, doc } of ideas) {
      const texts = doc.notes.map((n) => clean(n.text)).filter((x) => x !== '');
      if (texts.length === 0) continue;
      p.paragraphs.push(t('innokyla.ideation.wall', { name: clean(board.name), count: texts.length }));
      p.sources.push(source('ideas-wall', board.name));
    }
    const seen = new Set<string>();
    for (const { board, doc } of [...pdsa]) {
      for (const c of doc.cycles) {
        const idea = clean(c.changeIdeaText) || clean(c.title);
        if (idea === '' || seen.has(idea)) continue;
        seen.add(idea);
        p.items.push(idea);
      }
      if (doc.cycles.length > 0 && !p.sources.includes(source('pdsa', board.name)))
        p.sources.push(source('pdsa', board.name));
    }
    if (p.paragraphs.length + p.items.length > 0) p.have = 1;
    parts.ideation = p;
  }

  // Idean valinta: the latest revealed round of each vote (an unrevealed vote keeps its ballots private).
  {
    const p = part(1);
    for (const { board, doc } of votes) {
      const round = lastRevealed(doc);
      if (!round) continue;
      const r = roundResult(doc, round);
      const chosen = new Set(doc.decision && doc.decision.roundId === round.id ? doc.decision.optionIds : []);
      p.paragraphs.push(
        t('innokyla.ideaChoice.vote', {
          question: clean(doc.question) || clean(board.name),
          options: r.options.length,
        }),
      );
      for (const x of r.ranked) {
        const o = r.options[x.index];
        if (!o || x.total === 0) continue;
        p.items.push(
          `${x.rank}. ${clean(o.text)}: ${t('innokyla.ideaChoice.dots', { count: x.total })}${chosen.has(o.id) ? ` (${t('innokyla.ideaChoice.chosen')})` : ''}`,
        );
      }
      p.sources.push(source('dot-vote', board.name));
      p.have = 1;
    }
    parts.ideaChoice = p;
  }

  // Idean konkretisointi ja visualisointi: the future-state map.
  {
    const p = part(1);
    if (future) {
      const counts = processMapCounts(future.doc);
      p.paragraphs.push(t('innokyla.visualisation.future', { name: clean(future.board.name), steps: counts.steps }));
      p.sources.push(source('process-map', future.board.name));
      p.pictures.push({ boardId: future.board.id, caption: t('innokyla.caption.future', { name: future.board.name }) });
      p.have = 1;
    }
    // A future-state value stream shows the new flow with its lead time, also when no second map was drawn.
    const futureStream = streams.find((x) => x.doc.state === 'future');
    const futureLead = futureStream ? totalsOf(futureStream.doc).lead : null;
    if (futureStream && futureLead) {
      p.paragraphs.push(
        t('innokyla.visualisation.futureStream', {
          name: clean(futureStream.board.name),
          days: nf(futureLead.typical / 1440),
        }),
      );
      p.sources.push(source('value-stream', futureStream.board.name));
      p.pictures.push({
        boardId: futureStream.board.id,
        caption: t('innokyla.caption.futureStream', { name: futureStream.board.name }),
      });
      p.have = 1;
    }
    parts.visualisation = p;
  }

  // Ideoiden testaus: every PDSA cycle with prediction, result and decision.
  const adopted: string[] = [];
  {
    const p = part(1);
    for (const { board, doc } of pdsa) {
      for (const chain of ramps(doc)) {
        for (const c of chain) {
          const bits = [`${clean(c.title) || t('innokyla.unknown')} (${t(`innokyla.status.${c.status}`)})`];
          if (clean(c.plan.prediction)) bits.push(t('innokyla.testing.prediction', { text: clean(c.plan.prediction) }));
          if (clean(c.study.result)) bits.push(t('innokyla.testing.result', { text: clean(c.study.result) }));
          if (clean(c.study.learned)) bits.push(t('innokyla.testing.learned', { text: clean(c.study.learned) }));
          if (c.act.decision)
            bits.push(t('innokyla.testing.decision', { text: t(`storyboard.decision.${c.act.decision}`) }));
          p.items.push(sentences(bits));
          if (c.act.decision === 'adopt' && clean(c.title)) adopted.push(clean(c.title));
        }
      }
      if (doc.cycles.length > 0) p.sources.push(source('pdsa', board.name));
    }
    if (p.items.length > 0) {
      p.paragraphs.push(t('innokyla.testing.cycles', { count: p.items.length }));
      p.have = 1;
    }
    parts.testing = p;
  }

  // Ratkaisun perusidea: the changes adopted and the future state.
  {
    const p = part(2);
    if (adopted.length > 0) {
      p.paragraphs.push(t('innokyla.basicIdea.adopted', { count: adopted.length }));
      p.items.push(...adopted);
      p.sources.push(...parts.testing.sources);
      p.have += 1;
    }
    if (future) {
      p.paragraphs.push(t('innokyla.basicIdea.future', { name: clean(future.board.name) }));
      p.have += 1;
    }
    parts.basicIdea = p;
  }

  parts.conditions = part(1);
  parts.tips = part(1);

  // Arvioinnin tulokset: the run-chart verdicts are in Muutoksen mittaaminen; the day feedback helps here.
  {
    const p = part(1);
    const summary = summarizeFeedback(input.dayFeedback, lang);
    const overall = summary.questions.find((q) => q.question === 'overall');
    p.need = 2;
    if (summary.respondents > 0 && overall && overall.mean !== null) {
      p.have = 1;
      p.paragraphs.push(t('innokyla.evaluation.feedback', { count: summary.respondents, mean: nf(overall.mean) }));
      p.sources.push(t('innokyla.source.feedback'));
    }
    parts.evaluation = p;
  }

  const sections = INNOKYLA_SECTIONS.map(({ id, fed }): DraftSection => {
    const p = parts[id];
    const teamText = input.texts[id] ?? '';
    const written = teamText.trim() !== '';
    // A section is täytetty when the team wrote it or the data gave every part it asks for; the name, funder and
    // programme lines alone do not make a section started.
    const completeness: Completeness =
      written || (fed && p.have >= p.need) ? 'filled' : p.have > 0 ? 'partial' : 'toWrite';
    return {
      id,
      heading: t(`innokyla.section.${id}.heading`),
      completeness,
      paragraphs: p.paragraphs,
      items: p.items,
      sources: p.sources,
      guide: t(`innokyla.section.${id}.guide`),
      teamText,
      pictures: p.pictures,
    };
  });
  return { teamId: team.id, teamName: clean(team.name), title: modelName(team), sections };
}
