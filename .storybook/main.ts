import type { StorybookConfig } from '@storybook/react-vite';
import { standInPlugin } from './standInPlugin';

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // mockServiceWorker.js (MSW's worker) must be served from the root.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  // Open on the whole flow rather than the first docs page: runs before the manager reads the URL.
  managerHead: (head) =>
    `${head}<script>if (!new URLSearchParams(location.search).has('path')) history.replaceState(null, '', '?path=/story/kycflow--full-flow');</script>`,
  typescript: { reactDocgen: 'react-docgen-typescript' },
  viteFinal(viteConfig) {
    viteConfig.plugins = [...(viteConfig.plugins ?? []), standInPlugin()];
    return viteConfig;
  },
};

export default config;
