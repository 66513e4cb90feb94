import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { TextField } from '../../src/react/fields/TextField';
import { ControlledField, question } from '../support/fieldStory';
import { withKyc } from '../support/withKyc';

/** The plain field for `string`, `text`, `number`, `date`, `email` and `phone` attributes. */
const meta = {
  title: 'Fields/TextField',
  component: TextField,
  decorators: [withKyc],
  args: {
    kind: 'string',
    id: 'first-name',
    question: question('first_name', 'string', 'First name'),
    value: null,
    onValueChange: fn(),
    applicationUuid: '',
  },
  render: (args) => <ControlledField field={TextField} {...args} />,
} satisfies Meta<typeof TextField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: /First name/ }), 'Ada');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('Ada');
  },
};

export const Filled: Story = { args: { value: 'Ada' } };

/** A phone number the server refused: the message is tied to the input. */
export const Invalid: Story = {
  args: {
    kind: 'phone',
    id: 'phone',
    question: question('phone', 'phone', 'Phone number', { description: 'In international format.' }),
    value: '01511234',
    error: 'Please enter the phone number in international format, like +4915123456789.',
  },
  play: async ({ canvas }) => {
    const input = canvas.getByRole('textbox', { name: /Phone number/ });
    await expect(input).toBeInvalid();
    await expect(input).toHaveAccessibleDescription(/international format, like/);
  },
};

export const Disabled: Story = {
  args: { value: 'Ada', disabled: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('textbox', { name: /First name/ })).toBeDisabled();
  },
};

/** `text` attributes get a multi-line input. */
export const Multiline: Story = {
  args: {
    kind: 'text',
    id: 'address',
    question: question('residence_address', 'text', 'Residence address'),
    value: 'Invalidenstraße 117\n10115 Berlin',
  },
};
