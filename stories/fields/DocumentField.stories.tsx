import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import type { KycDocument } from '../../src/core/schemas';
import { DocumentField } from '../../src/react/fields/DocumentField';
import { ControlledField, question } from '../support/fieldStory';
import { loadedKyc } from '../support/sandboxLoader';
import { sandbox } from '../support/sandboxWorker';
import { withKyc } from '../support/withKyc';

/** A real 1×1 PNG, as a customer's picture of their passport. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const passportPng = () => new File([PNG], 'passport.png', { type: 'image/png' });

function fileInput(canvasElement: HTMLElement): HTMLInputElement {
  const input = canvasElement.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('No file input');
  return input;
}

/** Upload of an identity document: pick or drop a file, progress, preview, replace. */
const meta = {
  title: 'Fields/DocumentField',
  component: DocumentField,
  decorators: [withKyc],
  args: {
    id: 'passport',
    question: question('passport', 'document', 'Passport', {
      description: 'The page with your photo. JPEG, PNG, WebP, HEIC or PDF, up to 10 MB.',
    }),
    value: null,
    onValueChange: fn(),
    applicationUuid: '',
  },
  render: (args, { loaded }) => (
    <ControlledField field={DocumentField} {...args} applicationUuid={loadedKyc(loaded).application} />
  ),
} satisfies Meta<typeof DocumentField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    await userEvent.upload(fileInput(canvasElement), passportPng());
    await expect(await canvas.findByText('Uploaded: passport.png', undefined, { timeout: 10_000 })).toBeVisible();
    await expect(args.onValueChange).toHaveBeenCalledWith(
      expect.objectContaining({ files: [expect.objectContaining({ name: 'passport.png' })] }),
    );
  },
};

/** The passport of an application in review (seeded by the sandbox). */
export const Filled: Story = {
  parameters: { sandbox: { scenario: 'in_review' } },
  render: (args, { loaded }) => {
    const { application } = loadedKyc(loaded);
    const passport = (sandbox.inspect(application)?.answers['passport'] ?? null) as KycDocument | null;
    return <ControlledField field={DocumentField} {...args} value={passport} applicationUuid={application} />;
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/passport\.png/)).toBeVisible();
  },
};

export const Invalid: Story = { args: { error: 'Please answer this question.' } };
/** The application cannot be changed: the drop zone is marked inactive without dimming its text. */
export const Disabled: Story = { args: { disabled: true } };

/** The upload is under way (the sandbox holds the answer back). */
export const Uploading: Story = {
  parameters: { sandbox: { faults: { routes: { uploadFiles: { latencyMs: 120_000 } } } } },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.upload(fileInput(canvasElement), passportPng());
    await expect(await canvas.findByText(/Uploading passport\.png/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: /Cancel upload/ })).toBeVisible();
  },
};

/** The upload fails (5xx): a message and Try again. */
export const Failed: Story = {
  parameters: { sandbox: { faults: { routes: { uploadFiles: { failureRate: 1 } } } } },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.upload(fileInput(canvasElement), passportPng());
    const [message] = await canvas.findAllByText('The upload of passport.png failed.', undefined, { timeout: 10_000 });
    await expect(message).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};
