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

export default tseslint.config(
  {
    ignores: [
      'dist',
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
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Only the <Math> component may inject HTML.',
        },
      ],
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
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
