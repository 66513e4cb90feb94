/** Three theme presets side by side: the light default, dark, and a partner brand. */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { KycFlow } from '../src/react/KycFlow';
import type { KycTheme } from '../src/react/theme';
import { kycProps } from './support/sandboxLoader';

const PRESETS: { name: string; theme: KycTheme }[] = [
  { name: 'Light (default)', theme: { colorScheme: 'light' } },
  { name: 'Dark', theme: { colorScheme: 'dark' } },
  {
    name: 'Brand',
    theme: {
      colorScheme: 'light',
      variables: {
        colorPrimary: '#5b21b6',
        colorOnPrimary: '#ffffff',
        colorText: '#1e1b4b',
        colorBorder: '#6d5fa8',
        radius: '14px',
        fontFamily: 'Georgia, serif',
        focusRing: '#c026d3',
      },
    },
  },
];

const meta = {
  title: 'Themes',
  component: KycFlow,
  args: { apiBaseUrl: '/kyc', legalEntityUuid: '', clientUuid: '' },
  parameters: { layout: 'fullscreen', sandbox: { scenario: 'new' } },
} satisfies Meta<typeof KycFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The same client (level choice) in each preset, through the `theme` prop only. */
export const Presets: Story = {
  render: (args, { loaded }) => (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 16, padding: 16 }}>
      {PRESETS.map(({ name, theme }) => (
        <div key={name}>
          <h2 style={{ font: '600 14px system-ui', margin: '0 0 8px' }}>{name}</h2>
          <KycFlow {...args} {...kycProps(loaded)} theme={theme} />
        </div>
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    await waitFor(() =>
      expect(canvas.getAllByRole('heading', { name: 'Choose a verification level' })).toHaveLength(3),
    );
  },
};
