/**
 * Decorator for field stories: the fields read the API client and messages from `<KycProvider>` and
 * react-query from its provider, both pointed at the tab's sandbox with the story's seeded ids.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Decorator } from '@storybook/react-vite';
import { useState } from 'react';
import { KycProvider } from '../../src/react/context/KycContext';
import { kycProps } from './sandboxLoader';

export const withKyc: Decorator = (Story, context) => (
  <KycStoryProvider loaded={context.loaded}>
    <Story />
  </KycStoryProvider>
);

function KycStoryProvider({ loaded, children }: { loaded: Record<string, unknown>; children: React.ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <KycProvider {...kycProps(loaded)} retry={false}>
        <div className="kyc-root">{children}</div>
      </KycProvider>
    </QueryClientProvider>
  );
}
