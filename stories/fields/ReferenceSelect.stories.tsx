import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { ReferenceSelect } from '../../src/react/fields/ReferenceSelect';
import { ControlledField, question } from '../support/fieldStory';
import { withKyc } from '../support/withKyc';

/** A searchable choice among the attribute's definitions (read from the sandbox). */
const meta = {
  title: 'Fields/ReferenceSelect',
  component: ReferenceSelect,
  decorators: [withKyc],
  args: {
    id: 'citizenship',
    question: question('citizenship', 'reference', 'Citizenship'),
    value: null,
    onValueChange: fn(),
    applicationUuid: '',
  },
  render: (args) => <ControlledField field={ReferenceSelect} {...args} />,
} satisfies Meta<typeof ReferenceSelect>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(await canvas.findByRole('combobox', { name: /Citizenship/ }), 'Germ');
    await userEvent.click(await canvas.findByRole('option', { name: 'Germany' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith('DE');
  },
};
export const Filled: Story = {
  args: { value: 'DE' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByDisplayValue('Germany')).toBeVisible();
  },
};
export const Invalid: Story = { args: { error: 'Please choose an option from the list.' } };
export const Disabled: Story = { args: { value: 'DE', disabled: true } };

/** The definitions are slow to arrive (sandbox latency). */
export const Loading: Story = {
  parameters: { sandbox: { faults: { routes: { definitions: { latencyMs: 120_000 } } } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Loading options…')).toBeVisible();
  },
};

/** The definitions cannot be read: a message and Try again. */
export const Failed: Story = {
  parameters: { sandbox: { faults: { routes: { definitions: { failureRate: 1 } } } } },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText('The options could not be loaded.', undefined, { timeout: 10_000 }),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};
