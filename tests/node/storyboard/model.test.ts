import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDemoWorkshop } from '../../../shared/demo';
import {
  buildStoryboard,
  STORYBOARD_LIMITS,
  STORYBOARD_SECTIONS,
  type StoryboardSource,
} from '../../../shared/storyboard/model';
import { parseStoryboardPrintHash, storyboardPrintHash } from '../../../shared/storyboard/print';
import { boardDefinition } from '../../../shared/boards/registry';
import { runCommand } from '../../../shared/boards/run';
import type { Board, Team } from '../../../shared/domain/entities';
import type { DriverDiagramDoc } from '../../../shared/boards/driver-diagram/model';
import type { DotVoteCommand, DotVoteDoc } from '../../../shared/boards/dot-vote/model';
import type { FishboneCommand, FishboneDoc } from '../../../shared/boards/fishbone/model';

const demo = createDemoWorkshop({ lang: 'fi' });

function sourceFor(team: Team, boards: readonly Board[] = demo.boards, today = '2026-01-15'): StoryboardSource {
  return { team, members: demo.members, boards: boards.filter((b) => b.teamId === team.id), today };
}

const bare: Team = {
  id: 'team-empty',
  ordinal: 9,
  name: 'Uusi tiimi',
  county: '',
  targetGroup: '',
  targetGroupOther: '',
  process: '',
  aim: '',
};

describe('storyboard of a demo team', () => {
  for (const team of demo.teams) {
    it(`${team.name}: every section has data`, () => {
      const sb = buildStoryboard(sourceFor(team));
      expect(sb.missing).toEqual([]);
      const driver = demo.boards.find((b) => b.teamId === team.id && b.kind === 'driver-diagram')!
        .doc as DriverDiagramDoc;
      // The driver diagram's SMART aim wins over the team's own aim field.
      expect(sb.aim).toEqual({
        text: driver.aim.statement.replace(/\s+/g, ' ').trim(),
        source: 'driver-diagram',
        byWhen: driver.aim.byWhen,
      });
      const own = demo.members.filter((m) => m.teamId === team.id);
      expect(sb.memberCount).toBe(own.length);
      expect(sb.members.map((g) => g.role)).toEqual(['client-rep', 'professional', 'process-owner', 'coach']);
      expect(sb.members.flatMap((g) => g.names).sort()).toEqual(own.map((m) => m.name).sort());
      // Current state: the first process map, never the future state drawn from it.
      expect(sb.processMap?.board.name).toMatch(/nykytila/);
      expect(sb.processMap!.steps).toBeGreaterThan(3);
      expect(sb.rootCauses.items.length).toBeGreaterThan(0);
      expect(sb.rootCauses.items.length).toBeLessThanOrEqual(STORYBOARD_LIMITS.rootCauses);
      expect(sb.votes).toHaveLength(1);
      const vote = sb.votes[0]!;
      expect(vote.status).toBe('revealed');
      expect(vote.items[0]!.rank).toBe(1);
      // Ranked: totals never rise down the list, and the team's chosen options are marked.
      for (let i = 1; i < vote.items.length; i++)
        expect(vote.items[i]!.total).toBeLessThanOrEqual(vote.items[i - 1]!.total);
      expect(vote.items.some((x) => x.chosen)).toBe(true);
      expect(sb.pdsa.total).toBeGreaterThan(0);
      expect(Object.values(sb.pdsa.byStatus).reduce((a, b) => a + b, 0)).toBe(sb.pdsa.total);
      expect(sb.measures.items.length).toBeGreaterThan(0);
      expect(sb.measures.items[0]!.measure.type).toBe('outcome');
      for (const m of sb.measures.items) {
        expect(m.n).toBe(m.measure.points.filter((p) => p.value !== null).length);
        expect(m.latest?.period).toBe(m.measure.points[m.measure.points.length - 1]!.period);
        expect(m.tooEarly).toBe(m.n < 10);
      }
    });
  }

  it('shows the signals of a measure with enough points (the demo teams improved)', () => {
    const all = demo.teams.flatMap((t) => buildStoryboard(sourceFor(t)).measures.items);
    const withSignals = all.filter((m) => m.signals.length > 0);
    expect(withSignals.length).toBeGreaterThan(0);
    for (const m of withSignals) {
      expect(m.signals.length).toBeLessThanOrEqual(STORYBOARD_LIMITS.signals);
      for (const s of m.signals)
        if (s.rule === 'shift' || s.rule === 'trend') expect(m.measure.points.map((p) => p.period)).toContain(s.from);
    }
  });

  it("falls back to the team's aim when the driver diagram has no statement", () => {
    const team = demo.teams[0]!;
    const boards = demo.boards.map((b) =>
      b.teamId === team.id && b.kind === 'driver-diagram'
        ? {
            ...b,
            doc: { ...(b.doc as DriverDiagramDoc), aim: { ...(b.doc as DriverDiagramDoc).aim, statement: '  ' } },
          }
        : b,
    );
    const sb = buildStoryboard(sourceFor(team, boards));
    expect(sb.aim?.source).toBe('team');
    expect(sb.aim?.text).toBe(team.aim.replace(/\s+/g, ' ').trim());
  });
});

describe('storyboard of a team with nothing yet', () => {
  it('names every section as missing and never throws', () => {
    const sb = buildStoryboard({ team: bare, members: demo.members, boards: [], today: '2026-01-15' });
    expect(sb.missing).toEqual([...STORYBOARD_SECTIONS]);
    expect(sb.aim).toBeNull();
    expect(sb.members).toEqual([]);
    expect(sb.processMap).toBeNull();
    expect(sb.rootCauses).toEqual({ items: [], total: 0 });
    expect(sb.votes).toEqual([]);
    expect(sb.pdsa.total).toBe(0);
    expect(sb.measures).toEqual({ items: [], total: 0 });
  });

  it('treats freshly created (empty) boards as missing data, and skips broken documents', () => {
    const kinds = ['driver-diagram', 'process-map', 'fishbone', 'five-whys', 'dot-vote', 'pdsa', 'measures'];
    const boards = kinds.map((kind, i) => ({
      id: `b${i}`,
      kind,
      name: kind,
      ordinal: i,
      doc: boardDefinition(kind)!.createEmpty(),
    }));
    boards.push({ id: 'broken', kind: 'pdsa', name: 'rikki', ordinal: 99, doc: { cycles: 'no' } as unknown });
    boards.push({ id: 'future', kind: 'from-a-newer-app', name: '?', ordinal: 100, doc: {} });
    const sb = buildStoryboard({ team: bare, members: [], boards, today: '2026-01-15' });
    expect(sb.missing).toEqual([...STORYBOARD_SECTIONS]);
  });
});

describe('root causes', () => {
  it('are listed most-voted first when a revealed dot-vote links to them', () => {
    const fish = boardDefinition('fishbone')!;
    const vote = boardDefinition('dot-vote')!;
    const onFish = (doc: FishboneDoc, cmd: FishboneCommand) => runCommand(fish, doc, cmd).doc;
    const onVote = (doc: DotVoteDoc, cmd: DotVoteCommand) => runCommand(vote, doc, cmd).doc;
    let fdoc = fish.createEmpty() as FishboneDoc;
    const bone = fdoc.bones[0]!.id;
    const add = (id: string, text: string) => {
      fdoc = onFish(fdoc, { type: 'addCause', cause: { id, boneId: bone, parentId: null, text }, afterId: null });
      fdoc = onFish(fdoc, { type: 'setRootCause', id, rootCause: true });
    };
    add('c1', 'Lähete puuttuu');
    add('c2', 'Ajanvaraus vain puhelimitse');
    add('c3', 'Ei yhteistä kalenteria');
    let vdoc = vote.createEmpty() as DotVoteDoc;
    const opt = (id: string, itemId: string, text: string) => ({
      id,
      text,
      source: { boardId: 'fish', itemId, kind: 'fishbone' },
      sourceBoardName: 'Kalanruoto',
      sourceGroup: '',
    });
    vdoc = onVote(vdoc, {
      type: 'addOptions',
      options: [
        opt('o1', 'c1', 'Lähete puuttuu'),
        opt('o2', 'c2', 'Ajanvaraus vain puhelimitse'),
        opt('o3', 'c3', 'Ei yhteistä kalenteria'),
      ],
    });
    const round = vdoc.rounds[0]!;
    vdoc = onVote(vdoc, { type: 'setRules', roundId: round.id, rules: { ...round.rules, collection: 'paper' } });
    vdoc = onVote(vdoc, { type: 'startVoting', roundId: round.id });
    vdoc = onVote(vdoc, { type: 'setPaper', roundId: round.id, paper: { voters: 4, counts: [1, 5, 3] } });
    const boards = [
      { id: 'fish', kind: 'fishbone', name: 'Kalanruoto', ordinal: 0, doc: fdoc },
      { id: 'vote', kind: 'dot-vote', name: 'Äänestys', ordinal: 1, doc: vdoc },
    ];
    // Not revealed yet: board order, no votes, and the vote result stays private.
    const before = buildStoryboard({ team: bare, members: [], boards, today: '2026-01-15' });
    expect(before.rootCauses.items.map((c) => c.votes)).toEqual([null, null, null]);
    expect(before.votes[0]).toMatchObject({ status: 'open', items: [] });
    vdoc = onVote(vdoc, { type: 'reveal', roundId: round.id });
    const after = buildStoryboard({
      team: bare,
      members: [],
      boards: [boards[0]!, { ...boards[1]!, doc: vdoc }],
      today: '2026-01-15',
    });
    expect(after.rootCauses.items.map((c) => [c.text, c.votes])).toEqual([
      ['Ajanvaraus vain puhelimitse', 5],
      ['Ei yhteistä kalenteria', 3],
      ['Lähete puuttuu', 1],
    ]);
    expect(after.votes[0]!.items.map((x) => x.total)).toEqual([5, 3, 1]);
  });
});

describe('print route', () => {
  it('round-trips any ids, size and language', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
        fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
        fc.constantFrom('A4' as const, 'A3' as const),
        fc.constantFrom('fi' as const, 'sv' as const, 'en' as const),
        fc.boolean(),
        (workshopId, teamId, pageSize, lang, masked) => {
          const r = { workshopId, teamId, pageSize, lang, ...(masked ? { masked: true as const } : {}) };
          expect(parseStoryboardPrintHash(storyboardPrintHash(r))).toEqual(r);
        },
      ),
    );
  });

  it('refuses other hashes and bad sizes or languages', () => {
    for (const h of [
      '',
      '#/w/x',
      '#/print/storyboard/a/b/A5/fi',
      '#/print/storyboard/a/b/A4/de',
      '#/print/storyboard/a/b/A4',
      '#/print/storyboard//b/A4/fi',
      '#/print/storyboard/a/b/A4/fi/x',
      '#/print/storyboard/a/b/A4/fi/masked/x',
    ]) {
      expect(parseStoryboardPrintHash(h)).toBeNull();
    }
  });
});
