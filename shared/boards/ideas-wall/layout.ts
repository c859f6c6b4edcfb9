import type { IdeasWallDoc, IdeaNote } from './model';

/** Reading order on the wall: top to bottom in bands of about a note's height, then left to right. */
export const byPlace = <T extends { x: number; y: number }>(a: T, b: T): number =>
  Math.floor(a.y / 120) - Math.floor(b.y / 120) || a.x - b.x;

export interface WallGroup {
  /** The cluster's id, or null for the notes in no cluster. */
  id: string | null;
  name: string;
  notes: IdeaNote[];
}

/** The wall's clusters in reading order with their notes in reading order, then the notes in no cluster. */
export function wallGroups(doc: IdeasWallDoc, unnamed: string, loose: string): WallGroup[] {
  const clusterIds = new Set(doc.clusters.map((c) => c.id));
  const groups: WallGroup[] = [...doc.clusters].sort(byPlace).map((c) => ({
    id: c.id,
    name: c.name.trim() || unnamed,
    notes: doc.notes.filter((n) => n.clusterId === c.id).sort(byPlace),
  }));
  const rest = doc.notes.filter((n) => n.clusterId === null || !clusterIds.has(n.clusterId)).sort(byPlace);
  if (rest.length > 0) groups.push({ id: null, name: loose, notes: rest });
  return groups;
}

export interface WallGeometry {
  area: { x: number; y: number; w: number; h: number };
  /** A card's usual width; a card taller than half the area takes the panel's whole width. */
  cardW: number;
  gap: number;
  pad: number;
  /** Height of a panel's heading (name and count) at a width, and of its "continued" heading. */
  headH: (group: number, innerW: number, continued: boolean) => number;
  /** Height of a note's card at a width, whole or from line `from` on (a card split over sections). */
  cardH: (group: number, note: number, w: number) => number;
  /** How a card taller than `maxH` splits: the heights of its parts, in order. */
  cardParts: (group: number, note: number, w: number, maxH: number) => number[];
}

export interface PlacedCard {
  note: number;
  /** 0 for the card, 1, 2, … for the parts of a card split over sections. */
  part: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PlacedPanel {
  group: number;
  /** A later part of a group split over sections: its heading says it continues. */
  continued: boolean;
  x: number;
  y: number;
  w: number;
  h: number;
  headH: number;
  cards: PlacedCard[];
}

interface CardRow {
  cards: { note: number; part: number; w: number; h: number }[];
  h: number;
}

/**
 * The ideas wall in sections: each group a panel (heading, then its notes as cards in rows), panels left to right
 * in shelves, shelves top-down, then the next section. A group taller than the room left continues in the next
 * section (its heading repeated with "continued"); a card taller than a whole section is split between two lines.
 * Every card is in exactly one panel part; nothing overlaps and everything stays inside the area.
 */
export function layoutWallSections(groups: readonly WallGroup[], g: WallGeometry, limit = Infinity): PlacedPanel[][] {
  const { area, gap, pad } = g;
  const maxCols = Math.max(1, Math.floor((area.w - 2 * pad + gap) / (g.cardW + gap)));
  // Cards share the width a full row leaves, so a group of many notes fills the screen edge to edge.
  const cardW = Math.max(g.cardW, Math.floor((area.w - 2 * pad - (maxCols - 1) * gap) / maxCols));
  const fullInner = Math.max(cardW, area.w - 2 * pad);
  const sections: PlacedPanel[][] = [[]];
  let shelfY = area.y;
  let shelfH = 0;
  let x = area.x;
  const bottom = area.y + area.h;
  const newSection = (): boolean => {
    if (sections.length >= limit) return false;
    sections.push([]);
    shelfY = area.y;
    shelfH = 0;
    x = area.x;
    return true;
  };
  const current = () => sections[sections.length - 1]!;

  for (let gi = 0; gi < groups.length; gi++) {
    const notes = groups[gi]!.notes;
    // Card widths: the usual one, or the whole panel for a very long note.
    const wide = notes.some((_, ni) => g.cardH(gi, ni, cardW) > area.h * 0.5);
    const cols = Math.max(1, Math.min(maxCols, notes.length));
    const innerW = wide ? fullInner : cols * cardW + (cols - 1) * gap;
    const panelW = innerW + 2 * pad;
    const rowsMaxH = area.h - 2 * pad - g.headH(gi, innerW, true) - gap;
    const rows: CardRow[] = [];
    let row: CardRow = { cards: [], h: 0 };
    let used = 0;
    notes.forEach((_, ni) => {
      const w = g.cardH(gi, ni, cardW) > area.h * 0.5 ? innerW : cardW;
      if (row.cards.length > 0 && used + gap + w > innerW + 1e-6) {
        rows.push(row);
        row = { cards: [], h: 0 };
        used = 0;
      }
      const h = g.cardH(gi, ni, w);
      if (h > rowsMaxH) {
        // A card taller than a section: its parts, each a row of its own.
        if (row.cards.length > 0) rows.push(row);
        g.cardParts(gi, ni, w, rowsMaxH).forEach((ph, part) =>
          rows.push({ cards: [{ note: ni, part, w, h: ph }], h: ph }),
        );
        row = { cards: [], h: 0 };
        used = 0;
        return;
      }
      used += (row.cards.length > 0 ? gap : 0) + w;
      row.cards.push({ note: ni, part: 0, w, h });
      row.h = Math.max(row.h, h);
    });
    if (row.cards.length > 0) rows.push(row);

    let next = 0;
    let continued = false;
    for (;;) {
      const headH = g.headH(gi, innerW, continued);
      const heightOf = (n: number) => 2 * pad + headH + rows.slice(next, next + n).reduce((s, r) => s + gap + r.h, 0);
      if (x > area.x && x + panelW > area.x + area.w + 1e-6) {
        shelfY += shelfH + gap;
        shelfH = 0;
        x = area.x;
      }
      const room = bottom - shelfY;
      const all = rows.length - next;
      let take = all;
      while (take > 0 && heightOf(take) > room + 1e-6) take--;
      if (current().length > 0) {
        // Moves to a fresh section when it would fit one whole, or when not even its heading and a row fit here;
        // otherwise fills the room left and continues.
        const wholeLater = take < all && heightOf(all) <= area.h + 1e-6;
        if (wholeLater || (take === 0 && all > 0) || heightOf(0) > room + 1e-6) {
          if (!newSection()) return sections;
          continue;
        }
      } else if (take === 0 && all > 0) take = 1;
      const h = heightOf(take);
      const cards: PlacedCard[] = [];
      let cy = shelfY + pad + headH;
      for (const r of rows.slice(next, next + take)) {
        cy += gap;
        let cx = x + pad;
        for (const c of r.cards) {
          cards.push({ note: c.note, part: c.part, x: cx, y: cy, w: c.w, h: r.h });
          cx += c.w + gap;
        }
        cy += r.h;
      }
      current().push({ group: gi, continued, x, y: shelfY, w: panelW, h, headH, cards });
      x += panelW + gap;
      shelfH = Math.max(shelfH, h);
      next += take;
      continued = true;
      if (next >= rows.length) break;
      if (!newSection()) return sections;
    }
  }
  return sections;
}
