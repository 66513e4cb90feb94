/**
 * Decides what the flow shows first: the given application, the client's last one, or the level
 * choice (then creates the application). Level info is the only call before the first question
 * when no application is given.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useKyc } from '../context/KycContext';
import { kycKeys, levelInfoQuery } from '../queries';
import { ApplicationFlow } from './ApplicationFlow';
import { ErrorState, LoadingState } from './ErrorState';
import { LevelChoice } from './LevelChoice';
import { preloadApplicationForm } from './LazyApplicationForm';

export interface FlowRootProps {
  applicationUuid: string | undefined;
}

export function FlowRoot({ applicationUuid }: FlowRootProps) {
  const { client, emit, report } = useKyc();
  const queryClient = useQueryClient();
  const [chosenUuid, setChosenUuid] = useState<string | undefined>(undefined);
  const [startingNew, setStartingNew] = useState(false);
  const levelInfo = useQuery({ ...levelInfoQuery(client), enabled: !applicationUuid || startingNew });
  const info = levelInfo.data;

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

  const create = useMutation({
    mutationFn: (levelUuid: string) => client.createApplication(levelUuid),
    onSuccess: (application, levelUuid) => {
      queryClient.setQueryData(kycKeys.application(client, application.uuid), application);
      void queryClient.invalidateQueries({ queryKey: kycKeys.levelInfo(client) });
      emit({ type: 'application_created', applicationUuid: application.uuid, levelUuid });
      setChosenUuid(application.uuid);
      setStartingNew(false);
    },
    onError: (error) => {
      report.failed(error, 'create');
    },
  });

  const current =
    chosenUuid ?? (startingNew ? undefined : (applicationUuid ?? info?.last_kyc_application_uuid ?? undefined));
  if (current) {
    return (
      <ApplicationFlow
        key={current}
        applicationUuid={current}
        canStartNew={Boolean(info?.allowed_to_create_kyc_application) || !info}
        onStartNew={() => {
          setChosenUuid(undefined);
          setStartingNew(true);
          void levelInfo.refetch();
        }}
      />
    );
  }
  if (!info) {
    if (levelInfo.isError) return <ErrorState error={levelInfo.error} onRetry={() => void levelInfo.refetch()} />;
    return <LoadingState />;
  }
  return (
    <LevelChoice
      levelInfo={info}
      creating={create.isPending}
      error={create.error ? create.error.message : undefined}
      onCreate={(levelUuid) => create.mutate(levelUuid)}
    />
  );
}
