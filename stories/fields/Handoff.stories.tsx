import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { HandoffPanel } from '../../src/react/fields/HandoffPanel';
import { withKyc } from '../support/withKyc';

const LINK = 'https://partner.example/kyc/phone?handoff=eyJkZW1vIjp0cnVlfQ.c2lnbmF0dXJl';

/**
 * "Continue on your phone" (a desktop's document and liveness steps, with the partner's `handoff`
 * option): the link as a QR code and as text to copy, and where the phone stands.
 */
const meta = {
  title: 'Fields/Handoff',
  component: HandoffPanel,
  decorators: [withKyc],
  args: {
    id: 'handoff',
    applicationUuid: '2d7e4c74-4b3a-4c63-9f2a-5e3b5b8e3c03',
    createLink: fn(async () => ({ url: LINK, expiresAt: new Date(Date.now() + 10 * 60_000) })),
    done: false,
    onClose: fn(),
  },
} satisfies Meta<typeof HandoffPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Waiting: Story = {
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('img', { name: 'QR code that opens this step on your phone' }, { timeout: 10_000 }),
    ).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Link for your phone' })).toHaveValue(LINK);
    await expect(canvas.getByRole('status')).toHaveTextContent('Waiting for your phone…');
  },
};

export const DoneOnThePhone: Story = {
  args: { done: true },
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Done on your phone.'));
    await expect(canvas.queryByRole('img')).toBeNull();
  },
};

export const Expired: Story = {
  args: { createLink: fn(async () => ({ url: LINK, expiresAt: new Date(Date.now() - 1000) })) },
  play: async ({ canvas, userEvent, args }) => {
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('This link has expired.'));
    await userEvent.click(canvas.getByRole('button', { name: 'Get a new link' }));
    await waitFor(() => expect(args.createLink).toHaveBeenCalledTimes(2));
  },
};

export const LinkFailed: Story = {
  args: { createLink: fn(async () => Promise.reject(new Error('mint failed'))) },
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('We could not make a link'));
  },
};
