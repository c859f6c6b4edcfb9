import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/lib/renderer-build.mjs';
import { checkTools, findChromium, findLibreOffice, findPoppler } from '../../../scripts/lib/tools.mjs';

const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

describe('finding Chromium', () => {
  const system = (_env: unknown, exists: (p: string) => boolean) =>
    exists('/usr/bin/chromium') ? '/usr/bin/chromium' : null;
  const playwright = () => '/home/u/.cache/ms-playwright/chromium-1/chrome';

  it('takes CHROMIUM_PATH first, and a CHROMIUM_PATH that does not exist is an error, not a fallback', () => {
    const exists = only('/opt/chrome', '/usr/bin/chromium', playwright());
    expect(findChromium({ env: { CHROMIUM_PATH: '/opt/chrome' }, exists, system, playwright })).toEqual({
      path: '/opt/chrome',
      from: 'CHROMIUM_PATH',
    });
    const r = findChromium({ env: { CHROMIUM_PATH: '/nonexistent' }, exists, system, playwright });
    expect(r).toEqual({ problem: expect.stringContaining('CHROMIUM_PATH is set to /nonexistent') });
  });

  it('then the system browser, then the one `npx playwright install chromium` put in place', () => {
    expect(findChromium({ env: {}, exists: only('/usr/bin/chromium', playwright()), system, playwright })).toEqual({
      path: '/usr/bin/chromium',
      from: 'system',
    });
    expect(findChromium({ env: {}, exists: only(playwright()), system, playwright })).toEqual({
      path: playwright(),
      from: 'playwright',
    });
    expect(findChromium({ env: {}, exists: only(), system, playwright })).toHaveProperty('problem');
  });
});

describe('finding LibreOffice and poppler', () => {
  it('honours SOFFICE_PATH and POPPLER_PATH, and reports them when they point nowhere', () => {
    expect(findLibreOffice({ env: { SOFFICE_PATH: '/lo/soffice' }, exists: only('/lo/soffice') })).toEqual({
      path: '/lo/soffice',
      from: 'SOFFICE_PATH',
    });
    expect(findLibreOffice({ env: { SOFFICE_PATH: '/nope' }, exists: only() })).toHaveProperty('problem');
    expect(findLibreOffice({ env: { PATH: '' }, exists: only() })).toHaveProperty('problem');
    const bin = process.platform === 'win32' ? (t: string) => `/p/${t}.exe` : (t: string) => `/p/${t}`;
    const all = only(bin('pdfinfo'), bin('pdftotext'), bin('pdftoppm'));
    expect(findPoppler({ env: { POPPLER_PATH: '/p' }, exists: all })).toEqual({ dir: '/p', from: 'POPPLER_PATH' });
    expect(findPoppler({ env: { POPPLER_PATH: '/p' }, exists: only(bin('pdfinfo')) })).toEqual({
      problem: expect.stringContaining('pdftotext, pdftoppm'),
    });
  });
});

describe('the missing-tools message', () => {
  it('is one message naming each missing tool with its install command on Debian/Ubuntu, macOS and Windows', () => {
    const { missing, message } = checkTools(['chromium', 'libreoffice', 'poppler'], {
      chromium: () => ({ problem: 'no Chromium or Chrome found' }),
      libreoffice: () => ({ path: '/usr/bin/soffice', from: 'system' }),
      poppler: () => ({ problem: 'pdfinfo not found' }),
    });
    expect(missing.map((m) => m.tool)).toEqual(['chromium', 'poppler']);
    expect(message).toContain('Chromium: no Chromium or Chrome found');
    expect(message).toContain('poppler (pdfinfo, pdftotext, pdftoppm): pdfinfo not found');
    expect(message).not.toContain('LibreOffice');
    for (const line of [
      'sudo apt-get install chromium',
      'brew install --cask chromium',
      'winget install Google.Chrome',
      'sudo apt-get install poppler-utils',
      'brew install poppler',
    ]) {
      expect(message).toContain(line);
    }
  });

  it('is null when everything is there', () => {
    expect(checkTools(['chromium'], { chromium: () => ({ path: '/c', from: 'system' }) }).message).toBeNull();
  });
});

describe('npm test with a CHROMIUM_PATH that does not exist', () => {
  it('exits non-zero within 30 s with one message naming Chromium, before any test runs', () => {
    const started = Date.now();
    const win = process.platform === 'win32';
    const r = spawnSync(win ? 'npm.cmd' : 'npm', ['test'], {
      cwd: repoRoot,
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent' },
      encoding: 'utf8',
      timeout: 30_000,
      shell: win,
    });
    const seconds = (Date.now() - started) / 1000;
    const output = `${r.stdout}${r.stderr}`;
    expect(r.signal, output).toBeNull();
    expect(r.status).not.toBe(0);
    expect(seconds).toBeLessThan(30);
    expect(output.match(/Chromium: CHROMIUM_PATH is set to \/nonexistent, which does not exist/g)).toHaveLength(1);
    expect(output).toContain('Nothing was run.');
    // Neither runner started.
    expect(output).not.toMatch(/\bRUN\b|Running \d+ tests?/);
  });
});
