// Lint rules that guard the architecture: core, React bindings and sandbox each import only what their layer allows.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/*
 * Import patterns are gitignore-style (see ESLint's no-restricted-imports): a leading slash anchors a
 * pattern to the start of the import, so '/react' is the react package (and 'react/…'), never a folder
 * named react; '!' re-allows what an earlier pattern of the same group forbade.
 */
const REACT_PACKAGES = ['/react', '/react-dom', '/react-hook-form', '@tanstack/*'];
const MOCK_PACKAGES = ['/msw'];
/** src/react, imported by relative path from another layer. */
const REACT_LAYER = ['../**/react'];
/** src/sandbox: its public entry ('…/sandbox', 'react-kyc-flow/sandbox') and every file inside it. */
const SANDBOX_LAYER = ['**/sandbox', '**/sandbox/**'];
/**
 * The core modules the sandbox shares with the widget: the API's schemas and the pure rules both sides
 * must agree on. Every other core module (client, http, autosave*, upload, errorMapping, …) is private.
 */
const SHARED_CORE_MODULES = ['schemas', 'attributes', 'answerRules', 'documentChoice', 'fileType'];

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', 'coverage', 'artifacts', 'node_modules', 'public/mockServiceWorker.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/react/**/*.{ts,tsx}', 'stories/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // Layer rules. Each layer's block states what it may not import; a later block for the same file would
  // replace, not extend, the rule, so the blocks' file sets do not overlap.
  {
    files: ['src/core/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...REACT_PACKAGES, ...MOCK_PACKAGES], message: 'src/core is React-free and mock-free.' },
            {
              group: [...REACT_LAYER, ...SANDBOX_LAYER],
              message: 'src/core imports neither src/react nor the sandbox.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/react/**/*.{ts,tsx}'],
    ignores: ['src/react/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...SANDBOX_LAYER, ...MOCK_PACKAGES],
              message: 'Shipped React code never imports the sandbox or msw.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/react/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/sandbox/*', '!**/sandbox/index', '!**/sandbox/msw'],
              message:
                "React tests use the sandbox through its public entries ('…/sandbox', '…/sandbox/msw'), not its internals.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/sandbox/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...REACT_PACKAGES, ...REACT_LAYER],
              message: 'The sandbox is React-free: no React packages, no src/react.',
            },
            {
              group: ['../**/core/*', ...SHARED_CORE_MODULES.map((name) => `!../**/core/${name}`)],
              message: `The sandbox imports only the core modules shared with it (${SHARED_CORE_MODULES.join(', ')}); the rest of src/core is the widget's own.`,
            },
          ],
        },
      ],
    },
  },
  {
    // The backend proxy (react-kyc-flow/server) runs in Node and on edge runtimes: Fetch standard only.
    files: ['src/server/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...REACT_PACKAGES, ...MOCK_PACKAGES, ...REACT_LAYER, ...SANDBOX_LAYER],
              message: 'src/server is React-free and never imports the sandbox or msw.',
            },
            {
              group: ['../**/core/*', ...SHARED_CORE_MODULES.map((name) => `!../**/core/${name}`)],
              message: `src/server imports only the pure core modules (${SHARED_CORE_MODULES.join(', ')}).`,
            },
            {
              group: ['node:*', '/http', '/https', '/stream', '/buffer', '/fs', '/net', '/url', '/util'],
              allowTypeImports: true,
              message: 'src/server must run on edge runtimes: no Node modules (type imports are fine).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'location', 'navigator', 'localStorage', 'sessionStorage', 'XMLHttpRequest'].map(
          (name) => ({ name, message: 'src/server runs on servers: no browser globals.' }),
        ),
        ...['process', 'Buffer', 'require', '__dirname', '__filename', 'setImmediate'].map((name) => ({
          name,
          message: 'src/server must run on edge runtimes: no Node globals.',
        })),
      ],
    },
  },
);
