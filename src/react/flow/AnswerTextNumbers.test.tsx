/** The summary shows a stored number in the client's locale, with every digit it has: never rounded. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Attribute } from '../../core/schemas';
import { KycProvider } from '../context/KycContext';
import { loadMessages } from '../i18n/catalogueFor';
import { AnswerText } from './AnswerText';

function renderNumber(locale: string, value: unknown) {
  const attribute = { key: 'annual_income', type: 'number', value } as Attribute;
  const view = render(
    <QueryClientProvider client={new QueryClient()}>
      <KycProvider apiBaseUrl="https://partner.example/kyc" legalEntityUuid="le" clientUuid="client" locale={locale}>
        <p data-testid="answer">
          <AnswerText attribute={attribute} value={value} />
        </p>
      </KycProvider>
    </QueryClientProvider>,
  );
  return view.container.textContent;
}

// Each language's words are a chunk of their own; load them first, as a partner's `loadMessages` would.
beforeAll(async () => {
  await Promise.all(['de', 'fr'].map((locale) => loadMessages(locale)));
});

describe('<AnswerText> for numbers', () => {
  it.each([
    ['en', 48000.5, '48,000.5'],
    ['de', 48000.5, '48.000,5'],
    ['fr', 48000.5, '48\u202f000,5'],
    ['en', 3.14159, '3.14159'],
    ['de', 0.0625, '0,0625'],
  ])('in %s, %d should read "%s"', (locale, value, shown) => {
    expect(renderNumber(locale, value)).toBe(shown);
  });

  it('given a number the server sent as plain text / should write it in the locale too', () => {
    expect(renderNumber('de', '48000.5')).toBe('48.000,5');
  });

  it('given text that is not exactly a number / should show it as it is, not a rounded reading', () => {
    expect(renderNumber('en', '12345678901234567890')).toBe('12345678901234567890');
    expect(renderNumber('en', 'about 50k')).toBe('about 50k');
  });
});
