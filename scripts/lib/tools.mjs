// The outside programs the tests use, found the same way by `npm test`, the Playwright config and the benchmarks:
// Chromium (CHROMIUM_PATH, then the system Chromium or Chrome, then a browser from `npx playwright install
// chromium`), LibreOffice (SOFFICE_PATH, then PATH and the usual install folders) and poppler's pdfinfo, pdftotext
// and pdftoppm (POPPLER_PATH, a folder, then PATH). A variable that is set must point at something that exists.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

const win = process.platform === 'win32';

/** The first `name` on PATH, or null (no shell, so nothing runs). */
export function onPath(name, env = process.env) {
  const exts = win ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const ext of exts) {
      const p = join(dir, name + ext);
      if (existsSync(p)) return p;
    }
  }
  return null;
}

/** Where `npx playwright install chromium` puts its browser (whether or not it is there). */
export function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    return chromium.executablePath() || null;
  } catch {
    return null;
  }
}

const SYSTEM_CHROMIUM = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe'],
};

function systemChromium(env, exists) {
  if (process.platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.LOCALAPPDATA].filter(Boolean);
    return roots.flatMap((r) => SYSTEM_CHROMIUM.win32.map((p) => join(r, p))).find((p) => exists(p)) ?? null;
  }
  const named = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']
    .map((n) => onPath(n, env))
    .find(Boolean);
  return (SYSTEM_CHROMIUM[process.platform] ?? []).find((p) => exists(p)) ?? named ?? null;
}

/**
 * `{ path, from }` for the Chromium to use, or `{ problem }`. `deps` replaces the file system and Playwright's
 * install location in tests.
 */
export function findChromium({
  env = process.env,
  exists = existsSync,
  system = systemChromium,
  playwright = playwrightChromium,
} = {}) {
  if (env.CHROMIUM_PATH) {
    return exists(env.CHROMIUM_PATH)
      ? { path: env.CHROMIUM_PATH, from: 'CHROMIUM_PATH' }
      : { problem: `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which does not exist` };
  }
  const sys = system(env, exists);
  if (sys) return { path: sys, from: 'system' };
  const pw = playwright();
  if (pw && exists(pw)) return { path: pw, from: 'playwright' };
  return { problem: 'no Chromium or Chrome found (CHROMIUM_PATH is not set)' };
}

export function findLibreOffice({ env = process.env, exists = existsSync } = {}) {
  if (env.SOFFICE_PATH) {
    return exists(env.SOFFICE_PATH)
      ? { path: env.SOFFICE_PATH, from: 'SOFFICE_PATH' }
      : { problem: `SOFFICE_PATH is set to ${env.SOFFICE_PATH}, which does not exist` };
  }
  const named = onPath('soffice', env) ?? onPath('libreoffice', env);
  if (named) return { path: named, from: 'system' };
  const usual = win
    ? [env.ProgramFiles, env['ProgramFiles(x86)']]
        .filter(Boolean)
        .map((r) => join(r, 'LibreOffice', 'program', 'soffice.exe'))
    : [
        '/Applications/LibreOffice.app/Contents/MacOS/soffice',
        '/usr/lib/libreoffice/program/soffice',
        '/opt/libreoffice/program/soffice',
      ];
  const found = usual.find((p) => exists(p));
  return found ? { path: found, from: 'system' } : { problem: 'soffice not found' };
}

export const POPPLER_TOOLS = ['pdfinfo', 'pdftotext', 'pdftoppm'];

/** `{ dir }` holding pdfinfo, pdftotext and pdftoppm ('' when they are on PATH), or `{ problem }`. */
export function findPoppler({ env = process.env, exists = existsSync } = {}) {
  const exe = win ? '.exe' : '';
  if (env.POPPLER_PATH) {
    const absent = POPPLER_TOOLS.filter((t) => !exists(join(env.POPPLER_PATH, t + exe)));
    return absent.length === 0
      ? { dir: env.POPPLER_PATH, from: 'POPPLER_PATH' }
      : { problem: `POPPLER_PATH is set to ${env.POPPLER_PATH}, which has no ${absent.join(', ')}` };
  }
  const absent = POPPLER_TOOLS.filter((t) => !onPath(t, env));
  return absent.length === 0 ? { dir: '', from: 'system' } : { problem: `${absent.join(', ')} not found` };
}

export const INSTALL = {
  chromium: {
    name: 'Chromium',
    debian: 'sudo apt-get install chromium   (or: npx playwright install chromium)',
    macos: 'brew install --cask chromium   (or: npx playwright install chromium)',
    windows: 'winget install Google.Chrome   (or: npx playwright install chromium)',
  },
  libreoffice: {
    name: 'LibreOffice (soffice)',
    debian: 'sudo apt-get install libreoffice-calc-nogui libreoffice-writer-nogui',
    macos: 'brew install --cask libreoffice',
    windows: 'winget install TheDocumentFoundation.LibreOffice',
  },
  poppler: {
    name: 'poppler (pdfinfo, pdftotext, pdftoppm)',
    debian: 'sudo apt-get install poppler-utils',
    macos: 'brew install poppler',
    windows: 'choco install poppler   (then add its bin folder to PATH or set POPPLER_PATH)',
  },
};

/**
 * Looks for every tool in `which` (default: all three); returns what was found and, when something is missing,
 * one message naming each missing tool with its install commands.
 */
export function checkTools(which = ['chromium', 'libreoffice', 'poppler'], finders = {}) {
  // `finders` replaces the lookups in tests.
  const find = { chromium: findChromium, libreoffice: findLibreOffice, poppler: findPoppler, ...finders };
  const found = {};
  const missing = [];
  for (const tool of which) {
    const r = find[tool]();
    if (r.problem) missing.push({ tool, problem: r.problem });
    else found[tool] = r;
  }
  if (missing.length === 0) return { found, missing, message: null };
  const lines = [`The tests need ${missing.length === 1 ? 'a program that is' : 'programs that are'} not installed:`];
  for (const { tool, problem } of missing) {
    const i = INSTALL[tool];
    lines.push(
      '',
      `  ${i.name}: ${problem}.`,
      `    Debian/Ubuntu: ${i.debian}`,
      `    macOS:         ${i.macos}`,
      `    Windows:       ${i.windows}`,
    );
  }
  return { found, missing, message: lines.join('\n') };
}

/** The Chromium to launch (benchmarks, Playwright); throws the install message when there is none. */
export function chromiumExecutable() {
  const { found, message } = checkTools(['chromium']);
  if (message) throw new Error(message);
  return found.chromium.path;
}
