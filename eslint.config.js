// ESLint flat config. Type-aware rules are not enabled: linting stays fast and
// does not depend on the TypeScript project graph.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig(
  // The build and test output folders .gitignore names (dist-*/ and test-results-*/ come from
  // parallel runs with E2E_OUT_DIR / E2E_RESULTS_DIR); linting them took minutes.
  globalIgnores(['dist/', 'dist-*/', 'node_modules/', 'test-results/', 'test-results-*/', 'playwright-report/', '.cache/', 'out/', 'src/core/generated/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Scripts, CLI, configs and tests run under Node; the app runs in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_name` marks a deliberately unused binding, e.g. `const { drop: _drop, ...rest } = obj`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    // The core is shared with the CLI and must stay free of UI frameworks.
    files: ['src/core/**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'zustand', 'monaco-editor'].map((name) => ({
            name,
            message: 'src/core is plain TypeScript: no UI frameworks',
          })),
          patterns: [
            {
              group: ['react/*', 'react-dom/*', 'zustand/*', 'monaco-editor/*', '@xyflow/*', '@monaco-editor/*'],
              message: 'src/core is plain TypeScript: no UI frameworks',
            },
          ],
        },
      ],
    },
  },
);
