// @ts-check
// ESLint (flat config): `npm run lint` checks, `npm run format` fixes (with Prettier, which owns the layout).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'out/',
      'node_modules/',
      'test/.output/',
      'test/.scratch/',
      'test/fixtures/',
      'test/editor/.out/',
      '.vscode-test/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // The checker deliberately looks for control characters (binary files, stray bytes).
      'no-control-regex': 'off',
      // Lines of at most 120 characters (Prettier's width). Prettier cannot break comments, and
      // strings, regexes and URLs (messages, glossary data, patterns) are better whole.
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
    },
  },
  {
    // Plain JavaScript: the build script and test runners, run by node.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Type-aware rules that are cheap and catch real bugs: promises left floating or passed
    // where a callback's result is ignored, awaiting non-promises, assertions that do nothing.
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // node:test's test() returns a promise the runner awaits itself.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/await-thenable': 'error',
      // `sendRequest(...) as T` reads as well as `sendRequest<T>(...)`: the rule's generic-call form is noise.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
);
