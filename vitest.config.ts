import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: React-free code (core, sandbox, server) runs in Node; components run in jsdom
// against the in-browser sandbox (MSW). Browser tests in real Chromium live under test/browser.
export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/core/**/*.test.ts', 'src/sandbox/**/*.test.ts', 'test/node/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/react/**/*.test.{ts,tsx}', 'test/dom/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup-dom.ts'],
        },
      },
      {
        // Real Chromium (Debian's, through playwright-core) against the sandbox's HTTP server and a
        // partner page embedding <KycFlow>.
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
