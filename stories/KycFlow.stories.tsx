/**
 * `<KycFlow>` against the in-tab sandbox, one story per application state. Each story seeds its
 * scenario (and faults) through `parameters.sandbox`; the play functions check what the customer sees.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { KycFlow } from '../src/react/KycFlow';
import { kycProps } from './support/sandboxLoader';
import type { SandboxParameters } from './support/sandboxLoader';

const meta = {
  title: 'KycFlow',
  component: KycFlow,
  // apiBaseUrl and the ids come from the seeded sandbox (see stories/support/sandboxLoader.ts).
  args: { apiBaseUrl: '/kyc', legalEntityUuid: '', clientUuid: '' },
  render: (args, { loaded }) => <KycFlow {...args} {...kycProps(loaded)} />,
} satisfies Meta<typeof KycFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

const sandbox = (parameters: SandboxParameters) => ({ sandbox: parameters });

/** The whole flow from the start: a new client picks a level, answers the steps, signs and sends. */
export const FullFlow: Story = {
  name: 'Full flow',
  parameters: sandbox({ scenario: 'new' }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Choose a verification level' })).toBeVisible();
    await expect(canvas.getByRole('radio', { name: /Basic/ })).toBeVisible();
    await expect(canvas.getByRole('radio', { name: /Full/ })).toBeVisible();
  },
};

/** The Basic journey played through: names, birth date and citizenship, phone signed by SMS, review. */
export const BasicJourney: Story = {
  parameters: sandbox({ scenario: 'new' }),
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('radio', { name: /Basic/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Start verification' }));
    await canvas.findByRole('heading', { name: 'Your name' });
    await userEvent.type(canvas.getByRole('textbox', { name: /First name/ }), 'Ada');
    await userEvent.type(canvas.getByRole('textbox', { name: /Last name/ }), 'Lovelace');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await canvas.findByRole('heading', { name: 'Birth and citizenship' });
    await userEvent.type(canvas.getByLabelText(/Date of birth/), '1990-05-17');
    await userEvent.type(canvas.getByRole('combobox', { name: /Citizenship/ }), 'Germ');
    await userEvent.click(await canvas.findByRole('option', { name: 'Germany' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await canvas.findByRole('heading', { name: 'Phone and terms' });
    await userEvent.type(canvas.getByRole('textbox', { name: /Phone number/ }), '+4915112345678');
    await userEvent.click(await canvas.findByRole('checkbox', { name: /I have read and accept/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Review answers' }));
    await canvas.findByRole('heading', { name: 'Check your answers' });
    await expect(canvas.getByText('Lovelace')).toBeVisible();
    // Send asks for the phone's code, already sent as the prompt opens.
    await userEvent.click(canvas.getByRole('button', { name: 'Send for review' }));
    const dialog = within(await canvas.findByRole('dialog', { name: 'Confirm with a code' }));
    await dialog.findByText(/We sent a code by SMS/);
    await userEvent.type(dialog.getByRole('textbox', { name: 'Code' }), '111111');
    await userEvent.click(dialog.getByRole('button', { name: 'Confirm' }));
    await expect(await canvas.findByRole('heading', { name: 'Your verification is being reviewed' })).toBeVisible();
  },
};

/** The client is offered one level only. */
export const SingleLevel: Story = {
  parameters: sandbox({ scenario: 'single_level' }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Start verification' })).toBeVisible();
    await expect(canvas.queryByRole('radio', { name: /Full/ })).toBeNull();
  },
};

/** A draft Full application opens on its steps, with the saved answers filled in. */
export const DraftStep: Story = {
  parameters: sandbox({ scenario: 'draft' }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/Step \d+ of 7/)).toBeVisible();
  },
};

/** New contact details must be confirmed by SMS and e-mail codes: Continue opens one prompt with both codes sent. */
export const SignatureDialog: Story = {
  parameters: sandbox({ scenario: 'draft' }),
  play: async ({ canvas, userEvent }) => {
    await canvas.findByText(/Step \d+ of 7/);
    if (canvas.queryByRole('heading', { name: 'Personal details' }))
      await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await canvas.findByRole('heading', { name: 'Contact details' });
    await userEvent.type(canvas.getByRole('textbox', { name: /E-mail address/ }), 'ada@example.com');
    await userEvent.type(canvas.getByRole('textbox', { name: /Phone number/ }), '+4915112345678');
    await userEvent.type(canvas.getByRole('combobox', { name: /Country of residence/ }), 'Germ');
    await userEvent.click(await canvas.findByRole('option', { name: 'Germany' }));
    await userEvent.type(
      canvas.getByRole('textbox', { name: /Residence address/ }),
      'Invalidenstraße 117, 10115 Berlin',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    const dialog = within(await canvas.findByRole('dialog', { name: 'Confirm with a code' }));
    await expect(await dialog.findByText(/We sent a code by SMS/)).toBeVisible();
    await expect(await dialog.findByText(/We sent a code by e-mail/)).toBeVisible();
  },
};

export const InReview: Story = {
  parameters: sandbox({ scenario: 'in_review' }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Your verification is being reviewed' })).toBeVisible();
  },
};

export const Approved: Story = {
  parameters: sandbox({ scenario: 'approved' }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'You are verified' })).toBeVisible();
  },
};

/** Rejected, and the client may start a new application. */
export const RejectedNewAllowed: Story = {
  parameters: sandbox({ scenario: 'rejected' }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'We could not verify you' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Start a new application' })).toBeVisible();
  },
};

/** Rejected for good: no way to start again. */
export const RejectedFinal: Story = {
  parameters: sandbox({ scenario: 'rejected_final' }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'We could not verify you' })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Start a new application' })).toBeNull();
  },
};

/** The reviewer asked for corrections: their comment and the answers to fix. */
export const PendingCorrections: Story = {
  parameters: sandbox({ scenario: 'pending' }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Some answers need your attention' })).toBeVisible();
    await expect(canvas.getByText('Comment from the reviewer')).toBeVisible();
  },
};

/** The API answers 5xx to the level read: an error with Try again, no broken screen. */
export const ApiDown: Story = {
  name: 'API down',
  parameters: sandbox({ scenario: 'new', faults: { routes: { levelInfo: { failureRate: 1 } } } }),
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('heading', { name: 'Something went wrong' }, { timeout: 10_000 }),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** Every answer is truncated JSON: the widget says it could not understand the service. */
export const MalformedResponse: Story = {
  parameters: sandbox({ scenario: 'new', faults: { malformedRate: 1 } }),
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText(/sent an answer we could not understand/, undefined, { timeout: 10_000 }),
    ).toBeVisible();
  },
};
