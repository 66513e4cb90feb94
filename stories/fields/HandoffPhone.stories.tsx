import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { HandoffPhone } from '../../src/react/fields/HandoffPhone';
import { withKyc } from '../support/withKyc';

/**
 * The phone's page of "Continue on your phone" (the partner's page the desktop's link opens, its
 * `<KycProvider>` sending the link's token): only the step handed off, done, or a refused link.
 */
const meta = {
  title: 'Fields/HandoffPhone',
  component: HandoffPhone,
  decorators: [withKyc],
  parameters: { sandbox: { scenario: 'draft' } },
} satisfies Meta<typeof HandoffPhone>;

export default meta;
type Story = StoryObj<typeof meta>;

export const StepOnThePhone: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Identity documents' }, { timeout: 10_000 })).toBeVisible();
    await expect(canvas.getAllByRole('heading', { level: 2 })).toHaveLength(1);
    await expect(canvas.getByRole('radio', { name: 'Passport' })).toBeVisible();
  },
};

export const DoneOnThePhone: Story = {
  parameters: { sandbox: { scenario: 'in_review' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('You can go back to your computer.', {}, { timeout: 10_000 })).toBeVisible();
  },
};

export const LinkRefused: Story = {
  // An application that is not the client's: the proxy (here the sandbox) answers 404.
  args: { applicationUuid: '2d7e4c74-4b3a-4c63-9f2a-5e3b5b8e3c03' },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent('This link no longer works');
  },
};

export const Dark: Story = {
  args: { theme: { colorScheme: 'dark' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Identity documents' }, { timeout: 10_000 })).toBeVisible();
  },
};

/** The link runs out while the customer is on the step: the upload is refused (401) and the page says so. */
export const LinkRunsOutOnUpload: Story = {
  parameters: { sandbox: { faults: { routes: { uploadFiles: { status: 401 } } } } },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(await canvas.findByRole('radio', { name: 'Passport' }, { timeout: 10_000 }));
    const input = canvasElement.querySelector<HTMLInputElement>('[data-key="passport"] input[type="file"]');
    if (!input) throw new Error('no file input for the passport');
    const pdf = '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n';
    await userEvent.upload(input, new File([pdf], 'passport.pdf', { type: 'application/pdf' }));
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent('what you chose on this phone was not sent');
  },
};
