import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn } from 'storybook/test';
import { KycProvider } from '../../src/react/context/KycContext';
import { DateField } from '../../src/react/fields/DateField';
import { ControlledField, question } from '../support/fieldStory';
import { kycProps } from '../support/sandboxLoader';

/** The story's `parameters.locale` for the provider, with the direction it reads in. */
const withLocale: Decorator = (Story, context) => {
  const locale = (context.parameters.locale as string | undefined) ?? 'en';
  return (
    <LocaleProvider loaded={context.loaded} locale={locale}>
      <Story />
    </LocaleProvider>
  );
};

function LocaleProvider(props: { loaded: Record<string, unknown>; locale: string; children: React.ReactNode }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return (
    <QueryClientProvider client={queryClient}>
      <KycProvider {...kycProps(props.loaded)} locale={props.locale} retry={false}>
        <div className="kyc-root" lang={props.locale} dir={props.locale.startsWith('ar') ? 'rtl' : 'ltr'}>
          {props.children}
        </div>
      </KycProvider>
    </QueryClientProvider>
  );
}

/**
 * A `date` question, read in the widget's locale rather than the browser's: the saved ISO date shown in
 * the locale's format with an example of it, what the client types read in the locale's order, the ISO
 * date reported.
 */
const meta = {
  title: 'Fields/DateField',
  component: DateField,
  decorators: [withLocale],
  args: {
    id: 'birth-date',
    question: question('birth_date', 'date', 'Date of birth'),
    value: '1990-04-12',
    onValueChange: fn(),
    applicationUuid: '',
  },
  render: (args) => <ControlledField field={DateField} {...args} />,
} satisfies Meta<typeof DateField>;

export default meta;
type Story = StoryObj<typeof meta>;

/** German: day first, dots; eight digits typed are read and written back as a date. */
export const German: Story = {
  parameters: { locale: 'de' },
  play: async ({ canvas, userEvent, args }) => {
    const input = await canvas.findByRole('textbox', { name: /Date of birth/ });
    await expect(input).toHaveValue('12.04.1990');
    await expect(input).toHaveAccessibleDescription(/31\.12\.1990/);
    await userEvent.clear(input);
    await userEvent.type(input, '31121985');
    await userEvent.tab();
    await expect(args.onValueChange).toHaveBeenLastCalledWith('1985-12-31');
    await expect(input).toHaveValue('31.12.1985');
  },
};

/** American English: month first. */
export const AmericanEnglish: Story = {
  parameters: { locale: 'en-US' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('textbox', { name: /Date of birth/ })).toHaveValue('04/12/1990');
  },
};

/** Arabic, right to left: the date in the order Arabic writes it. */
export const Arabic: Story = { parameters: { locale: 'ar' } };

/** Text in another order than the locale's: the message says which format it expects. */
export const OtherOrder: Story = {
  parameters: { locale: 'en-US' },
  args: { value: '31/12/1985', error: 'Please enter a valid date that is not in the future.' },
  play: async ({ canvas }) => {
    const input = await canvas.findByRole('textbox', { name: /Date of birth/ });
    await expect(input).toBeInvalid();
    await expect(input).toHaveAccessibleDescription(/Enter the date like/);
  },
};
