/**
 * Creating an application for the chosen level: the cache gets it at once, the level info is re-read.
 * Single-flight (a double click or a click plus Enter creates one), and never repeated blindly: when the
 * answer is lost, the level info tells whether the server made it (that application is resumed) or not
 * (it is sent once more).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { createOnce } from '../../core/lostCreate';
import type { LevelInfo } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { kycKeys } from '../queries';

export function useCreateApplication(onCreated: (applicationUuid: string) => void) {
  const { client, emit, report } = useKyc();
  const queryClient = useQueryClient();
  const inFlight = useRef(false);
  const mutation = useMutation({
    mutationFn: (levelUuid: string) =>
      createOnce(() => client.createApplication(levelUuid), {
        before: queryClient.getQueryData<LevelInfo>(kycKeys.levelInfo(client)),
        readLevelInfo: () => client.getLevelInfo(),
        readApplication: (uuid) => client.getApplication(uuid, { emptyVolatileFields: true }),
      }),
    onSuccess: (application, levelUuid) => {
      queryClient.setQueryData(kycKeys.application(client, application.uuid), application);
      void queryClient.invalidateQueries({ queryKey: kycKeys.levelInfo(client) });
      emit({ type: 'application_created', applicationUuid: application.uuid, levelUuid });
      onCreated(application.uuid);
    },
    onError: (error) => report.failed(error, 'create'),
    onSettled: () => {
      inFlight.current = false;
    },
  });
  const { mutate: send } = mutation;
  const mutate = useCallback(
    (levelUuid: string) => {
      if (inFlight.current) return;
      inFlight.current = true;
      send(levelUuid);
    },
    [send],
  );
  return { ...mutation, mutate };
}
