import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../shared/api/client';
import type { Board } from '../../../shared/domain/entities';
import { drawBoardSections } from '../../../shared/boards/pictures';
import type { PictureOptions } from '../../../shared/boards/picture';
import { call } from '../api';
import { useAudience } from './store';
import { boardKindName, sharedTranslate } from '../i18n/keys';
import { useElementSize } from '../components/useElementSize';

/** Smallest text on the projector, in px on the 1920x1080 stage. */
export const AUDIENCE_MIN_FONT_PX = 24;

export type ShownBoard = { status: 'loading' } | { status: 'error'; key: string } | { status: 'ready'; board: Board };

/**
 * A board of the shown workshop, kept current: refetched whenever a `workshop.changed` names it (or names no board,
 * as undo does). The last good board stays on screen while the next one loads, so the projector never flickers.
 */
export function useShownBoard(workshopId: string, boardId: string): ShownBoard {
  const [state, setState] = useState<ShownBoard>({ status: 'loading' });
  const [tick, setTick] = useState(0);

  useEffect(
    () =>
      useAudience.subscribe((s, prev) => {
        if (s.change === prev.change) return;
        if (s.change.boardId === undefined || s.change.boardId === boardId) setTick((n) => n + 1);
      }),
    [boardId],
  );

  useEffect(() => {
    setState((s) => (s.status === 'ready' && s.board.id === boardId ? s : { status: 'loading' }));
  }, [workshopId, boardId]);

  useEffect(() => {
    let live = true;
    call('boards.get', { workshopId, id: boardId })
      .then((board) => {
        if (live) setState({ status: 'ready', board });
      })
      .catch((e: unknown) => {
        if (live) setState({ status: 'error', key: e instanceof ApiCallError ? e.error.key : 'errors.unexpected' });
      });
    return () => {
      live = false;
    };
  }, [workshopId, boardId, tick]);

  return state;
}

/** Kinds whose picture shows what the team's other boards add (a measure's run chart marks its PDSA starts). */
const LINKED_KINDS: Readonly<Record<string, readonly string[]>> = { measures: ['pdsa'] };

/** The team's boards a picture links to (PictureOptions.teamBoards), kept current like the board itself. */
function useLinkedBoards(board: Board): readonly { kind: string; doc: unknown }[] | undefined {
  const workshop = useAudience((s) => s.workshop);
  const kinds = LINKED_KINDS[board.kind] ?? [];
  const ids =
    workshop && kinds.length > 0
      ? workshop.boards
          .filter((b) => b.teamId === board.teamId && b.id !== board.id && kinds.includes(b.kind))
          .map((b) => b.id)
      : [];
  const key = ids.join(',');
  const workshopId = workshop?.id;
  const [linked, setLinked] = useState<readonly { kind: string; doc: unknown }[] | undefined>(undefined);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const mine = key.split(',');
    return useAudience.subscribe((s, prev) => {
      if (s.change !== prev.change && (s.change.boardId === undefined || mine.includes(s.change.boardId)))
        setTick((n) => n + 1);
    });
  }, [key]);

  useEffect(() => {
    if (!workshopId || key === '') {
      setLinked(undefined);
      return;
    }
    let live = true;
    void Promise.all(key.split(',').map((id) => call('boards.get', { workshopId, id }).catch(() => null))).then(
      (boards) => {
        if (live) setLinked(boards.flatMap((b) => (b ? [{ kind: b.kind, doc: b.doc }] : [])));
      },
    );
    return () => {
      live = false;
    };
  }, [workshopId, key, tick]);

  return linked;
}

/** Makes a picture's SVG inert before it enters the page: no scripts, no event handlers, no outside references. */
export function sanitizeSvg(markup: string): SVGSVGElement | null {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg' || doc.getElementsByTagName('parsererror').length > 0) return null;
  for (const el of Array.from(root.querySelectorAll('script, foreignObject, iframe, object, embed, use, image, a')))
    el.remove();
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (
        name.startsWith('on') ||
        name === 'href' ||
        name === 'xlink:href' ||
        (name === 'style' && /url\s*\(/i.test(attr.value))
      )
        el.removeAttribute(attr.name);
    }
  }
  return document.importNode(root, true) as unknown as SVGSVGElement;
}

/** Height of the row under a board shown in sections: the "2/3" indicator and the overview strip (stage px). */
const SECTION_BAR_PX = 104;

/** The sections of a board for a box of this size, leaving room for the section bar when there is more than one. */
function boardSections(
  board: Board,
  size: { width: number; height: number },
  options: Omit<PictureOptions, 'width' | 'height'>,
): string[] | null {
  const whole = drawBoardSections(board.kind, board.doc, board, { ...options, width: size.width, height: size.height });
  if (!whole || whole.length <= 1 || size.height - SECTION_BAR_PX < 64) return whole;
  return drawBoardSections(board.kind, board.doc, board, {
    ...options,
    width: size.width,
    height: size.height - SECTION_BAR_PX,
  });
}

/** A section's shapes without its text: the overview strip shows where a section is, not what it says. */
function thumbnailOf(markup: string): SVGSVGElement | null {
  const svg = sanitizeSvg(markup);
  if (!svg) return null;
  for (const el of Array.from(svg.querySelectorAll('text, title, desc'))) el.remove();
  svg.removeAttribute('role');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('width', '100%');
  svg.setAttribute('height', '100%');
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  return svg;
}

/** Puts an SVG element (or nothing) into a holder element. */
function useSvgIn(holder: React.RefObject<HTMLElement | null>, svg: SVGSVGElement | null): void {
  useLayoutEffect(() => {
    const el = holder.current;
    if (!el) return;
    el.replaceChildren(...(svg ? [svg] : []));
  }, [holder, svg]);
}

function Thumbnail({ markup, current }: { markup: string; current: boolean }) {
  const ref = useRef<HTMLSpanElement | null>(null);
  const svg = useMemo(() => thumbnailOf(markup), [markup]);
  useSvgIn(ref, svg);
  return <span className={`aud-section-thumb ${current ? 'is-current' : ''}`} ref={ref} />;
}

/** The "2/3" indicator and an overview strip of every section, the shown one outlined. */
function SectionBar({ sections, index }: { sections: readonly string[]; index: number }) {
  const { t } = useTranslation();
  return (
    <div className="aud-section-bar" style={{ height: SECTION_BAR_PX }}>
      <p
        className="aud-section-count"
        aria-label={t('audience.sectionLabel', { n: index + 1, count: sections.length })}
      >
        {t('audience.sectionCount', { n: index + 1, count: sections.length })}
      </p>
      <div className="aud-section-strip" aria-hidden="true">
        {sections.map((markup, i) => (
          <Thumbnail key={i} markup={markup} current={i === index} />
        ))}
      </div>
    </div>
  );
}

/**
 * A board's picture (shared/boards/<kind>/picture.ts) filling its box, in the saved theme, with text no smaller than
 * 24 px. A board that does not fit whole at that size is split into sections (BoardPicture.sections); `section`
 * picks the one shown and `onSections` hears how many there are. A kind that has no picture yet shows its name and
 * a calm line instead.
 */
export function BoardPictureView({
  board,
  minFontPx = AUDIENCE_MIN_FONT_PX,
  hideTitle = false,
  section = 0,
  onSections,
}: {
  board: Board;
  minFontPx?: number;
  hideTitle?: boolean;
  section?: number;
  onSections?: (count: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const theme = useAudience((s) => s.theme);
  const boxRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(boxRef, undefined, null);
  const holder = useRef<HTMLDivElement | null>(null);
  const teamBoards = useLinkedBoards(board);

  const sections = useMemo(() => {
    if (!size || size.width < 16 || size.height < 16) return undefined;
    return boardSections(board, size, {
      theme,
      minFontPx,
      t: sharedTranslate,
      hideTitle,
      ...(teamBoards ? { teamBoards } : {}),
    });
    // i18n.language: redraw in the new language.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- i18n.language is not read but must redraw the picture in the new language
  }, [board, size, theme, minFontPx, i18n, i18n.language, teamBoards, hideTitle]);

  const count = sections ? sections.length : 0;
  useEffect(() => {
    if (count > 0) onSections?.(count);
  }, [count, onSections]);

  const index = Math.max(0, Math.min(section, count - 1));
  const markup = sections === undefined ? undefined : sections === null ? null : sections[index];
  const svg = useMemo(() => (markup ? sanitizeSvg(markup) : null), [markup]);

  useLayoutEffect(() => {
    if (!svg) return;
    svg.setAttribute('role', 'img');
    svg.setAttribute(
      'aria-label',
      count > 1 ? `${board.name} (${t('audience.sectionCount', { n: index + 1, count })})` : board.name,
    );
    svg.setAttribute('width', '100%');
    svg.setAttribute('height', '100%');
    svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  }, [svg, board.name, count, index, t]);
  useSvgIn(holder, svg);

  const kindName = boardKindName(t, board.kind);
  return (
    <div
      className="aud-picture"
      ref={boxRef}
      data-sections={count || undefined}
      data-section={count ? index : undefined}
    >
      {markup === null || (markup !== undefined && svg === null) ? (
        <div className="aud-picture-missing">
          <p className="aud-picture-kind">{kindName}</p>
          <p className="aud-picture-note">{t('audience.noPicture')}</p>
        </div>
      ) : (
        <>
          <div className="aud-picture-svg" ref={holder} style={count > 1 ? { bottom: SECTION_BAR_PX } : undefined} />
          {sections && count > 1 ? <SectionBar sections={sections} index={index} /> : null}
        </>
      )}
    </div>
  );
}
