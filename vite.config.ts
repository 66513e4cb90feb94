/**
 * Library build: ESM to dist/, one file per source module (preserveModules) so a partner's bundler
 * keeps only what they use and can split the lazily loaded parts (the questionnaire, the SumSub SDK)
 * into their own chunks. Entries (each a subpath of the package's `exports`): the React bindings
 * (`index`: the widget, its provider, hooks and the API client), the field components for a partner's
 * own layout (`fields`), the sandbox without msw (`sandbox/index`) and its msw mount (`sandbox/msw`), the
 * Node-only sandbox server, the partner's backend proxy (`server`, Node and edge runtimes), and
 * `styles.css` (src/styles.css with every component stylesheet inlined).
 * Dependencies stay external; the non-React script tag build is vite.standalone.config.ts.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { builtinModules } from 'node:module';

const external = [
  'react',
  'react-dom',
  /^react\//,
  /^react-dom\//,
  '@tanstack/react-query',
  'react-hook-form',
  'valibot',
  'dompurify',
  '@sumsub/websdk-react',
  'msw',
  /^msw\//,
  ...builtinModules,
  /^node:/,
];

export default defineConfig({
  plugins: [react()],
  // public/ holds MSW's service worker for the demo and Storybook; it is not part of the package.
  publicDir: false,
  // Files the build emits (the photo-check worker) are found relative to the module that loads them
  // (`new URL('../assets/…', import.meta.url)`), wherever the partner's bundler or server puts the package.
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    // Needed for a CSS entry; the only CSS is the styles entry, so it is still one stylesheet.
    cssCodeSplit: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        fields: 'src/fields.ts',
        'sandbox/index': 'src/sandbox/index.ts',
        'sandbox/msw': 'src/sandbox/msw.ts',
        'sandbox/server/index': 'src/sandbox/server/index.ts',
        'server/index': 'src/server/index.ts',
        styles: 'src/styles.css',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external,
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
