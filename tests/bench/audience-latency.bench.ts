// A change on the laptop to the audience view: from the edit's API call (a wall note's text) to the first frame
// in which the projector's picture shows the new text, in a 1920x1080 audience page following the board. The change
// travels the way every window gets it: the edit commits, `workshop.changed` goes out over SSE, the audience refetches
// the board and redraws its SVG picture. Anchor, measured in the same page and run: the bare SSE round trip — a
// call that emits an event (an edit of a second workshop's round notes, which the audience ignores) until an EventSource in the
// page receives it. The budget is 100 ms.
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureRendererBuilt } from '../../scripts/lib/renderer-build.mjs';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { NOTE_COLORS } from '../../shared/domain/vocab';
import { call, startHost } from './bench-host';
import { median, size, SMOKE } from './harness';
import { chromiumExecutable } from '../../scripts/lib/tools.mjs';

const ROUNDS = size(15, 1);
const NOTE = '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9';

ensureRendererBuilt();
const dataDir = mkdtempSync(join(tmpdir(), 'lapimurto-bench-audience-'));
const host = await startHost(dataDir);
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
try {
  const { id: workshopId } = await call<{ id: string }>(host.origin, 'library.create', {
    title: 'Projektorin mittaus',
  });
  const { id: otherId } = await call<{ id: string }>(host.origin, 'library.create', { title: 'Kaiku' });
  const { id: teamId } = await call<{ id: string }>(host.origin, 'teams.create', {
    workshopId,
    team: { name: 'Tiimi' },
  });
  const { id: boardId } = await call<{ id: string }>(host.origin, 'boards.create', {
    workshopId,
    teamId,
    kind: 'ideas-wall',
    name: 'Ideaseinä',
  });
  const note = { id: NOTE, text: 'Alku', color: NOTE_COLORS[0], authorRole: '', clusterId: null, x: 100, y: 100 };
  await call(host.origin, 'boards.apply', { workshopId, id: boardId, command: { type: 'addNote', note } });
  await call(host.origin, 'presentation.setCurrent', { workshopId, content: { kind: 'board', boardId } });

  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'fi-FI' });
  // tsx names the evaluated arrow functions with a helper the page does not have.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.goto(`${host.origin}/audience`);
  await page.locator('.aud-picture-svg svg').filter({ hasText: 'Alku' }).waitFor();

  const edit: number[] = [];
  const echo: number[] = [];
  for (let i = 0; i <= ROUNDS; i++) {
    const word = `Kierros${i}`;
    const ms = await page.evaluate(
      ({ workshopId, boardId, noteId, word }) =>
        new Promise<number>((resolve, reject) => {
          const svgText = () => document.querySelector('.aud-picture-svg svg')?.textContent ?? '';
          const timer = setTimeout(() => reject(new Error(`"${word}" never appeared`)), 10_000);
          const t0 = performance.now();
          const observer = new MutationObserver(() => {
            if (!svgText().includes(word)) return;
            observer.disconnect();
            // Painted once the next frame starts.
            requestAnimationFrame(() => {
              clearTimeout(timer);
              resolve(performance.now() - t0);
            });
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
          void fetch(`/api/boards.apply`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({
              workshopId,
              id: boardId,
              command: { type: 'updateNote', id: noteId, patch: { text: word } },
            }),
          });
        }),
      { workshopId, boardId, noteId: NOTE, word },
    );
    const anchor = await page.evaluate(
      ({ otherId, title }) =>
        new Promise<number>((resolve, reject) => {
          const source = new EventSource('/api/events');
          const timer = setTimeout(() => reject(new Error('no echo')), 10_000);
          source.onopen = () => {
            const t0 = performance.now();
            source.onmessage = (m: MessageEvent<string>) => {
              const ev = JSON.parse(m.data) as { type: string; workshopId?: string };
              if (ev.type !== 'workshop.changed' || ev.workshopId !== otherId) return;
              const ms = performance.now() - t0;
              clearTimeout(timer);
              source.close();
              resolve(ms);
            };
            void fetch('/api/round.update', {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ workshopId: otherId, patch: { notes: title } }),
            });
          };
        }),
      { otherId, title: `Kaiku ${i}` },
    );
    if (i > 0) {
      edit.push(ms);
      echo.push(anchor);
    }
    await page.waitForTimeout(100);
  }
  const a = median(edit);
  const b = median(echo);
  console.error(
    `audience latency: ${edit.map((x) => x.toFixed(0)).join(', ')} ms; sse echo ${echo.map((x) => x.toFixed(0)).join(', ')} ms`,
  );
  console.log(`bench audience-latency: ${a.toFixed(3)} ms, ratio ${(a / b).toFixed(2)} vs sse-roundtrip-echo`);
  if (!(a < 100) && !SMOKE)
    console.error(`the audience showed the change after ${a.toFixed(0)} ms, over the 100 ms budget`);
} finally {
  await browser.close();
  host.child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
