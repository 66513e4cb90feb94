/**
 * Reads what the flow needs (the application to show, the level info when it is needed) and shows the
 * screen `core/screen.ts` names for it. Level info is the only call before the first question when no
 * application is given; a given draft needs no level info call at all.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { applicationToShow, isFormScreen, needsLevelInfo, screenFor } from '../../core/screen';
import { keptAnswerTitles } from '../../core/keptAnswers';
import type { Application, LevelInfo } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { useCreateApplication } from '../hooks/useCreateApplication';
import { useSessionExpired } from '../hooks/useSessionExpiry';
import { useWatchedApplication } from '../hooks/useWatchedApplication';
import { kycKeys, levelInfoQuery } from '../queries';
import { ErrorState, LoadingState } from './ErrorState';
import { LazyApplicationForm, preloadApplicationForm } from './LazyApplicationForm';
import { KeptAnswersNotice } from './KeptAnswersNotice';
import { LevelChoice } from './LevelChoice';
import { StatusScreen } from './StatusScreen';

interface Choice {
  /** The application the client just created. */
  chosen?: string;
  /** The client asked for a new application (after a rejection, or one that is gone). */
  startingNew: boolean;
  /** The level of the application it replaces, chosen first on the level choice. */
  level?: string | undefined;
}

export interface FlowRootProps {
  /** The partner's `applicationUuid`, if any. */
  applicationUuid: string | undefined;
}

export function FlowRoot({ applicationUuid: given }: FlowRootProps) {
  const { client, emit } = useKyc();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<Choice>({ startingNew: false });
  const { chosen, startingNew } = choice;
  /** The answers a new application kept from the earlier one, said above it until dismissed. */
  const [kept, setKept] = useState<{ uuid: string; titles: string[] }>();
  const cachedInfo = queryClient.getQueryData<LevelInfo>(kycKeys.levelInfo(client));
  const target = applicationToShow({ given, chosen, startingNew, levelInfo: cachedInfo });
  const application = useWatchedApplication(target);
  const levelInfo = useQuery({
    ...levelInfoQuery(client),
    enabled: needsLevelInfo({ given, startingNew, application: application.data }),
  });
  const info = levelInfo.data;
  const create = useCreateApplication((uuid) => {
    const created = queryClient.getQueryData<Application>(kycKeys.application(client, uuid));
    if (startingNew && created) setKept({ uuid, titles: keptAnswerTitles(created) });
    setChoice({ chosen: uuid, startingNew: false });
  });
  // The partner hears of an expired session whatever screen is open.
  useSessionExpired();
  const startNew = () => {
    // A new application for the level just rejected (or lost) starts with that level chosen.
    setChoice({ startingNew: true, level: application.data?.kyc_level.uuid });
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
        preferredLevel={choice.level}
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
  if (isFormScreen(screen)) {
    return (
      <>
        {kept?.uuid === app.uuid ? (
          <KeptAnswersNotice titles={kept.titles} onDismiss={() => setKept(undefined)} />
        ) : null}
        <LazyApplicationForm key={app.uuid} application={app} screen={screen} />
      </>
    );
  }
  return <StatusScreen screen={screen} application={app} onStartNew={startNew} />;
}
