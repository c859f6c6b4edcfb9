import { useLayoutEffect, useRef, useState } from 'react';
import type { Storyboard } from '../../../shared/storyboard/model';
import { SHEET_SIZE, StoryboardSheet, type SheetVariant } from './StoryboardSheet';
import './storyboard.css';

/**
 * The sheet laid out on its fixed stage and scaled to its box: `width` fills the box's width (the frame grows to the
 * sheet's height; the coach's preview), `contain` fits inside the box in both directions (one printed page), `actual`
 * shows it at its design size (the preview at 100 %, scrolled). Content
 * taller than the stage (a long aim, many cycles) is scaled down with it, so it never spills onto a second page.
 */
export function ScaledSheet({
  sb,
  variant,
  fit,
  date,
  theme,
  onLayout,
}: {
  sb: Storyboard;
  variant: SheetVariant;
  fit: 'width' | 'contain' | 'actual';
  date: string;
  theme?: 'light' | 'high-contrast';
  onLayout?: (scale: number) => void;
}) {
  const frame = useRef<HTMLDivElement | null>(null);
  const [layout, setLayout] = useState<{ scale: number; height: number } | null>(null);

  useLayoutEffect(() => {
    const el = frame.current;
    if (!el) return;
    const measure = () => {
      const sheet = el.firstElementChild as HTMLElement | null;
      if (!sheet) return;
      const stage = SHEET_SIZE[variant];
      const naturalH = Math.max(stage.height, sheet.scrollHeight);
      const box = el.getBoundingClientRect();
      const byWidth = box.width / stage.width;
      const scale = fit === 'actual' ? 1 : fit === 'width' ? byWidth : Math.min(byWidth, box.height / naturalH);
      setLayout((cur) =>
        cur && Math.abs(cur.scale - scale) < 1e-4 && cur.height === naturalH ? cur : { scale, height: naturalH },
      );
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    const sheet = el.firstElementChild;
    if (sheet) ro.observe(sheet);
    return () => ro.disconnect();
  }, [variant, fit, sb]);

  useLayoutEffect(() => {
    if (layout) onLayout?.(layout.scale);
  }, [layout, onLayout]);

  const style =
    fit === 'actual' && layout
      ? { height: layout.height, width: SHEET_SIZE[variant].width }
      : fit === 'width' && layout
        ? { height: Math.ceil(layout.height * layout.scale) }
        : undefined;
  return (
    <div className="sb-frame" ref={frame} style={style}>
      <div
        className="sb-sheet-holder"
        style={{
          transform: layout ? `scale(${layout.scale})` : undefined,
          transformOrigin: '0 0',
          position: 'absolute',
          left: 0,
          top: 0,
          visibility: layout ? 'visible' : 'hidden',
        }}
      >
        <StoryboardSheet sb={sb} variant={variant} date={date} {...(theme ? { theme } : {})} />
      </div>
    </div>
  );
}
