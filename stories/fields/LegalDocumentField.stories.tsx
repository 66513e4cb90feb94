import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { LegalDocumentField } from '../../src/react/fields/LegalDocumentField';
import { TERMS_DOCUMENT_UUID } from '../../src/sandbox';
import { ControlledField, question } from '../support/fieldStory';
import { withKyc } from '../support/withKyc';

/** A legal document to read and accept; the answer is the accepted document's uuid. */
const meta = {
  title: 'Fields/LegalDocumentField',
  component: LegalDocumentField,
  decorators: [withKyc],
  args: {
    id: 'terms',
    question: question('terms_and_conditions', 'legal_document', 'Terms and Conditions'),
    value: null,
    onValueChange: fn(),
    applicationUuid: '',
  },
  render: (args) => <ControlledField field={LegalDocumentField} {...args} />,
} satisfies Meta<typeof LegalDocumentField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(await canvas.findByRole('checkbox', { name: /I have read and accept/ }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith(TERMS_DOCUMENT_UUID);
  },
};
export const Accepted: Story = {
  args: { value: TERMS_DOCUMENT_UUID },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('checkbox', { name: /I have read and accept/ })).toBeChecked();
  },
};
/** Accepted version 2.1, then the partner published 2.2: the box is unticked and says when it changed. */
export const Updated: Story = {
  args: { value: TERMS_DOCUMENT_UUID },
  parameters: { sandbox: { publishLegalDocuments: ['terms_and_conditions'] } },
  play: async ({ canvas, args }) => {
    const checkbox = await canvas.findByRole('checkbox', { name: /I have read and accept/ });
    await expect(checkbox).not.toBeChecked();
    await expect(checkbox).toHaveAccessibleDescription(
      /This document was updated on .+ please read it and accept it\./,
    );
    await expect(canvas.getByText('Version 2.2')).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Terms and Conditions' })).toHaveTextContent(
      'Changes in version 2.2',
    );
    await expect(args.onValueChange).not.toHaveBeenCalled();
  },
};
export const Invalid: Story = { args: { error: 'Please answer this question.' } };
export const Disabled: Story = { args: { value: TERMS_DOCUMENT_UUID, disabled: true } };

export const Loading: Story = {
  parameters: { sandbox: { faults: { routes: { legalDocuments: { latencyMs: 120_000 } } } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Loading document…')).toBeVisible();
  },
};

export const Failed: Story = {
  parameters: { sandbox: { faults: { routes: { legalDocuments: { failureRate: 1 } } } } },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText('The document could not be loaded.', undefined, { timeout: 10_000 }),
    ).toBeVisible();
  },
};
