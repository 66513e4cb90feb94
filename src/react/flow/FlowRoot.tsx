/**
 * Reads what the flow needs (the application to show, the level info when it is needed) and shows the
 * screen `core/screen.ts` names for it. Level info is the only call before the first question when no
 * application is given; a given draft needs no level info call at all.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { applicationToShow, isFormScreen, needsLevelInfo, screenFor } from '../../core/screen';
import type { LevelInfo } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { useCreateApplication } from '../hooks/useCreateApplication';
import { useSessionExpired } from '../hooks/useSessionExpiry';
import { useWatchedApplication } from '../hooks/useWatchedApplication';
import { kycKeys, levelInfoQuery } from '../queries';
import { ErrorState, LoadingState } from './ErrorState';
import { LazyApplicationForm, preloadApplicationForm } from './LazyApplicationForm';
import { LevelChoice } from './LevelChoice';
import { StatusScreen } from './StatusScreen';

export interface FlowRootProps {
  /** The partner's `applicationUuid`, if any. */
  applicationUuid: string | undefined;
}

export function FlowRoot({ applicationUuid: given }: FlowRootProps) {
  const { client, emit } = useKyc();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<{ chosen?: string; startingNew: boolean }>({ startingNew: false });
  const { chosen, startingNew } = choice;
  const cachedInfo = queryClient.getQueryData<LevelInfo>(kycKeys.levelInfo(client));
  const target = applicationToShow({ given, chosen, startingNew, levelInfo: cachedInfo });
  const application = useWatchedApplication(target);
  const levelInfo = useQuery({
    ...levelInfoQuery(client),
    enabled: needsLevelInfo({ given, startingNew, application: application.data }),
  });
  const info = levelInfo.data;
  const create = useCreateApplication((uuid) => setChoice({ chosen: uuid, startingNew: false }));
  // The partner hears of an expired session whatever screen is open.
  useSessionExpired();
  const startNew = () => {
    setChoice({ startingNew: true });
    void queryClient.invalidateQueries({ queryKey: kycKeys.levelInfo(client) });
  };

  // The questionnaire is a separate chunk: fetch it while the first API call is in flight.
  useEffect(() => {
    preloadApplicationForm().catch(() => undefined);
  }, []);

  useEffect(() => {
    if (info)
      emit({
        type: 'level_info_loaded',
        hasApplication: Boolean(info.last_kyc_application_uuid),
        levels: info.available_levels_for_upgrade.length,
      });
  }, [info, emit]);

  const screen = screenFor({
    hasApplication: Boolean(target ?? applicationToShow({ given, chosen, startingNew, levelInfo: info })),
    levelInfo: info,
    levelInfoFailed: levelInfo.isError,
    application: target ? application.data : undefined,
    applicationFailed: application.isError,
  });

  if (screen.name === 'error') {
    const failed = screen.failed === 'level_info' ? levelInfo : application;
    // An application that is gone (404) can be replaced by a new one.
    const onStartNew = screen.failed === 'application' ? startNew : undefined;
    return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} onStartNew={onStartNew} />;
  }
  if (screen.name === 'level_choice') {
    return info ? (
      <LevelChoice
        levelInfo={info}
        creating={create.isPending}
        error={create.error ?? undefined}
        onCreate={(levelUuid) => {
          if (!create.isPending) create.mutate(levelUuid);
        }}
      />
    ) : null;
  }
  const app = application.data;
  if (screen.name === 'loading' || !app) return <LoadingState />;
  if (isFormScreen(screen)) return <LazyApplicationForm key={app.uuid} application={app} screen={screen} />;
  return <StatusScreen screen={screen} application={app} onStartNew={startNew} />;
}
