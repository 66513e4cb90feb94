/**
 * The code prompt on a Full draft's contact step, against the in-tab sandbox: a modal dialog whose codes
 * are sent as it opens, naming the answers each confirms. One code (the phone), two codes (phone and
 * e-mail, SMS field first) and a refused code. Opened through the save status' Confirm, as a customer can.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within, type userEvent as UserEvent } from 'storybook/test';
import { KycFlow } from '../src/react/KycFlow';
import { kycProps } from './support/sandboxLoader';

const meta = {
  title: 'KycFlow/Code prompt',
  component: KycFlow,
  args: { apiBaseUrl: '/kyc', legalEntityUuid: '', clientUuid: '' },
  parameters: { sandbox: { scenario: 'draft' } },
  render: (args, { loaded }) => <KycFlow {...args} {...kycProps(loaded)} />,
} satisfies Meta<typeof KycFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

type User = ReturnType<typeof UserEvent.setup>;

/** Types the new contact details and opens the prompt; resolves with it once its codes are sent. */
async function openPrompt(canvasElement: HTMLElement, user: User, { email }: { email: boolean }) {
  const canvas = within(canvasElement);
  await canvas.findByText(/Step \d+ of 7/, undefined, { timeout: 10_000 });
  if (canvas.queryByRole('heading', { name: 'Personal details' }))
    await user.click(canvas.getByRole('button', { name: 'Continue' }));
  await canvas.findByRole('heading', { name: 'Contact details' });
  if (email) await user.type(canvas.getByRole('textbox', { name: /E-mail address/ }), 'ada@example.com');
  await user.type(canvas.getByRole('textbox', { name: /Phone number/ }), '+4915112345678');
  await user.click(await canvas.findByRole('button', { name: 'Confirm' }));
  const dialog = await canvas.findByRole('dialog', { name: 'Confirm with a code' });
  await waitFor(() => expect(dialog.querySelector('[data-state="sending"]')).toBeNull());
  return within(dialog);
}

/** A new phone number: one SMS code, sent to that number as the prompt opened. */
export const OneCode: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const dialog = await openPrompt(canvasElement, userEvent, { email: false });
    await expect(dialog.getByText('We sent a code by SMS to \u2066+4915112345678\u2069.')).toBeVisible();
    await expect(dialog.getByText('It confirms: \u2068Phone number\u2069.')).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Code' })).toHaveFocus();
  },
};

/** A new phone and e-mail: both codes in one prompt, the SMS field first. */
export const TwoCodes: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const dialog = await openPrompt(canvasElement, userEvent, { email: true });
    await expect(dialog.getByText('It confirms: \u2068Phone number\u2069.')).toBeVisible();
    await expect(dialog.getByText('It confirms: \u2068E-mail address\u2069.')).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'SMS code' })).toHaveFocus();
    await expect(dialog.getByRole('textbox', { name: 'E-mail code' })).toBeVisible();
  },
};

/** Wrong codes: the prompt stays open and says so at each field. */
export const RefusedCode: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const dialog = await openPrompt(canvasElement, userEvent, { email: true });
    await userEvent.type(dialog.getByRole('textbox', { name: 'SMS code' }), '000000');
    await userEvent.type(dialog.getByRole('textbox', { name: 'E-mail code' }), '000000');
    await userEvent.click(dialog.getByRole('button', { name: 'Confirm' }));
    await expect(await dialog.findAllByText(/This code is not valid/)).toHaveLength(2);
    await expect(dialog.getByRole('textbox', { name: 'SMS code' })).toHaveAttribute('aria-invalid', 'true');
  },
};
