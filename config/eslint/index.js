// The portal's one ESLint configuration (flat config), shared by every workspace through the root
// eslint.config.js. TypeScript rules everywhere; React and hooks rules where React runs (the web and the
// admin pages of the CMS and the plugins); Next's rules for the web. Formatting is Prettier's job
// (eslint-config-prettier switches off the rules that would disagree with it).
import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import nextPlugin from '@next/eslint-plugin-next';
import prettier from 'eslint-config-prettier';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Generated or built files: never linted. */
export const ignores = [
  '**/node_modules/**',
  '**/dist/**',
  '**/build/**',
  '**/.next/**',
  '**/.next-*/**',
  '**/.strapi/**',
  '**/.tmp/**',
  '**/.cache/**',
  '**/coverage/**',
  '**/public/uploads/**',
  '**/public/vendor/**',
  '**/types/generated/**',
  '**/src/graphql/generated/**',
  '**/next-env.d.ts',
];

const REACT_FILES = ['web/**/*.{ts,tsx}', 'cms/src/admin/**/*.{ts,tsx}', 'plugins/*/admin/**/*.{ts,tsx}'];

export default tseslint.config(
  { ignores },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names are deliberately unused (a parameter kept for its position, a skipped element).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    // Every package a file imports is declared by its own workspace (the nearest package.json): an import that works
    // only because another workspace's dependency was hoisted breaks on the first install that hoists differently.
    plugins: { import: importPlugin },
    rules: {
      'import/no-extraneous-dependencies': [
        'error',
        { devDependencies: true, optionalDependencies: false, peerDependencies: true, includeTypes: true },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Scripts the web serves as they are (no bundler): plain browser JavaScript.
    files: ['web/public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  {
    files: REACT_FILES,
    ...react.configs.flat.recommended,
    ...react.configs.flat['jsx-runtime'],
    languageOptions: {
      ...react.configs.flat.recommended.languageOptions,
      globals: { ...globals.browser, ...globals.node },
    },
    settings: { react: { version: '19' } },
  },
  {
    files: REACT_FILES,
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'react/prop-types': 'off',
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    plugins: { '@next/next': nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      // Images are the CMS's own uploads in the responsive formats Strapi already made (Picture writes their
      // srcset); next/image's optimizer would encode them again on every web node.
      '@next/next/no-img-element': 'off',
    },
    settings: { next: { rootDir: 'web' } },
  },
  {
    // The 404 for addresses outside every locale renders its own <html> outside the app's layouts; its links are
    // plain anchors on purpose (a full load into the locale's layout, not a client transition).
    files: ['web/src/app/global-not-found.tsx'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    // Routes served as plain HTML documents (no React runtime) write their own <head>.
    files: ['web/src/components/document/HtmlDocument.tsx'],
    rules: { '@next/next/no-head-element': 'off' },
  },
  prettier,
);
