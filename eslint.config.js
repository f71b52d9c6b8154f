// @ts-check
// Lint catches bugs; Prettier (.prettierrc.json) owns layout. TypeScript files are linted with type
// information (typescript-eslint's project service reads tsconfig.json), so a promise nobody awaits
// or a promise passed where a callback's result is ignored fails `npm run lint`.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'dist-*/', '.astro/', '.cache/', '.tmp/', 'test-results/', 'playwright-report/', 'blob-report/', 'bench/hugo/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    // On top of the recommended sets (which already fail floating and misused promises, `any` leaking
    // through, and empty catch blocks):
    rules: {
      // Promise.all over a mix of promises and plain values is fine; awaiting a plain value is not.
      '@typescript-eslint/await-thenable': ['error', { allowMixedPromiseArrays: true }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Sanitisers and slugs match control characters on purpose (NUL, C0 controls in XML).
      'no-control-regex': 'off',
    },
  },
  // Code that runs in the reader's browser.
  { files: ['src/client/**', '**/*.astro/*.ts', '**/*.astro/*.js'], languageOptions: { globals: globals.browser } },
  // The TypeScript project service does not read .astro files, so their frontmatter and <script>
  // blocks get the rules that need no type information.
  { files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'], extends: [tseslint.configs.disableTypeChecked] },
);
