import { useEffect, useState } from 'react';
import type { Measure } from '../../../../shared/boards/fishbone/layout';
import { estimateWidth } from '../../../../shared/boards/fishbone/layout';

export const BOARD_FONT = "'Inter Variable', Inter, system-ui, sans-serif";

let ctx: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

/** Real text widths from a canvas in the board font (cached); the shared estimate where no canvas exists. */
const measureText: Measure = (text, fontSize, bold) => {
  if (ctx === undefined)
    ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  if (!ctx) return estimateWidth(text, fontSize, bold);
  const key = `${fontSize}|${bold ? 1 : 0}|${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  ctx.font = `${bold ? 700 : 400} ${fontSize}px ${BOARD_FONT}`;
  // A little slack so Konva's own rendering never spills past the box.
  const w = ctx.measureText(text).width * 1.03;
  if (cache.size > 20_000) cache.clear();
  cache.set(key, w);
  return w;
};

let current: Measure = (text, size, bold) => measureText(text, size, bold);
let fontsReady = false;

/**
 * The measure function for layouts. It is replaced (new identity, fresh caches, including the layout's wrap cache
 * keyed by it) once the web font has loaded, so text measured with the fallback font is wrapped again.
 */
export function useBoardMeasure(): Measure {
  const [measure, setMeasure] = useState<Measure>(() => current);
  useEffect(() => {
    let live = true;
    if (fontsReady) return;
    void document.fonts?.ready.then(() => {
      if (!fontsReady) {
        fontsReady = true;
        cache.clear();
        current = (text, size, bold) => measureText(text, size, bold);
      }
      if (live) setMeasure(() => current);
    });
    return () => {
      live = false;
    };
  }, []);
  return measure;
}
