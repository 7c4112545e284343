import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Packages the pure core must never import: it knows nothing of React, state, charts or the DOM. */
const coreForbiddenImports = {
  patterns: [
    {
      group: ['react', 'react-*', 'react/*', 'react-dom/*'],
      message: 'src/core is React-free.',
    },
    { group: ['zustand', 'zustand/*'], message: 'src/core knows nothing of the store.' },
    { group: ['recharts', 'recharts/*'], message: 'src/core knows nothing of charts.' },
    { group: ['katex', 'katex/*', 'react-katex'], message: 'src/core knows nothing of KaTeX.' },
    {
      // '../../*' from a core subfolder leaves src/core
      group: ['**/store/**', '**/components/**', '**/app/**', '**/content/**', '../../*'],
      message: 'src/core imports only from src/core.',
    },
  ],
};

/** The progress domain is pure: the app's state, views and LMS adapters build on it, not in it. */
const progressForbiddenImports = {
  patterns: [
    {
      group: ['react', 'react-*', 'react/*', 'react-dom/*'],
      message: 'src/progress is React-free.',
    },
    { group: ['zustand', 'zustand/*'], message: 'src/progress knows nothing of the store.' },
    {
      group: ['**/store/**', '**/components/**', '**/app/**', '**/lms/**', '**/labs/**'],
      message: 'src/progress imports only from src/core, src/content and itself.',
    },
  ],
};

/** The LMS adapters read the learner's progress through src/progress, never the store's insides. */
const lmsForbiddenImports = {
  patterns: [
    {
      group: ['react', 'react-*', 'react/*', 'react-dom/*', 'zustand', 'zustand/*'],
      message: 'src/lms is React- and store-free: it reads progress through a ProgressPort.',
    },
    {
      group: ['**/store/**', '**/components/**', '**/app/**'],
      message: 'src/lms reads progress through src/progress (ProgressPort), never src/store.',
    },
  ],
};

/** Ways to turn a string into markup. Only KaTeX, through react-katex in <Math>, writes HTML. */
const htmlInjection = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Only the <Math> component may inject HTML.',
  },
  {
    selector:
      'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Do not assign HTML strings: build elements, or render with React.',
  },
  {
    selector:
      'AssignmentExpression > MemberExpression.left[computed=true][property.value=/^(innerHTML|outerHTML)$/]',
    message: 'Do not assign HTML strings: build elements, or render with React.',
  },
  {
    selector:
      'CallExpression > MemberExpression.callee[property.name=/^(insertAdjacentHTML|createContextualFragment|setHTMLUnsafe)$/]',
    message: 'Do not parse HTML strings into the page: build elements, or render with React.',
  },
  {
    selector:
      "CallExpression > MemberExpression.callee[object.name='document'][property.name=/^write(ln)?$/]",
    message: 'Do not parse HTML strings into the page: build elements, or render with React.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-scorm',
      'node_modules',
      'test-artifacts',
      'reports',
      '.stryker-tmp',
      'tests/fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': ['error', htmlInjection[0]],
    },
  },
  {
    // the app's own code never writes markup from strings (tests may set up a DOM as they like)
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...htmlInjection] },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['src/progress/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', progressForbiddenImports] },
  },
  {
    files: ['src/lms/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', lmsForbiddenImports] },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': ['error', coreForbiddenImports],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'fetch',
          'performance',
        ].map((name) => ({ name, message: 'src/core is pure: no DOM or host globals.' })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use createRng(seed) from src/core/rng.' },
        { object: 'Date', property: 'now', message: 'src/core is deterministic.' },
      ],
    },
  },
);
