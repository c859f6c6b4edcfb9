import { useLayoutEffect, useState, type RefObject } from 'react';

export interface ElementSize {
  width: number;
  height: number;
}

const ZERO: ElementSize = { width: 0, height: 0 };

/**
 * An element's layout size (clientWidth × clientHeight, so a CSS scale on an ancestor does not change it), measured
 * before the first paint and again at most once per frame while it resizes: a window drag fires ResizeObserver many
 * times a frame, and one state update per frame keeps a big board from re-rendering on each.
 *
 * `min` floors both sides. Until the first measure the size is `initial` (`null` tells "not measured yet").
 */
export function useElementSize(
  ref: RefObject<HTMLElement | null>,
  min?: ElementSize,
  initial?: ElementSize,
): ElementSize;
export function useElementSize(
  ref: RefObject<HTMLElement | null>,
  min: ElementSize | undefined,
  initial: null,
): ElementSize | null;
export function useElementSize(
  ref: RefObject<HTMLElement | null>,
  min: ElementSize = ZERO,
  initial: ElementSize | null = min,
): ElementSize | null {
  const [size, setSize] = useState<ElementSize | null>(initial);
  const minW = min.width;
  const minH = min.height;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const width = Math.max(minW, el.clientWidth);
      const height = Math.max(minH, el.clientHeight);
      setSize((s) => (s && s.width === width && s.height === height ? s : { width, height }));
    };
    measure();
    const ro = new ResizeObserver(() => {
      if (!frame) frame = requestAnimationFrame(measure);
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [ref, minW, minH]);

  return size;
}
