import type { BoardPicture } from '../picture';
import { centredBaseline, clampLine, fitCount, fontScale, measureText, picturePalette, rectEl, svgDocument, textBlock, textEl, titleBar, wrapText } from '../../picture/svg';
import { DotVoteDoc, type VoteRound } from './model';
import { expectedBallots, roundOptions, roundResult } from './results';

/**
 * The dot vote for the projector. A revealed round (the latest) shows its result: options ranked with bars, the
 * top ones the team wanted in the accent colour, a tie at the cut-off marked as such, decided winners badged. A
 * round still hidden never shows its numbers (the audience sees the question, the options and how many have voted),
 * unless the coach chose not to hide the result until the reveal.
 */
export const dotVotePicture: BoardPicture<DotVoteDoc> = {
  kind: 'dot-vote',
  draw(raw, board, o) {
    const doc = DotVoteDoc.parse(raw);
    const p = picturePalette(o.theme);
    const f = fontScale(o);
    const m = f.base;
    const current = doc.rounds[doc.rounds.length - 1]!;
    const revealed = [...doc.rounds].reverse().find((r) => r.status === 'revealed');
    const live = !revealed && current.status === 'voting' && !current.rules.hideUntilReveal ? current : undefined;
    const shownRound: VoteRound | undefined = revealed ?? live;
    const roundNo = (r: VoteRound) => doc.rounds.indexOf(r) + 1;

    const result = shownRound ? roundResult(doc, shownRound) : undefined;
    const summary = result
      ? o.t('dotVote.results.summary', { n: roundNo(result.round), voters: result.tally.voters, dots: result.tally.totalDots })
      : o.t(`dotVote.status.${current.status}`);
    const head = titleBar(o, p, board.name, summary, m);
    const parts = [head.svg];
    let y = head.height + m * 0.6;
    const areaW = o.width - 2 * m;

    const question = doc.question.trim();
    if (question) {
      const q = wrapText(question, areaW, { size: f.large, bold: true }, 2);
      const block = textBlock(m, y, q.lines, { size: f.large, bold: true, fill: p.accent, lineHeight: Math.round(f.large * 1.2) });
      parts.push(block.svg);
      y += block.height + m * 0.5;
    }
    const description = result
      ? o.t('pictures.dotVote.descriptionResult', { options: result.options.length, voters: result.tally.voters })
      : o.t('pictures.dotVote.descriptionOpen', { options: doc.options.length });
    const done = () => svgDocument({ width: o.width, height: o.height, background: p.background, title: board.name, description }, parts.join(''));
    const bottom = o.height - m * 0.6;
    const lh = Math.round(f.base * 1.22);

    if (!result) {
      // Not revealed: the options only, and how far the voting is.
      const expected = expectedBallots(current.rules);
      const status =
        current.status === 'voting'
          ? [
              current.rules.collection !== 'paper' ? o.t('dotVote.collect.ballotsCast', { count: current.ballots.length, total: expected }) : '',
              current.rules.hideUntilReveal ? o.t('pictures.dotVote.hidden') : '',
            ]
              .filter(Boolean)
              .join(' · ')
          : '';
      if (status) {
        parts.push(textEl(m, y + f.base * 0.92, clampLine(status, areaW, { size: f.base }), { size: f.base, fill: p.muted }));
        y += lh + m * 0.4;
      }
      const options = roundOptions(doc, current);
      if (options.length === 0) {
        parts.push(textEl(o.width / 2, (y + bottom) / 2, o.t('pictures.empty'), { size: f.base, fill: p.muted, anchor: 'middle' }));
        return done();
      }
      const cols = areaW > f.base * 36 && options.length > 6 ? 2 : 1;
      const gap = m;
      const colW = (areaW - gap * (cols - 1)) / cols;
      const rowH = lh + Math.round(f.base * 0.45);
      const perCol = Math.max(1, Math.floor((bottom - y) / rowH));
      const fit = fitCount(options.length, perCol * cols * rowH, rowH);
      options.slice(0, fit.shown).forEach((opt, i) => {
        const col = Math.floor(i / perCol);
        const ry = y + (i % perCol) * rowH;
        const x = m + col * (colW + gap);
        const num = `${i + 1}.`;
        const numW = measureText('00.', { size: f.base }) + f.base * 0.3;
        parts.push(textEl(x + numW - f.base * 0.3, ry + f.base * 0.92, num, { size: f.base, fill: p.muted, anchor: 'end' }));
        const text = clampLine(opt.text.trim() || o.t('dotVote.emptyOption'), colW - numW, { size: f.base });
        parts.push(textEl(x + numW, ry + f.base * 0.92, text, { size: f.base, fill: p.text }));
      });
      if (fit.more > 0) {
        const i = fit.shown;
        const col = Math.min(cols - 1, Math.floor(i / perCol));
        const ry = y + (i % perCol) * rowH;
        parts.push(textEl(m + col * (colW + gap), ry + f.base * 0.92, o.t('pictures.more', { count: fit.more }), { size: f.base, bold: true, fill: p.muted }));
      }
      return done();
    }

    // The result: ranked bars.
    const chosen = new Set(result.cut.chosen);
    const tied = new Set(result.cut.tiedAtCut);
    const decided = doc.decision && doc.decision.roundId === result.round.id ? new Set(doc.decision.optionIds) : new Set<string>();
    const legendH = lh + m * 0.3;
    const listTop = y;
    const listBottom = bottom - legendH;
    const rankW = measureText('00=', { size: f.base, bold: true }) + f.base * 0.4;
    const labelW = Math.min(areaW * 0.55, Math.max(areaW * 0.3, f.base * 16));
    const barX = m + rankW + labelW + f.base * 0.6;
    const max = Math.max(1, ...result.ranked.map((r) => r.total));
    const numW = measureText(String(max), { size: f.base, bold: true }) + f.base * 0.5;
    const badgeText = o.t('dotVote.results.decided');
    const badgeW = decided.size > 0 ? measureText(badgeText, { size: f.small, bold: true }) + f.small * 1.2 : 0;
    const barMaxW = Math.max(f.base * 2, o.width - m - barX - numW - (badgeW ? badgeW + f.base * 0.5 : 0));
    const rowPad = Math.round(f.base * 0.35);

    const lineCount = (lines: number) => lines * lh + 2 * rowPad;
    const n = result.ranked.length;
    const space = listBottom - listTop;
    // One line per option, then a second line for the options that need one, best-ranked first, while space lasts.
    const fit = fitCount(n, space, lineCount(1));
    let spare = space - fit.shown * lineCount(1) - (fit.more > 0 ? lineCount(1) : 0);
    const linesOf = new Map<number, string[]>();
    for (const r of result.ranked.slice(0, fit.shown)) {
      const text = result.options[r.index]?.text.trim() || o.t('dotVote.emptyOption');
      const two = wrapText(text, labelW, { size: f.base }, 2).lines;
      if (two.length > 1 && spare >= lh) {
        linesOf.set(r.index, two);
        spare -= lh;
      } else linesOf.set(r.index, wrapText(text, labelW, { size: f.base }, 1).lines);
    }

    let ry = listTop;
    result.ranked.slice(0, fit.shown).forEach((r, k) => {
      const opt = result.options[r.index];
      const lines = linesOf.get(r.index) ?? [];
      const h = lineCount(lines.length || 1);
      if (k % 2 === 1) parts.push(rectEl(m, ry, areaW, h, { fill: p.surface }));
      const isChosen = chosen.has(r.index);
      const isTied = tied.has(r.index);
      const rank = `${r.rank}${r.tied ? '=' : '.'}`;
      parts.push(textEl(m + rankW - f.base * 0.4, ry + rowPad + f.base * 0.92, rank, { size: f.base, bold: true, fill: isChosen ? p.accent : p.muted, anchor: 'end' }));
      parts.push(textBlock(m + rankW, ry + rowPad, lines, { size: f.base, bold: isChosen, fill: p.text, lineHeight: lh }).svg);
      const barH = Math.min(h - 2 * rowPad, Math.round(f.base * 1.1));
      const barY = ry + (h - barH) / 2;
      const w = (r.total / max) * barMaxW;
      const fill = isChosen ? p.accent : isTied ? p.warning : p.line;
      if (w > 0) parts.push(rectEl(barX, barY, Math.max(3, w), barH, { fill, rx: 3 }));
      parts.push(textEl(barX + Math.max(3, w) + f.base * 0.3, centredBaseline(barY, barH, f.base), String(r.total), { size: f.base, bold: true, fill: p.text }));
      if (opt && decided.has(opt.id)) {
        const bx = o.width - m - badgeW;
        const bh = Math.round(f.small * 1.5);
        parts.push(rectEl(bx, ry + (h - bh) / 2, badgeW, bh, { fill: p.success, rx: bh / 2 }));
        parts.push(textEl(bx + badgeW / 2, centredBaseline(ry + (h - bh) / 2, bh, f.small), badgeText, { size: f.small, bold: true, fill: p.onSuccess, anchor: 'middle' }));
      }
      ry += h;
    });
    if (fit.more > 0) parts.push(textEl(m + rankW, ry + rowPad + f.base * 0.92, o.t('pictures.more', { count: fit.more }), { size: f.base, bold: true, fill: p.muted }));

    // Legend: what the colours mean, and how many the team wanted.
    const items: [string, string][] = [[p.accent, o.t('pictures.dotVote.chosen', { count: result.cut.wanted })]];
    if (tied.size > 0) items.push([p.warning, o.t('dotVote.results.tieAtCut')]);
    let lx = m;
    const ly = bottom - legendH + m * 0.3;
    const sw = Math.round(f.small * 0.9);
    for (const [color, label] of items) {
      parts.push(rectEl(lx, ly + (lh - sw) / 2, sw, sw, { fill: color, rx: 2 }));
      const text = clampLine(label, o.width - m - lx - sw - f.small * 0.4, { size: f.small });
      parts.push(textEl(lx + sw + f.small * 0.4, centredBaseline(ly, lh, f.small), text, { size: f.small, fill: p.text }));
      lx += sw + f.small * 0.4 + measureText(text, { size: f.small }) + f.base * 1.2;
    }
    return done();
  },
};
