import { describe, expect, it } from 'vitest';
import { findInMap } from '../../../../shared/boards/process-map/find';
import { chainMap } from './helpers';

describe('process map: find', () => {
  const doc = chainMap(4, 1);
  doc.nodes[0]!.text = 'Nuori ottaa yhteyttä';
  doc.nodes[1]!.text = 'Päihdepoliklinikan arvio';
  doc.nodes[2]!.text = 'PAIHDE ilman pisteitä';
  doc.nodes[3]!.text = 'Hoito alkaa';
  doc.markers.push({
    id: 'm1',
    kind: 'delay',
    note: 'Jono päihdepalveluihin',
    target: { type: 'edge', id: 'e2' },
    links: [],
  });

  it('folds case but keeps ä/ö/å as letters, and walks hits in flow order with marker notes', () => {
    expect(findInMap(doc, 'PÄIHDE')).toEqual([
      { type: 'node', id: 'n1', nodeId: 'n1' },
      { type: 'marker', id: 'm1', nodeId: 'n2' },
    ]);
    expect(findInMap(doc, 'paihde').map((h) => h.id)).toEqual(['n2']);
    // A decomposed ä (a + combining diaeresis, as some programs paste it) is the same letter.
    expect(findInMap(doc, 'pa\u0308ihde').map((h) => h.id)).toEqual(['n1', 'm1']);
    expect(findInMap(doc, 'hoito alkaa').map((h) => h.id)).toEqual(['n3']);
    expect(findInMap(doc, '   ')).toEqual([]);
  });
});
