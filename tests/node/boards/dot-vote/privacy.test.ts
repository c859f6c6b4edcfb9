import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { startTestBackend, type TestBackend } from '../../../helpers/backend';
import { newId } from '../../../../shared/domain/ids';
import { dotVote } from '../../../../shared/boards/dot-vote/definition';
import { DotVoteDoc } from '../../../../shared/boards/dot-vote/model';
import { slotsFromRoster } from '../../../../shared/boards/dot-vote/results';

let t: TestBackend;
beforeEach(() => {
  t = startTestBackend();
});
afterEach(() => t.dispose());

const ROSTER = [
  ['Aino Asiakasedustaja', 'client-rep'],
  ['Pekka Perushoitaja', 'professional'],
  ['Liisa Lähihoitaja', 'professional'],
  ['Sami Sosiaalityöntekijä', 'professional'],
  ['Tuula Terapeutti', 'professional'],
  ['Olli Omistaja', 'process-owner'],
] as const;

describe('dot-vote privacy: ballots cannot be traced to a voter', () => {
  it('stores no member id or name and no casting order in the board, the undo history or the exports', async () => {
    const { id: workshopId } = await t.client.call('library.create', { title: 'Yksityisyys' });
    const { id: teamId } = await t.client.call('teams.create', { workshopId, team: { name: 'Tiimi' } });
    const memberIds: string[] = [];
    for (const [name, role] of ROSTER)
      memberIds.push((await t.client.call('members.create', { workshopId, teamId, member: { name, role } })).id);
    const options = Array.from({ length: 9 }, (_, i) => ({
      id: newId(),
      text: `Vaihtoehto ${i + 1}`,
      source: null,
      sourceBoardName: '',
      sourceGroup: '',
    }));
    const { id: boardId } = await t.client.call('boards.create', {
      workshopId,
      teamId,
      kind: 'dot-vote',
      name: 'Äänestys',
      init: [
        { type: 'addOptions', options },
        {
          type: 'setRules',
          roundId: 'round-1',
          rules: {
            dotsPerVoter: 3,
            maxPerOption: 2,
            collection: 'laptop',
            voters: slotsFromRoster(ROSTER.map((r) => r[1])),
            hideUntilReveal: true,
            cutoff: 3,
          },
        },
        { type: 'startVoting', roundId: 'round-1' },
      ],
    });

    // The voters vote in roster order (the worst case: the order is known to everyone at the table).
    const castOrder: string[] = [];
    for (const [i, [, role]] of ROSTER.entries()) {
      const id = newId();
      castOrder.push(id);
      const dots = Array.from({ length: 9 }, (_, k) => (k === i || k === (i + 3) % 9 ? 1 : 0));
      await t.client.call('boards.apply', {
        workshopId,
        id: boardId,
        command: { type: 'castBallot', roundId: 'round-1', ballot: { id, role, dots } },
      });
    }
    await t.client.call('boards.apply', { workshopId, id: boardId, command: { type: 'reveal', roundId: 'round-1' } });

    const board = await t.client.call('boards.get', { workshopId, id: boardId });
    const doc = DotVoteDoc.parse(board.doc);
    const ballots = doc.rounds[0]!.ballots;
    // Canonical order (by random id), shape limited to id, role and dots.
    expect(ballots.map((b) => b.id)).toEqual([...castOrder].sort());
    for (const b of ballots) expect(Object.keys(b).sort()).toEqual(['dots', 'id', 'role']);

    // Inspect the raw file: every history row and the stored document.
    const exported = await t.client.call('workshop.exportFile', { workshopId });
    const saved = await t.client.call('files.save', { token: exported.token });
    if (saved.kind !== 'saved') throw new Error('expected a saved file');
    const db = new Database(saved.path, { readonly: true });
    const rows = db.prepare('SELECT seq, at, label, changes FROM history ORDER BY seq').all() as {
      seq: number;
      at: string;
      label: string;
      changes: string;
    }[];
    const stored = (db.prepare('SELECT doc FROM boards WHERE id = ?').get(boardId) as { doc: string }).doc;
    db.close();

    // All six casts are folded into ONE history row that holds whole-document states only: no row per voter, so
    // the history cannot tell which ballot was cast first even when everyone saw the order at the table.
    const castRows = rows.filter((r) => r.label === 'boards.dot-vote.commands.castBallot');
    expect(castRows).toHaveLength(1);
    const forbidden = [...memberIds, ...ROSTER.map((r) => r[0])];
    // Every row that touches the vote (its creation, the folded casts, the reveal); member rows are the roster itself.
    const voteRows = rows.filter((r) => r.changes.includes(boardId));
    expect(voteRows.length).toBe(rows.length - 1 - ROSTER.length);
    for (const text of [stored, ...voteRows.map((r) => r.changes)]) {
      for (const f of forbidden) expect(text).not.toContain(f);
    }
    const [folded] = JSON.parse(castRows[0]!.changes) as {
      t: string;
      patches: { op: string; path: unknown[] }[];
      inverse: { op: string; path: unknown[] }[];
    }[];
    expect(folded?.patches).toEqual([expect.objectContaining({ op: 'replace', path: [] })]);
    expect(folded?.inverse).toEqual([expect.objectContaining({ op: 'replace', path: [] })]);
    // Each ballot id appears in exactly the same history rows as every other: nothing orders them.
    const rowsWith = (id: string) =>
      rows
        .filter((r) => r.changes.includes(id))
        .map((r) => r.seq)
        .join(',');
    const signatures = new Set(castOrder.map(rowsWith));
    expect(signatures.size).toBe(1);

    // The Excel sheet carries only totals by role: no ballot ids, no member names.
    const sheet = dotVote.toSheets(doc, { boardId, boardName: 'Äänestys', teamId, teamName: 'Tiimi' });
    const cells = JSON.stringify(sheet);
    for (const id of castOrder) expect(cells).not.toContain(id);
    for (const f of forbidden) expect(cells).not.toContain(f);

    // The JSON package: the board document again carries ballots only by random id and role.
    const pkg = await t.client.call('workshop.exportPackage', { workshopId });
    const pkgSaved = await t.client.call('files.save', { token: pkg.token });
    if (pkgSaved.kind !== 'saved') throw new Error('expected a saved file');
    const { readFileSync } = await import('node:fs');
    const json = JSON.parse(readFileSync(pkgSaved.path, 'utf8')) as {
      workshop: { boards: { id: string; doc: unknown }[] };
    };
    const pkgDoc = JSON.stringify(json.workshop.boards.find((b) => b.id === boardId)?.doc);
    for (const id of memberIds) expect(pkgDoc).not.toContain(id);
    expect(pkgDoc).not.toContain('Aino');
  });

  it('undo and redo treat a run of cast ballots as one folded step, and a restart keeps the vote', async () => {
    const { id: workshopId } = await t.client.call('library.create', { title: 'Kumoa' });
    const { id: teamId } = await t.client.call('teams.create', { workshopId, team: { name: 'Tiimi' } });
    const options = Array.from({ length: 3 }, (_, i) => ({
      id: `o${i}`,
      text: `V${i}`,
      source: null,
      sourceBoardName: '',
      sourceGroup: '',
    }));
    const { id } = await t.client.call('boards.create', {
      workshopId,
      teamId,
      kind: 'dot-vote',
      name: 'Ä',
      init: [
        { type: 'addOptions', options },
        {
          type: 'setRules',
          roundId: 'round-1',
          rules: {
            dotsPerVoter: 1,
            maxPerOption: 1,
            collection: 'laptop',
            voters: { mode: 'anonymous', count: 3 },
            hideUntilReveal: true,
            cutoff: 1,
          },
        },
        { type: 'startVoting', roundId: 'round-1' },
      ],
    });
    for (const b of ['c', 'a', 'b'])
      await t.client.call('boards.apply', {
        workshopId,
        id,
        command: { type: 'castBallot', roundId: 'round-1', ballot: { id: b, role: '', dots: [1, 0, 0] } },
      });
    // The casts are one folded step: undo takes back the whole run of ballots, redo brings it back in canonical order.
    await t.client.call('history.undo', { workshopId });
    let doc = DotVoteDoc.parse((await t.client.call('boards.get', { workshopId, id })).doc);
    expect(doc.rounds[0]!.ballots).toEqual([]);
    expect(doc.rounds[0]!.status).toBeDefined();
    await t.client.call('history.redo', { workshopId });
    t = t.restart();
    doc = DotVoteDoc.parse((await t.client.call('boards.get', { workshopId, id })).doc);
    expect(doc.rounds[0]!.ballots.map((b) => b.id)).toEqual(['a', 'b', 'c']);
    // An ordinary edit after the casts (the reveal) is its own step: undoing it leaves the ballots in place.
    const before = doc.rounds[0]!.status;
    await t.client.call('boards.apply', { workshopId, id, command: { type: 'reveal', roundId: 'round-1' } });
    await t.client.call('history.undo', { workshopId });
    doc = DotVoteDoc.parse((await t.client.call('boards.get', { workshopId, id })).doc);
    expect(doc.rounds[0]!.ballots.map((b) => b.id)).toEqual(['a', 'b', 'c']);
    expect(doc.rounds[0]!.status).toBe(before);
  });
});
