import { describe, expect, it } from 'vitest';
import { createDemoWorkshop } from '../../../../shared/demo/demo-workshop';
import { dotVote } from '../../../../shared/boards/dot-vote/definition';
import { DotVoteDoc } from '../../../../shared/boards/dot-vote/model';
import { ideasWall } from '../../../../shared/boards/ideas-wall/definition';
import { IdeasWallDoc } from '../../../../shared/boards/ideas-wall/model';

describe('dot-vote demo boards', () => {
  it('each demo team has a finished vote on its ideas wall notes, linked by ItemRef, with a decision', () => {
    const w = createDemoWorkshop({ lang: 'fi' });
    for (const team of w.teams) {
      const boards = w.boards.filter((b) => b.teamId === team.id);
      const vote = boards.find((b) => b.kind === 'dot-vote');
      const wall = boards.find((b) => b.kind === 'ideas-wall');
      expect(vote && wall, team.name).toBeTruthy();
      const doc = DotVoteDoc.parse(vote!.doc);
      const notes = ideasWall.items(IdeasWallDoc.parse(wall!.doc));
      expect(doc.options.map((o) => o.text)).toEqual(notes.map((n) => n.text));
      expect(
        doc.options.every((o) => o.source?.boardId === wall!.id && notes.some((n) => n.itemId === o.source?.itemId)),
      ).toBe(true);
      expect(doc.rounds[0]!.status).toBe('revealed');
      expect(doc.decision?.optionIds.length).toBe(3);
      const summary = dotVote.summary(doc);
      expect(summary.result).toMatch(/^1=?\. /);
      expect(summary.question).not.toBe('');
      // Ballots carry roles only, and sheets have rows for every option.
      expect(doc.rounds[0]!.ballots.every((b) => b.role !== '')).toBe(true);
      expect(
        dotVote.toSheets(doc, { boardId: vote!.id, boardName: vote!.name, teamId: team.id, teamName: team.name })[0]!
          .rows,
      ).toHaveLength(doc.options.length);
    }
  });
});
