import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/support/chromium';

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
      {
        // Every story in stories/ as a test in real Chromium: its loader seeds the in-tab sandbox (MSW),
        // its play function runs, then axe (addon-a11y, `a11y.test: 'error'`) fails it on any WCAG A/AA issue.
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
        test: {
          name: 'storybook',
          testTimeout: 30_000,
          // One page at a time: the SumSub stand-in frame's fetches reach MSW through the service worker,
          // which hands a nested frame's requests to the first active page of the origin. With parallel
          // pages that could be another file's sandbox, which does not know the token.
          fileParallelism: false,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
