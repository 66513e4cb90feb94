/** Creating an application for the chosen level: the cache gets it at once, the level info is re-read. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useKyc } from '../context/KycContext';
import { kycKeys } from '../queries';

export function useCreateApplication(onCreated: (applicationUuid: string) => void) {
  const { client, emit, report } = useKyc();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (levelUuid: string) => client.createApplication(levelUuid),
    onSuccess: (application, levelUuid) => {
      queryClient.setQueryData(kycKeys.application(client, application.uuid), application);
      void queryClient.invalidateQueries({ queryKey: kycKeys.levelInfo(client) });
      emit({ type: 'application_created', applicationUuid: application.uuid, levelUuid });
      onCreated(application.uuid);
    },
    onError: (error) => report.failed(error, 'create'),
  });
}
