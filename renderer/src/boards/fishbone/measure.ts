import { useEffect, useState } from 'react';
import type { Measure } from '../../../../shared/boards/fishbone/layout';
import { estimateWidth } from '../../../../shared/boards/fishbone/layout';

export const BOARD_FONT = "'Inter Variable', Inter, system-ui, sans-serif";

let ctx: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

/** Real text widths from a canvas in the board font (cached); the shared estimate where no canvas exists. */
export const measureText: Measure = (text, fontSize, bold) => {
  if (ctx === undefined) ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
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

/** Bumps once the web font has loaded, so layouts measured with the fallback font are redone. */
export function useFontEpoch(): number {
  const [epoch, setEpoch] = useState(0);
  useEffect(() => {
    let live = true;
    void document.fonts?.ready.then(() => {
      if (!live) return;
      cache.clear();
      setEpoch((e) => e + 1);
    });
    return () => {
      live = false;
    };
  }, []);
  return epoch;
}
