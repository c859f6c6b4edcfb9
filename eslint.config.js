// ESLint flat config. `npm run lint` runs it with --max-warnings 0. Besides the usual rules it holds the layers of
// docs/architecture.md with no-restricted-imports, one block per folder (a later block replaces an earlier block's
// rule for the same files, so each block lists its whole set).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Node built-ins: exact names (`fs`, `fs/promises`) as paths, `node:*` as a pattern. */
const NODE_BUILTINS = builtinModules.filter((m) => !m.startsWith('_') && !m.startsWith('node:'));
/** An import of a package (or a subpath of it), never a relative path that happens to share its name. */
const pkg = (...names) => `^(${names.map((n) => n.replace(/[.]/g, '\\$&')).join('|')})(/.*)?$`;
/** A relative import that climbs into one of the top-level folders. */
const folder = (...names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;

const layer = (message, regex) => ({ regex, message });
const NODE = { message: 'This layer runs without Node: no node:* or Node built-ins.' };
const NO_ELECTRON = layer('Only electron/main and electron/preload import electron.', pkg('electron'));
const NO_NODE = layer(NODE.message, '^node:');
const NO_DOM = layer(
  'This layer runs without a DOM: no React, Konva or other browser-only packages.',
  pkg(
    'react',
    'react-dom',
    'react-i18next',
    'konva',
    'react-konva',
    '@xyflow/react',
    'html-to-image',
    'lucide-react',
    'zustand',
  ),
);
const NO_NODE_PACKAGES = layer(
  'Node-only package: it belongs in electron/backend.',
  pkg('better-sqlite3', 'exceljs', 'xlsx', '@resvg/resvg-js'),
);
const NO_RENDERER = layer('Only the renderer imports the renderer.', folder('renderer'));
const NO_ELECTRON_CODE = layer(
  'Reach the backend through the contract in shared/api, not by importing electron/.',
  folder('electron'),
);
const NO_SHELL = layer(
  'The backend and the CLI never import the Electron shell (electron/main, electron/preload).',
  folder('main', 'preload'),
);

const restrict = ({ node = false }, ...patterns) => [
  'error',
  {
    paths: node ? NODE_BUILTINS.map((name) => ({ name, message: NODE.message })) : [],
    patterns: node ? [NO_NODE, ...patterns] : patterns,
  },
];

export default defineConfig(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      '.native/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
      'resources/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names are deliberately unused (positional parameters, rest-omit destructuring).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: [
      'renderer/**/*.{ts,tsx}',
      'tests/dom/**/*.{ts,tsx}',
      'tests/bench/process-map-bare/**/*.{ts,tsx}',
      'tests/bench/react-hello-bare/**/*.{ts,tsx}',
    ],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
    rules: {
      // These three come from the React Compiler's checks; the app does not use the compiler, and the patterns they
      // report (syncing state from props in an effect, reading refs while rendering, Date.now() for a clock) are
      // deliberate here. Turning them on means restructuring ~60 components: a separate change.
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
      'react-hooks/purity': 'off',
    },
  },
  { files: ['scripts/**', 'electron/**', 'tests/**', '*.config.{js,ts}'], languageOptions: { globals: globals.node } },

  // The layers.
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': restrict(
        { node: true },
        NO_DOM,
        NO_NODE_PACKAGES,
        NO_ELECTRON,
        NO_RENDERER,
        NO_ELECTRON_CODE,
      ),
    },
  },
  {
    files: ['renderer/**'],
    rules: { 'no-restricted-imports': restrict({ node: true }, NO_NODE_PACKAGES, NO_ELECTRON, NO_ELECTRON_CODE) },
  },
  {
    files: ['electron/backend/**', 'electron/cli/**'],
    rules: { 'no-restricted-imports': restrict({}, NO_DOM, NO_ELECTRON, NO_RENDERER, NO_SHELL) },
  },
  {
    files: ['electron/main/**', 'electron/preload/**'],
    rules: { 'no-restricted-imports': restrict({}, NO_DOM, NO_RENDERER) },
  },
);
