import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Storyboard } from '../../../shared/storyboard/model';
import { processMapRows, type MapRow } from '../../../shared/boards/process-map/picture';
import { STEP_WIDTHS } from '../../../shared/boards/process-map/drawing';
import type { HyphenLang } from '../../../shared/picture/hyphenate';
import { sharedTranslate } from '../i18n/keys';

/** The map pages' stage: the storyboard sheet's width; rows are drawn at this width and scaled with the page. */
const STAGE = { width: 1600, height: 1109 } as const;
/**
 * Map text in stage px. On A4 landscape (279 mm printable width) 1 stage px is 0.49 pt, so 18.5 px prints at 9 pt;
 * A3 is 1.41 times larger.
 */
const MAP_TEXT_PX = 18.5;
const HEADING_PX = 70;
/** A row's bottom margin (6 CSS px) in stage px, with room to spare. */
const ROW_GAP = 10;

/** Rows grouped into pages in order, each page no taller than the stage (a row taller than a page gets one alone). */
function paginate(rows: MapRow[]): MapRow[][] {
  const pages: MapRow[][] = [];
  let used = Infinity;
  for (const r of rows) {
    if (used + r.height > STAGE.height - HEADING_PX) {
      pages.push([]);
      used = 0;
    }
    pages[pages.length - 1]!.push(r);
    used += r.height + ROW_GAP;
  }
  return pages;
}

/**
 * How much a page's stretches are enlarged to use the page (never below 1, so text stays at least 9 pt): as much as
 * the widest stretch and the rows' total height allow.
 */
function zoomOf(rows: readonly MapRow[]): number {
  const map = rows.filter((r) => r.stepIds.length > 0);
  if (map.length === 0) return 1;
  const fixed = rows.filter((r) => r.stepIds.length === 0).reduce((h, r) => h + r.height + ROW_GAP, 0);
  const grow = map.reduce((h, r) => h + r.height, 0);
  const room = STAGE.height - HEADING_PX - fixed - map.length * ROW_GAP;
  const widest = Math.max(...map.map((r) => r.width));
  return Math.max(1, Math.min(STAGE.width / widest, room / grow));
}

/**
 * The team's current-state map, whole and readable at print size, as pages after the storyboard sheet: stretches of
 * the flow across all lanes, stacked in flow order, every text 9 pt on A4. The SVG is inline so the PDF keeps the
 * step texts as text (searchable, copyable). `pageClass` makes each page a printed page (the print route).
 */
export function MapPages({
  sb,
  theme = 'light',
  pageClass,
}: {
  sb: Storyboard;
  theme?: 'light' | 'high-contrast';
  pageClass?: string;
}) {
  const { t, i18n } = useTranslation();
  const pm = sb.processMap;
  const lang: HyphenLang = i18n.language === 'sv' ? 'sv' : i18n.language === 'en' ? 'en' : 'fi';
  const pages = useMemo(() => {
    if (!pm || pm.doc.nodes.length === 0) return [];
    try {
      // The step width that needs the fewest pages (narrow boxes: more steps per row; wide: lower lanes). A big map
      // takes the middle width at once: each try is a layout run.
      const widths = pm.doc.nodes.length > 150 ? [STEP_WIDTHS[1]] : STEP_WIDTHS;
      let best: MapRow[][] | null = null;
      for (const stepWidth of widths) {
        const rows = processMapRows(pm.doc, pm.board, {
          width: STAGE.width,
          fontPx: MAP_TEXT_PX,
          maxRowHeight: STAGE.height - HEADING_PX,
          theme,
          t: sharedTranslate,
          lang,
          stepWidth,
        });
        const pages = paginate(rows);
        if (!best || pages.length < best.length) best = pages;
      }
      return best ?? [];
    } catch {
      return [];
    }
    // i18n.language: redraw in the new language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pm, theme, i18n, i18n.language]);
  if (!pm || pages.length === 0) return null;
  return (
    <>
      {pages.map((rows, i) => (
        <section
          key={i}
          className={`sb-map-page ${pageClass ?? ''}`}
          aria-label={t('storyboard.mapPage', { name: pm.board.name, page: i + 1, pages: pages.length })}
        >
          <div className="sb-map-stage">
            <h2 className="sb-h2 sb-map-page-title">
              {t('storyboard.mapPage', { name: pm.board.name, page: i + 1, pages: pages.length })}
            </h2>
            {rows.map((r, k) => {
              // The legend keeps its size; stretches of the map grow with the page's zoom.
              const z = r.stepIds.length > 0 ? zoomOf(rows) : 1;
              return (
                // Our own picture: every user text is escaped by the picture toolkit (shared/picture/svg.ts).
                <div
                  key={k}
                  className="sb-map-row"
                  style={{ width: `${((r.width * z) / STAGE.width) * 100}%`, aspectRatio: `${r.width} / ${r.height}` }}
                  dangerouslySetInnerHTML={{ __html: r.svg }}
                />
              );
            })}
          </div>
        </section>
      ))}
    </>
  );
}
