/**
 * Every result screen against the in-tab sandbox, with the partner's exit action: each has a title, one
 * sentence of what it means and the next step ("Start a new application" where allowed, and the exit
 * action as a button).
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { KycFlow } from '../src/react/KycFlow';
import { kycProps } from './support/sandboxLoader';

const meta = {
  title: 'KycFlow/Results',
  component: KycFlow,
  args: {
    apiBaseUrl: '/kyc',
    legalEntityUuid: '',
    clientUuid: '',
    exitAction: { label: 'Back to my account', onSelect: fn() },
  },
  render: (args, { loaded }) => <KycFlow {...args} {...kycProps(loaded)} />,
} satisfies Meta<typeof KycFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Approved: the level, and the partner's way back as the next step. */
export const ApprovedWithExitAction: Story = {
  parameters: { sandbox: { scenario: 'approved' } },
  play: async ({ canvas, userEvent, args }) => {
    await expect(await canvas.findByRole('heading', { name: 'You are verified' })).toBeVisible();
    await expect(canvas.getByText('Your verification level: \u2068Basic\u2069.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Back to my account' }));
    await expect(args.exitAction?.onSelect).toHaveBeenCalledTimes(1);
  },
};

/** Rejected, may try again: "Start a new application" first, the exit action beside it. */
export const RejectedMayRetry: Story = {
  parameters: { sandbox: { scenario: 'rejected' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'We could not verify you' })).toBeVisible();
    await expect(await canvas.findByText('You can start a new application and try again.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Start a new application' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Back to my account' })).toBeVisible();
  },
};

/** Rejected for good: what to do next, and the exit action. */
export const RejectedFinal: Story = {
  parameters: { sandbox: { scenario: 'rejected_final' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/A new application is not possible for now/)).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Start a new application' })).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Back to my account' })).toBeVisible();
  },
};

/** In review: what happens now, the widget checking for the decision, and the exit action. */
export const InReview: Story = {
  parameters: { sandbox: { scenario: 'in_review' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Your verification is being reviewed' })).toBeVisible();
    await expect(canvas.getByText('Checking for updates…')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Back to my account' })).toBeVisible();
  },
};
