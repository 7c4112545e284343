import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The lab sections: the folders of src/labs with a manifest, as the app's registry finds them. */
const labsFolder = fileURLToPath(new URL('./src/labs/', import.meta.url));
const labIds = readdirSync(labsFolder, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`${labsFolder}${entry.name}/manifest.ts`))
  .map((entry) => entry.name);

/** The features: the folders of src/features, each with its public face in index.ts. */
const featuresFolder = fileURLToPath(new URL('./src/features/', import.meta.url));
const featureIds = readdirSync(featuresFolder, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const publicFaces = featureIds.map((id) => `./${id}/index.ts`);

/**
 * Imports flow one way: core and progress ← content ← store ← ui ← features ← labs ← app. A
 * feature or a lab reaches another feature only through its public face (index.ts), no lab
 * section imports another (they share src/labs/shared), and the labs read the exercise through
 * its face, never the store. Paths are resolved, so a zone holds however an import is spelled.
 */
const layerZones = [
  {
    target: './src/core',
    from: './src',
    except: ['./core'],
    message: 'src/core imports only src/core.',
  },
  ...['progress', 'content', 'lms'].map((layer) => ({
    target: `./src/${layer}`,
    from: ['./src/store', './src/ui', './src/features', './src/labs', './src/app'],
    message: `src/${layer} sits below the store, the shared UI, the features, the labs and the app.`,
  })),
  {
    target: './src/store',
    from: ['./src/ui', './src/features', './src/labs', './src/app'],
    message: 'The store sits below the shared UI, the features, the labs and the app.',
  },
  {
    target: './src/ui',
    from: ['./src/features', './src/labs', './src/app'],
    message: 'The shared UI knows no feature, lab section or app.',
  },
  {
    target: './src/features',
    from: ['./src/labs', './src/app'],
    message: 'A feature never imports a lab section or the app.',
  },
  ...featureIds.map((id) => ({
    target: `./src/features/${id}`,
    from: './src/features',
    except: [`./${id}`, ...publicFaces.filter((face) => !face.startsWith(`./${id}/`))],
    message:
      'A feature reaches another only through its public face, src/features/<name>/index.ts.',
  })),
  {
    target: './src/labs',
    from: './src/features',
    except: publicFaces,
    message:
      'A lab section reads a feature only through its public face, src/features/<name>/index.ts.',
  },
  {
    target: './src/labs',
    from: './src/store',
    message: 'A lab section reads the exercise through its public face, src/features/exercise.',
  },
  { target: './src/labs', from: './src/app', message: 'Nothing imports the app: it composes.' },
  ...labIds.map((id) => ({
    target: `./src/labs/${id}`,
    from: './src/labs',
    except: [`./${id}`, './shared', './define-lab.ts'],
    message: 'A lab section never imports another: share through src/labs/shared.',
  })),
  {
    target: './src/labs/shared',
    from: './src/labs',
    except: ['./shared', './define-lab.ts'],
    message: 'The labs’ shared pieces know no section.',
  },
];

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
      group: ['**/store/**', '**/features/**', '**/app/**', '**/content/**', '../../*'],
      message: 'src/core imports only from src/core.',
    },
  ],
};

/** A lab section's model is pure like the core, and builds only on the core and itself. */
const labModelForbiddenImports = {
  patterns: [
    ...coreForbiddenImports.patterns.slice(0, 4),
    {
      // from src/labs/<id>/model/: ./… is the model, ../../../core/… the core; nothing else
      regex: '^\\.\\./(?!\\.\\./\\.\\./core/)',
      message: 'A lab model imports only from src/core and its own model folder.',
    },
  ],
};

/** Pure code is deterministic and self-contained: no host globals, no clock, no chance, no loading. */
const pureGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'fetch',
  'performance',
  'globalThis',
  'self',
].map((name) => ({ name, message: 'Pure code: no DOM or host globals.' }));
const pureProperties = [
  { object: 'Math', property: 'random', message: 'Use createRng(seed) from src/core/rng.' },
  { object: 'Date', property: 'now', message: 'Pure code is deterministic.' },
];

/** The progress domain is pure: the app's state, views and LMS adapters build on it, not in it. */
const progressForbiddenImports = {
  patterns: [
    {
      group: ['react', 'react-*', 'react/*', 'react-dom/*'],
      message: 'src/progress is React-free.',
    },
    { group: ['zustand', 'zustand/*'], message: 'src/progress knows nothing of the store.' },
    {
      group: ['**/store/**', '**/features/**', '**/app/**', '**/lms/**', '**/labs/**'],
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
      group: ['**/store/**', '**/features/**', '**/app/**'],
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

const pureSyntax = [
  ...htmlInjection,
  { selector: 'ImportExpression', message: 'Pure code loads nothing at run time.' },
  { selector: "NewExpression[callee.name='Date']", message: 'Pure code is deterministic.' },
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
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/core/**/*.{ts,tsx}', 'src/labs/*/model/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': ['error', coreForbiddenImports],
      'no-restricted-globals': ['error', ...pureGlobals],
      'no-restricted-properties': ['error', ...pureProperties],
      'no-restricted-syntax': ['error', ...pureSyntax],
    },
  },
  {
    files: ['src/labs/*/model/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', labModelForbiddenImports] },
  },
);
