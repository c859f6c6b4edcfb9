import type { Translate } from '../picture';
import type { HyphenLang } from '../../picture/hyphenate';
import { packFields, columnsFor, type Field, type FieldPiece, type TextBox } from '../../picture/fields';
import { wrapText } from '../../picture/svg';
import { isOverdue, ramps, type Cycle, type PdsaDoc } from './model';

/** One section of the PDSA picture: a cycle's worksheet (or a part of it), or the list of ramps. */
export interface PdsaPage {
  /** The cycle shown, or null for the ramps page. */
  cycleId: string | null;
  /** Which part of a worksheet too long for one page (0-based) and how many parts it has. */
  part: number;
  parts: number;
  /** The heading texts (ramp and cycle, status and dates; the cycle's title), above the fields. */
  head: TextBox[];
  pieces: FieldPiece[];
}

export interface PdsaLayoutOptions {
  /** The area the section fills (under the picture's title bar, if any). */
  area: { x: number; y: number; w: number; h: number };
  /** Text sizes: small is the smallest (at least the picture's minFontPx). */
  small: number;
  base: number;
  large: number;
  t: Translate;
  today: string;
  lang: HyphenLang;
}

/** yyyy-mm-dd in the picture's language (`pictures.pdsa.date`), '' for an empty date. */
export function formatPdsaDate(iso: string, t: Translate): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? t('pictures.pdsa.date', { d: Number(m[3]), m: Number(m[2]), y: m[1]! }) : '';
}

/**
 * The cycle the team is working on: the latest one being done or studied, else the first planned, else the last.
 */
export function currentCycle(doc: PdsaDoc): Cycle | undefined {
  const ordered = ramps(doc).flat();
  return (
    [...ordered].reverse().find((c) => c.status === 'doing' || c.status === 'studying') ??
    ordered.find((c) => c.status === 'planned') ??
    ordered[ordered.length - 1]
  );
}

/** The worksheet's fields of one cycle: the plan always (empty ones say so), the rest once written. */
export function cycleFields(c: Cycle, t: Translate): Field[] {
  const empty = t('pictures.pdsa.notWritten');
  const out: Field[] = [];
  const add = (key: string, text: string, always: boolean, emphasis = false) => {
    const v = text.trim();
    if (!v && !always) return;
    out.push({ id: `${c.id}:${key}`, label: t(`pdsa.field.${key}`), paragraphs: [v || empty], muted: !v, emphasis });
  };
  add('changeIdea', c.changeIdeaText, false, true);
  add('objective', c.plan.objective, true);
  add('question', c.plan.question, true);
  add('prediction', c.plan.prediction, true);
  const wwww = (['who', 'what', 'when', 'where'] as const).filter((k) => c.plan[k].trim());
  out.push({
    id: `${c.id}:wwww`,
    label: (['who', 'what', 'when', 'where'] as const).map((k) => t(`pdsa.field.${k}`)).join(' · '),
    paragraphs: wwww.length > 0 ? wwww.map((k) => `${t(`pdsa.field.${k}`)}: ${c.plan[k].trim()}`) : [empty],
    muted: wwww.length === 0,
  });
  add('data', c.plan.data, true);
  add('happened', c.do.happened, false);
  add('observations', c.do.observations, false);
  add('problems', c.do.problems, false);
  add('result', c.study.result, false);
  add('learned', c.study.learned, false);
  if (c.act.decision !== '')
    out.push({
      id: `${c.id}:decision`,
      label: t('pdsa.field.decision'),
      paragraphs: [t(`pdsa.decision.${c.act.decision}`)],
      emphasis: true,
    });
  add('next', c.act.next, false);
  return out;
}

/** The ramps page's fields: one a ramp, its cycles in order, one a paragraph with status and decision. */
export function rampFields(doc: PdsaDoc, t: Translate, today: string): Field[] {
  return ramps(doc).map((chain, i) => {
    const idea = chain[0]?.changeIdeaText.trim() ?? '';
    return {
      id: `ramp:${chain[0]?.id ?? i}`,
      label: `${t('pdsa.ramp', { n: i + 1 })}${idea ? `: ${idea}` : ''}`,
      paragraphs: chain.map((c, k) => {
        const bits = [t(`pdsa.status.${c.status}`)];
        if (c.act.decision) bits.push(`→ ${t(`pdsa.decision.${c.act.decision}`)}`);
        if (isOverdue(c, today)) bits.push(t('pictures.pdsa.studyLate', { date: formatPdsaDate(c.studyDate, t) }));
        return `${k + 1}. ${c.title.trim() || t('pdsa.untitled')} (${bits.join(', ')})`;
      }),
    };
  });
}

/**
 * The PDSA board as pages: the current cycle's worksheet first, then every other cycle in ramp order, then the
 * ramps. A worksheet longer than a page continues on the next. Every text wraps whole; nothing is cut.
 */
export function layoutPdsa(doc: PdsaDoc, o: PdsaLayoutOptions): PdsaPage[] {
  const { area, t } = o;
  const gap = Math.round(o.base * 0.6);
  const pad = Math.round(o.base * 0.45);
  const columns = columnsFor(area.w, o.base * 18, gap, 3);
  const pack = (fields: Field[], top: number) =>
    packFields(fields, {
      area: { x: area.x, y: top, w: area.w, h: area.y + area.h - top },
      columns,
      labelSize: o.small,
      valueSize: o.base,
      gap,
      pad,
      lang: o.lang,
      continued: t('pictures.continued'),
    });

  const chains = ramps(doc);
  const current = currentCycle(doc);
  const ordered = chains.flat();
  const cycles = current ? [current, ...ordered.filter((c) => c !== current)] : [];
  const pages: PdsaPage[] = [];
  for (const c of cycles) {
    const ri = chains.findIndex((ch) => ch.includes(c));
    const chain = chains[ri] ?? [c];
    const late = isOverdue(c, o.today);
    const meta = [
      t('pictures.pdsa.position', { ramp: ri + 1, n: chain.indexOf(c) + 1, count: chain.length }),
      t(`pdsa.status.${c.status}`),
      c.startDate ? `${t('pdsa.field.startDate')} ${formatPdsaDate(c.startDate, t)}` : '',
      c.studyDate
        ? late
          ? t('pictures.pdsa.studyLate', { date: formatPdsaDate(c.studyDate, t) })
          : `${t('pdsa.field.studyDate')} ${formatPdsaDate(c.studyDate, t)}`
        : '',
    ]
      .filter(Boolean)
      .join(' · ');
    const metaLines = wrapText(meta, area.w, { size: o.small, bold: true }, Infinity, o.lang).lines;
    const titleLines = wrapText(
      c.title.trim() || t('pdsa.untitled'),
      area.w,
      { size: o.large, bold: true },
      Infinity,
      o.lang,
    ).lines;
    const mlh = Math.round(o.small * 1.25);
    const tlh = Math.round(o.large * 1.22);
    const head: TextBox[] = [
      {
        id: `${c.id}:meta`,
        x: area.x,
        y: area.y,
        w: area.w,
        h: metaLines.length * mlh,
        lines: metaLines,
        size: o.small,
        bold: true,
        lineHeight: mlh,
        role: 'label',
        muted: false,
      },
      {
        id: `${c.id}:title`,
        x: area.x,
        y: area.y + metaLines.length * mlh,
        w: area.w,
        h: titleLines.length * tlh,
        lines: titleLines,
        size: o.large,
        bold: true,
        lineHeight: tlh,
        role: 'value',
        muted: false,
      },
    ];
    const top = area.y + metaLines.length * mlh + titleLines.length * tlh + gap;
    const parts = pack(cycleFields(c, t), top);
    parts.forEach((pieces, part) => pages.push({ cycleId: c.id, part, parts: parts.length, head, pieces }));
  }
  if (chains.length > 0) {
    const label = t('pictures.pdsa.rampsHeading');
    const lh = Math.round(o.large * 1.22);
    const lines = wrapText(label, area.w, { size: o.large, bold: true }, Infinity, o.lang).lines;
    const head: TextBox[] = [
      {
        id: 'ramps:title',
        x: area.x,
        y: area.y,
        w: area.w,
        h: lines.length * lh,
        lines,
        size: o.large,
        bold: true,
        lineHeight: lh,
        role: 'value',
        muted: false,
      },
    ];
    const parts = pack(rampFields(doc, t, o.today), area.y + lines.length * lh + gap);
    parts.forEach((pieces, part) => pages.push({ cycleId: null, part, parts: parts.length, head, pieces }));
  }
  return pages;
}
