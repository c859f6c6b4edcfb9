#!/usr/bin/env node
// Builds better-sqlite3 for the installed Electron's ABI into .native/electron-<ver>-<platform>-<arch>/ without
// touching node_modules (which keeps the Node build that tests, the CLI and the host use).
//   node scripts/native-electron.mjs [--force] [--package]
// --package also copies the result to .native/package/better_sqlite3.node for electron-builder's extraResources.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { repoRoot } from './lib/renderer-build.mjs';

const force = process.argv.includes('--force');
const forPackage = process.argv.includes('--package');
const platform = process.env.npm_config_platform || process.platform;
const arch = process.env.npm_config_arch || process.arch;

function fail(message) {
  console.error(`\n[native-electron] ${message}\n`);
  process.exit(1);
}

const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));
const electronPkg = join(repoRoot, 'node_modules', 'electron', 'package.json');
const sqlitePkgDir = join(repoRoot, 'node_modules', 'better-sqlite3');
if (!existsSync(electronPkg)) fail('node_modules/electron is missing: run `npm install` first.');
if (!existsSync(join(sqlitePkgDir, 'package.json')))
  fail('node_modules/better-sqlite3 is missing: run `npm install` first.');
const electronVersion = readJson(electronPkg).version;
const sqliteVersion = readJson(join(sqlitePkgDir, 'package.json')).version;

// Same rule as electron/main/native-binding.ts.
const outDir = join(repoRoot, '.native', `electron-${electronVersion}-${platform}-${arch}`);
const outFile = join(outDir, 'better_sqlite3.node');
const stamp = join(outDir, 'better-sqlite3.version');

function publishForPackage() {
  if (!forPackage) return;
  const pkgDir = join(repoRoot, '.native', 'package');
  mkdirSync(pkgDir, { recursive: true });
  copyFileSync(outFile, join(pkgDir, 'better_sqlite3.node'));
  console.log(`[native-electron] copied to .native/package/better_sqlite3.node for packaging`);
}

if (!force && existsSync(outFile) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === sqliteVersion) {
  console.log(`[native-electron] up to date: ${outFile}`);
  publishForPackage();
  process.exit(0);
}

console.log(
  `[native-electron] building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${platform}-${arch})`,
);
const work = mkdtempSync(join(tmpdir(), 'lapimurto-native-'));
const cleanup = () => rmSync(work, { recursive: true, force: true });
process.on('exit', cleanup);

// A private copy, so a node-gyp rebuild here can never replace node_modules' Node-ABI build.
const pkgCopy = join(work, 'better-sqlite3');
const nodeBuild = join(sqlitePkgDir, 'build');
cpSync(sqlitePkgDir, pkgCopy, {
  recursive: true,
  filter: (src) => src !== nodeBuild && !src.startsWith(nodeBuild + sep),
});

// npm exports .npmrc settings such as `nodedir` to scripts; those would point node-gyp at Node's headers.
const env = { ...process.env };
for (const key of Object.keys(env)) {
  if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|build_from_source)$/i.test(key)) delete env[key];
}
const bin = (name) => join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const run = (cmd, args) => {
  console.log(`[native-electron] $ ${[cmd.split(/[\\/]/).pop(), ...args].join(' ')}`);
  return (
    spawnSync(cmd, args, { cwd: pkgCopy, env, stdio: 'inherit', shell: process.platform === 'win32' }).status === 0
  );
};
const built = () => join(pkgCopy, 'build', 'Release', 'better_sqlite3.node');

let ok =
  run(bin('prebuild-install'), [
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
    `--platform=${platform}`,
    '--verbose',
  ]) && existsSync(built());
if (!ok) {
  console.log('[native-electron] no prebuilt binary; compiling with node-gyp against Electron headers');
  ok =
    run(bin('node-gyp'), [
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--arch=${arch}`,
      '--dist-url=https://electronjs.org/headers',
    ]) && existsSync(built());
}
if (!ok) {
  fail(
    [
      `could not build better-sqlite3 for Electron ${electronVersion}.`,
      'Both routes need the network: prebuild-install downloads a prebuilt binary from GitHub, node-gyp downloads',
      'Electron headers from electronjs.org (plus a C++ toolchain and Python). On a machine without that access the',
      'desktop app cannot start; the browser build (`npm run dev:web`) and `npm test` do not need this step.',
      'node_modules was not changed.',
    ].join('\n  '),
  );
}

mkdirSync(outDir, { recursive: true });
copyFileSync(built(), outFile + '.tmp');
renameSync(outFile + '.tmp', outFile);
writeFileSync(stamp, sqliteVersion + '\n');
console.log(`[native-electron] wrote ${outFile}`);
publishForPackage();
