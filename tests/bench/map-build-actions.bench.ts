// Builds the reference map through the real UI by keyboard only (15 steps in 4 lanes, one decision with two labelled
// branches, one step inserted between two others afterwards, two problem markers) and counts the key presses that are
// not characters of a step's text, against the 82 actions the same map took before issue 15. The result is checked
// through the API, so the count is for the whole map. Also: main-thread time per key press while building (CDP
// Performance.getMetrics TaskDuration) against the same number of key presses into a bare <textarea> on the same page.
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureRendererBuilt } from '../../scripts/lib/renderer-build.mjs';
import { chromiumExecutable } from '../../scripts/lib/tools.mjs';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { processMapCounts } from '../../shared/boards/process-map/counts';
import type { ProcessMapDoc } from '../../shared/boards/process-map/model';
import { call, startHost } from './bench-host';
import { overBudget, SMOKE } from './harness';

const BEFORE = 82;
const BUDGET = 40;
/** Key presses are paced like a coach typing fast: one every 100 ms, so each one's work is measured on its own. */
const PACE_MS = SMOKE ? 40 : 100;

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === 'TaskDuration')!.value;
}

class Driver {
  /** Non-typing presses by phase of the build. */
  readonly actions = new Map<string, number>();
  phase = '';
  presses = 0;
  mainThreadMs = 0;
  constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  private async timed(fn: () => Promise<void>): Promise<void> {
    const before = await taskSeconds(this.cdp);
    const t0 = Date.now();
    await fn();
    const wait = t0 + PACE_MS - Date.now();
    if (wait > 0) await this.page.waitForTimeout(wait);
    this.mainThreadMs += ((await taskSeconds(this.cdp)) - before) * 1000;
    this.presses++;
  }

  /** A non-typing key press: counted. */
  async key(key: string): Promise<void> {
    this.actions.set(this.phase, (this.actions.get(this.phase) ?? 0) + 1);
    await this.timed(() => this.page.keyboard.press(key));
  }

  /** A step's text, one character at a time: not counted as actions. */
  async text(s: string): Promise<void> {
    for (const ch of s) await this.timed(() => this.page.keyboard.type(ch));
  }

  get total(): number {
    return [...this.actions.values()].reduce((a, b) => a + b, 0);
  }
}

ensureRendererBuilt();
const dataDir = mkdtempSync(join(tmpdir(), 'lapimurto-bench-map-build-'));
const host = await startHost(dataDir);
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
try {
  const { id: workshopId } = await call<{ id: string }>(host.origin, 'library.create', { title: 'Kaaviomittaus' });
  const { id: teamId } = await call<{ id: string }>(host.origin, 'teams.create', {
    workshopId,
    team: { name: 'Nuoret' },
  });
  const { id: boardId } = await call<{ id: string }>(host.origin, 'boards.create', {
    workshopId,
    teamId,
    kind: 'process-map',
    name: 'Nykytila',
  });

  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'fi-FI' });
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.goto(`${host.origin}/#/w/${workshopId}/board/${boardId}`);
  const main = page.getByRole('main');
  const canvas = main.getByRole('application', { name: /^Prosessikaavio:/ });
  const editor = main.locator('textarea.pm-editor');
  await canvas.waitFor();
  // The anchor: a bare textarea on the same page, outside React.
  await page.evaluate(() => {
    const bare = document.createElement('textarea');
    bare.id = 'bench-bare';
    bare.setAttribute('aria-label', 'bare');
    bare.style.cssText = 'position:fixed;right:8px;bottom:8px;width:240px;height:60px;z-index:9999';
    document.body.appendChild(bare);
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const d = new Driver(page, cdp);

  const focused = async (what: 'canvas' | 'editor') => {
    const el = what === 'canvas' ? canvas : editor;
    for (
      let i = 0;
      i < 100 &&
      !(await el
        .evaluate((e) => e === document.activeElement || e.contains(document.activeElement))
        .catch(() => false));
      i++
    )
      await page.waitForTimeout(50);
  };
  const selectedId = () =>
    page.evaluate(
      () => document.querySelector<HTMLElement>('.pm-canvas .react-flow__node.selected')?.dataset.id ?? null,
    );
  const docNow = async () =>
    (await call<{ doc: ProcessMapDoc }>(host.origin, 'boards.get', { workshopId, id: boardId })).doc;
  /** The open editor's text is committed with Enter; back on the canvas with the step selected. */
  const commit = async () => {
    await d.key('Enter');
    await editor.waitFor({ state: 'hidden' });
    await focused('canvas');
  };
  /** Enter (or another add key) on the selected step, the step's text, Enter. */
  const add = async (text: string, key = 'Enter') => {
    await d.key(key);
    await focused('editor');
    await d.text(text);
    await commit();
  };
  /** Tab through the steps in flow order until `id` is selected (every Tab counted). */
  const tabTo = async (id: string) => {
    for (let i = 0; i < 20 && (await selectedId()) !== id; i++) await d.key('Tab');
    if ((await selectedId()) !== id) throw new Error(`could not reach step ${id} with Tab`);
  };
  /** Typing on the selected (blank) step edits it, as on an empty map it starts the first step; Enter commits. */
  const typeOn = async (text: string) => {
    await d.text(text[0]!);
    await focused('editor');
    await d.text(text.slice(1));
    await commit();
  };

  await focused('canvas');
  d.phase = 'lanes (Alt+L ×3)';
  for (let i = 0; i < 3; i++) await d.key('Alt+l');
  await page.waitForTimeout(200);

  d.phase = 'steps in a chain (Enter, text, Enter)';
  // The empty map has the keyboard: typing starts the first step.
  await typeOn('Nuori ottaa yhteyttä');
  await add('Kuraattori kuulee nuorta');
  const s1 = (await selectedId())!;
  await add('Kuraattori arvioi tilanteen');
  d.phase = 'lane moves (Shift+Down/Up)';
  await d.key('Shift+ArrowDown');
  d.phase = 'steps in a chain (Enter, text, Enter)';
  await add('Kuraattori ottaa yhteyttä kotiin');
  d.phase = 'problem markers (Alt+P)';
  await d.key('Alt+p');
  d.phase = 'steps in a chain (Enter, text, Enter)';
  await add('Terveydenhoitaja tapaa nuoren');
  d.phase = 'lane moves (Shift+Down/Up)';
  await d.key('Shift+ArrowDown');

  d.phase = 'decision and its two branches';
  await add('Tarvitaanko lääkärin arvio?', 'Control+Enter');
  // Enter on the question goes on to its unnamed "yes" step; the "no" one is reached with Tab later.
  const built = await docNow();
  const decisionId = built.nodes.find((n) => n.kind === 'decision')!.id;
  const branches = built.edges.filter((e) => e.source === decisionId);
  const yes = branches.find((e) => e.branch === 'yes')!.target;
  const no = branches.find((e) => e.branch === 'no')!.target;
  await tabTo(yes);
  await typeOn('Koululääkäri arvioi');
  d.phase = 'lane moves (Shift+Down/Up)';
  await d.key('Shift+ArrowDown');
  d.phase = 'steps in a chain (Enter, text, Enter)';
  await add('Lääkäri tekee lähetteen');
  await add('Nuorisopsykiatria arvioi');
  d.phase = 'problem markers (Alt+P)';
  await d.key('Alt+p');
  d.phase = 'steps in a chain (Enter, text, Enter)';
  await add('Hoitosuunnitelma laaditaan');
  await add('Hoito alkaa');
  d.phase = 'decision and its two branches';
  await tabTo(no);
  await typeOn('Terveydenhoitaja sopii seurannasta');
  d.phase = 'steps in a chain (Enter, text, Enter)';
  await add('Seurantakäynti kuukauden päästä');
  await add('Tilanne arvioidaan uudelleen');
  await add('Seuranta päättyy');

  d.phase = 'insert between, afterwards (Home, Tab to it, Enter, text, Enter)';
  // Home goes to the first step of the flow; Tab on from there.
  await d.key('Home');
  await tabTo(s1);
  await add('Kuraattori kirjaa yhteydenoton');

  // The result, through the API: the count is honest only if this is the reference map.
  await page.waitForTimeout(1500);
  const doc = await docNow();
  const counts = processMapCounts(doc);
  const text = new Map(doc.nodes.map((n) => [n.id, n.text]));
  const decision = doc.nodes.find((n) => n.kind === 'decision');
  const labelled = doc.edges
    .filter((e) => e.source === decision?.id && e.branch && text.get(e.target))
    .map((e) => e.branch)
    .sort();
  const inserted = doc.nodes.find((n) => n.text === 'Kuraattori kirjaa yhteydenoton');
  const between =
    inserted !== undefined &&
    doc.edges.some((e) => e.source === s1 && e.target === inserted.id) &&
    doc.edges.some((e) => e.source === inserted.id && text.get(e.target) === 'Kuraattori arvioi tilanteen') &&
    !doc.edges.some((e) => e.source === s1 && text.get(e.target) === 'Kuraattori arvioi tilanteen');
  const usedLanes = new Set(doc.nodes.map((n) => n.laneId)).size;
  const problems: string[] = [];
  if (counts.steps !== 15) problems.push(`${counts.steps} steps, not 15`);
  if (doc.lanes.length !== 4 || usedLanes !== 4) problems.push(`${doc.lanes.length} lanes (${usedLanes} used), not 4`);
  if (labelled.join() !== 'no,yes') problems.push(`decision branches ${JSON.stringify(labelled)}, not yes and no`);
  if (!between) problems.push('the inserted step is not between its neighbours');
  if (counts.problems !== 2) problems.push(`${counts.problems} problem markers, not 2`);
  if (doc.nodes.some((n) => n.text.trim() === '')) problems.push('a step has no text');
  if (problems.length > 0) {
    console.error(`map-build-actions: the map built is not the reference map: ${problems.join('; ')}`);
    process.exitCode = 1;
  }

  // The anchor: the same number of key presses into the bare textarea.
  await page.locator('#bench-bare').focus();
  let bareMs = 0;
  const sample = 'Kuraattori kirjaa yhteydenoton ';
  for (let i = 0; i < d.presses; i++) {
    const before = await taskSeconds(cdp);
    const t0 = Date.now();
    await page.keyboard.type(sample[i % sample.length]!);
    const wait = t0 + PACE_MS - Date.now();
    if (wait > 0) await page.waitForTimeout(wait);
    bareMs += ((await taskSeconds(cdp)) - before) * 1000;
  }

  const n = d.total;
  console.error(
    `map-build-actions: ${[...d.actions].map(([k, v]) => `${k}: ${v}`).join('; ')}; ${d.presses} key presses in all`,
  );
  console.log(`bench map-build-actions: ${n} actions, ratio ${(n / BEFORE).toFixed(2)} vs before-82`);
  const appPerKey = d.mainThreadMs / d.presses;
  const barePerKey = bareMs / d.presses;
  console.log(
    `bench map-build-keystroke: ${appPerKey.toFixed(3)} ms, ratio ${(appPerKey / barePerKey).toFixed(2)} vs bare-textarea`,
  );
  if (n > BUDGET) overBudget(`map-build-actions: ${n} non-typing key presses, over the budget of ${BUDGET}`);
} finally {
  await browser.close();
  host.child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
