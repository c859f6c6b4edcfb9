import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laneLabelLines } from '../../renderer/src/boards/process-map/elements';
import { laneRailLines } from '../../renderer/src/boards/process-map/LaneRail';
import { measureText } from '../../shared/picture/svg';
import { LANE } from '../../shared/boards/process-map/geometry';

const WORDS = ['Päihdepoliklinikka', 'Nuorisopsykiatria', 'Nuorten', 'mielenterveys-', 'ja', 'Sosiaalitoimi', 'Koulu'];

describe('process map lane names on the canvas', () => {
  it('break only at spaces when every word fits: the lane header and the pinned rail', () => {
    expect(laneLabelLines('Päihdepoliklinikka')).toEqual(['Päihdepoliklinikka']);
    expect(laneRailLines('Päihdepoliklinikka')).toEqual(['Päihdepoliklinikka']);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }), (words) => {
        const name = words.join(' ');
        for (const lines of [laneLabelLines(name), laneRailLines(name)]) {
          // Every word whole on one line, in order: no break inside a word.
          expect(lines.join(' ').split(' ')).toEqual(words);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('hyphenate only a word wider than the header itself, by the Finnish patterns', () => {
    const word = 'Perusterveydenhuoltoyksikkö';
    expect(measureText(word, { size: 18, bold: true })).toBeGreaterThan(LANE.headerWidth - 42);
    const lines = laneLabelLines(word);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('').replace(/-/g, '')).toBe(word);
    expect(lines[0]!.endsWith('-')).toBe(true);
  });
});
