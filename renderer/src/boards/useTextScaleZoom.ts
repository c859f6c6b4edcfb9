import { useEffect, useLayoutEffect, useRef } from 'react';
import { useApp } from '../app/store';

/**
 * Zooms a board by the same factor as the text size (A+ / A− / Ctrl+0), so the board's text grows with the menus'
 * text. A board's canvas draws in its own units, which the root font size does not reach.
 */
export function useTextScaleZoom(zoomBy: (factor: number) => void): void {
  const scale = useApp((s) => s.settings.fontScale);
  const previous = useRef(scale);
  const latest = useRef(zoomBy);
  useLayoutEffect(() => {
    latest.current = zoomBy;
  });
  useEffect(() => {
    if (previous.current === scale) return;
    const factor = scale / previous.current;
    previous.current = scale;
    latest.current(factor);
  }, [scale]);
}
