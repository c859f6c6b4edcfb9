import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoWorkshop } from '../../../shared/demo';
import { drawBoardSections } from '../../../shared/boards/pictures';
import { dynamicTranslator } from '../../../shared/i18n/translate';

/**
 * resvg 2.6.2 panics on some SVGs (an arrow-head marker left outside a clipped section, with text beside it), and a
 * Rust panic there is not an exception: it aborts the whole process, the CLI or the app with it. Every section picture
 * of the demo is drawn here in a separate process that must live.
 */
const RENDER_ALL = `
const { Resvg } = require('@resvg/resvg-js');
const { readFileSync, readdirSync } = require('node:fs');
const dir = process.argv[1];
for (const f of readdirSync(dir)) new Resvg(readFileSync(dir + '/' + f, 'utf8'), { logLevel: 'off' }).render().asPng();
console.log('drawn');
`;

describe('resvg never sees a picture that aborts it', () => {
  // The Word document's size, where the demo's map first aborted the CLI.
  it('every demo board in sections at 1600 x 1000', () => {
    const size = { width: 1600, height: 1000, minFontPx: 24 };
    const dir = mkdtempSync(join(tmpdir(), 'lapimurto-resvg-'));
    try {
      const data = createDemoWorkshop({ lang: 'fi' });
      const t = dynamicTranslator('fi');
      let n = 0;
      for (const board of data.boards) {
        const teamBoards = data.boards.filter((b) => b.teamId === board.teamId);
        const svgs = drawBoardSections(board.kind, board.doc, board, {
          ...size,
          theme: 'light',
          t,
          teamBoards,
          lang: 'fi',
        });
        for (const svg of svgs ?? []) writeFileSync(join(dir, `${n++}.svg`), svg);
      }
      expect(n).toBeGreaterThan(data.boards.length);
      const out = execFileSync(process.execPath, ['-e', RENDER_ALL, dir], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(out.trim()).toBe('drawn');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
