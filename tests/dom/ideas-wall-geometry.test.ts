import { describe, expect, it } from 'vitest';
import { NOTE_SIZE, type IdeasWallDoc } from '../../shared/boards/ideas-wall/model';
import {
  approxMeasure,
  clusterAtNote,
  contentBounds,
  fitViewport,
  noteLayout,
  NOTE_TEXT,
  wrapText,
  zoomToBox,
  type MeasureText,
} from '../../renderer/src/boards/ideas-wall/geometry';

/** Every character 10 px wide: easy to work out by hand. */
const mono: MeasureText = (text) => text.length * 10;

describe('ideas wall note text layout', () => {
  it('wraps at spaces and hyphens like Konva, cutting a single long word', () => {
    expect(wrapText('aaa bbb ccc', 70, 20, mono)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapText('aaa-bbbbbb', 60, 20, mono)).toEqual(['aaa-', 'bbbbbb']);
    expect(wrapText('abcdefghij', 40, 20, mono)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('one\ntwo', 100, 20, mono)).toEqual(['one', 'two']);
    // A break right after a fitting word keeps the word on the line.
    expect(wrapText('abcd efgh', 40, 20, mono)).toEqual(['abcd', 'efgh']);
  });

  it('keeps the standard note for short text, at full size', () => {
    const l = noteLayout({ text: 'Lyhyt', authorRole: 'coach' }, approxMeasure);
    expect(l).toEqual({ fontSize: NOTE_TEXT.maxSize, height: NOTE_SIZE.height, lines: 1 });
  });

  it('shrinks the text a step (never below 18 px) before growing the note', () => {
    // 176 px inner width; at 10 px a char: 17 chars a line. Four lines at 20 px need 24 + 96 = 120 <= 130.
    const four = noteLayout({ text: 'x'.repeat(17 * 4), authorRole: '' }, mono);
    expect(four.height).toBe(NOTE_SIZE.height);
    const long = noteLayout({ text: 'x'.repeat(17 * 12), authorRole: 'coach' }, mono);
    expect(long.fontSize).toBe(NOTE_TEXT.minSize);
    expect(long.height).toBeGreaterThan(NOTE_SIZE.height);
    expect(long.height).toBe(Math.ceil(24 + long.lines * 18 * 1.2 + 18 + 6));
    for (const text of ['', 'a', 'x'.repeat(500), 'sana '.repeat(100)]) {
      const l = noteLayout({ text, authorRole: 'client-rep' }, approxMeasure, 'Tyhjä lappu');
      expect(l.fontSize).toBeGreaterThanOrEqual(18);
      expect(l.height).toBeGreaterThanOrEqual(NOTE_SIZE.height);
    }
  });
});

describe('ideas wall geometry with grown notes', () => {
  const doc: IdeasWallDoc = {
    notes: [{ id: 'a', text: '', color: 'yellow', authorRole: '', clusterId: null, x: 0, y: 0 }],
    clusters: [{ id: 'c', name: 'C', x: 0, y: 150, width: 400, height: 300 }],
  };

  it('finds the cluster under the note centre for its real height', () => {
    expect(clusterAtNote(doc, 0, 0)).toBeNull();
    expect(clusterAtNote(doc, 0, 0, 320)).toBe('c');
  });

  it('fits the bounds of grown notes', () => {
    expect(contentBounds(doc, () => 600)).toEqual({ x: 0, y: 0, width: 400, height: 600 });
    expect(fitViewport(doc, 800, 400, 1, 0.25, () => 600).scale).toBeLessThan(0.6);
  });

  it('zooms to a cluster at 100 % or more', () => {
    const c = doc.clusters[0]!;
    expect(zoomToBox(c, 1200, 700).scale).toBeGreaterThan(1);
    expect(zoomToBox({ ...c, width: 5000 }, 1200, 700).scale).toBe(1);
  });
});
