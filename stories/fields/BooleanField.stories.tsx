import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { BooleanField } from '../../src/react/fields/BooleanField';
import { ControlledField, question } from '../support/fieldStory';
import { withKyc } from '../support/withKyc';

/** Yes / No for `boolean` attributes. */
const meta = {
  title: 'Fields/BooleanField',
  component: BooleanField,
  decorators: [withKyc],
  args: {
    id: 'is-pep',
    question: question('is_pep', 'boolean', 'Are you a politically exposed person?', {
      description: 'A person who holds or has held a prominent public function.',
    }),
    value: null,
    onValueChange: fn(),
    applicationUuid: '',
  },
  render: (args) => <ControlledField field={BooleanField} {...args} />,
} satisfies Meta<typeof BooleanField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('radio', { name: 'No' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith(false);
  },
};
export const Filled: Story = {
  args: { value: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('radio', { name: 'Yes' })).toBeChecked();
  },
};
export const Invalid: Story = { args: { error: 'Please answer this question.' } };
export const Disabled: Story = { args: { value: false, disabled: true } };
