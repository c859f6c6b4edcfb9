import { describe, expect, it } from 'vitest';
import { patchDoc, runCommand } from '../../../../shared/boards/run';
import { driverDiagram } from '../../../../shared/boards/driver-diagram/definition';
import {
  DriverDiagramCommand,
  DRIVER_LIMITS,
  newNode,
  type DriverDiagramDoc,
} from '../../../../shared/boards/driver-diagram/model';
import { findInDiagram, pastedBoxTexts, pasteBoxesCommand } from '../../../../shared/boards/driver-diagram/paste';

function ids(prefix = 'p') {
  let i = 0;
  return () => `${prefix}${++i}`;
}

function diagram(): DriverDiagramDoc {
  const d = driverDiagram.createEmpty();
  d.aim.statement = 'Päivystyksen jonot puoleen';
  d.nodes = [
    newNode('a', 'primary', null, 'Sujuva ohjaus'),
    newNode('a1', 'secondary', 'a', 'Päivystäjä tavoitettavissa'),
    newNode('b', 'primary', null, 'Yhteinen kirjaaminen'),
  ];
  return d;
}
const run = (doc: DriverDiagramDoc, cmd: DriverDiagramCommand) =>
  runCommand(driverDiagram, doc, DriverDiagramCommand.parse(cmd));

describe('driver diagram: pasting lines as boxes', () => {
  it('puts the lines after the selected box at its level, in order, as one undo step', () => {
    const doc = diagram();
    const texts = pastedBoxTexts('- Paivystys ilman pisteitä\n\n• Soitto ennen kotiutusta\n');
    const r = pasteBoxesCommand(doc, texts, doc.nodes[1], ids());
    const out = run(doc, r.command!);
    expect(out.doc.nodes.map((n) => `${n.id}:${n.level}:${n.parentId}`)).toEqual([
      'a:primary:null',
      'a1:secondary:a',
      'p1:secondary:a',
      'p2:secondary:a',
      'b:primary:null',
    ]);
    expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
  });

  it('with the aim selected adds primary drivers last; a full diagram gives no command', () => {
    const doc = diagram();
    const out = run(doc, pasteBoxesCommand(doc, ['Osaaminen'], undefined, ids()).command!).doc;
    expect(out.nodes.at(-1)).toMatchObject({ id: 'p1', level: 'primary', parentId: null, text: 'Osaaminen' });
    const full = {
      ...doc,
      nodes: Array.from({ length: DRIVER_LIMITS.nodes }, (_, i) => newNode(`n${i}`, 'primary', null, `${i}`)),
    };
    const r = pasteBoxesCommand(full, ['Yksi liikaa'], undefined, ids());
    expect(r.command).toBeNull();
    expect(r.skipped).toBe(1);
  });
});

describe('driver diagram: find', () => {
  it('finds the aim and boxes in diagram order, with ä and ö as letters of their own', () => {
    const doc = diagram();
    expect(findInDiagram(doc, 'PÄIVYST', 'aim')).toEqual(['aim', 'a1']);
    expect(findInDiagram(doc, 'kirjaaminen', 'aim')).toEqual(['b']);
    expect(findInDiagram(doc, ' ', 'aim')).toEqual([]);
  });
});
