/**
 * Serves the SumSub WebSDK stand-in (`/websdk/*`) from Storybook's own origin: a dev-server middleware
 * (Storybook and the Vitest browser runner), and the same files emitted into the static build (there
 * without the CSP headers a static host does not send). The stand-in's API calls go to
 * `/__sandbox/liveness/…` on this origin and are answered by the tab's sandbox through MSW.
 */
import type { Plugin } from 'vite';
import { LIVENESS_PAGE_PATH, WEBSDK_PAGE_PATH, handleStandInRequest } from '../src/sandbox/websdk/handleStandInRequest';

const STATIC_FILES = [
  WEBSDK_PAGE_PATH,
  LIVENESS_PAGE_PATH,
  '/websdk/websdk.js',
  '/websdk/liveness.js',
  '/websdk/standIn.css',
];

export function standInPlugin(): Plugin {
  return {
    name: 'kyc-sumsub-stand-in',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const response = handleStandInRequest(
          new Request(new URL(req.url ?? '/', 'http://storybook.local'), { method: req.method ?? 'GET' }),
        );
        if (!response) return next();
        res.statusCode = response.status;
        response.headers.forEach((value, name) => res.setHeader(name, value));
        void response.text().then((body) => res.end(body), next);
      });
    },
    async generateBundle() {
      for (const path of STATIC_FILES) {
        const response = handleStandInRequest(new Request(`http://storybook.local${path}`));
        if (response?.ok) this.emitFile({ type: 'asset', fileName: path.slice(1), source: await response.text() });
      }
    },
  };
}
