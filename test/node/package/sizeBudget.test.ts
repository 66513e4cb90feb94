import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPackage, type BuiltPackage } from './builtPackage';
import { documentStepDownload, type DocumentStepDownload } from './documentStepDownload';
import { consumerDir } from './nodeScript';
import {
  BUNDLERS,
  formatReport,
  INITIAL_BUDGET_GZIP_BYTES,
  measureConsumerBundle,
  type Bundler,
  type ConsumerBundleReport,
} from '../../../scripts/size';

/** What a document step may download when it opens: the capture checks, the live camera, their worker. */
const DOCUMENT_STEP_BUDGET_GZIP_BYTES = 15 * 1024;

let pkg: BuiltPackage;
let step: DocumentStepDownload;
const reports = new Map<Bundler, ConsumerBundleReport>();
beforeAll(async () => {
  pkg = await builtPackage();
  step = await documentStepDownload(join(pkg.dir, 'dist'));
  // One after the other: the machine's cores are shared.
  for (const bundler of BUNDLERS) reports.set(bundler, await measureConsumerBundle(consumerDir(pkg), { bundler }));
  process.stdout.write(
    `\nSize of a partner app importing KycFlow (minified; React, ReactDOM, TanStack Query external):\n${[
      ...reports.values(),
    ]
      .map(formatReport)
      .join('\n')}\n` +
      `Downloaded when a document step opens (esbuild, minified): ${step.files
        .map((file) => `${file.name} ${(file.gzipBytes / 1024).toFixed(1)} KB`)
        .join(', ')} gzip\n`,
  );
}, 300_000);

const report = (bundler: Bundler): ConsumerBundleReport => {
  const found = reports.get(bundler);
  if (!found) throw new Error(`no ${bundler} report`);
  return found;
};
const modulesOf = (chunks: ConsumerBundleReport['initial']) => chunks.flatMap((c) => c.modules);
const catalogue = (language: string) => new RegExp(`/dist/react/i18n/${language}\\.js$`);

describe.each(BUNDLERS)('what a partner app built with %s downloads for <KycFlow>', (bundler) => {
  it('given an app that imports KycFlow / should load at most 20 KB gzip up front', () => {
    expect(report(bundler).initialGzipBytes).toBeLessThanOrEqual(INITIAL_BUDGET_GZIP_BYTES);
  });

  it('given an app that imports KycFlow / should load the fields, react-hook-form and DOMPurify only with the questionnaire', () => {
    const { initial, lazy } = report(bundler);
    expect(initial.flatMap((c) => c.packages)).not.toContain('dompurify');
    expect(initial.flatMap((c) => c.packages)).not.toContain('react-hook-form');
    expect(modulesOf(initial).filter((id) => /\/dist\/react\/fields\//.test(id))).toEqual([]);
    expect(lazy.flatMap((c) => c.packages)).toEqual(expect.arrayContaining(['dompurify', 'react-hook-form']));
  });

  it('given an app that imports KycFlow / should load each message catalogue on its own, only when used', () => {
    const { initial, lazy } = report(bundler);
    for (const language of ['en', 'de', 'fr', 'ar']) {
      expect(modulesOf(initial).filter((id) => catalogue(language).test(id))).toEqual([]);
      const chunks = lazy.filter((c) => c.modules.some((id) => catalogue(language).test(id)));
      expect(chunks).toHaveLength(1);
      expect(chunks[0]?.modules.filter((id) => /\/dist\/react\/i18n\/(en|de|fr|ar)\.js$/.test(id))).toHaveLength(1);
    }
  });

  it('given an app that imports KycFlow / should load the SumSub SDK only on demand, in its own chunk', () => {
    const { initial, lazy } = report(bundler);
    expect(initial.flatMap((c) => c.packages)).not.toContain('@sumsub/websdk-react');
    const sdk = lazy.filter((c) => c.packages.includes('@sumsub/websdk-react'));
    expect(sdk).toHaveLength(1);
    expect(sdk[0]?.packages).not.toContain('react-hook-form');
  });

  it('given an app that imports KycFlow / should load the capture checks, the camera and their worker only when a document step opens', () => {
    const { initial, lazy } = report(bundler);
    const onDemand = [...step.modules, ...step.workers].map((path) => `/dist/${path}`);
    const isOnDemand = (id: string) => onDemand.some((path) => id.endsWith(path));
    expect(modulesOf(initial).filter(isOnDemand)).toEqual([]);
    const withModule = (path: string) => [...initial, ...lazy].filter((c) => c.modules.some((id) => id.endsWith(path)));
    const runner = withModule('/dist/core/captureCheckRunner.js');
    expect(runner.filter((c) => lazy.includes(c))).toHaveLength(1);
    // The pixel checks travel with the runner, not with the questionnaire (which reads only the thresholds).
    expect(withModule('/dist/core/captureChecks.js')).toEqual(runner);
  });

  it('given an app that imports KycFlow / should not bundle the sandbox, msw or the peers', () => {
    const all = [...report(bundler).initial, ...report(bundler).lazy];
    const packages = all.flatMap((c) => c.packages);
    for (const name of ['msw', 'react', 'react-dom', '@tanstack/react-query']) expect(packages).not.toContain(name);
    expect(modulesOf(all).filter((id) => id.includes('/sandbox/'))).toEqual([]);
  });
});

describe('what a document step downloads when it opens', () => {
  it('given the built package / should fetch the capture checks, the live camera and their worker in at most 15 KB gzip', () => {
    // Found by what they do, not by name: the module loaded on demand that starts the worker.
    const runner = step.entries.filter((entry) =>
      readFileSync(join(pkg.dir, 'dist', entry), 'utf8').includes('new Worker('),
    );
    expect(runner).toEqual(['core/captureCheckRunner.js']);
    expect(step.modules).toEqual(expect.arrayContaining(['core/captureChecks.js', 'core/cameraSession.js']));
    expect(step.workers).toEqual([expect.stringMatching(/^assets\/captureChecksWorker-[\w-]+\.js$/)]);
    expect(step.totalGzipBytes).toBeLessThanOrEqual(DOCUMENT_STEP_BUDGET_GZIP_BYTES);
  });
});
