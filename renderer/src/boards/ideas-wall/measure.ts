import { useEffect, useMemo, useState } from 'react';
import { NOTE_SIZE, type IdeasWallDoc } from '../../../../shared/boards/ideas-wall/model';
import { NOTE_FONT } from './colors';
import { approxMeasure, noteLayout, type HeightOf, type MeasureText, type NoteLayout } from './geometry';

let ctx: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/** Line widths as Konva measures them: the same canvas font string (style, variant, size, family). */
export const canvasMeasure: MeasureText = (text, fontSize) => {
  if (ctx === undefined) {
    try {
      ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      ctx = null;
    }
  }
  if (!ctx) return approxMeasure(text, fontSize);
  const key = `${fontSize}|${text}`;
  const hit = widths.get(key);
  if (hit !== undefined) return hit;
  ctx.font = `normal normal ${fontSize}px ${NOTE_FONT.family}`;
  const w = ctx.measureText(text).width;
  widths.set(key, w);
  return w;
};

/** Bumps once the web font has loaded, so layouts measured with the fallback font are redone. */
function useFontEpoch(): number {
  const [epoch, setEpoch] = useState(0);
  useEffect(() => {
    let live = true;
    void document.fonts?.ready.then(() => {
      if (!live) return;
      widths.clear();
      setEpoch((e) => e + 1);
    });
    return () => {
      live = false;
    };
  }, []);
  return epoch;
}

/** Every note's text size and height (whole text shown), plus a height lookup for geometry. */
export function useNoteLayouts(
  doc: IdeasWallDoc,
  emptyLabel: string,
): { layouts: Map<string, NoteLayout>; heightOf: HeightOf } {
  const epoch = useFontEpoch();
  return useMemo(() => {
    void epoch;
    const layouts = new Map(doc.notes.map((n) => [n.id, noteLayout(n, canvasMeasure, emptyLabel)]));
    const heightOf: HeightOf = (id) => layouts.get(id)?.height ?? NOTE_SIZE.height;
    return { layouts, heightOf };
  }, [doc.notes, emptyLabel, epoch]);
}
