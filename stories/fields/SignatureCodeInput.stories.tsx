import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn } from 'storybook/test';
import { SignatureCodeInput, type SignatureCodeInputProps } from '../../src/react/fields/SignatureCodeInput';

function Controlled(props: SignatureCodeInputProps) {
  const [value, setValue] = useState(props.value);
  return (
    <SignatureCodeInput
      {...props}
      value={value}
      onValueChange={(code) => {
        setValue(code);
        props.onValueChange(code);
      }}
    />
  );
}

/** The signature code: digits only, one-time-code autofill, paste of a whole code. */
const meta = {
  title: 'Fields/SignatureCodeInput',
  component: SignatureCodeInput,
  args: { id: 'sms-code', label: 'Code', value: '', onValueChange: fn() },
  render: (args) => <Controlled {...args} />,
} satisfies Meta<typeof SignatureCodeInput>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Letters and spaces are dropped as the client types. */
export const Empty: Story = {
  play: async ({ canvas, userEvent }) => {
    const input = canvas.getByRole('textbox', { name: 'Code' });
    await userEvent.type(input, '12 3a45');
    await expect(input).toHaveValue('12345');
  },
};
export const Filled: Story = { args: { value: '111111' } };
export const Invalid: Story = {
  args: { value: '000000', error: 'This code is not valid. Check it or ask for a new one.' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('textbox', { name: 'Code' })).toHaveAccessibleDescription(/not valid/);
  },
};
export const Disabled: Story = { args: { value: '111111', disabled: true } };
