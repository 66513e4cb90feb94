// Lint rules that guard the architecture: the React-free core and the sandbox stay apart from React.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*', '@tanstack/*', 'react-hook-form', 'msw', 'msw/*'],
              message: 'src/core is React-free and network-mock-free.',
            },
            {
              group: ['**/react/**', '**/sandbox/**'],
              message: 'src/core imports neither the React bindings nor the sandbox.',
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
            { group: ['**/sandbox/**', 'msw', 'msw/*'], message: 'Shipped React code never imports the sandbox.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/sandbox/**/*.ts'],
    ignores: ['src/sandbox/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', '@tanstack/*', 'react-hook-form'], message: 'The sandbox is React-free.' },
            {
              group: ['**/react/**', '**/core/client*', '**/core/http*'],
              message: 'The sandbox imports only the shared schemas and pure helpers from core.',
            },
          ],
        },
      ],
    },
  },
);
