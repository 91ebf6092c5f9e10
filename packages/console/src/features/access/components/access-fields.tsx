import { FormControl, InputLabel, MenuItem, Select, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { accessRoleLabels } from '@clientele/shared';
import { ChipListField } from '@/components/form/chip-list-field';
import type { AccessRole } from '@/gql/graphql';
import { useLocale } from '@/lib/i18n';
import { refusedRanges, type AccessSettings, type GrantField } from '../model/access-form';

const ROLES: readonly AccessRole[] = ['CLIENT_USER', 'CLIENT_ADMIN'];

interface Branch {
  id: string;
  name: string;
  archived: boolean;
}

/** Role, allow-list and branch: what both granting and editing an access set. */
export function AccessSettingsFields({
  idPrefix,
  values,
  onChange,
  errorFor,
  branches,
}: {
  idPrefix: string;
  values: AccessSettings;
  onChange: (next: Partial<AccessSettings>) => void;
  errorFor: (field: GrantField) => string | undefined;
  branches: readonly Branch[];
}) {
  const { t } = useTranslation('access');
  const locale = useLocale();
  const choosable = branches.filter((branch) => !branch.archived || branch.id === values.branchId);
  return (
    <Stack sx={{ gap: 2 }}>
      <FormControl fullWidth>
        <InputLabel id={`${idPrefix}-role-label`}>{t('fields.role')}</InputLabel>
        <Select
          labelId={`${idPrefix}-role-label`}
          id={`${idPrefix}-role`}
          label={t('fields.role')}
          value={values.role}
          onChange={(event) => onChange({ role: event.target.value as AccessRole })}
        >
          {ROLES.map((role) => (
            <MenuItem key={role} value={role}>
              {accessRoleLabels[locale][role]}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <ChipListField
        id={`${idPrefix}-ip`}
        label={t('fields.ipAllowList')}
        value={values.ipAllowList}
        onChange={(ipAllowList) => onChange({ ipAllowList })}
        error={errorFor('ipAllowList')}
        helperText={t('fields.ipAllowListHelp')}
        invalidItems={refusedRanges(values.ipAllowList)}
        separators={/[,;\s]/}
        maxLength={64}
      />
      <FormControl fullWidth>
        <InputLabel id={`${idPrefix}-branch-label`}>{t('fields.branch')}</InputLabel>
        <Select
          labelId={`${idPrefix}-branch-label`}
          id={`${idPrefix}-branch`}
          label={t('fields.branch')}
          value={values.branchId}
          onChange={(event) => onChange({ branchId: event.target.value })}
        >
          <MenuItem value="">
            <em>{t('fields.anyBranch')}</em>
          </MenuItem>
          {choosable.map((branch) => (
            <MenuItem key={branch.id} value={branch.id}>
              {branch.name}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
    </Stack>
  );
}
