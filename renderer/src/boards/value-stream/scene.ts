import type { TFunction } from 'i18next';
import type { ValueStreamTotals } from '../../../../shared/analysis/value-stream/totals';
import { ladderLayout, VS_LAYOUT } from '../../../../shared/boards/value-stream/layout';
import type { ValueStreamDoc } from '../../../../shared/boards/value-stream/model';
import { formatDeltaMinutes, formatMinutes, formatNumber, formatPercent } from './format';

/** Drawing primitives shared by the Konva stage and the SVG export, so both show the same picture. */
export type Prim =
  | {
      t: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      fill: string;
      stroke?: string;
      sw?: number;
      r?: number;
      dash?: number[];
      group?: string;
      name?: string;
    }
  | { t: 'line'; points: number[]; stroke: string; sw: number; dash?: number[]; group?: string; name?: string }
  | { t: 'poly'; points: number[]; fill: string; stroke?: string; group?: string; name?: string }
  | {
      t: 'text';
      x: number;
      y: number;
      w: number;
      h?: number;
      text: string;
      size: number;
      bold?: boolean;
      color: string;
      align?: 'left' | 'center' | 'right';
      group?: string;
      name?: string;
    };

export interface VsTheme {
  bg: string;
  text: string;
  muted: string;
  card: string;
  cardStroke: string;
  selected: string;
  accent: string;
  wait: string;
  waitFill: string;
  process: string;
  off: string;
  warn: string;
  warnFill: string;
  totalsFill: string;
  totalsStroke: string;
  good: string;
  bad: string;
}

export const VS_THEMES: Record<'light' | 'high-contrast', VsTheme> = {
  light: {
    bg: '#f6f8fa',
    text: '#161b22',
    muted: '#454d59',
    card: '#ffffff',
    cardStroke: '#aab4be',
    selected: '#0b5f6e',
    accent: '#0b5f6e',
    wait: '#9a3412',
    waitFill: '#fde4cf',
    process: '#0b5f6e',
    off: '#7b8794',
    warn: '#8a5a00',
    warnFill: '#fff1c2',
    totalsFill: '#e8f2f4',
    totalsStroke: '#0b5f6e',
    good: '#1d6b3a',
    bad: '#b42318',
  },
  'high-contrast': {
    bg: '#000000',
    text: '#ffffff',
    muted: '#ffffff',
    card: '#000000',
    cardStroke: '#ffffff',
    selected: '#ffd400',
    accent: '#ffd400',
    wait: '#ffb38a',
    waitFill: '#000000',
    process: '#7fe3f0',
    off: '#c0c0c0',
    warn: '#ffd400',
    warnFill: '#000000',
    totalsFill: '#000000',
    totalsStroke: '#ffffff',
    good: '#8dffb0',
    bad: '#ff9b91',
  },
};

export const FONT = "'Inter Variable', Inter, system-ui, sans-serif";

interface BlockInput {
  doc: ValueStreamDoc;
  totals: ValueStreamTotals;
  title: string;
  /** Step ids whose linked process-map step was deleted. */
  sourceGone: ReadonlySet<string>;
}

export interface SceneInput {
  main: BlockInput;
  compare: (BlockInput & { name: string }) | null;
  selectedId: string | null;
  /** Steps selected together with it (drawn selected too). */
  picked?: ReadonlySet<string>;
  t: TFunction;
  lang: string;
  theme: VsTheme;
}

export interface Scene {
  prims: Prim[];
  width: number;
  height: number;
}

const L = VS_LAYOUT;

function totalsLines(
  tot: ValueStreamTotals,
  t: TFunction,
  lang: string,
): { label: string; value: string; sub?: string; name: string }[] {
  const missing = t('valueStream.totals.missing');
  const lead = tot.lead;
  return [
    {
      name: 'vs-total-lead',
      label: t('valueStream.totals.lead'),
      value: lead ? formatMinutes(lead.typical, t, lang) : missing,
      sub:
        lead && (lead.min !== lead.typical || lead.max !== lead.typical)
          ? t('valueStream.totals.range', {
              min: formatMinutes(lead.min, t, lang),
              max: formatMinutes(lead.max, t, lang),
            })
          : undefined,
    },
    {
      name: 'vs-total-process',
      label: t('valueStream.totals.process'),
      value: tot.process ? formatMinutes(tot.process.typical, t, lang) : missing,
    },
    {
      name: 'vs-total-flow',
      label: t('valueStream.totals.flow'),
      value: tot.flowEfficiency === null ? missing : formatPercent(tot.flowEfficiency, lang),
      sub:
        tot.flowEfficiency === null
          ? undefined
          : t('valueStream.totals.flowSentence', { pct: formatPercent(tot.flowEfficiency, lang) }),
    },
    {
      name: 'vs-total-complete',
      label: t('valueStream.totals.complete'),
      value: tot.rolledComplete === null ? missing : `${formatNumber(tot.rolledComplete, lang, 0)} %`,
    },
    {
      name: 'vs-total-handoffs',
      label: `${t('valueStream.totals.handoffs')} ${t('valueStream.totals.handoffsHint')}`,
      value: String(tot.handoffs),
    },
  ];
}

function block(b: BlockInput, y0: number, full: boolean, s: SceneInput, out: Prim[]): number {
  const { t, lang, theme } = s;
  const lay = ladderLayout(b.totals, b.doc.settings.scale);
  const byId = new Map(b.doc.steps.map((st) => [st.id, st]));
  out.push({
    t: 'text',
    x: L.pad,
    y: y0 + 14,
    w: 900,
    text: b.title,
    size: 22,
    bold: true,
    color: theme.accent,
    name: 'vs-block-title',
  });

  const cardTop = y0 + L.cardTop;
  const up = y0 + L.ladderTop - (full ? 0 : L.cardH - 30);
  const down = up + L.ladderGap;

  for (const box of lay.boxes) {
    const st = byId.get(box.id)!;
    const tm = b.totals.steps[box.index]!;
    const g = full ? box.id : undefined;
    const selected = (s.selectedId === box.id || (s.picked?.has(box.id) ?? false)) && full;
    const off = !tm.onPath;
    if (full) {
      // The wait: an inventory triangle with its time under it.
      const cx = box.x + L.waitW / 2;
      const ty = cardTop + 26;
      out.push({
        t: 'poly',
        points: [cx, ty - 22, cx + 24, ty + 18, cx - 24, ty + 18],
        fill: tm.wait ? theme.waitFill : theme.warnFill,
        stroke: off ? theme.off : theme.wait,
        group: g,
      });
      out.push({
        t: 'text',
        x: cx - 8,
        y: ty - 4,
        w: 16,
        text: tm.wait ? '' : '?',
        size: 18,
        bold: true,
        color: theme.warn,
        align: 'center',
        group: g,
      });
      out.push({
        t: 'text',
        x: box.x + 2,
        y: ty + 26,
        w: L.waitW - 4,
        h: 64,
        text: t(`valueStream.waitKind.${st.waitKind}`),
        size: 18,
        color: off ? theme.off : theme.muted,
        align: 'center',
        group: g,
        name: 'vs-wait-kind',
      });

      // The card.
      // A missing time already shows as "?" and "puuttuu" on the ladder; the badge is for real problems.
      const warnings = tm.issues.filter((i) => i.code !== 'missing').length + (b.sourceGone.has(box.id) ? 1 : 0);
      out.push({
        t: 'rect',
        x: box.cardX,
        y: cardTop,
        w: L.cardW,
        h: L.cardH,
        fill: theme.card,
        stroke: selected ? theme.selected : off ? theme.off : theme.cardStroke,
        sw: selected ? 4 : 1.5,
        r: 8,
        dash: off ? [8, 6] : undefined,
        group: g,
        // A second Konva name marks the selection, so tests and tools can find the selected cards.
        name: selected ? 'vs-card vs-selected' : 'vs-card',
      });
      out.push({
        t: 'rect',
        x: box.cardX,
        y: cardTop,
        w: 8,
        h: L.cardH,
        fill: off ? theme.off : theme.process,
        r: 0,
        group: g,
      });
      out.push({
        t: 'text',
        x: box.cardX + 18,
        y: cardTop + 10,
        w: L.cardW - 28 - (warnings > 0 ? 30 : 0),
        h: 50,
        text: `${box.index + 1}. ${st.name || t('valueStream.unnamedStep')}`,
        size: 20,
        bold: true,
        color: theme.text,
        group: g,
        name: 'vs-card-name',
      });
      const who = [st.performer, st.organisation].filter(Boolean).join(' · ');
      if (b.sourceGone.has(box.id)) {
        out.push({
          t: 'text',
          x: box.cardX + 18,
          y: cardTop + 62,
          w: L.cardW - 28,
          h: 24,
          text: t('valueStream.card.sourceGone'),
          size: 18,
          bold: true,
          color: theme.warn,
          group: g,
          name: 'vs-card-source-gone',
        });
      } else if (who) {
        out.push({
          t: 'text',
          x: box.cardX + 18,
          y: cardTop + 62,
          w: L.cardW - 28,
          h: 24,
          text: who,
          size: 18,
          color: theme.muted,
          group: g,
        });
      }
      const work = tm.process ? formatMinutes(tm.process.typical, t, lang) : t('valueStream.card.processMissing');
      const ca = st.complete !== null ? `   %C&A ${formatNumber(st.complete, lang, 0)}` : '';
      out.push({
        t: 'text',
        x: box.cardX + 18,
        y: cardTop + 92,
        w: L.cardW - 28,
        h: 24,
        text: `${work}${ca}`,
        size: 18,
        bold: true,
        color: tm.process ? theme.process : theme.warn,
        group: g,
      });
      if (off)
        out.push({
          t: 'text',
          x: box.cardX + 18,
          y: cardTop + L.cardH + 6,
          w: L.cardW - 20,
          text: t('valueStream.card.parallel'),
          size: 18,
          color: theme.off,
          group: g,
        });
      if (warnings > 0) {
        out.push({
          t: 'rect',
          x: box.cardX + L.cardW - 36,
          y: cardTop + 8,
          w: 28,
          h: 28,
          fill: theme.warnFill,
          stroke: theme.warn,
          sw: 2,
          r: 14,
          group: g,
          name: 'vs-card-warning',
        });
        out.push({
          t: 'text',
          x: box.cardX + L.cardW - 36,
          y: cardTop + 12,
          w: 28,
          text: '!',
          size: 18,
          bold: true,
          color: theme.warn,
          align: 'center',
          group: g,
        });
      }
    } else {
      out.push({
        t: 'text',
        x: box.cardX,
        y: y0 + 48,
        w: L.cardW - 8,
        h: 48,
        text: `${box.index + 1}. ${st.name || t('valueStream.unnamedStep')}`,
        size: 18,
        bold: true,
        color: off ? theme.off : theme.text,
      });
    }
  }

  // The ladder: waits up, process times down, joined by risers.
  const segs = lay.segments;
  for (let i = 0; i < segs.length; i++) {
    const sg = segs[i]!;
    const y = sg.kind === 'wait' ? up : down;
    const color = !sg.onPath ? theme.off : sg.kind === 'wait' ? theme.wait : theme.process;
    const dash = sg.minutes === null || !sg.onPath ? [10, 8] : undefined;
    out.push({
      t: 'line',
      points: [sg.x1, y, sg.x2, y],
      stroke: color,
      sw: sg.onPath ? 6 : 3,
      dash,
      name: `vs-ladder-${sg.kind}`,
    });
    const next = segs[i + 1];
    if (next && next.x1 === sg.x2)
      out.push({ t: 'line', points: [sg.x2, up, sg.x2, down], stroke: theme.muted, sw: 2 });
    const w = sg.x2 - sg.x1;
    const label = sg.minutes === null ? t('valueStream.totals.missing') : formatMinutes(sg.minutes, t, lang);
    if (w >= 56 || (sg.minutes === null && b.doc.settings.scale === 'compressed')) {
      out.push({
        t: 'text',
        x: sg.x1,
        y: sg.kind === 'wait' ? up - 30 : down + 10,
        w: Math.max(w, 56),
        text: label,
        size: 18,
        bold: sg.onPath,
        color: sg.minutes === null ? theme.warn : color,
        align: 'center',
      });
    }
  }
  if (b.doc.settings.scale === 'linear' && full) {
    // Join each card on the path to its segment, since the segments are to scale and the cards are not.
    const procSeg = new Map(segs.filter((x) => x.kind === 'process').map((x) => [x.stepId, x]));
    for (const box of lay.boxes) {
      const sg = procSeg.get(box.id);
      if (!sg) continue;
      out.push({
        t: 'line',
        points: [box.cardX + L.cardW / 2, cardTop + L.cardH, (sg.x1 + sg.x2) / 2, down],
        stroke: theme.cardStroke,
        sw: 1.5,
        dash: [4, 4],
      });
    }
  }

  // Totals at the end of the ladder; an empty ladder has none to show (the totals bar says what is missing),
  // and a box of "puuttuu" would sit under the empty-board hint.
  if (b.doc.steps.length === 0) return lay.width;
  const tx = lay.totalsX;
  const ty = full ? cardTop : y0 + 44;
  const lines = totalsLines(b.totals, t, lang);
  const shown = full ? lines : lines.slice(0, 3);
  const th = full ? 300 : 150;
  out.push({
    t: 'rect',
    x: tx,
    y: ty,
    w: L.totalsW,
    h: th,
    fill: theme.totalsFill,
    stroke: theme.totalsStroke,
    sw: 2,
    r: 10,
    name: full ? 'vs-totals' : 'vs-compare-totals',
  });
  let ly = ty + 12;
  for (const ln of shown) {
    out.push({ t: 'text', x: tx + 16, y: ly, w: L.totalsW - 32, text: ln.label, size: 18, color: theme.muted });
    out.push({
      t: 'text',
      x: tx + 16,
      y: ly,
      w: L.totalsW - 32,
      text: ln.value,
      size: 20,
      bold: true,
      color: theme.text,
      align: 'right',
      name: full ? ln.name : undefined,
    });
    ly += 28;
    if (ln.sub && full) {
      out.push({ t: 'text', x: tx + 16, y: ly, w: L.totalsW - 32, h: 48, text: ln.sub, size: 18, color: theme.muted });
      ly += ln.name === 'vs-total-flow' ? 48 : 26;
    }
  }
  return lay.width;
}

/** The whole picture: the main stream's cards, ladder and totals, and the comparison's ladder under it. */
export function buildScene(s: SceneInput): Scene {
  const prims: Prim[] = [];
  let width = block(s.main, 0, true, s, prims);
  let height = L.blockH;
  if (s.compare) {
    const w = block(s.compare, height, false, s, prims);
    width = Math.max(width, w);
    height += L.compareH;
  }
  return { prims, width, height };
}

/** Signed differences between this stream and the comparison (this minus that). */
export function deltas(main: ValueStreamTotals, other: ValueStreamTotals) {
  return {
    lead: main.lead && other.lead ? main.lead.typical - other.lead.typical : null,
    process: main.process && other.process ? main.process.typical - other.process.typical : null,
    flow:
      main.flowEfficiency !== null && other.flowEfficiency !== null ? main.flowEfficiency - other.flowEfficiency : null,
    handoffs: main.handoffs - other.handoffs,
  };
}

export { formatDeltaMinutes };
