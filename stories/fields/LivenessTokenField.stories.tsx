import type { Meta, StoryObj } from '@storybook/react-vite';
import { useQuery } from '@tanstack/react-query';
import { expect, fn, waitFor } from 'storybook/test';
import { LIVENESS_TOKEN_KEY } from '../../src/core/schemas';
import { LivenessTokenField } from '../../src/react/fields/LivenessTokenField';
import { KycProvider, useKyc } from '../../src/react/context/KycContext';
import type { FieldProps } from '../../src/react/fields/fieldProps';
import { applicationQuery } from '../../src/react/queries';
import { ControlledField, question } from '../support/fieldStory';
import { kycProps, loadedKyc } from '../support/sandboxLoader';
import { withKyc } from '../support/withKyc';

/**
 * The embedded liveness check: one screen (what happens, what to prepare, Start), then the SumSub frame,
 * here the sandbox's stand-in page framed by the real `@sumsub/websdk-react` SDK from this origin (served
 * by the Vite middleware of `.storybook/main.ts`); the stand-in checks its token with the tab's sandbox.
 */
const meta = {
  title: 'Fields/LivenessTokenField',
  component: LivenessTokenField,
  decorators: [withKyc],
  args: {
    id: 'liveness',
    question: {
      ...question(LIVENESS_TOKEN_KEY, 'sumsub_liveness', 'SumSub liveness check token'),
      attribute: { key: LIVENESS_TOKEN_KEY, type: 'sumsub_liveness', value: null, is_editable: false },
    },
    value: null,
    onValueChange: fn(),
    applicationUuid: '',
  },
  render: (args, { loaded }) => <FromApplication {...args} applicationUuid={loadedKyc(loaded).application} />,
} satisfies Meta<typeof LivenessTokenField>;

export default meta;

/** Takes the question from the application, as the flow does, so the server's "completed" reaches the field. */
function FromApplication(props: FieldProps<string>) {
  const { client } = useKyc();
  const { data } = useQuery(applicationQuery(client, props.applicationUuid));
  const live = data?.kyc_steps.flatMap((step) => step.questions).find((q) => q.attribute.key === LIVENESS_TOKEN_KEY);
  return <ControlledField field={LivenessTokenField} {...props} question={live ?? props.question} />;
}
type Story = StoryObj<typeof meta>;

/** The stand-in's document, once its frame has loaded. */
async function standIn(canvasElement: HTMLElement): Promise<Document> {
  return waitFor(
    () => {
      const frame = canvasElement.querySelector<HTMLIFrameElement>('.kyc-liveness__frame iframe');
      const body = frame?.contentDocument?.body;
      if (!body || body.dataset['state'] !== 'ready') throw new Error('The stand-in is not ready');
      return body.ownerDocument;
    },
    { timeout: 15_000 },
  );
}

/** Before Start: one sentence of what happens, what to prepare, Start, and the link as the quiet alternative. */
export const Intro: Story = {
  play: async ({ canvas, canvasElement }) => {
    const start = await canvas.findByRole('button', { name: 'Start' });
    await expect(start).toBeVisible();
    await expect(canvas.getByText("We'll take a short video selfie to check it's really you.")).toBeVisible();
    await expect(await canvas.findByRole('button', { name: 'Open the check in a new tab instead' })).toBeVisible();
    await expect(canvasElement.querySelector('iframe')).toBeNull();
  },
};

/** The same screen in Arabic, in the dark theme. */
export const IntroArabicDark: Story = {
  render: (args, { loaded }) => (
    <KycProvider {...kycProps(loaded)} locale="ar" retry={false}>
      <div className="kyc-root" data-color-scheme="dark" dir="rtl" lang="ar">
        <FromApplication {...args} applicationUuid={loadedKyc(loaded).application} />
      </div>
    </KycProvider>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'ابدأ' })).toBeVisible();
  },
};

/** After Start a token is minted and the frame opens, ready to start, in the widget's language and theme. */
export const Ready: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Start' }));
    const page = await standIn(canvasElement);
    await expect(page.getElementById('sis-start')).toBeVisible();
    await expect(page.body.dataset['lang']).toBe('en');
  },
};

/** The token expires while the frame is open: the SDK asks the field for a new one and the check goes on. */
export const TokenExpires: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Start' }));
    const page = await standIn(canvasElement);
    const expire = page.getElementById('sis-expire');
    if (!expire) throw new Error('No "Expire token now" button');
    expire.click();
    await waitFor(
      () => {
        expect(Number(page.body.dataset['tokenUpdates'])).toBeGreaterThanOrEqual(1);
        expect(page.body.dataset['state']).toBe('ready');
      },
      { timeout: 15_000 },
    );
  },
};

/** The customer goes through the stand-in; the field reads the application again and shows completion. */
export const Completed: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Start' }));
    const page = await standIn(canvasElement);
    page.getElementById('sis-start')?.click();
    await waitFor(() => expect(page.body.dataset['state']).toBe('camera'));
    page.getElementById('sis-finish')?.click();
    await expect(
      await canvas.findByText('Your video selfie check is complete.', undefined, { timeout: 15_000 }),
    ).toBeVisible();
  },
};

/** No token can be had (the API fails): a message, Retry, and the link as another way on. */
export const CouldNotStart: Story = {
  parameters: { sandbox: { faults: { routes: { getAttribute: { failureRate: 1 } } } } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Start' }));
    const problem = await canvas.findByRole('alert', undefined, { timeout: 15_000 });
    await expect(problem).toHaveTextContent('The liveness check could not be started.');
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Open the check in a new tab instead' })).toBeVisible();
  },
};
