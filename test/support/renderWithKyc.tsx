/** Renders UI inside a fresh QueryClient and `<KycProvider>` pointed at the in-browser sandbox. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { KycProvider, type KycProviderProps } from '../../src/react/context/KycContext';
import { API_BASE_URL } from './sandboxServer';

export function renderWithKyc(
  ui: ReactElement,
  ids: { legalEntityUuid: string; clientUuid: string },
  props: Partial<KycProviderProps> = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const events: unknown[] = [];
  const result = render(
    <QueryClientProvider client={queryClient}>
      <KycProvider apiBaseUrl={API_BASE_URL} {...ids} onEvent={(event) => events.push(event)} {...props}>
        {ui}
      </KycProvider>
    </QueryClientProvider>,
  );
  return { ...result, queryClient, events };
}
