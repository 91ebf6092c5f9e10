import { useId, useMemo, useState } from 'react';
import {
  Box,
  Button,
  Checkbox,
  Chip,
  Divider,
  Drawer,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormLabel,
  IconButton,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import {
  AccountTier,
  ClientKind,
  ClientStatus,
  HealthStatus,
  Lifecycle,
  StaffRole,
  accountTierLabels,
  checkDateRange,
  checkIsoDate,
  clientKindLabels,
  clientStatusLabels,
  fieldErrorMessage,
  healthStatusLabels,
  lifecycleLabels,
  type ClientListFilter,
  type Locale,
} from '@clientele/shared';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import { useViewer } from '@/lib/viewer';
import { useListFilterOptionsQuery, useListPartnerOptionsQuery } from '../api/list-filter-options-query';
import type { FilterName } from '../model/list-params';

type Labels = Record<Locale, Record<string, string>>;

/** The filters that pick any of several values, with the values and their labels. */
const MULTI: { name: 'status' | 'tier' | 'health'; values: string[]; labels: Labels }[] = [
  { name: 'status', values: Object.values(ClientStatus), labels: clientStatusLabels },
  { name: 'tier', values: Object.values(AccountTier), labels: accountTierLabels },
  { name: 'health', values: Object.values(HealthStatus), labels: healthStatusLabels },
];
const SINGLE: { name: 'kind' | 'lifecycle'; values: string[]; labels: Labels }[] = [
  { name: 'kind', values: Object.values(ClientKind), labels: clientKindLabels },
  { name: 'lifecycle', values: Object.values(Lifecycle), labels: lifecycleLabels },
];

interface Option {
  id: string;
  name: string;
}

/** Owners, groups, industries and (for administrators) partners, to choose from and to name chips with. */
export function useFilterOptions(enabled = true) {
  const viewer = useViewer();
  const options = useListFilterOptionsQuery(!enabled);
  const partners = useListPartnerOptionsQuery(!enabled || viewer?.role !== StaffRole.ADMIN);
  return useMemo(() => {
    const data = options.data;
    const live = (items: { id: string; name: string; archived: boolean }[] | undefined) =>
      (items ?? []).filter((item) => !item.archived);
    return {
      accountOwnerId: (data?.users ?? []).map((u) => ({ id: u.id, name: u.displayName })),
      partnerId: partners.data?.partners ?? [],
      accountGroupId: live(data?.accountGroups),
      industryId: live(data?.industries),
      /** Every name, archived included: a link may name one archived since. */
      names: new Map<string, string>([
        ...(data?.users ?? []).map((u) => [u.id, u.displayName] as [string, string]),
        ...(data?.accountGroups ?? []).map((g) => [g.id, g.name] as [string, string]),
        ...(data?.industries ?? []).map((i) => [i.id, i.name] as [string, string]),
        ...(partners.data?.partners ?? []).map((p) => [p.id, p.name] as [string, string]),
      ]),
    };
  }, [options.data, partners.data]);
}

export type FilterOptions = ReturnType<typeof useFilterOptions>;

/** Each active criterion as a chip label, in the order of the drawer. */
export function describeFilters(
  filter: ClientListFilter,
  options: FilterOptions,
  locale: Locale,
  t: (key: `list.filter.${FilterName | 'unknown'}`) => string,
): { name: FilterName; label: string }[] {
  const chips: { name: FilterName; label: string }[] = [];
  const add = (name: FilterName, value: string) =>
    chips.push({ name, label: `${t(`list.filter.${name}`)} : ${value}` });
  for (const { name, labels } of MULTI.slice(0, 1)) {
    const values = filter[name];
    if (values?.length) add(name, values.map((v) => labels[locale][v] ?? v).join(', '));
  }
  for (const { name, labels } of SINGLE) {
    const value = filter[name];
    if (value) add(name, labels[locale][value] ?? value);
  }
  for (const { name, labels } of MULTI.slice(1)) {
    const values = filter[name];
    if (values?.length) add(name, values.map((v) => labels[locale][v] ?? v).join(', '));
  }
  for (const name of ['accountOwnerId', 'partnerId', 'accountGroupId', 'industryId'] as const) {
    const id = filter[name];
    if (id) add(name, options.names.get(id) ?? t('list.filter.unknown'));
  }
  if (filter.tag) add('tag', filter.tag);
  if (filter.renewalFrom) add('renewalFrom', formatCalendarDate(filter.renewalFrom, locale));
  if (filter.renewalTo) add('renewalTo', formatCalendarDate(filter.renewalTo, locale));
  // French puts a space before the colon, English does not.
  return locale === 'fr' ? chips : chips.map((c) => ({ ...c, label: c.label.replace(' : ', ': ') }));
}

interface FilterChipsProps {
  filter: ClientListFilter;
  options: FilterOptions;
  onRemove: (name: FilterName) => void;
  onClear: () => void;
}

/** The active filters, each removable; a list, so screen readers say how many there are. */
export function ClientsFilterChips({ filter, options, onRemove, onClear }: FilterChipsProps) {
  const { t } = useTranslation('clients');
  const locale = useLocale();
  const chips = describeFilters(filter, options, locale, t);
  if (chips.length === 0) return null;
  return (
    <Stack
      direction="row"
      component="ul"
      aria-label={t('list.filter.active')}
      sx={{ flexWrap: 'wrap', gap: 1, listStyle: 'none', m: 0, p: 0, alignItems: 'center' }}
    >
      {chips.map((chip) => (
        <li key={chip.name}>
          {/* The whole chip is the button: Enter, Space, Backspace or a tap on the cross all remove it. */}
          <Chip
            label={chip.label}
            aria-label={t('list.filter.remove', { filter: chip.label })}
            onClick={() => onRemove(chip.name)}
            onDelete={() => onRemove(chip.name)}
            deleteIcon={<CloseIcon aria-hidden />}
            sx={{ maxWidth: '100%' }}
          />
        </li>
      ))}
      {chips.length > 1 ? (
        <li>
          <Button size="small" onClick={onClear}>
            {t('list.filter.clear')}
          </Button>
        </li>
      ) : null}
    </Stack>
  );
}

interface FiltersDrawerProps {
  open: boolean;
  filter: ClientListFilter;
  options: FilterOptions;
  onApply: (filter: ClientListFilter) => void;
  onClose: () => void;
}

/** Every criterion the API's `clients` query takes, drafted here and applied at once. */
export function ClientsFiltersDrawer({ open, filter, options, onApply, onClose }: FiltersDrawerProps) {
  const { t } = useTranslation(['clients', 'common']);
  const locale = useLocale();
  const titleId = useId();
  const [draft, setDraft] = useState<ClientListFilter>(filter);
  // Each opening starts from the filters in force, and only the opening: the list behind may
  // re-render meanwhile (its data, its URL tidied), and that must not undo what is being chosen.
  const [wasOpen, setWasOpen] = useState(false);
  if (open && !wasOpen) {
    setWasOpen(true);
    setDraft(filter);
  }
  if (!open && wasOpen) setWasOpen(false);

  const set = <K extends keyof ClientListFilter>(name: K, value: ClientListFilter[K] | '' | undefined) =>
    setDraft((current) => {
      const next = { ...current };
      if (value === '' || value === undefined || (Array.isArray(value) && value.length === 0))
        delete next[name];
      else next[name] = value as ClientListFilter[K];
      return next;
    });

  const toggle = (name: 'status' | 'tier' | 'health', value: string, on: boolean) => {
    const current = (draft[name] ?? []) as string[];
    set(name, (on ? [...current, value] : current.filter((v) => v !== value)) as never);
  };

  const dateIssue = (value: string | undefined) => {
    const found = checkIsoDate(value);
    return found ? fieldErrorMessage(locale, found.code, found.params) : null;
  };
  const fromError = dateIssue(draft.renewalFrom);
  const rangeIssue = checkDateRange(draft.renewalFrom, draft.renewalTo);
  const toError =
    dateIssue(draft.renewalTo) ??
    (rangeIssue ? fieldErrorMessage(locale, rangeIssue.code, rangeIssue.params) : null);

  const apply = () => {
    if (fromError || toError) return;
    const next = { ...draft };
    if (next.tag !== undefined) {
      const tag = next.tag.trim();
      if (tag) next.tag = tag;
      else delete next.tag;
    }
    onApply(next);
  };

  const picker = (
    name: 'accountOwnerId' | 'partnerId' | 'accountGroupId' | 'industryId',
    items: Option[],
  ) => {
    const value = draft[name] ?? '';
    // A criterion from a link may name something no longer offered: keep it choosable.
    const offered =
      value && !items.some((i) => i.id === value)
        ? [...items, { id: value, name: options.names.get(value) ?? t('list.filter.unknown') }]
        : items;
    return (
      <TextField
        select
        size="small"
        label={t(`list.filter.${name}`)}
        value={value}
        onChange={(event) => set(name, event.target.value)}
      >
        <MenuItem value="">
          <em>{t('list.filter.any')}</em>
        </MenuItem>
        {offered.map((item) => (
          <MenuItem key={item.id} value={item.id}>
            {item.name}
          </MenuItem>
        ))}
      </TextField>
    );
  };

  return (
    <Drawer
      anchor="right"
      open={open}
      onClose={onClose}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-modal': true,
          'aria-labelledby': titleId,
          sx: { width: { xs: '100%', sm: 400 }, display: 'flex', flexDirection: 'column' },
        },
      }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', px: 2, py: 1.5 }}>
        <Typography id={titleId} variant="h2" sx={{ fontSize: '1.25rem' }}>
          {t('list.filter.title')}
        </Typography>
        <IconButton aria-label={t('common:actions.close')} onClick={onClose}>
          <CloseIcon />
        </IconButton>
      </Stack>
      <Divider />
      <Box
        component="form"
        id={`${titleId}-form`}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
        sx={{ flex: 1, overflowY: 'auto', px: 2, py: 2, display: 'flex', flexDirection: 'column', gap: 2.5 }}
      >
        {MULTI.map(({ name, values, labels }) => (
          <FormControl key={name} component="fieldset">
            <FormLabel component="legend">{t(`list.filter.${name}`)}</FormLabel>
            <FormGroup row>
              {values.map((value) => (
                <FormControlLabel
                  key={value}
                  label={labels[locale][value]}
                  control={
                    <Checkbox
                      size="small"
                      checked={((draft[name] ?? []) as string[]).includes(value)}
                      onChange={(event) => toggle(name, value, event.target.checked)}
                    />
                  }
                />
              ))}
            </FormGroup>
          </FormControl>
        ))}
        {SINGLE.map(({ name, values, labels }) => (
          <TextField
            key={name}
            select
            size="small"
            label={t(`list.filter.${name}`)}
            value={draft[name] ?? ''}
            onChange={(event) => set(name, event.target.value as never)}
          >
            <MenuItem value="">
              <em>{t('list.filter.any')}</em>
            </MenuItem>
            {values.map((value) => (
              <MenuItem key={value} value={value}>
                {labels[locale][value]}
              </MenuItem>
            ))}
          </TextField>
        ))}
        {picker('accountOwnerId', options.accountOwnerId)}
        {options.partnerId.length ? picker('partnerId', options.partnerId) : null}
        {picker('accountGroupId', options.accountGroupId)}
        {picker('industryId', options.industryId)}
        <TextField
          size="small"
          label={t('list.filter.tag')}
          value={draft.tag ?? ''}
          onChange={(event) => set('tag', event.target.value)}
          slotProps={{ htmlInput: { maxLength: 100 } }}
        />
        <FormControl component="fieldset">
          <FormLabel component="legend" sx={{ mb: 1.5 }}>
            {t('list.filter.renewal')}
          </FormLabel>
          <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
            <TextField
              size="small"
              type="date"
              label={t('list.filter.renewalFrom')}
              value={draft.renewalFrom ?? ''}
              onChange={(event) => set('renewalFrom', event.target.value)}
              error={Boolean(fromError)}
              helperText={fromError ?? ' '}
              slotProps={{ inputLabel: { shrink: true } }}
              fullWidth
            />
            <TextField
              size="small"
              type="date"
              label={t('list.filter.renewalTo')}
              value={draft.renewalTo ?? ''}
              onChange={(event) => set('renewalTo', event.target.value)}
              error={Boolean(toError)}
              helperText={toError ?? ' '}
              slotProps={{ inputLabel: { shrink: true } }}
              fullWidth
            />
          </Stack>
        </FormControl>
      </Box>
      <Divider />
      <Stack direction="row" sx={{ justifyContent: 'space-between', gap: 1, px: 2, py: 1.5 }}>
        <Button onClick={() => setDraft({})}>{t('list.filter.clear')}</Button>
        <Button variant="contained" type="submit" form={`${titleId}-form`}>
          {t('list.filter.apply')}
        </Button>
      </Stack>
    </Drawer>
  );
}
