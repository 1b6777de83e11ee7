// ESLint flat config (npm run lint, before `prettier --check .`).
// - runtime/: typescript-eslint's type-aware rules (strictTypeChecked + stylisticTypeChecked),
//   typed through tsconfig.json by the project service: no build needed.
// - everything else (scripts, fixtures, tests, e2e, bench, root configs): @eslint/js
//   recommended, with typescript-eslint's parser and non-type-aware recommended rules
//   for the .ts files, and the browser or node globals each place runs with.
// Formatting is Prettier's job alone: eslint-config-prettier, last, turns off every
// rule that could fight it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'build/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      // Sandboxed GTM code with %PLACEHOLDERS% that scripts/gtm/template.mjs fills in:
      // not JavaScript until generated (the template harness runs the generated code).
      'gtm-template/',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // Everything: plain JavaScript rules.
  js.configs.recommended,
  {
    rules: {
      // `catch {}` is how the runtime and the fakes swallow a failing foreign call on
      // purpose (the runtime never throws into the page); an empty catch block says so.
      'no-empty': ['error', { allowEmptyCatch: true }],
      // `const { omitted: _, ...rest } = object` is how a key is left out of a copy.
      'no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },

  // TypeScript outside runtime/ (tests, e2e, playwright.config.ts): syntax-only rules.
  {
    files: ['**/*.ts'],
    ignores: ['runtime/**'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Off in tests only: they read page globals inside page.evaluate (window.dataLayer, the
      // fake widgets, GTM's sandbox stand-in) and parsed JSON (containers, templates), whose
      // shapes are what the assertions check; typing them would restate every fixture.
      // runtime/ keeps the rule.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },

  // runtime/: type-aware rules.
  {
    files: ['runtime/**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: globals.browser,
    },
    rules: {
      // The runtime writes to the console only through lib/log.ts (debug mode).
      'no-console': 'error',
      // Off: the build targets ES2017, so TypeScript compiles `?.` and `??` into longer
      // ternaries, adding bytes to every file; and `||` treats '' and 0 as "not given" on
      // purpose (an empty vendor id, email or event name is no value).
      '@typescript-eslint/prefer-nullish-coalescing': 'off',
      '@typescript-eslint/prefer-optional-chain': 'off',
      // Off: it asks for `x!` where the code writes `x as T`, which the strict set's
      // no-non-null-assertion (kept on) forbids; the two rules contradict each other.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
      // `(x) => fn(x)` callbacks handed to vendors are the idiom here, and so is `return f()`
      // where both return void (braces and a separate return only add bytes); a void
      // expression used as a value anywhere else is still reported.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true, ignoreVoidReturningFunctions: true }],
      // `text[0] == '+'` is the short form of a one-character startsWith.
      '@typescript-eslint/prefer-string-starts-ends-with': ['error', { allowSingleElementEquality: 'always' }],
      // Keys and plugin names are built as `'k' + id` from numeric ids; any other operand mix
      // (unknown, objects, booleans) is still reported.
      '@typescript-eslint/restrict-plus-operands': ['error', { allowNumberAndString: true }],
    },
  },
  {
    // Off in adapters only: an adapter's `attach` receives the vendor's own global (typed
    // `any`: no vendor ships types chatwire could depend on, and their shapes vary by
    // version) and reads its payloads defensively (isObject, typeof, getPath) inside the
    // core's try/catch. Every use of such a value would otherwise need a cast that checks
    // nothing. The core and lib/ keep these rules.
    files: ['runtime/vendors/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Adapters test event names with short regex literals (`/ToV/.test(name)`): the same
      // result on strings, in fewer bytes per vendor file than includes/endsWith.
      '@typescript-eslint/prefer-includes': 'off',
      '@typescript-eslint/prefer-string-starts-ends-with': 'off',
    },
  },

  // Where each kind of file runs.
  {
    files: ['fixtures/**/*.js', 'bench/baseline/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
    rules: {
      // ES5 scripts (the fakes, and the Custom HTML listeners of bench/baseline) cannot omit
      // the binding of `catch (e)`; an unused one is fine.
      'no-unused-vars': ['error', { caughtErrors: 'none' }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', 'test/**/*.{ts,mjs}', '*.{mjs,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Node scripts that drive Chromium: the callbacks they pass to page.evaluate run in the page.
    files: ['bench/run.mjs', 'scripts/screenshots.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Playwright specs run in node; the callbacks they pass to page.evaluate run in the page.
    files: ['e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },

  prettier,
);
