import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NODE_KINDS, NODE_SIZE } from '../../../../shared/boards/process-map/model';
import {
  STEP_FONT,
  STEP_LINE_HEIGHT,
  stepHeight,
  stepInsets,
  stepLines,
} from '../../../../shared/boards/process-map/step-text';
import { autoLayout } from '../../../../shared/boards/process-map/layout';
import { laneBands } from '../../../../shared/boards/process-map/geometry';
import { measureText } from '../../../../shared/picture/svg';
import { finnishMap } from '../../../helpers/finnish-maps';
import { chainMap } from './helpers';

const WORDS = [
  'Ajanvaraus',
  'vastaanotolle',
  'nuorisopsykiatrian',
  'ja',
  'lähete',
  'Päihdepoliklinikka',
  'x',
  'sosiaali-',
  'terveydenhuolto',
];

describe('canvas step boxes (wrapped, never cut)', () => {
  it('wraps every text into lines that fit the box and grows the box to hold them (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NODE_KINDS),
        fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }),
        (kind, words) => {
          const text = words.join(' ');
          const lines = stepLines(kind, text);
          const [top, right, bottom, left] = stepInsets(kind);
          for (const line of lines)
            expect(measureText(line, STEP_FONT)).toBeLessThanOrEqual(NODE_SIZE.width - left - right + 0.01);
          expect(lines.join(' ')).not.toContain('…');
          // Every word is there, in order (compared without spaces and hyphens: wrapping may add either).
          const squash = (s: string) => s.replace(/[\s-]+/g, '');
          expect(squash(lines.join(' '))).toBe(squash(text));
          const h = stepHeight({ kind, text });
          expect(h).toBeGreaterThanOrEqual(NODE_SIZE.height);
          expect(h).toBeGreaterThanOrEqual(lines.length * STEP_LINE_HEIGHT + top + bottom - 0.01);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps a short text in the standard box and makes a long one taller', () => {
    expect(stepHeight({ kind: 'step', text: 'Ajanvaraus' })).toBe(NODE_SIZE.height);
    const long = 'Perheen tapaaminen, jossa laaditaan yhteinen hoito- ja palvelusuunnitelma ja sovitaan seurannasta';
    expect(stepLines('step', long).length).toBeGreaterThan(4);
    expect(stepHeight({ kind: 'step', text: long })).toBeGreaterThan(NODE_SIZE.height);
    expect(stepHeight({ kind: 'decision', text: long })).toBeGreaterThan(stepHeight({ kind: 'step', text: long }));
  });

  it('auto-layout gives ELK the real heights: no two steps overlap and every step is inside its lane', () => {
    for (const doc of [finnishMap(15, 4), chainMap(12, 3)]) {
      doc.nodes.forEach((n, i) => (n.text = i % 3 === 0 ? `${n.text} ${'ja palvelusuunnitelma '.repeat(3)}` : n.text));
      const placed = autoLayout(doc);
      const laid = { ...doc, nodes: doc.nodes.map((n) => ({ ...n, ...placed.find((p) => p.id === n.id)! })) };
      const bands = laneBands(laid);
      const boxes = laid.nodes.map((n) => {
        const band = bands.find((b) => b.lane.id === n.laneId)!;
        const y = band.top + n.y;
        expect(y + stepHeight(n)).toBeLessThanOrEqual(band.top + band.height + 0.5);
        return { id: n.id, x: n.x, y, h: stepHeight(n) };
      });
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const overlap =
            a.x < b.x + NODE_SIZE.width && b.x < a.x + NODE_SIZE.width && a.y < b.y + b.h && b.y < a.y + a.h;
          expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
        }
      }
    }
  });
});
