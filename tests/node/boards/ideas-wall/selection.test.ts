import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { patchDoc, runCommand } from '../../../../shared/boards/run';
import { ideasWall } from '../../../../shared/boards/ideas-wall/definition';
import {
  IdeasWallCommand,
  IdeasWallDoc,
  type IdeaNote,
  type IdeasWallDoc as Doc,
} from '../../../../shared/boards/ideas-wall/model';
import {
  copyNotes,
  deleteNotesCommand,
  moveNotesCommand,
  pasteNotesClipCommand,
  readWallClip,
} from '../../../../shared/boards/ideas-wall/clipboard';

const note = (id: string, x: number, y: number, clusterId: string | null = null): IdeaNote => ({
  id,
  text: `Lappu ${id}`,
  color: 'yellow',
  authorRole: '',
  clusterId,
  x,
  y,
});

/** Four notes, two of them in a frame at (0,0)–(700,400). */
function wall(): Doc {
  return {
    clusters: [{ id: 'k', name: 'Ryhmä', x: 0, y: 0, width: 700, height: 400 }],
    notes: [note('a', 20, 60, 'k'), note('b', 250, 60, 'k'), note('c', 900, 60), note('d', 900, 300)],
  };
}
const run = (doc: Doc, cmd: IdeasWallCommand) => runCommand<Doc>(ideasWall, doc, IdeasWallCommand.parse(cmd));
const ids = (prefix: string) => {
  let n = 0;
  return () => `${prefix}${++n}`;
};

describe('ideas wall: many notes at once', () => {
  it('deletes chosen notes in one batch, undone by its inverse', () => {
    const doc = wall();
    const cmd = deleteNotesCommand(doc, ['d', 'a'])!;
    expect(cmd.type).toBe('batch');
    const out = run(doc, cmd);
    expect(out.doc.notes.map((n) => n.id)).toEqual(['b', 'c']);
    expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
    expect(ideasWall.commandLabel(cmd)).toBe('boardKit.batch.delete');
  });

  it('moves chosen notes together; a note whose centre leaves the frame leaves its cluster, one entering joins', () => {
    const doc = wall();
    const out = run(doc, moveNotesCommand(doc, ['b', 'c'], -500, 0)!);
    expect(out.doc.notes.find((n) => n.id === 'b')).toMatchObject({ x: -250, clusterId: null });
    expect(out.doc.notes.find((n) => n.id === 'c')).toMatchObject({ x: 400, clusterId: 'k' });
    expect(moveNotesCommand(doc, ['b'], 0, 0)).toBeNull();
  });

  it('copies notes in reading order; a paste keeps their arrangement with new ids at the origin', () => {
    const doc = wall();
    const c = copyNotes(doc, ['d', 'c', 'a'])!;
    expect(c.text).toBe('Lappu a\nLappu c\nLappu d');
    const read = readWallClip(JSON.stringify(c.clip));
    if (!read.ok) throw new Error(read.key);
    const r = pasteNotesClipCommand(doc, read.clip, { x: 2000, y: 1000 }, ids('n'));
    const out = run(doc, r.command!);
    const pasted = out.doc.notes.filter((n) => r.noteIds.includes(n.id));
    expect(pasted.map((n) => [n.text, n.x, n.y, n.clusterId])).toEqual([
      ['Lappu a', 2000, 1000, null],
      ['Lappu c', 2880, 1000, null],
      ['Lappu d', 2880, 1240, null],
    ]);
    expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
  });

  it('refuses a payload from a newer version', () => {
    expect(readWallClip(JSON.stringify({ app: 'lapimurtostudio', version: 3, kind: 'ideas-wall', notes: [] }))).toEqual(
      { ok: false, key: 'boardKit.clipboard.newerVersion' },
    );
  });

  it('property: delete, move and paste of any chosen notes give a valid doc that the inverse restores', () => {
    fc.assert(
      fc.property(
        fc.subarray(['a', 'b', 'c', 'd'], { minLength: 1 }),
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: -2000, max: 2000 }),
        (chosen, dx, dy) => {
          const doc = wall();
          const cmds = [
            deleteNotesCommand(doc, chosen),
            moveNotesCommand(doc, chosen, dx, dy),
            pasteNotesClipCommand(doc, copyNotes(doc, chosen)!.clip, { x: dx, y: dy }, ids('x')).command,
          ];
          for (const cmd of cmds) {
            if (!cmd) continue;
            const out = run(doc, cmd);
            expect(IdeasWallDoc.safeParse(out.doc).success).toBe(true);
            expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
          }
        },
      ),
    );
  });
});
