/**
 * Library build: ESM to dist/ with the React-free core, React bindings, the sandbox (MSW) subpath and
 * the Node-only sandbox server as separate entries. Peers and the SumSub SDK stay external; the SDK is
 * loaded with a dynamic import only when a liveness question is on screen.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { builtinModules } from 'node:module';

const external = [
  'react',
  'react-dom',
  'react/jsx-runtime',
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
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    cssCodeSplit: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        sandbox: 'src/sandbox/index.ts',
        'sandbox-server': 'src/sandbox/server/index.ts',
      },
      formats: ['es'],
      cssFileName: 'styles',
    },
    rollupOptions: {
      external,
      output: { preserveModules: false, chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
