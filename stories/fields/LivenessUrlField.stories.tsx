import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { LIVENESS_URL_KEY } from '../../src/core/schemas';
import { LivenessUrlField } from '../../src/react/fields/LivenessUrlField';
import { ControlledField, question } from '../support/fieldStory';
import { loadedKyc } from '../support/sandboxLoader';
import { withKyc } from '../support/withKyc';

/**
 * The liveness check on SumSub's own site: the same one screen as the embedded check, with "Open the check"
 * (a fresh link in a new tab) as its action; the widget then watches for completion. (When the step also
 * has the embedded check, that field shows this link as its alternative and this one renders nothing.)
 */
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

/** Before opening: what happens, what to prepare, and "Open the check" (in a new tab). */
export const Intro: Story = {
  play: async ({ canvas }) => {
    const open = canvas.getByRole('button', { name: 'Open the check' });
    await expect(open).toBeEnabled();
    await expect(open).toHaveAccessibleDescription(expect.stringContaining('Opens in a new tab.'));
    await expect(canvas.getByText("We'll take a short video selfie to check it's really you.")).toBeVisible();
  },
};

/** The link cannot be had (5xx): a message, and the button stays to try again. */
export const CouldNotOpen: Story = {
  parameters: { sandbox: { faults: { routes: { getAttribute: { failureRate: 1 } } } } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Open the check' }));
    await expect(await canvas.findByRole('alert', undefined, { timeout: 15_000 })).toHaveTextContent(
      'The check could not be opened. Please try again.',
    );
    await expect(canvas.getByRole('button', { name: 'Open the check' })).toBeVisible();
  },
};
