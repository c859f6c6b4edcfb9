import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../shared/api/client';
import type { Board } from '../../../shared/domain/entities';
import { drawBoard } from '../../../shared/boards/pictures';
import { call } from '../api';
import { useAudience } from './store';

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
  const ids = workshop && kinds.length > 0 ? workshop.boards.filter((b) => b.teamId === board.teamId && b.id !== board.id && kinds.includes(b.kind)).map((b) => b.id) : [];
  const key = ids.join(',');
  const workshopId = workshop?.id;
  const [linked, setLinked] = useState<readonly { kind: string; doc: unknown }[] | undefined>(undefined);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const mine = key.split(',');
    return useAudience.subscribe((s, prev) => {
      if (s.change !== prev.change && (s.change.boardId === undefined || mine.includes(s.change.boardId))) setTick((n) => n + 1);
    });
  }, [key]);

  useEffect(() => {
    if (!workshopId || key === '') {
      setLinked(undefined);
      return;
    }
    let live = true;
    void Promise.all(key.split(',').map((id) => call('boards.get', { workshopId, id }).catch(() => null))).then((boards) => {
      if (live) setLinked(boards.flatMap((b) => (b ? [{ kind: b.kind, doc: b.doc }] : [])));
    });
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
  for (const el of Array.from(root.querySelectorAll('script, foreignObject, iframe, object, embed, use, image, a'))) el.remove();
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'href' || name === 'xlink:href' || name === 'style' && /url\s*\(/i.test(attr.value)) el.removeAttribute(attr.name);
    }
  }
  return document.importNode(root, true) as unknown as SVGSVGElement;
}

/** Measures an element's layout box (unaffected by the stage's scale transform). */
export function useBoxSize<T extends HTMLElement>(): [React.RefObject<T | null>, { width: number; height: number } | null] {
  const ref = useRef<T | null>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const width = Math.floor(el.clientWidth);
      const height = Math.floor(el.clientHeight);
      setSize((s) => (s && s.width === width && s.height === height ? s : { width, height }));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, size];
}

/**
 * A board's picture (shared/boards/<kind>/picture.ts) filling its box, in the saved theme, with text no smaller than
 * 24 px. A kind that has no picture yet shows its name and a calm line instead.
 */
export function BoardPictureView({ board, minFontPx = AUDIENCE_MIN_FONT_PX, hideTitle = false }: { board: Board; minFontPx?: number; hideTitle?: boolean }) {
  const { t, i18n } = useTranslation();
  const theme = useAudience((s) => s.theme);
  const [boxRef, size] = useBoxSize<HTMLDivElement>();
  const holder = useRef<HTMLDivElement | null>(null);
  const teamBoards = useLinkedBoards(board);

  const markup = useMemo(() => {
    if (!size || size.width < 16 || size.height < 16) return undefined;
    const translate = (key: string, vars?: Record<string, string | number>) => i18n.t(key, vars ?? {});
    return drawBoard(board.kind, board.doc, board, {
      width: size.width,
      height: size.height,
      theme,
      minFontPx,
      t: translate,
      hideTitle,
      ...(teamBoards ? { teamBoards } : {}),
    });
    // i18n.language: redraw in the new language.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- i18n.language is not read but must redraw the picture in the new language
  }, [board, size, theme, minFontPx, i18n, i18n.language, teamBoards, hideTitle]);

  const svg = useMemo(() => (markup ? sanitizeSvg(markup) : null), [markup]);

  useLayoutEffect(() => {
    const el = holder.current;
    if (!el) return;
    if (!svg) {
      el.replaceChildren();
      return;
    }
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', board.name);
    svg.setAttribute('width', '100%');
    svg.setAttribute('height', '100%');
    svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
    el.replaceChildren(svg);
  }, [svg, board.name]);

  const kindName = t(`boards.kind.${board.kind}`, { defaultValue: board.kind });
  return (
    <div className="aud-picture" ref={boxRef}>
      {markup === null || (markup !== undefined && svg === null) ? (
        <div className="aud-picture-missing">
          <p className="aud-picture-kind">{kindName}</p>
          <p className="aud-picture-note">{t('audience.noPicture')}</p>
        </div>
      ) : (
        <div className="aud-picture-svg" ref={holder} />
      )}
    </div>
  );
}
