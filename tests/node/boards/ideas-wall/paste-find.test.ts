import { describe, expect, it } from 'vitest';
import { ideasWall } from '../../../../shared/boards/ideas-wall/definition';
import { findInWall } from '../../../../shared/boards/ideas-wall/find';
import type { IdeasWallDoc } from '../../../../shared/boards/ideas-wall/model';
import { MAX_WALL_NOTES, pasteNotesCommand } from '../../../../shared/boards/ideas-wall/paste';
import { patchDoc, runCommand } from '../../../../shared/boards/run';
import { MAX_PASTED_ITEMS, pastedLines } from '../../../../shared/text/paste-lines';

function ids() {
  let i = 0;
  return () => `p${++i}`;
}

const wall = (): IdeasWallDoc => ({
  notes: [{ id: 'a', text: 'Nuoren ääni kuuluviin', color: 'yellow', authorRole: '', clusterId: 'c', x: 40, y: 80 }],
  clusters: [{ id: 'c', name: 'Yhteistyö ja tiedonkulku', x: 0, y: 0, width: 900, height: 400 }],
});

describe('ideas wall: pasting a list', () => {
  it('makes one note per non-empty line in reading order, bullets dropped, as one undo step', () => {
    const doc = wall();
    const lines = pastedLines('- Ajanvaraus puhelimella\r\n\n• Odotus kolme viikkoa\n  \n2) Tieto ei kulje\n', 2000);
    expect(lines).toEqual(['Ajanvaraus puhelimella', 'Odotus kolme viikkoa', 'Tieto ei kulje']);
    const r = pasteNotesCommand(doc, lines, { x: 1000, y: 100 }, 'blue', ids());
    const out = runCommand(ideasWall, doc, ideasWall.commandSchema.parse(r.command));
    const added = out.doc.notes.slice(1);
    expect(added.map((n) => n.text)).toEqual(lines);
    expect(added.every((n) => n.color === 'blue' && n.clusterId === null)).toBe(true);
    expect(added[1]!.x).toBeGreaterThan(added[0]!.x);
    expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
  });

  it('a note landing inside a frame belongs to that cluster', () => {
    const r = pasteNotesCommand(wall(), ['Yksi'], { x: 300, y: 100 }, 'yellow', ids());
    expect(r.command).toMatchObject({ type: 'addNotes', notes: [{ clusterId: 'c' }] });
  });

  it(`5,000 lines: the first ${MAX_PASTED_ITEMS} become notes and the rest are counted; a full wall takes none`, () => {
    const many = Array.from({ length: 5000 }, (_, i) => `Rivi ${i + 1}`);
    const r = pasteNotesCommand(wall(), many, { x: 0, y: 0 }, 'yellow', ids());
    expect(r.noteIds).toHaveLength(MAX_PASTED_ITEMS);
    expect(r.skipped).toBe(5000 - MAX_PASTED_ITEMS);
    const full: IdeasWallDoc = {
      notes: Array.from({ length: MAX_WALL_NOTES }, (_, i) => ({ ...wall().notes[0]!, id: `n${i}`, clusterId: null })),
      clusters: [],
    };
    expect(pasteNotesCommand(full, ['x'], { x: 0, y: 0 }, 'yellow', ids())).toEqual({
      command: null,
      noteIds: [],
      skipped: 1,
    });
  });

  it('refuses a list with an id already on the wall and changes nothing', () => {
    const doc = wall();
    const cmd = ideasWall.commandSchema.parse({
      type: 'addNotes',
      notes: [{ ...doc.notes[0]!, id: 'new' }, { ...doc.notes[0]! }],
    });
    expect(() => runCommand(ideasWall, doc, cmd)).toThrow();
    expect(doc.notes).toHaveLength(1);
  });
});

describe('ideas wall: find', () => {
  it('finds note text and cluster names, ä/ö as letters, top to bottom', () => {
    const doc = wall();
    doc.notes.push({
      id: 'b',
      text: 'Aani ilman pisteitä',
      color: 'pink',
      authorRole: '',
      clusterId: null,
      x: 0,
      y: 600,
    });
    expect(findInWall(doc, 'ÄÄNI')).toEqual([{ kind: 'note', id: 'a' }]);
    expect(findInWall(doc, 'aani')).toEqual([{ kind: 'note', id: 'b' }]);
    expect(findInWall(doc, 'tiedonkulku')).toEqual([{ kind: 'cluster', id: 'c' }]);
    expect(findInWall(doc, ' ')).toEqual([]);
  });
});
