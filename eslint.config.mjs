import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The layers (docs/architecture.md), each kept to what it may import:
 *   engine/            pure: no host at all
 *   app/               use cases: the engine and the port, no adapter, no host
 *   workbook/shared/   what the adapters agree on: host-free, no adapter
 *   workbook/xlsx/     ExcelJS and OOXML; never the Office.js adapter or the in-memory Excel
 *   workbook/excel/    Office.js; never the xlsx adapter or the in-memory Excel
 *   workbook/fake-excel/  the in-memory Excel; shares only workbook/shared with the adapters
 *   taskpane/, commands/, cli/   the faces: workbooks only through the port, adapters only at their
 *                      entry (the file that connects a face to its workbook)
 * Only the command line and the xlsx adapter's file edges may import Node.
 */
const node = ['node:*', '/fs', '/fs/*', '/path', '/os', '/child_process', '/stream', '/util', '/worker_threads', '/zlib', '/crypto'];
const hostModules = ['exceljs', 'react', 'react-dom', 'react/*', '@fluentui/*', 'office-*', '@microsoft/*', ...node];
const adapters = ['**/workbook/xlsx', '**/workbook/xlsx/**', '**/workbook/excel', '**/workbook/excel/**', '**/workbook/fake-excel', '**/workbook/fake-excel/**'];

const OFFICE_GLOBALS = ['Office', 'Excel', 'OfficeExtension'].map((name) => ({
  name,
  message: 'Office.js is used in src/workbook/excel alone: the port (src/workbook/port.ts) for workbooks, src/workbook/excel/office.ts for the pages.',
}));
const restrict = (...groups) => ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }];
const NODE = [node, 'Only the command line and the xlsx adapter’s file edges use Node: pass bytes, not paths.'];
const NO_ADAPTERS = [adapters, 'Reach workbooks through the port (src/workbook/port.ts) and the use cases in src/app; only a face’s entry connects an adapter.'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', 'coverage/', 'out/', '**/*.xlsx'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // A promise nobody awaits hides its failure: type-aware, so it sees through every call.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  {
    files: ['src/**/*.tsx', 'src/taskpane/**/*.ts', 'src/preview/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['**/*.cjs', '*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Runs in Internet Explorer 11 before the bundle: ES5 only, a classic script.
    files: ['src/legacy/*.js'],
    languageOptions: { ecmaVersion: 5, sourceType: 'script' },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([hostModules, 'The engine is pure: it imports no host (Office.js, ExcelJS, React, Node).'], [['**/workbook/**', '**/app/**', '**/taskpane/**', '**/commands/**', '**/cli/**'], 'The engine imports nothing above it.']),
      'no-restricted-globals': ['error', 'Office', 'Excel', 'window', 'document', 'process', 'require'],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict([hostModules, 'Use cases are host-free: they run under every face.'], [adapters.concat('**/workbook/shared/**'), 'Use cases reach workbooks through the port alone.'], [['**/taskpane/**', '**/commands/**', '**/cli/**'], 'Use cases know no face.']),
      'no-restricted-globals': ['error', 'Office', 'Excel', 'window', 'document', 'process', 'require'],
    },
  },
  {
    files: ['src/workbook/*.ts', 'src/workbook/shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict([['exceljs', 'react', 'react-dom', '@fluentui/*', ...node], 'The port and the shared rules are host-free.'], [adapters, 'The port and the shared rules import no adapter.']),
      'no-restricted-globals': ['error', 'Office', 'Excel', 'window', 'document', 'process', 'require'],
    },
  },
  {
    files: ['src/workbook/excel/**/*.ts'],
    ignores: ['**/*.test.ts', 'src/workbook/excel/testing.ts'],
    rules: {
      'no-restricted-imports': restrict([['**/workbook/xlsx', '**/workbook/xlsx/**', '../xlsx', '../xlsx/**', '**/fake-excel', '**/fake-excel/**', 'exceljs'], 'The adapters meet only in src/workbook/shared.'], NODE),
    },
  },
  {
    // The in-memory Excel is a host imitation: it may use src/workbook/shared and the engine's pure
    // helpers (cells, text), ExcelJS for its .xlsx edge, and nothing else of Kaoping's.
    // fake-run.ts checks it against the Office.js adapter's API types.
    files: ['src/workbook/fake-excel/**/*.ts'],
    ignores: ['**/*.test.ts', 'src/workbook/fake-excel/fake-run.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [['**/workbook/xlsx', '**/workbook/xlsx/**', '../xlsx', '../xlsx/**', '**/workbook/excel', '**/workbook/excel/**', '../excel', '../excel/**'], 'The in-memory Excel shares only src/workbook/shared with the adapters.'],
        [['**/app/**', '**/taskpane/**', '**/commands/**', '**/cli/**', '**/preview/**', '**/workbook/port', '**/port'], 'The in-memory Excel imitates a host: it knows no use case, port or face.'],
        [['react', 'react-dom', 'react/*', '@fluentui/*', 'office-*', '@microsoft/*'], 'The in-memory Excel stands in for Office.js; it imports none.'],
        NODE,
      ),
    },
  },
  {
    files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx', 'src/commands/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'src/taskpane/index.tsx', 'src/commands/index.ts', 'src/taskpane/testing/**'],
    rules: {
      'no-restricted-imports': restrict(NO_ADAPTERS, [['**/workbook/shared/**'], 'Faces see workbooks through the port.'], [['**/cli/**', '**/preview/**'], 'Faces do not import one another.'], NODE),
      'no-restricted-globals': ['error', ...OFFICE_GLOBALS],
    },
  },
  {
    files: ['src/commands/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(NO_ADAPTERS, [['**/workbook/shared/**'], 'Faces see workbooks through the port.'], [['**/cli/**', '**/preview/**', '**/taskpane/ops', '**/taskpane/components/**', '**/taskpane/hooks/**', '**/taskpane/port-ops'], 'The ribbon command uses the recalculation itself, not the pane.'], NODE),
    },
  },
  {
    files: ['src/commands/index.ts', 'src/taskpane/index.tsx'],
    rules: {
      'no-restricted-imports': restrict([['**/workbook/*/**', '**/workbook/xlsx', '**/workbook/fake-excel'], 'The entry connects the Office.js adapter by its index (src/workbook/excel).'], NODE),
      'no-restricted-globals': ['error', ...OFFICE_GLOBALS],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    ignores: ['**/*.test.ts', 'src/cli/excel-sim.ts'],
    rules: {
      'no-restricted-imports': restrict([['**/workbook/xlsx/*', '**/workbook/excel/*', '**/workbook/fake-excel/**'], 'The command line opens workbooks through an adapter’s index (src/workbook/xlsx) and runs src/app/recalc.ts over it.'], [['**/taskpane/**', '**/commands/**', '**/preview/**', 'react', 'react-dom', '@fluentui/*'], 'Faces do not import one another.']),
    },
  },
  {
    // Node stays at the edges: everything in src but the command line, the preview's server and the
    // xlsx adapter's file edges is free of it.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'src/cli/**', 'src/preview/server.ts', 'src/engine/**', 'src/app/**', 'src/workbook/*.ts', 'src/workbook/shared/**', 'src/workbook/xlsx/**', 'src/workbook/excel/**', 'src/taskpane/**', 'src/commands/**'],
    rules: { 'no-restricted-imports': restrict(NODE) },
  },
  {
    files: ['src/workbook/xlsx/**/*.ts'],
    ignores: ['**/*.test.ts', 'src/workbook/xlsx/ooxml/zip.ts', 'src/workbook/xlsx/ooxml/stream.ts'],
    rules: {
      'no-restricted-imports': restrict([['**/workbook/excel', '**/workbook/excel/**', '../excel', '../excel/**', '**/fake-excel', '**/fake-excel/**'], 'The adapters meet only in src/workbook/shared.'], [['react', 'react-dom', '@fluentui/*', 'office-*', '@microsoft/*', ...node], 'The xlsx adapter takes and gives bytes: Node (zlib) only at its package edges, ooxml/zip.ts and ooxml/stream.ts.']),
    },
  },
);
