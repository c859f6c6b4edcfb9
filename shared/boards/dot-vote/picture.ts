import type { BoardPicture, PictureOptions } from '../picture';
import type { Board } from '../../domain/entities';
import type { HyphenLang } from '../../picture/hyphenate';
import { fieldPiecesSvg, packFields } from '../../picture/fields';
import {
  centredBaseline,
  fontScale,
  measureText,
  picturePalette,
  rectEl,
  svgDocument,
  textBlock,
  textEl,
  titleBar,
  wrapText,
  type PicturePalette,
} from '../../picture/svg';
import { layoutVoteRows, type VoteRowInput } from './layout';
import { DotVoteDoc, type VoteRound } from './model';
import { expectedBallots, roundOptions, roundResult } from './results';

/** A line of legend items (colour swatch + text), wrapped onto more lines when they do not fit the width. */
function legend(
  items: readonly [string, string][],
  x0: number,
  y0: number,
  width: number,
  size: number,
  lang: HyphenLang,
  p: PicturePalette,
): { svg: string; height: number } {
  const lh = Math.round(size * 1.3);
  const sw = Math.round(size * 0.9);
  const parts: string[] = [];
  let x = x0;
  let y = y0;
  for (const [color, label] of items) {
    const lines = wrapText(label, width - sw - size * 0.4, { size }, Infinity, lang).lines;
    const w = sw + size * 0.4 + Math.max(...lines.map((l) => measureText(l, { size })));
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += lh;
    }
    parts.push(rectEl(x, y + (lh - sw) / 2, sw, sw, { fill: color, rx: 2 }));
    parts.push(
      textBlock(x + sw + size * 0.4, y + (lh - size * 1.25) / 2, lines, { size, fill: p.text, lineHeight: lh }).svg,
    );
    y += (lines.length - 1) * lh;
    x += w + size * 1.2;
  }
  return { svg: parts.join(''), height: y - y0 + lh };
}

/**
 * The dot vote for the projector, in sections by places. A revealed round (the latest) shows its result: options
 * ranked with bars, the top ones the team wanted in the accent colour, a tie at the cut-off marked as such, decided
 * winners badged. A round still hidden never shows its numbers (the audience sees the question, the options and how
 * many have voted), unless the coach chose not to hide the result until the reveal. Labels wrap whole in their own
 * column left of the bars.
 */
function dotVoteSections(raw: unknown, board: Pick<Board, 'name'>, o: PictureOptions): string[] {
  const doc = DotVoteDoc.parse(raw);
  const p = picturePalette(o.theme);
  const f = fontScale(o);
  const m = f.base;
  const lang = o.lang ?? 'fi';
  const current = doc.rounds[doc.rounds.length - 1]!;
  const revealed = [...doc.rounds].reverse().find((r) => r.status === 'revealed');
  const live = !revealed && current.status === 'voting' && !current.rules.hideUntilReveal ? current : undefined;
  const shownRound: VoteRound | undefined = revealed ?? live;
  const roundNo = (r: VoteRound) => doc.rounds.indexOf(r) + 1;
  const result = shownRound ? roundResult(doc, shownRound) : undefined;
  const summary = result
    ? o.t('dotVote.results.summary', {
        n: roundNo(result.round),
        voters: result.tally.voters,
        dots: result.tally.totalDots,
      })
    : o.t(`dotVote.status.${current.status}`);
  const head = titleBar(o, p, board.name, summary, m);
  const areaW = o.width - 2 * m;
  const top = head.height + m * 0.6;
  const bottom = o.height - m * 0.6;
  const description = result
    ? o.t('pictures.dotVote.descriptionResult', { options: result.options.length, voters: result.tally.voters })
    : o.t('pictures.dotVote.descriptionOpen', { options: doc.options.length });
  const page = (body: string) =>
    svgDocument(
      { width: o.width, height: o.height, background: p.background, title: board.name, description },
      head.svg + body,
    );

  // The question and the voting status head every section; a question too long for that gets sections of its own.
  const heading: string[] = [];
  let y = top;
  const pre: string[] = [];
  const question = doc.question.trim();
  if (question) {
    const qlh = Math.round(f.large * 1.2);
    const q = wrapText(question, areaW, { size: f.large, bold: true }, Infinity, lang).lines;
    if (q.length * qlh <= (bottom - top) * 0.3) {
      heading.push(textBlock(m, y, q, { size: f.large, bold: true, fill: p.accent, lineHeight: qlh }).svg);
      y += q.length * qlh + m * 0.5;
    } else {
      const pages = packFields([{ id: 'question', label: o.t('dotVote.question'), paragraphs: [question] }], {
        area: { x: m, y: top, w: areaW, h: bottom - top },
        columns: 2,
        labelSize: f.small,
        valueSize: f.base,
        gap: m,
        pad: Math.round(m * 0.45),
        lang,
        continued: o.t('pictures.continued'),
      });
      for (const pieces of pages) pre.push(page(fieldPiecesSvg(pieces, p)));
    }
  }
  if (!result && current.status === 'voting') {
    const status = [
      current.rules.collection !== 'paper'
        ? o.t('dotVote.collect.ballotsCast', { count: current.ballots.length, total: expectedBallots(current.rules) })
        : '',
      current.rules.hideUntilReveal ? o.t('pictures.dotVote.hidden') : '',
    ]
      .filter(Boolean)
      .join(' · ');
    if (status) {
      const lines = wrapText(status, areaW, { size: f.base }, Infinity, lang).lines;
      const lh = Math.round(f.base * 1.22);
      heading.push(textBlock(m, y, lines, { size: f.base, fill: p.muted, lineHeight: lh }).svg);
      y += lines.length * lh + m * 0.4;
    }
  }

  const options = result ? result.options : roundOptions(doc, current);
  if (options.length === 0) {
    return [
      ...pre,
      page(
        heading.join('') +
          textEl(o.width / 2, (y + bottom) / 2, o.t('pictures.empty'), {
            size: f.base,
            fill: p.muted,
            anchor: 'middle',
          }),
      ),
    ];
  }

  // Legend under a result: what the colours mean, and how many the team wanted.
  let legendSvg = '';
  let listBottom = bottom;
  const chosen = new Set(result?.cut.chosen ?? []);
  const tied = new Set(result?.cut.tiedAtCut ?? []);
  if (result) {
    const items: [string, string][] = [[p.accent, o.t('pictures.dotVote.chosen', { count: result.cut.wanted })]];
    if (tied.size > 0) items.push([p.warning, o.t('dotVote.results.tieAtCut')]);
    const probe = legend(items, m, 0, areaW, f.small, lang, p);
    listBottom = bottom - probe.height - m * 0.3;
    legendSvg = legend(items, m, listBottom + m * 0.3, areaW, f.small, lang, p).svg;
  }
  const decided =
    result && doc.decision && doc.decision.roundId === result.round.id
      ? new Set(doc.decision.optionIds)
      : new Set<string>();
  const rows: VoteRowInput[] = result
    ? result.ranked.map((r) => {
        const opt = result.options[r.index]!;
        return {
          optionId: opt.id,
          place: `${r.rank}${r.tied ? '=' : '.'}`,
          text: opt.text.trim() || o.t('dotVote.emptyOption'),
          total: r.total,
          bold: chosen.has(r.index),
          decided: decided.has(opt.id),
        };
      })
    : options.map((opt, i) => ({
        optionId: opt.id,
        place: `${i + 1}.`,
        text: opt.text.trim() || o.t('dotVote.emptyOption'),
      }));
  const layout = layoutVoteRows(rows, {
    area: { x: m, y, w: areaW, h: listBottom - y },
    size: f.base,
    small: f.small,
    lang,
    badgeText: o.t('dotVote.results.decided'),
  });
  const indexOf = new Map(result ? result.ranked.map((r) => [result.options[r.index]!.id, r.index]) : []);
  const bodies: string[][] = Array.from({ length: layout.pages }, () => []);
  layout.rows.forEach((row, k) => {
    const parts = bodies[row.page]!;
    if (k % 2 === 1) parts.push(rectEl(row.band.x, row.band.y, row.band.w, row.band.h, { fill: p.surface }));
    const index = indexOf.get(row.optionId) ?? -1;
    const isChosen = chosen.has(index);
    const isTied = tied.has(index);
    parts.push(
      textBlock(row.place.x, row.place.y, row.place.lines, {
        size: row.place.size,
        bold: true,
        fill: isChosen ? p.accent : p.muted,
        lineHeight: row.place.lineHeight,
      }).svg,
    );
    parts.push(
      textBlock(row.label.x, row.label.y, row.label.lines, {
        size: row.label.size,
        bold: row.label.bold,
        fill: p.text,
        lineHeight: row.label.lineHeight,
      }).svg,
    );
    if (row.bar && row.count) {
      if (row.bar.w > 0)
        parts.push(
          rectEl(row.bar.x, row.bar.y, Math.max(3, row.bar.w), row.bar.h, {
            fill: isChosen ? p.accent : isTied ? p.warning : p.line,
            rx: 3,
          }),
        );
      parts.push(
        textEl(row.count.x, centredBaseline(row.count.y, row.count.h, row.count.size), row.count.lines[0] ?? '', {
          size: row.count.size,
          bold: true,
          fill: p.text,
        }),
      );
    }
    if (row.badge) {
      const b = row.badge;
      parts.push(rectEl(b.x, b.y, b.w, b.h, { fill: p.success, rx: b.h / 2 }));
      parts.push(
        textEl(b.x + b.w / 2, centredBaseline(b.y, b.h, b.size), b.lines[0] ?? '', {
          size: b.size,
          bold: true,
          fill: p.onSuccess,
          anchor: 'middle',
        }),
      );
    }
  });
  return [...pre, ...bodies.map((parts) => page(heading.join('') + parts.join('') + legendSvg))];
}

export const dotVotePicture: BoardPicture<DotVoteDoc> = {
  kind: 'dot-vote',
  /** The first section (thumbnails); every place that shows the board whole uses `sections`. */
  draw: (raw, board, o) => dotVoteSections(raw, board, o)[0]!,
  sections: dotVoteSections,
};
