import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { UnknownField } from '../../src/react/fields/UnknownField';
import { question } from '../support/fieldStory';
import { withKyc } from '../support/withKyc';

/** An attribute type this version does not know: shown, not answerable, the flow goes on. */
const meta = {
  title: 'Fields/UnknownField',
  component: UnknownField,
  decorators: [withKyc],
  args: {
    id: 'tax-id',
    question: question('tax_residency', 'hologram', 'Tax residency'),
    value: null,
    onValueChange: fn(),
    applicationUuid: '',
  },
} satisfies Meta<typeof UnknownField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Unknown: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/cannot be answered here yet/)).toBeVisible();
  },
};
