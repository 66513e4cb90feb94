/**
 * The questionnaire (react-hook-form, every field, autosave, signatures, documents) is the bulk of the
 * widget, so it is a separate chunk: a partner's page that imports `KycFlow` downloads only the shell,
 * and `FlowRoot` starts fetching the questionnaire as soon as the widget mounts, in parallel with the
 * first API call, so the client never waits for it in practice.
 */
import { Component, lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import type { ApplicationForm, ApplicationFormProps } from './ApplicationForm';
import { ErrorState, LoadingState } from './ErrorState';

interface ApplicationFormModule {
  ApplicationForm: typeof ApplicationForm;
}

let pending: Promise<ApplicationFormModule> | undefined;

/** Starts loading the questionnaire chunk (once); safe to call on every mount. */
export function preloadApplicationForm(): Promise<ApplicationFormModule> {
  pending ??= import('./ApplicationForm').catch((error: unknown) => {
    pending = undefined; // a failed download (offline) is retried on the next mount
    throw error;
  });
  return pending;
}

/** A lazy component per attempt: React.lazy remembers a failed load, so a retry needs a new one. */
function useChunk(attempt: number) {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new lazy component for each attempt
  return useMemo(() => lazy(() => preloadApplicationForm().then((m) => ({ default: m.ApplicationForm }))), [attempt]);
}

export function LazyApplicationForm(props: ApplicationFormProps) {
  const [attempt, setAttempt] = useState(0);
  const ApplicationFormChunk = useChunk(attempt);
  return (
    <ChunkBoundary key={attempt} onRetry={() => setAttempt((n) => n + 1)}>
      <Suspense fallback={<LoadingState />}>
        <ApplicationFormChunk {...props} />
      </Suspense>
    </ChunkBoundary>
  );
}

/** A questionnaire chunk that fails to download (offline) shows the widget's own error with a retry. */
class ChunkBoundary extends Component<{ onRetry: () => void; children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    return this.state.error ? (
      <ErrorState error={this.state.error} onRetry={this.props.onRetry} />
    ) : (
      this.props.children
    );
  }
}
