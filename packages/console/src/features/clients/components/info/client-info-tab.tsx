import { useCallback, useId, useMemo } from 'react';
import { Skeleton, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useVersionedForm, type VersionedSource } from '@/components/form/use-versioned-form';
import { VersionedTab } from '@/components/form/versioned-tab';
import { useCanEdit } from '@/lib/viewer';
import { useClientInfoQuery } from '../../api/client-info-query';
import { useUpdateClientMutation } from '../../api/update-client-mutation';
import {
  infoFields,
  toInfoValues,
  toUpdateClientInput,
  validateInfo,
  type InfoValues,
} from '../../model/info-form';
import { ClientInfoForm } from './client-info-form';
import { ClientInfoView } from './client-info-view';

/** The Info tab: who the client is, read, or edited with Edit / Save / Cancel. */
export function ClientInfoTab({ clientId }: { clientId: string }) {
  const { t } = useTranslation('clients');
  const canEdit = useCanEdit();
  const formId = useId();
  const { data, error, refetch } = useClientInfoQuery(clientId);
  const [updateClient] = useUpdateClientMutation();
  const client = data?.client ?? null;

  const source = useMemo<VersionedSource<InfoValues> | null>(
    () => (client ? { version: client.version, values: toInfoValues(client) } : null),
    [client],
  );

  const save = useCallback(
    (changes: Partial<InfoValues>, values: InfoValues, version: number) =>
      updateClient({
        variables: { input: { id: clientId, version, ...toUpdateClientInput(changes, values) } },
      }),
    [clientId, updateClient],
  );

  const reload = useCallback(async () => {
    const { data: fresh } = await refetch();
    const read = fresh?.client;
    return read ? { version: read.version, values: toInfoValues(read) } : null;
  }, [refetch]);

  const form = useVersionedForm<InfoValues>({
    source,
    fields: infoFields,
    validate: validateInfo,
    save,
    reload,
    formId,
  });

  if (!client) {
    if (error) return <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />;
    return (
      <Stack sx={{ gap: 2 }} aria-busy="true">
        <Skeleton variant="rounded" height={240} />
        <Skeleton variant="rounded" height={160} />
      </Stack>
    );
  }

  return (
    <VersionedTab
      form={form}
      title={t('tabs.info')}
      canEdit={canEdit && !client.deletedAt}
      clientId={clientId}
    >
      {form.editing && form.draft ? (
        <ClientInfoForm form={form} values={form.draft} formId={formId} clientId={clientId} />
      ) : (
        <ClientInfoView client={client} />
      )}
    </VersionedTab>
  );
}
