/**
 * The standalone build: `dist/standalone/kyc-flow.js`, ONE ES module with React, ReactDOM, TanStack
 * Query, every dependency and the stylesheet inside, for pages that do not use React:
 * `<script type="module" src="…/kyc-flow.js">` registers `<kyc-flow>`, and
 * `import { mountKycFlow } from '…/kyc-flow.js'` mounts the flow into any element.
 * Runs after the library build (`npm run build`), so it must not empty dist/.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  publicDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/standalone',
    emptyOutDir: false,
    sourcemap: false,
    minify: true,
    lib: {
      entry: 'src/standalone/index.ts',
      formats: ['es'],
      fileName: () => 'kyc-flow.js',
    },
    rollupOptions: {
      // One file: the questionnaire and the SumSub SDK, lazy chunks in the library build, are inlined.
      // Vite keeps whitespace in ES library output; this file is for browsers only, so minify it fully.
      output: { codeSplitting: false, minify: true },
    },
  },
});
