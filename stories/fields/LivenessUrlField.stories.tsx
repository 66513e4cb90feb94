import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { LIVENESS_URL_KEY } from '../../src/core/schemas';
import { LivenessUrlField } from '../../src/react/fields/LivenessUrlField';
import { ControlledField, question } from '../support/fieldStory';
import { loadedKyc } from '../support/sandboxLoader';
import { withKyc } from '../support/withKyc';

/** The liveness check on SumSub's own site: a button that opens a fresh link in a new tab, then watches for completion. */
const meta = {
  title: 'Fields/LivenessUrlField',
  component: LivenessUrlField,
  decorators: [withKyc],
  args: {
    id: 'liveness-url',
    question: question(LIVENESS_URL_KEY, 'sumsub_liveness', 'SumSub liveness check URL', {
      description: 'Or complete the check on SumSub’s site.',
      is_required: false,
    }),
    value: null,
    onValueChange: fn(),
    applicationUuid: '',
  },
  render: (args, { loaded }) => (
    <ControlledField field={LivenessUrlField} {...args} applicationUuid={loadedKyc(loaded).application} />
  ),
} satisfies Meta<typeof LivenessUrlField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Open the liveness check (new tab)' })).toBeEnabled();
  },
};

/** The link cannot be minted (5xx): a message, and the button stays to try again. */
export const Failed: Story = {
  parameters: { sandbox: { faults: { routes: { getAttribute: { failureRate: 1 } } } } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Open the liveness check (new tab)' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The liveness check could not be started.');
  },
};
