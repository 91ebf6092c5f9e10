import { useId, useState } from 'react';
import {
  Button,
  Chip,
  FormControlLabel,
  IconButton,
  Skeleton,
  Stack,
  Switch,
  TextField,
  Tooltip,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import { useTranslation } from 'react-i18next';
import { LIMITS, checkOptionalText, checkRequiredText } from '@clientele/shared';
import { ErrorAlert, useErrorSummary } from '@/components/error-alert';
import { Section } from '@/components/facts';
import { useNotice } from '@/components/use-notice';
import { useLocale } from '@/lib/i18n';
import { useIdempotencyKey } from '@/lib/idempotency-key';
import { AdminPage } from '../../components/admin-page';
import { AdminTable } from '../../components/admin-table';
import { FormDialog } from '../../components/form-dialog';
import { Notice, type AdminWording } from '../../components/notice';
import { formErrors } from '../../model/server-errors';
import { issueText } from '../../users/model/user-form';
import { useAdminListsQuery, useListMutations } from '../api/lists-query';

const LISTS = ['branches', 'industries', 'accountGroups'] as const;
type ListKey = (typeof LISTS)[number];

interface Item {
  id: string;
  name: string;
  city?: string | null;
  position: number;
  archived: boolean;
  version: number;
}

/** Branches, industries and account groups: the pick lists of client files, kept here. */
export function ListsPage() {
  const { t } = useTranslation(['admin', 'common']);
  const { data, error, refetch } = useAdminListsQuery();
  const [editing, setEditing] = useState<{ list: ListKey; item: Item | null } | null>(null);
  const [notice, say, dismiss] = useNotice<AdminWording>();

  return (
    <AdminPage title={t('pages.lists')} intro={t('lists.intro')}>
      {!data && error ? (
        <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : null}
      {!data && !error ? <Skeleton variant="rounded" height={300} aria-busy="true" /> : null}
      {data
        ? LISTS.map((list) => (
            <Section
              key={list}
              title={t(`lists.${list}.title`)}
              actions={
                <Button startIcon={<AddIcon />} onClick={() => setEditing({ list, item: null })}>
                  {t(`lists.${list}.add`)}
                </Button>
              }
            >
              <AdminTable<Item>
                label={t(`lists.${list}.title`)}
                rows={data[list]}
                rowKey={(item) => item.id}
                muted={(item) => item.archived}
                title={{ key: 'name', header: t('lists.fields.name'), render: (item) => item.name }}
                columns={[
                  ...(list === 'branches'
                    ? [{ key: 'city', header: t('lists.fields.city'), render: (item: Item) => item.city }]
                    : []),
                  {
                    key: 'position',
                    header: t('lists.fields.position'),
                    render: (item) => String(item.position),
                  },
                  {
                    key: 'status',
                    header: t('lists.fields.status'),
                    render: (item) => (
                      <Chip
                        size="small"
                        variant="outlined"
                        color={item.archived ? 'default' : 'success'}
                        label={item.archived ? t('lists.archived') : t('lists.inUse')}
                      />
                    ),
                  },
                ]}
                actions={(item) => (
                  <Tooltip title={t('lists.edit', { name: item.name })}>
                    <IconButton
                      size="small"
                      aria-label={t('lists.edit', { name: item.name })}
                      onClick={() => setEditing({ list, item })}
                    >
                      <EditIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                )}
                actionsHeader={t('actions')}
                empty={t('lists.empty')}
              />
            </Section>
          ))
        : null}
      {editing ? (
        <ListItemDialog
          list={editing.list}
          item={editing.item}
          onClose={() => setEditing(null)}
          onSaved={(wording) => {
            setEditing(null);
            say(wording);
          }}
        />
      ) : null}
      <Notice notice={notice} onClose={dismiss} />
    </AdminPage>
  );
}

const FIELDS = ['name', 'city', 'position'];

function ListItemDialog({
  list,
  item,
  onClose,
  onSaved,
}: {
  list: ListKey;
  item: Item | null;
  onClose: () => void;
  onSaved: (wording: AdminWording) => void;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const idPrefix = useId();
  const mutations = useListMutations();
  const [name, setName] = useState(item?.name ?? '');
  const [city, setCity] = useState(item?.city ?? '');
  const [position, setPosition] = useState(item ? String(item.position) : '');
  const [archived, setArchived] = useState(item?.archived ?? false);
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const { key: idempotencyKey, afterRefusal } = useIdempotencyKey();

  const issues: Record<string, string | undefined> = {
    name: issueText(checkRequiredText(name, LIMITS.listItemName) ?? undefined, locale),
    city: issueText(checkOptionalText(city, 120) ?? undefined, locale),
    position:
      position.trim() !== '' && !/^\d{1,6}$/.test(position.trim())
        ? issueText({ code: 'INVALID_FORMAT' as never, params: { expected: '1, 2, 3…' } }, locale)
        : undefined,
  };
  const errorOf = (field: string) => server[field] ?? (submitted ? issues[field] : undefined);

  const submit = async () => {
    setSubmitted(true);
    setGeneral([]);
    if (Object.values(issues).some(Boolean)) return;
    const values = {
      name: name.trim(),
      position: position.trim() === '' ? null : Number(position),
      ...(list === 'branches' ? { city: city.trim() || null } : {}),
    };
    try {
      if (item) {
        await mutations.update[list]({
          variables: { input: { id: item.id, version: item.version, archived, ...values } },
        });
      } else {
        await mutations.create[list]({ variables: { input: { ...values, idempotencyKey } } });
      }
      onSaved((t) => t('lists.saved', { name: values.name }));
    } catch (failure) {
      const summary = summarize(failure);
      afterRefusal(summary);
      const split = formErrors(summary, FIELDS);
      setServer(split.fields);
      setGeneral(summary.codes.includes('CONFLICT') ? [t('conflict')] : split.general);
    }
  };

  return (
    <FormDialog
      open
      title={item ? t('lists.editTitle', { name: item.name }) : t(`lists.${list}.add`)}
      submitLabel={item ? t('common:actions.save') : t('common:actions.add')}
      busy={mutations.busy}
      general={general}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <TextField
        id={`${idPrefix}-name`}
        label={t('lists.fields.name')}
        value={name}
        required
        autoFocus
        onChange={(event) => {
          setName(event.target.value);
          setServer({});
        }}
        error={!!errorOf('name')}
        helperText={errorOf('name')}
      />
      {list === 'branches' ? (
        <TextField
          id={`${idPrefix}-city`}
          label={t('lists.fields.city')}
          value={city}
          onChange={(event) => setCity(event.target.value)}
          error={!!errorOf('city')}
          helperText={errorOf('city')}
        />
      ) : null}
      <TextField
        id={`${idPrefix}-position`}
        label={t('lists.fields.position')}
        value={position}
        inputMode="numeric"
        onChange={(event) => setPosition(event.target.value)}
        error={!!errorOf('position')}
        helperText={errorOf('position') ?? t('lists.positionHelp')}
      />
      {item ? (
        <Stack>
          <FormControlLabel
            control={<Switch checked={archived} onChange={(event) => setArchived(event.target.checked)} />}
            label={t('lists.archiveLabel')}
          />
        </Stack>
      ) : null}
    </FormDialog>
  );
}
