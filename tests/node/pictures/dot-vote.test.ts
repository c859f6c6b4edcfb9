import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DotVoteDoc, VoteRound } from '../../../shared/boards/dot-vote/model';
import { drawBoard } from '../../../shared/boards/pictures';
import { PROJECTOR, checkPicture, describePictureKind, fi, texts } from './helpers';

const option = (i: number, text: string) => ({ id: `o${i}`, text, source: null, sourceBoardName: '', sourceGroup: '' });
const rules = (over: Partial<VoteRound['rules']> = {}): VoteRound['rules'] => ({
  dotsPerVoter: 3,
  maxPerOption: 2,
  collection: 'paper',
  voters: { mode: 'anonymous', count: 0 },
  hideUntilReveal: true,
  cutoff: 3,
  ...over,
});

/** A vote on `texts` with paper counts `counts`, revealed or still voting. */
function vote(
  optionTexts: readonly string[],
  counts: readonly number[],
  status: VoteRound['status'],
  over: Partial<VoteRound['rules']> = {},
): DotVoteDoc {
  const options = optionTexts.map((t, i) => option(i, t));
  return {
    question: 'Mihin tartumme?',
    options,
    rounds: [
      {
        id: 'round-1',
        optionIds: options.map((o) => o.id),
        rules: rules(over),
        status,
        ballots: [],
        paper: { voters: 40, counts: [...counts] },
        revealed: status === 'revealed' ? { totals: [...counts] } : null,
        corrections: [],
      },
    ],
    decision: null,
  };
}

const arbVote: fc.Arbitrary<DotVoteDoc> = fc
  .record({
    options: fc.array(fc.string({ maxLength: 200 }), { minLength: 2, maxLength: 40 }),
    status: fc.constantFrom<VoteRound['status']>('setup', 'voting', 'revealed'),
    hide: fc.boolean(),
  })
  .chain(({ options, status, hide }) =>
    fc
      .array(fc.nat({ max: 30 }), { minLength: options.length, maxLength: options.length })
      .map((counts) => vote(options, counts, status, { hideUntilReveal: hide })),
  );

describePictureKind({
  kind: 'dot-vote',
  arb: arbVote,
  huge: () =>
    vote(
      Array.from({ length: 300 }, (_, i) => `Vaihtoehto ${i} ${'v'.repeat(1990)}`.slice(0, 2000)),
      Array.from({ length: 300 }, (_, i) => i % 50),
      'revealed',
    ),
  withText: (t) => ({ ...vote([t, t], [3, 1], 'revealed'), question: t }),
  maxChars: 120_000,
});

describe('dot-vote picture content', () => {
  const board = { id: 'b', name: 'Äänestys', kind: 'dot-vote' };

  it('ranks a revealed result, marks the chosen ones and a tie at the cut-off', () => {
    const doc = vote(
      ['A-vaihtoehto', 'B-vaihtoehto', 'C-vaihtoehto', 'D-vaihtoehto', 'E-vaihtoehto'],
      [2, 9, 5, 5, 5],
      'revealed',
    );
    const svg = drawBoard('dot-vote', doc, board, PROJECTOR)!;
    const t = texts(checkPicture(svg, PROJECTOR));
    expect(t.indexOf('B-vaihtoehto')).toBeLessThan(t.indexOf('C-vaihtoehto'));
    expect(t.indexOf('C-vaihtoehto')).toBeLessThan(t.indexOf('A-vaihtoehto'));
    expect(t).toContain('2=');
    expect(t).toContain(fi('dotVote.results.tieAtCut'));
    expect(t).toContain(fi('pictures.dotVote.chosen', { count: 3 }));
  });

  it('never shows the numbers of a round hidden until the reveal', () => {
    const doc = vote(['Salainen A', 'Salainen B'], [17, 23], 'voting');
    const t = texts(checkPicture(drawBoard('dot-vote', doc, board, PROJECTOR)!, PROJECTOR));
    expect(t.join(' ')).toContain('Salainen A');
    expect(t).not.toContain('17');
    expect(t).not.toContain('23');
    expect(t.join(' ')).toContain(fi('pictures.dotVote.hidden'));
    // The same round not hidden shows its standing.
    const open = texts(
      checkPicture(
        drawBoard('dot-vote', vote(['A', 'B'], [17, 23], 'voting', { hideUntilReveal: false }), board, PROJECTOR)!,
        PROJECTOR,
      ),
    );
    expect(open).toContain('23');
  });
});
