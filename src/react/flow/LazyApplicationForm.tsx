/**
 * The questionnaire (react-hook-form, every field, autosave, signatures, documents) is the bulk of the
 * widget, so it is a separate chunk: a partner's page that imports `KycFlow` downloads only the shell,
 * and `FlowRoot` starts fetching the questionnaire as soon as the widget mounts, in parallel with the
 * first API call, so the client never waits for it in practice.
 */
import { lazy, Suspense } from 'react';
import type { ApplicationFormProps } from './ApplicationForm';
import { LoadingState } from './ErrorState';

let pending: Promise<typeof import('./ApplicationForm')> | undefined;

/** Starts loading the questionnaire chunk (once); safe to call on every mount. */
export function preloadApplicationForm(): Promise<typeof import('./ApplicationForm')> {
  pending ??= import('./ApplicationForm').catch((error: unknown) => {
    pending = undefined; // a failed download (offline) is retried on the next mount
    throw error;
  });
  return pending;
}

const ApplicationFormChunk = lazy(() => preloadApplicationForm().then((m) => ({ default: m.ApplicationForm })));

export function LazyApplicationForm(props: ApplicationFormProps) {
  return (
    <Suspense fallback={<LoadingState />}>
      <ApplicationFormChunk {...props} />
    </Suspense>
  );
}
