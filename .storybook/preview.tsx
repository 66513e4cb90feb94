import type { Preview } from '@storybook/react-vite';
import '../src/styles.css';
import { sandboxLoader } from '../stories/support/sandboxLoader';

const preview: Preview = {
  tags: ['autodocs'],
  // Every story runs against the tab's sandbox: the loader starts MSW, applies faults, seeds the scenario.
  loaders: [sandboxLoader],
  parameters: {
    layout: 'padded',
    controls: { matchers: { date: /Date$/i } },
    options: { storySort: { order: ['KycFlow', ['Docs', 'Full flow'], 'Themes', 'Fields'] } },
    a11y: {
      // Any WCAG 2.0/2.1/2.2 A/AA violation fails the story's test (`npx vitest run --project storybook`).
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
  },
};

export default preview;
