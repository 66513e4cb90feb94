import { builtPackage, type BuiltPackage } from './builtPackage';
import { consumerDir } from './nodeScript';
import {
  formatReport,
  INITIAL_BUDGET_GZIP_BYTES,
  measureConsumerBundle,
  type ConsumerBundleReport,
} from '../../../scripts/size';

let pkg: BuiltPackage;
let report: ConsumerBundleReport;
beforeAll(async () => {
  pkg = await builtPackage();
  report = await measureConsumerBundle(consumerDir(pkg));
  process.stdout.write(
    `\nSize of a partner app importing KycFlow (minified; React, ReactDOM, TanStack Query external):\n${formatReport(report)}\n`,
  );
}, 300_000);

describe('what a partner app downloads for <KycFlow>', () => {
  it('given a Vite app that imports KycFlow / should load at most 25 KB gzip up front', () => {
    expect(report.initialGzipBytes).toBeLessThanOrEqual(INITIAL_BUDGET_GZIP_BYTES);
  });

  it('given a Vite app that imports KycFlow / should load the SumSub SDK only on demand, in its own chunk', () => {
    expect(report.initial.flatMap((c) => c.packages)).not.toContain('@sumsub/websdk-react');
    const sdk = report.lazy.filter((c) => c.packages.includes('@sumsub/websdk-react'));
    expect(sdk).toHaveLength(1);
    expect(sdk[0]?.packages).not.toContain('react-hook-form');
  });

  it('given a Vite app that imports KycFlow / should not bundle the sandbox, msw or the peers', () => {
    const all = [...report.initial, ...report.lazy];
    const packages = all.flatMap((c) => c.packages);
    for (const name of ['msw', 'react', 'react-dom', '@tanstack/react-query']) expect(packages).not.toContain(name);
    expect(all.flatMap((c) => c.modules).filter((id) => id.includes('/sandbox/'))).toEqual([]);
  });
});
