/** The summary writes answers the way the client reads them in their locale: dates, numbers, yes/no. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Attribute } from '../../core/schemas';
import { KycProvider } from '../context/KycContext';
import { AnswerText } from '../flow/AnswerText';

function renderAnswer(locale: string, attribute: Attribute, value: unknown) {
  const queryClient = new QueryClient();
  return render(
    <QueryClientProvider client={queryClient}>
      <KycProvider apiBaseUrl="https://partner.example/kyc" legalEntityUuid="le" clientUuid="client" locale={locale}>
        <p data-testid="answer">
          <AnswerText attribute={attribute} value={value} />
        </p>
      </KycProvider>
    </QueryClientProvider>,
  );
}

const attribute = (key: string, type: string): Attribute => ({ key, type, value: null }) as Attribute;

describe('<AnswerText> in the client’s locale', () => {
  it.each([
    ['en', 'May 17, 1990'],
    ['de', '17. Mai 1990'],
    ['fr', '17 mai 1990'],
  ])('given a birth date and locale %s / should write it as %s', async (locale, shown) => {
    renderAnswer(locale, attribute('birth_date', 'date'), '1990-05-17');
    expect(await screen.findByTestId('answer')).toHaveTextContent(shown);
  });

  it('given a number and locale de / should use German separators', async () => {
    renderAnswer('de', attribute('income', 'number'), 1234567.5);
    expect(await screen.findByTestId('answer')).toHaveTextContent('1.234.567,5');
  });

  it('given an accepted legal document and locale fr / should say so in words, not a bare check mark', async () => {
    renderAnswer('fr', attribute('terms', 'legal_document'), { uuid: 'doc', version: '1' });
    expect(await screen.findByTestId('answer')).toHaveTextContent('Accepté');
  });

  it('given a yes/no answer and locale ar / should answer in Arabic', async () => {
    renderAnswer('ar', attribute('pep', 'boolean'), true);
    expect(await screen.findByTestId('answer')).toHaveTextContent('نعم');
  });
});
